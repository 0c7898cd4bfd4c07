"""Refusals and faults of a fiscal register, all ``CodedError`` with a ``fiscal_*`` code.

``registered`` says what the till may conclude about the document it was registering:
``False`` = the register certainly did not sign it (refused before it began: shift closed, cover open,
drive full...), so the sale may be dropped or paid again; ``None`` = not known (no answer, paper out in
the middle of the document): the till must ask ``find(key)`` before doing anything else with it."""

from __future__ import annotations

from pos_app.loyalty.errors import CodedError

CODES = {
    "fiscal_not_configured": "No fiscal register is set up on this till; choose one in the settings.",
    "fiscal_driver_missing": "The register's driver is not installed on this computer.",
    "fiscal_unknown_driver": "Unknown fiscal driver; choose emulator, atol, shtrih or none.",
    "fiscal_shift_closed": "The fiscal shift is closed; open the shift first.",
    "fiscal_shift_open": "The fiscal shift is already open.",
    "fiscal_shift_expired": "The fiscal shift is over 24 hours old; close it (Z report) and open a new one.",
    "fiscal_return_exceeds_sale": "The return is more than was sold on that receipt.",
    "fiscal_paper_out": "The register is out of paper; load paper and continue.",
    "fiscal_cover_open": "The register's cover is open; close it.",
    "fiscal_drive_full": "The fiscal drive is full or expired; it must be replaced.",
    "fiscal_no_answer": "The register does not answer; check its cable and power.",
    "fiscal_bad_document": "The register refused the document as invalid.",
    "fiscal_not_enough_cash": "There is not that much cash in the register's drawer.",
    "fiscal_device_error": "The register reported an error.",
    "fiscal_previous_unknown": "The register has not yet said whether the previous sale was signed; "
                               "check the register and try again.",
    "fiscal_previous_finished": "The previous sale was signed after all and is now finished; "
                                "check its receipt before selling again.",
}


class FiscalError(CodedError):
    code = "fiscal_device_error"

    def __init__(self, code: str, message: str | None = None, *, registered: bool | None = False, **extra):
        super().__init__(code, message or CODES.get(code, CODES["fiscal_device_error"]), None, **extra)
        self.registered = registered

    @property
    def outcome_unknown(self) -> bool:
        return self.registered is None
