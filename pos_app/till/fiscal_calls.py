"""The fiscal register at the till: its status for the status bar, the fiscal shift with the cashier's
shift, the X report and cash in/out (supervisor), the driver setting, and what a crash left behind.

Register calls block for as long as the register prints (seconds): run them on the register's worker
queue, never on the Qt main thread. Refusals are ``FiscalError`` (``fiscal_*`` codes)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pos_app.fiscal import DRIVERS, POINTS_MODES, FiscalError, FiscalRegister, FiscalReport, FiscalStatus, open_register
from pos_app.loyalty.errors import CodedError
from pos_app.sales.pending import drop

from .fiscal_sale import PendingBasket, Recovery, given_back, recover


class FiscalCalls:
    """The fiscal part of ``TillServices`` (it needs ``store``, ``settings``, ``cashier``)."""

    _register: FiscalRegister | None = None
    fiscal_problem: FiscalError | None = None  # the last refusal of an automatic call (opening the shift)
    last_recovery: Recovery | None = None
    last_z_report: FiscalReport | None = None

    def fiscal_register(self) -> FiscalRegister:
        if self._register is None:
            self._register = open_register(self.settings().get("fiscal"), data_dir=self.store.path.parent)
        return self._register

    def close_fiscal(self) -> None:
        if self._register is not None:
            self._register.close()
            self._register = None

    @property
    def fiscalizes(self) -> bool:
        return self.fiscal_register().fiscalizes

    def points_mode(self) -> str:
        mode = self.settings().get("points_on_fiscal_receipt") or "discount"
        return mode if mode in POINTS_MODES else "discount"

    def _cashier_name(self) -> str:
        return self.cashier.name if self.cashier is not None else ""

    # ----- status ------------------------------------------------------------------------------
    def fiscal_status(self) -> FiscalStatus:
        """Shift open and since when, drive number and expiry, operator backlog, paper and cover;
        ``level()`` gives ok / warning / red for the status bar."""
        try:
            register = self.fiscal_register()
        except FiscalError as exc:  # the driver cannot be loaded (not installed, port missing): say so, never raise
            driver = (self.settings().get("fiscal") or {}).get("driver", "none")
            return FiscalStatus(driver=driver, connected=False, error=exc.code)
        try:
            return register.status()
        except FiscalError as exc:
            return FiscalStatus(driver=register.name, connected=False, error=exc.code)

    # ----- shifts and reports ----------------------------------------------------------------------
    def open_fiscal_shift(self) -> FiscalReport | None:
        """Open the fiscal shift if it is closed (login does it); None when it was open already."""
        register = self.fiscal_register()
        if not register.fiscalizes:
            return None
        status = register.status()
        if status.shift_open:
            return None
        return register.open_shift(self._cashier_name())

    def close_fiscal_shift(self) -> FiscalReport | None:
        """The Z report (``close_shift`` does it with the cashier's shift)."""
        register = self.fiscal_register()
        if not register.fiscalizes or not register.status().shift_open:
            return None
        return register.close_shift(self._cashier_name())

    def x_report(self, supervisor: str) -> FiscalReport:
        self._require_supervisor(supervisor)
        return self.fiscal_register().x_report(self._cashier_name())

    def cash_in(self, amount: Decimal, supervisor: str) -> FiscalReport:
        """Money put into the drawer (a float, change), registered on the register."""
        self._require_supervisor(supervisor)
        return self.fiscal_register().cash_in(amount, self._cashier_name())

    def cash_out(self, amount: Decimal, supervisor: str) -> FiscalReport:
        self._require_supervisor(supervisor)
        return self.fiscal_register().cash_out(amount, self._cashier_name())

    # ----- after a crash ------------------------------------------------------------------------
    def recover_fiscal(self) -> Recovery:
        """Settle the sales and returns a crash left "being registered": signed -> finished (journal,
        outbox); not signed -> handed back (``pending_baskets``). Run at start-up and on demand."""
        if not self.fiscal_register().fiscalizes:
            return Recovery()
        self.last_recovery = recover(self.store, self.fiscal_register())
        if self.last_recovery.finished:
            self.sync_now()
        return self.last_recovery

    def pending_baskets(self) -> list[PendingBasket]:
        """Sales (and returns) the register did not sign: the cashier pays again or drops each one."""
        return given_back(self.store)

    def drop_pending_basket(self, key: str) -> bool:
        return drop(self.store, key)

    # ----- settings -----------------------------------------------------------------------------
    def fiscal_settings_form(self) -> dict[str, Any]:
        """driver (none | emulator | atol | shtrih), connection (the driver's dict), points_on_fiscal_receipt."""
        setting = self.settings().get("fiscal") or {"driver": "none"}
        return {"driver": setting.get("driver", "none"),
                "connection": {k: v for k, v in setting.items() if k != "driver"},
                "points_on_fiscal_receipt": self.points_mode()}

    def save_fiscal_settings(self, driver: str, connection: dict[str, Any] | None = None,
                             points_on_fiscal_receipt: str = "discount") -> None:
        """Choose the register; the next call opens it. ``CodedError`` bad_fiscal_setting (nothing saved)."""
        if driver not in DRIVERS:
            raise CodedError("bad_fiscal_setting", f"Unknown fiscal driver {driver!r}; one of {', '.join(DRIVERS)}.",
                             "driver")
        if points_on_fiscal_receipt not in POINTS_MODES:
            raise CodedError("bad_fiscal_setting", "Points on the fiscal receipt: discount or payment.",
                             "points_on_fiscal_receipt")
        self.close_fiscal()
        self.update_settings(fiscal={"driver": driver, **(connection or {})},
                             points_on_fiscal_receipt=points_on_fiscal_receipt)
