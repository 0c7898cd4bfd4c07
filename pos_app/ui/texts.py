"""Screen texts for machine codes (refusal codes, line reasons, movement kinds), translated."""

from __future__ import annotations

from pos_app.loyalty import example_phone
from pos_app.till import CodedError

from .qt import QCoreApplication


def reason_text(reason: str | None) -> str:
    """Why a line cannot be paid with points (the quote's reason codes)."""
    return {
        None: "",
        "gift": QCoreApplication.translate("Texts", "gift for points"),
        "excluded_category": QCoreApplication.translate("Texts", "category not in the program"),
        "sale_item": QCoreApplication.translate("Texts", "sale item"),
        "credit": QCoreApplication.translate("Texts", "bought on credit"),
    }.get(reason, reason or "")


def movement_text(kind: str) -> str:
    return {
        "accrual": QCoreApplication.translate("Texts", "purchase"),
        "redemption": QCoreApplication.translate("Texts", "paid with points"),
        "gift_redemption": QCoreApplication.translate("Texts", "gift for points"),
        "return_annulment": QCoreApplication.translate("Texts", "return: points annulled"),
        "return_refund": QCoreApplication.translate("Texts", "return: points refunded"),
        "expiry": QCoreApplication.translate("Texts", "expired"),
        "adjustment": QCoreApplication.translate("Texts", "adjustment"),
        "review_award": QCoreApplication.translate("Texts", "review award"),
        "cancellation": QCoreApplication.translate("Texts", "sale cancelled"),
    }.get(kind, kind)


def error_text(code: str, details: dict | None = None) -> str:
    """A refusal in the cashier's language, saying what to do."""
    d = details or {}
    if "example" not in d:  # a phone of the program's country for invalid_phone (the pages pass it)
        d = {**d, "example": example_phone()}
    texts = {
        "wrong_pin": QCoreApplication.translate("Texts", "Wrong cashier number or PIN. Try again."),
        "bad_supervisor": QCoreApplication.translate("Texts", "Wrong supervisor number or PIN."),
        "no_printer": QCoreApplication.translate("Texts", "No printer is set up: a supervisor can set one in the settings (F9)."),
        "forbidden": QCoreApplication.translate("Texts", "This cashier may not do this; log in as a cashier or supervisor."),
        "empty_basket": QCoreApplication.translate("Texts", "The basket is empty: scan an item first."),
        "unpaid": QCoreApplication.translate("Texts", "The payment does not cover the total."),
        "redeem_exceeds_max": QCoreApplication.translate("Texts", "Too many points for this basket: lower the points."),
        "invalid_token": QCoreApplication.translate("Texts", "The SMS confirmation is no longer valid: ask for a new code."),
        "not_supervisor": QCoreApplication.translate("Texts", "This PIN is not a supervisor's PIN."),
        "product_not_found": QCoreApplication.translate("Texts", "Unknown barcode {code}: check it or type the SKU. The basket is kept."),
        "invalid_phone": QCoreApplication.translate("Texts", "That is not a phone number. Type it as {example}."),
        "member_not_found": QCoreApplication.translate("Texts", "No member with this phone. Offer registration (F7)."),
        "already_member": QCoreApplication.translate("Texts", "This phone is already a member."),
        "member_unconfirmed": QCoreApplication.translate("Texts", "The member's phone is not confirmed: points cannot be spent. Send the code (F9)."),
        "already_confirmed": QCoreApplication.translate("Texts", "This member's phone is already confirmed."),
        "too_many_codes": QCoreApplication.translate("Texts", "Too many codes were sent. Wait a few minutes and try again."),
        "wrong_code": QCoreApplication.translate("Texts", "Wrong code. Tries left: {tries_left}."),
        "code_expired": QCoreApplication.translate("Texts", "The code has expired. Send a new one."),
        "underage": QCoreApplication.translate("Texts", "Members must be 18 or older."),
        "consent_required": QCoreApplication.translate("Texts", "The customer must accept the program rules."),
        "offline": QCoreApplication.translate("Texts", "The hub cannot be reached. Try again later."),
        "receipt_not_found": QCoreApplication.translate("Texts", "No sale with this receipt number."),
        "gift_not_returnable": QCoreApplication.translate("Texts", "Gifts bought with points cannot be returned."),
        "return_exceeds_sale": QCoreApplication.translate("Texts", "More than was sold cannot be returned."),
        "not_enough_points": QCoreApplication.translate("Texts", "The member does not have enough points."),
        "insufficient_points": QCoreApplication.translate("Texts", "The member can spend at most {available} points now (points held for another payment count as spent). Lower the points."),
        "invalid_qty": QCoreApplication.translate("Texts", "Check the quantity: a whole number from 1 up."),
        "invalid_line": QCoreApplication.translate("Texts", "A line of this sale cannot be sold (its price, code or name is not valid). Remove it and tell the supervisor."),
        "tender_invalid": QCoreApplication.translate("Texts", "Check the payment: an amount with at most two decimals."),
        "offline_cap": QCoreApplication.translate("Texts", "Offline, at most {cap} points can be spent."),
        "printer": QCoreApplication.translate("Texts", "The printer failed: {message}"),
        "bad_printer": QCoreApplication.translate("Texts", "Printer settings: {message}"),
        "invalid_points": QCoreApplication.translate("Texts", "Type the points: a whole number other than 0 (with a minus to take points away)."),
        "reason_required": QCoreApplication.translate("Texts", "Type the reason for the adjustment."),
        "adjust_offline": QCoreApplication.translate("Texts", "The hub cannot be reached: points are adjusted online only. Check the history before trying again."),
        "role_not_allowed": QCoreApplication.translate("Texts", "The hub does not know this person as a supervisor of this store."),
        "supervisor_required": QCoreApplication.translate("Texts", "A supervisor's PIN is needed for this."),
        "sms_failed": QCoreApplication.translate("Texts", "The SMS could not be sent. Try again in a minute; this attempt is not counted."),
        "till_mismatch": QCoreApplication.translate("Texts", "The hub refused an event of another till: check the till's store and number in the settings."),
        "store_mismatch": QCoreApplication.translate("Texts", "This receipt belongs to another store: return it there."),
    }
    text = texts.get(code)
    if text is None and code.startswith("fiscal_"):
        return fiscal_error_text(code)
    if text is None and code == "bad_fiscal_setting":
        return QCoreApplication.translate("Fiscal", "Register settings: {message}").format(message=d.get("message", ""))
    if text is None:
        return d.get("message") or QCoreApplication.translate("Texts", "Something went wrong: {code}").format(code=code)
    try:  # {code} in a product text is what was scanned
        return text.format(**{**d, "code": d.get("scanned", code)})
    except (KeyError, IndexError):
        return text


