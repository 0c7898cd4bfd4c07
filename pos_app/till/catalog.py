"""Finding a product by barcode or SKU (both indexed: fast for 100,000 products)."""

from __future__ import annotations

from sqlalchemy import select

from pos_app.loyalty.errors import CodedError
from pos_app.loyalty.money import from_minor_units
from pos_app.sales import Product
from pos_app.store import Store
from pos_app.store.models import CatalogRow


class ProductNotFound(CodedError):
    """No product with this barcode or SKU; ``scanned`` is what was looked up."""

    code = "product_not_found"

    def __init__(self, scanned: str):
        super().__init__(None, f"No product with barcode or SKU {scanned!r}; check the code or type the SKU.",
                         "code", scanned=scanned)
        self.scanned = scanned


def _product(row: CatalogRow) -> Product:
    return Product(sku=row.sku, name=row.name, price=from_minor_units(row.price_minor), category=row.category,
                   bonus_points=row.bonus_points, on_sale=row.on_sale, gift_points=row.gift_points, barcode=row.barcode,
                   vat=row.vat)


def find_product(store: Store, code: str) -> Product:
    """By barcode first, then by SKU; each is one indexed look-up."""
    code = (code or "").strip()
    if not code:
        raise ProductNotFound(code)
    with store.read() as session:
        row = session.scalar(select(CatalogRow).where(CatalogRow.barcode == code).limit(1)) or session.get(
            CatalogRow, code
        )
        if row is None:
            raise ProductNotFound(code)
        return _product(row)
