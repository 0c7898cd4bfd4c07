"""The till's Qt-free application facade (``TillServices``) and what it hands out."""

from pos_app.sales import BasketLine, SaleError, Tender

from .adjustments import AdjustmentError
from .catalog import Product, ProductNotFound
from .seed import DEFAULT_CASHIERS, seed_default_cashiers
from .services import TillServices
from .staff import AuthError, CashierInfo, ShiftInfo

__all__ = [
    "AdjustmentError", "AuthError", "BasketLine", "CashierInfo", "DEFAULT_CASHIERS", "Product", "ProductNotFound", "SaleError",
    "ShiftInfo", "Tender", "TillServices", "seed_default_cashiers",
]
