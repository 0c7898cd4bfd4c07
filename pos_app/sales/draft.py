"""What the till hands over to finish a sale: basket lines, tenders, member and points."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pos_app.loyalty import Line

TENDER_KINDS = ("cash", "card", "credit")


@dataclass(frozen=True)
class BasketLine:
    """A catalog item in the basket. ``gift_points`` set = a gift paid only with points."""

    sku: str
    name: str
    price: Decimal
    qty: int = 1
    category: str | None = None
    bonus_points: int = 0
    on_sale: bool = False
    gift_points: int | None = None
    barcode: str | None = None

    def to_line(self) -> Line:
        if self.gift_points is not None:
            return Line(sku=self.sku, qty=self.qty, category=self.category, gift_points=self.gift_points)
        return Line(
            sku=self.sku, price=self.price, qty=self.qty, category=self.category,
            bonus_points=self.bonus_points, on_sale=self.on_sale,
        )


@dataclass(frozen=True)
class Tender:
    kind: str  # cash | card | credit
    amount: Decimal


@dataclass(frozen=True)
class SaleDraft:
    """A sale ready to finish. ``available_points`` is the member's balance the quote may use
    (online: from the hub; offline: the offline limit, see ``pos_app.sync.offline_policy``)."""

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
