"""The open sale: lines, quantities, the member, and the quote (plain Python, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pos_app.loyalty import Line, LoyaltyError, Quote, QuoteRequest, Rules, quote

from .backend import CatalogItem, MemberView, SaleLine

MAX_QTY = 999


@dataclass
class BasketLine:
    item: CatalogItem
    qty: int = 1

    @property
    def amount(self) -> Decimal:
        return Decimal(0) if self.item.is_gift else self.item.price * self.qty

    def loyalty_line(self, credit: bool) -> Line:
        i = self.item
        if i.is_gift:
            return Line(sku=i.sku, qty=self.qty, category=i.category, gift_points=i.gift_points)
        return Line(sku=i.sku, price=i.price, qty=self.qty, category=i.category,
                    bonus_points=i.bonus_points, on_sale=i.on_sale, credit=credit)


class Basket:
    def __init__(self) -> None:
        self.lines: list[BasketLine] = []
        self.member: MemberView | None = None

    def add(self, item: CatalogItem, qty: int = 1) -> int:
        """Add ``qty`` of ``item``; the same non-gift item scanned again raises the quantity.
        Returns the row index."""
        for row, line in enumerate(self.lines):
            if line.item.sku == item.sku:
                self.set_qty(row, line.qty + qty)
                return row
        self.lines.append(BasketLine(item, qty))
        return len(self.lines) - 1

    def set_qty(self, row: int, qty: int) -> None:
        if not 1 <= qty <= MAX_QTY:
            raise ValueError(f"quantity must be between 1 and {MAX_QTY}")
        self.lines[row].qty = qty

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
        return sum(line.item.gift_points * line.qty for line in self.lines if line.item.is_gift)

    @property
    def has_gifts(self) -> bool:
        return any(line.item.is_gift for line in self.lines)

    def sale_lines(self) -> tuple[SaleLine, ...]:
        return tuple(SaleLine(line.item, line.qty) for line in self.lines)

    def quote(self, rules: Rules, redeem: int | str = 0, tender: str = "cash") -> Quote:
        """The rules engine's quote for this basket; raises ``LoyaltyError`` on refusal."""
        member = self.member
        available = 0 if member is None else (member.spendable if member.spendable is not None else member.available)
        credit = tender == "credit"
        request = QuoteRequest(
            lines=tuple(line.loyalty_line(credit) for line in self.lines),
            rules=rules,
            available_points=max(available, 0),
            tender=tender,
            redeem_points=redeem,
        )
        return quote(request)

    def safe_quote(self, rules: Rules, redeem: int | str = 0, tender: str = "cash") -> tuple[Quote | None, str]:
        try:
            return self.quote(rules, redeem, tender), ""
        except LoyaltyError as exc:
            return None, str(exc)
