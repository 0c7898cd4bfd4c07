"""What the till hands over to finish a sale: basket lines, tenders, member and points."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pos_app.loyalty import Line
from pos_app.loyalty.money import Tender
from pos_app.loyalty.product import Product

TENDER_KINDS = ("cash", "card", "credit")


@dataclass(frozen=True)
class BasketLine:
    """``qty`` of one product in the basket."""

    product: Product
    qty: int = 1

    def __getattr__(self, name: str):
        # the product's fields read through the line (line.sku, line.price, ...)
        if name in Product.__dataclass_fields__ or name == "is_gift":
            return getattr(self.product, name)
        raise AttributeError(name)

    @property
    def amount(self) -> Decimal:
        """What the line costs in money (a gift costs points, not money)."""
        return Decimal(0) if self.product.is_gift else self.product.price * self.qty

    def to_line(self) -> Line:
        """The line as the rules engine reads it (a credit tender is the quote's, not the line's)."""
        p = self.product
        if p.gift_points is not None:
            return Line(sku=p.sku, qty=self.qty, category=p.category, gift_points=p.gift_points)
        return Line(sku=p.sku, price=p.price, qty=self.qty, category=p.category,
                    bonus_points=p.bonus_points, on_sale=p.on_sale)


@dataclass(frozen=True)
class SaleDraft:
    """A sale ready to finish. ``available_points`` is what the quote may spend (online: the member's
    available points; offline: the offline limit, see ``pos_app.sync.offline_policy``); the journal keeps
    ``balance_before`` less the points spent as the balance after the sale."""

    lines: tuple[BasketLine, ...]
    tenders: tuple[Tender, ...]
    cashier: str
    member_phone: str | None = None
    available_points: int = 0
    redeem_points: int = 0
    offline: bool = False
    supervisor: str | None = None
    redeem_token: str | None = None
    shift_id: int | None = None
    balance_before: int | None = None  # the member's available points before the sale (offline: as cached)

    @property
    def quote_tender(self) -> str:
        """Credit anywhere in the payment makes the basket ineligible for points (``exclude_credit``)."""
        return "credit" if any(t.kind == "credit" for t in self.tenders) else "cash"

    @property
    def tender_label(self) -> str:
        kinds = {t.kind for t in self.tenders if t.amount > 0} or {t.kind for t in self.tenders}
        if len(kinds) > 1:
            return "mixed"
        return kinds.pop() if kinds else "cash"
