"""Finding a product by barcode or SKU (both indexed: fast for 100,000 products)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select

from pos_app.loyalty.errors import CodedError
from pos_app.loyalty.money import from_minor_units
from pos_app.sales import BasketLine
from pos_app.store import Store
from pos_app.store.models import CatalogItem


class ProductNotFound(CodedError):
    """No product with this barcode or SKU; ``scanned`` is what was looked up."""

    code = "product_not_found"

    def __init__(self, scanned: str):
        super().__init__(None, f"No product with barcode or SKU {scanned!r}; check the code or type the SKU.",
                         "code", scanned=scanned)
        self.scanned = scanned


@dataclass(frozen=True)
class Product:
    sku: str
    barcode: str | None
    name: str
    price: Decimal
    category: str | None
    on_sale: bool
    bonus_points: int
    gift_points: int | None

    @property
    def is_gift(self) -> bool:
        return self.gift_points is not None

    def to_basket_line(self, qty: int = 1) -> BasketLine:
        return BasketLine(
            sku=self.sku, name=self.name, price=self.price, qty=qty, category=self.category,
            bonus_points=self.bonus_points, on_sale=self.on_sale, gift_points=self.gift_points, barcode=self.barcode,
        )


def _product(row: CatalogItem) -> Product:
    return Product(row.sku, row.barcode, row.name, from_minor_units(row.price_minor), row.category,
                   row.on_sale, row.bonus_points, row.gift_points)


def find_product(store: Store, code: str) -> Product:
    """By barcode first, then by SKU; each is one indexed look-up."""
    code = (code or "").strip()
    if not code:
        raise ProductNotFound(code)
    with store.read() as session:
        row = session.scalar(select(CatalogItem).where(CatalogItem.barcode == code).limit(1)) or session.get(
            CatalogItem, code
        )
        if row is None:
            raise ProductNotFound(code)
        return _product(row)


def search_products(store: Store, text: str, limit: int = 20) -> list[Product]:
    """Products whose name or SKU contains ``text`` (for a manual pick list)."""
    pattern = f"%{text.strip()}%"
    with store.read() as session:
        rows = session.scalars(
            select(CatalogItem).where(or_(CatalogItem.name.ilike(pattern), CatalogItem.sku.ilike(pattern)))
            .order_by(CatalogItem.name).limit(limit)
        )
        return [_product(r) for r in rows]
