"""The till's one Qt-free application layer: the screens call ``TillServices`` and get these records back.

A reader starts at ``services.py``; each area has its own module (``members``, ``selling``,
``print_calls``, ``fiscal_calls``; the order of a fiscal sale and its recovery: ``fiscal_sale``), the open sale on screen is ``basket.Basket``, the demo hub launcher ``demo_hub``.
"""

from pos_app.fiscal import FiscalError, FiscalReport, FiscalStatus
from pos_app.loyalty.errors import CodedError
from pos_app.loyalty.history import Movement, PointsOn
from pos_app.loyalty.money import Tender
from pos_app.sales import BasketLine, FinishedReturn, FinishedSale, Product, ReturnPreview, SaleError, SaleRecord
from pos_app.store.paths import data_dir, private_dir
from pos_app.sync import Member, SyncProblem

from .adjustments import AdjustmentError
from .basket import MAX_QTY, Basket
from .catalog import ProductNotFound
from .fiscal_sale import PendingBasket, Recovery
from .printer import NoPrinter
from .seed import DEFAULT_CASHIERS, seed_default_cashiers
from .services import TillServices
from .staff import AuthError, Cashier, ShiftInfo
from .status import TillStatus

__all__ = [
    "AdjustmentError", "AuthError", "Basket", "BasketLine", "Cashier", "CodedError", "DEFAULT_CASHIERS",
    "FiscalError", "FiscalReport", "FiscalStatus", "PendingBasket", "Recovery",
    "FinishedReturn", "FinishedSale", "MAX_QTY", "Member", "Movement", "NoPrinter", "PointsOn", "Product",
    "ProductNotFound", "ReturnPreview", "SaleError", "SaleRecord", "ShiftInfo", "SyncProblem", "Tender",
    "TillServices", "TillStatus", "data_dir", "private_dir", "seed_default_cashiers",
]
