"""A product as the program sees it: what it costs, its category, the points it earns or costs.

The hub's catalog, the till's catalog, the basket and the screens all hand the same ``Product`` around.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Product:
    """A catalog item. ``gift_points`` set = a gift paid only with points."""

    sku: str
    name: str
    price: Decimal
    category: str | None = None
    barcode: str | None = None
    on_sale: bool = False
    bonus_points: int = 0
    gift_points: int | None = None
    vat: str = "none"  # a code of pos_app.loyalty.vat's table; keep this field last (positional callers)

    @property
    def is_gift(self) -> bool:
        return self.gift_points is not None