def fiscal_error_text(code: str | None) -> str:
    """A register's ``fiscal_*`` refusal in the cashier's language (unknown codes as they are)."""
    texts = {
        "fiscal_not_configured": QCoreApplication.translate("Fiscal", "No fiscal register is set up: a supervisor chooses one in the settings (F9)."),
        "fiscal_driver_missing": QCoreApplication.translate("Fiscal", "The register's driver is not installed on this computer: ask IT to install the manufacturer's driver."),
        "fiscal_unknown_driver": QCoreApplication.translate("Fiscal", "Unknown register driver: choose emulator, ATOL, Shtrih-M or none in the settings."),
        "fiscal_shift_closed": QCoreApplication.translate("Fiscal", "The fiscal shift is closed: log in again to open it."),
        "fiscal_shift_open": QCoreApplication.translate("Fiscal", "The fiscal shift is already open."),
        "fiscal_shift_expired": QCoreApplication.translate("Fiscal", "The fiscal shift is over 24 hours old: close the shift (Z report) and log in again."),
        "fiscal_return_exceeds_sale": QCoreApplication.translate("Fiscal", "The register refuses a return of more than was sold on that receipt."),
        "fiscal_paper_out": QCoreApplication.translate("Fiscal", "The register is out of paper: load paper and try again."),
        "fiscal_cover_open": QCoreApplication.translate("Fiscal", "The register's cover is open: close it."),
        "fiscal_drive_full": QCoreApplication.translate("Fiscal", "The fiscal drive is full or expired: it must be replaced."),
        "fiscal_no_answer": QCoreApplication.translate("Fiscal", "The register does not answer: check its cable and power."),
        "fiscal_bad_document": QCoreApplication.translate("Fiscal", "The register refused the document: tell the supervisor."),
        "fiscal_not_enough_cash": QCoreApplication.translate("Fiscal", "There is not that much cash in the register's drawer."),
        "fiscal_device_error": QCoreApplication.translate("Fiscal", "The register reported an error: tell the supervisor."),
        "fiscal_previous_unknown": QCoreApplication.translate("Fiscal", "The register has not said whether the previous sale was signed: check the register and try again."),
        "fiscal_previous_finished": QCoreApplication.translate("Fiscal", "The previous sale was signed after all and is finished: check its receipt before selling again."),
    }
    return texts.get(code or "", code or "")


def refusal_text(exc: BaseException, **details) -> str:
    """Any failure of a till call in the cashier's language: a refusal by its ``code`` (never by its
    class), a lost connection as "offline", anything else as it says."""
    if isinstance(exc, CodedError):
        return error_text(exc.code, {**details, **exc.extra, "message": exc.message})
    if isinstance(exc, OSError):
        return error_text("offline")
    return str(exc)


def print_error_text(job) -> str:
    """Why a print job failed (``pos_app.printing``'s codes), saying what to do; ``job.detail`` keeps
    the technical reason."""
    texts = {
        "no_driver": QCoreApplication.translate("Texts", "The printer is not set up: its connection driver is missing."),
        "unreachable": QCoreApplication.translate("Texts", "The printer cannot be reached: check its power and cable."),
        "paper_out": QCoreApplication.translate("Texts", "The printer is out of paper."),
        "printer_offline": QCoreApplication.translate("Texts", "The printer is offline (cover open or no paper)."),
        "no_answer": QCoreApplication.translate("Texts", "The printer does not answer."),
        "connection_lost": QCoreApplication.translate("Texts", "The connection to the printer was lost."),
        "render_failed": QCoreApplication.translate("Texts", "The receipt could not be prepared: tell the supervisor."),
        "print_failed": QCoreApplication.translate("Texts", "Printing failed."),
    }
    return texts.get(getattr(job, "code", None)) or job.error or QCoreApplication.translate("Texts", "Printing failed.")


def problem_text(problem) -> str:
    """A set-aside event (``SyncProblem``) in the cashier's language: what it was and what the hub said;
    the code stays visible for support staff."""
    what = problem.reference or problem.kind
    if not problem.code:
        return f"{what}: {problem.message or ''}".strip()
    return f"{what}: {error_text(problem.code, {'message': problem.message or problem.code})} [{problem.code}]"
