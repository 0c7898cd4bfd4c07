"""Driver ``none``: another system fiscalizes; the till prints its loyalty slip only."""

from __future__ import annotations

from decimal import Decimal

from ..document import FiscalDocument, FiscalReceipt, FiscalReport, FiscalStatus
from ..errors import FiscalError
from ..port import FiscalRegister


class NoRegister(FiscalRegister):
    name = "none"
    fiscalizes = False
    prints_text = False

    def status(self) -> FiscalStatus:
        return FiscalStatus(driver="none", connected=False)

    def open_shift(self, cashier: str) -> FiscalReport:
        return FiscalReport("open_shift", 0)

    def close_shift(self, cashier: str) -> FiscalReport:
        return FiscalReport("close_shift", 0)

    def x_report(self, cashier: str) -> FiscalReport:
        raise FiscalError("fiscal_not_configured")

    def cash_in(self, amount: Decimal, cashier: str) -> FiscalReport:
        raise FiscalError("fiscal_not_configured")

    def cash_out(self, amount: Decimal, cashier: str) -> FiscalReport:
        raise FiscalError("fiscal_not_configured")

    def register(self, document: FiscalDocument, key: str) -> FiscalReceipt:
        raise FiscalError("fiscal_not_configured")

    def find(self, key: str) -> FiscalReceipt | None:
        return None
