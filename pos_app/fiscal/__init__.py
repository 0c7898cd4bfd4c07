"""Fiscal registration (54-FZ): the port every register driver implements, the documents the till asks
it to sign, and the drivers (``emulator``, ``atol``, ``shtrih``, ``none``). Qt-free; no store access:
``pos_app/till`` keeps the order of a sale (see docs/architecture.md, "Fiscal registration")."""

from .build import SourceLine, build_document
from .document import (POINTS_MODES, FiscalDocument, FiscalLine, FiscalPayment, FiscalReceipt, FiscalRef,
                       FiscalReport, FiscalStatus)
from .errors import FiscalError
from .port import FiscalRegister
from .setup import DRIVERS, open_register

__all__ = [
    "DRIVERS", "FiscalDocument", "FiscalError", "FiscalLine", "FiscalPayment", "FiscalReceipt", "FiscalRef",
    "FiscalRegister", "FiscalReport", "FiscalStatus", "POINTS_MODES", "SourceLine", "build_document",
    "open_register",
]
