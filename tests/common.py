"""Helpers shared by the till-side tests: basket lines in one call, waiting on the sync state."""

from __future__ import annotations

import threading
from decimal import Decimal

from pos_app.sales import BasketLine, Product


def line_of(sku: str, name: str, price: Decimal, qty: int = 1, category: str | None = None, bonus_points: int = 0,
            on_sale: bool = False, gift_points: int | None = None, barcode: str | None = None) -> BasketLine:
    """``qty`` of a product made up on the spot (the till's catalog is not needed)."""
    return BasketLine(Product(sku=sku, name=name, price=price, category=category, bonus_points=bonus_points,
                              on_sale=on_sale, gift_points=gift_points, barcode=barcode), qty)


def wait_for(status, predicate, timeout: float = 20.0) -> bool:
    """True as soon as ``predicate(state)`` holds for the ``SyncStatus``; False after ``timeout`` seconds."""
    done = threading.Event()
    unsubscribe = status.subscribe(lambda st: predicate(st) and done.set())
    try:
        return predicate(status.state) or done.wait(timeout)
    finally:
        unsubscribe()
