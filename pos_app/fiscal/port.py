"""The port: the one interface the till uses for every fiscal register (ATOL, Shtrih-M, the emulator,
``none``; Slovakia's eKasa would be one more driver behind it: its certified service signs a receipt and
answers an id (OKP/UID) and a QR, the same shape as ``FiscalReceipt``).

Every method may raise ``FiscalError``. ``register`` is the only one whose outcome can be unknown
(``FiscalError.registered is None``): then ``find(key)`` tells, once the register answers again."""

from __future__ import annotations

from abc import ABC, abstractmethod
from decimal import Decimal

from .document import FiscalDocument, FiscalReceipt, FiscalReport, FiscalStatus


class FiscalRegister(ABC):
    name = "abstract"
    fiscalizes = True  # False: another system fiscalizes (driver ``none``); the till prints its slip only
    prints_text = True  # the register can print non-fiscal text (points earned, balance) on its receipt

    @abstractmethod
    def status(self) -> FiscalStatus: ...

    @abstractmethod
    def open_shift(self, cashier: str) -> FiscalReport: ...

    @abstractmethod
    def close_shift(self, cashier: str) -> FiscalReport:
        """The Z report: closes the fiscal shift."""

    @abstractmethod
    def x_report(self, cashier: str) -> FiscalReport: ...

    @abstractmethod
    def cash_in(self, amount: Decimal, cashier: str) -> FiscalReport: ...

    @abstractmethod
    def cash_out(self, amount: Decimal, cashier: str) -> FiscalReport: ...

    @abstractmethod
    def register(self, document: FiscalDocument, key: str) -> FiscalReceipt:
        """Sign a sale or a return. ``key`` is the till's id of this attempt (a uuid); the register (or the
        driver's own journal) keeps it so that ``find`` can answer after a crash."""

    @abstractmethod
    def find(self, key: str) -> FiscalReceipt | None:
        """The signed document registered with ``key``, or None when none was signed."""

    def close(self) -> None:
        """Release the connection (a no-op by default)."""
