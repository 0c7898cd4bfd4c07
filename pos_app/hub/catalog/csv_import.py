"""``pos-hub catalog import FILE``: a CSV with a header row.

Columns: ``sku,barcode,name,price,category,on_sale,bonus_points,gift_points,vat`` (``barcode``, ``on_sale``,
``bonus_points``, ``gift_points`` and ``vat`` may be empty or absent; ``vat`` is a code of
``pos_app.loyalty.vat``'s table: vat22, vat10, vat5, vat7, vat0, none (the default)). ``price`` is a decimal string ("12999.00"); a row with
``gift_points`` is a gift paid only with points. The whole file is one catalog version, or nothing."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from ...loyalty import InvalidInput, parse_money
from ...loyalty.vat import DEFAULT_VAT, check_vat
from ..audit import audit
from ..errors import ApiError
from .items import Product, upsert_items

REQUIRED = ("sku", "name", "price", "category")
TRUE = {"1", "true", "yes", "y"}
FALSE = {"", "0", "false", "no", "n"}


def _int(value: str, where: str, allow_empty: bool) -> int | None:
    value = (value or "").strip()
    if value == "" and allow_empty:
        return None
    if not value.isdigit():
        raise ApiError(f"{where}: expected a whole number of points, got {value!r}", code="invalid_csv")
    return int(value)


def _vat(value: str | None, where: str) -> str:
    try:
        return check_vat((value or "").strip().lower() or DEFAULT_VAT, f"{where} vat")
    except InvalidInput as exc:
        raise ApiError(exc.message, code="invalid_csv") from None


def parse_rows(rows: list[dict[str, str]]) -> list[Product]:
    items: list[Product] = []
    seen: set[str] = set()
    for n, row in enumerate(rows, start=2):
        where = f"line {n}"
        for col in REQUIRED:
            if not (row.get(col) or "").strip():
                raise ApiError(f"{where}: column {col!r} is empty", code="invalid_csv")
        sku = row["sku"].strip()
        if sku in seen:
            raise ApiError(f"{where}: SKU {sku!r} appears twice", code="invalid_csv")
        seen.add(sku)
        try:
            price = parse_money(row["price"].strip(), f"{where} price")
        except InvalidInput as exc:
            raise ApiError(exc.message, code="invalid_csv") from None
        on_sale = (row.get("on_sale") or "").strip().lower()
        if on_sale not in TRUE | FALSE:
            raise ApiError(f"{where}: on_sale must be true or false, got {on_sale!r}", code="invalid_csv")
        items.append(Product(
            sku=sku, name=row["name"].strip(), price=price, category=row["category"].strip(),
            barcode=(row.get("barcode") or "").strip() or None, on_sale=on_sale in TRUE,
            bonus_points=_int(row.get("bonus_points", ""), f"{where} bonus_points", True) or 0,
            gift_points=_int(row.get("gift_points", ""), f"{where} gift_points", True),
            vat=_vat(row.get("vat"), where),
        ))
    return items


def import_csv(session: Session, path: str | Path, *, at: datetime, actor: str = "cli") -> tuple[int, int]:
    """Returns (new catalog version, number of items)."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise ApiError(f"{path}: missing column(s) {', '.join(missing)}", code="invalid_csv")
        items = parse_rows(list(reader))
    version = upsert_items(session, items, at=at)
    audit(session, at=at, actor=actor, action="catalog.import", details={"file": str(path), "items": len(items),
                                                                          "version": version})
    return version, len(items)
