"""The open sale on the screen: its lines and the member (plain Python, no Qt).

The screens quote it with ``TillServices.quote(basket.lines, member=basket.member, ...)``.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from pos_app.sales import BasketLine, Product, SaleError
from pos_app.sync import Member

MAX_QTY = 999


class Basket:
    def __init__(self) -> None:
        self.lines: list[BasketLine] = []
        self.member: Member | None = None

    def add(self, product: Product, qty: int = 1) -> int:
        """Add ``qty`` of ``product``; the same product scanned again raises the quantity.
        Returns the row index."""
        for row, line in enumerate(self.lines):
            if line.product.sku == product.sku:
                self.set_qty(row, line.qty + qty)
                return row
        self.lines.append(BasketLine(product, qty))
        return len(self.lines) - 1

    def set_qty(self, row: int, qty: int) -> None:
        if not 1 <= qty <= MAX_QTY:
            raise SaleError("invalid_qty", f"A quantity is a whole number from 1 to {MAX_QTY}.", "qty", max_qty=MAX_QTY)
        self.lines[row] = replace(self.lines[row], qty=qty)

    def set_price(self, row: int, price: Decimal) -> None:
        """A price override (the screen asks a supervisor's PIN first)."""
        line = self.lines[row]
        self.lines[row] = replace(line, product=replace(line.product, price=price))

    def remove(self, row: int) -> None:
        del self.lines[row]

    def clear(self) -> None:
        self.lines.clear()
        self.member = None

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal(0))

    @property
    def gift_points(self) -> int:
        return sum(line.product.gift_points * line.qty for line in self.lines if line.product.is_gift)
