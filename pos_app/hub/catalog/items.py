"""Catalog items with a version each: a till asks for what changed since the version it has."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...loyalty.money import format_money, from_minor_units, to_minor_units
from ...loyalty.product import Product
from ..db.models import CatalogEntry, CatalogItemVersion, CatalogVersion, Counter


@dataclass(frozen=True)
class CatalogChanges:
    version: int
    full: bool
    items: list[dict]
    removed: list[str]


def catalog_version(session: Session) -> int:
    row = session.get(Counter, "catalog")
    return row.value if row else 0


def _bump(session: Session, at: datetime | None) -> int:
    """A new catalog version (the counter is locked until the transaction ends), made at ``at``."""
    row = session.get(Counter, "catalog", with_for_update=True)
    if row is None:
        row = Counter(name="catalog", value=0)
        session.add(row)
    row.value += 1
    session.add(CatalogVersion(version=row.value, created_at=at or datetime.now(timezone.utc)))
    session.flush()
    return row.value


def _keep_version(session: Session, row: CatalogEntry) -> None:
    """The item as it is at ``row.version``, kept for every sale quoted at that version or later."""
    session.merge(CatalogItemVersion(sku=row.sku, version=row.version, price_minor=row.price_minor,
                                     category=row.category, on_sale=row.on_sale, bonus_points=row.bonus_points,
                                     gift_points=row.gift_points, removed=row.removed))


def upsert_items(session: Session, items: list[Product], *, at: datetime | None = None) -> int:
    """Add or change items in one new catalog version (made ``at``, default now); returns it. Every
    version of every item is kept (``CatalogItemVersion``): sales are recomputed at their version."""
    version = _bump(session, at)
    for data in items:
        row = session.get(CatalogEntry, data.sku) or CatalogEntry(sku=data.sku)
        row.barcode, row.name, row.category = data.barcode, data.name, data.category
        row.price_minor = 0 if data.gift_points is not None else to_minor_units(data.price)
        row.on_sale, row.bonus_points, row.gift_points = data.on_sale, data.bonus_points, data.gift_points
        row.vat = data.vat
        row.version, row.removed = version, False
        session.add(row)
        _keep_version(session, row)
    session.flush()
    return version


def remove_items(session: Session, skus: list[str], *, at: datetime | None = None) -> int:
    version = _bump(session, at)
    for sku in skus:
        row = session.get(CatalogEntry, sku)
        if row is not None:
            row.removed, row.version = True, version
            _keep_version(session, row)
    session.flush()
    return version


def item_dict(row: CatalogEntry) -> dict:
    return {"sku": row.sku, "barcode": row.barcode, "name": row.name,
            "price": format_money(from_minor_units(row.price_minor)), "category": row.category,
            "on_sale": row.on_sale, "bonus_points": row.bonus_points, "gift_points": row.gift_points,
            "vat": row.vat}


def catalog_since(session: Session, since: int = 0) -> CatalogChanges:
    version = catalog_version(session)
    full = since <= 0 or since > version
    query = select(CatalogEntry).order_by(CatalogEntry.sku)
    if not full:
        query = query.where(CatalogEntry.version > since)
    rows = session.scalars(query).all()
    items = [item_dict(r) for r in rows if not r.removed]
    removed = [] if full else [r.sku for r in rows if r.removed]
    return CatalogChanges(version=version, full=full, items=items, removed=removed)
