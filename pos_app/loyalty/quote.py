"""The quote: how many points a basket may be paid with, how they spread over
the lines, and how many points the purchase earns.

This is the one function the till, the hub and the ``quote`` CLI all use.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

from .allocation import allocate_minor
from .basket import TENDERS, Line, parse_lines
from .eligibility import ineligibility_reason
from .errors import InsufficientPoints, OrderPointsCap, RedeemExceedsMax
from .money import format_money, to_minor_units
from .rules import Rules
from .validate import reject_unknown_keys, require_choice, require_int, require_object

MAX = "max"


def _money(minor: int) -> Decimal:
    """Minor units as a two-decimal Decimal: 1234 -> Decimal("12.34")."""
    return Decimal(minor).scaleb(-2)


@dataclass(frozen=True)
class QuoteRequest:
    lines: tuple[Line, ...]
    rules: Rules = Rules()
    available_points: int = 0
    tender: str = "cash"
    redeem_points: int | str = 0  # an int or "max"

    @classmethod
    def from_dict(cls, data: Any) -> "QuoteRequest":
        data = require_object(data, "$")
        reject_unknown_keys(data, {"rules", "available_points", "tender", "lines", "redeem_points"}, "")
        rules = Rules.from_dict(data.get("rules", {}))
        available = require_int(data.get("available_points", 0), "available_points", 0)
        tender = require_choice(data.get("tender", "cash"), "tender", TENDERS)
        lines = parse_lines(data.get("lines", []))
        redeem = data.get("redeem_points", 0)
        if isinstance(redeem, str):
            redeem = require_choice(redeem, "redeem_points", (MAX,))
        else:
            redeem = require_int(redeem, "redeem_points", 0)
        return cls(lines=tuple(lines), rules=rules, available_points=available, tender=tender, redeem_points=redeem)


class LineQuote(NamedTuple):
    """One line of the quote. Amounts are kept in minor units; ``amount`` and
    ``bonus_payment`` give them as Decimals (a NamedTuple: built 100 times per quote)."""

    sku: str
    amount_minor: int
    eligible: bool
    reason: str | None
    redeem_points: int
    bonus_payment_minor: int
    accrual_points: int

    @property
    def amount(self) -> Decimal:
        return _money(self.amount_minor)

    @property
    def bonus_payment(self) -> Decimal:
        return _money(self.bonus_payment_minor)

    def to_dict(self) -> dict:
        return {
            "sku": self.sku,
            "amount": format_money(self.amount),
            "eligible": self.eligible,
            "reason": self.reason,
            "redeem_points": self.redeem_points,
            "bonus_payment": format_money(self.bonus_payment),
            "accrual_points": self.accrual_points,
        }


@dataclass(frozen=True)
class Quote:
    total: Decimal
    eligible_total: Decimal
    max_redeem_points: int
    redeem_points: int
    bonus_payment: Decimal
    gift_points: int
    points_spent: int
    to_pay: Decimal
    accrual_points: int
    lines: tuple[LineQuote, ...]

    def to_dict(self) -> dict:
        return {
            "total": format_money(self.total),
            "eligible_total": format_money(self.eligible_total),
            "max_redeem_points": self.max_redeem_points,
            "redeem_points": self.redeem_points,
            "bonus_payment": format_money(self.bonus_payment),
            "gift_points": self.gift_points,
            "points_spent": self.points_spent,
            "to_pay": format_money(self.to_pay),
            "accrual_points": self.accrual_points,
            "lines": [line.to_dict() for line in self.lines],
        }


def _accrual(base: int, amount: int, redeemed: int, payment: int, mode: str) -> int:
    """Points a line earns; ``amount`` and ``payment`` in minor units."""
    if mode == "full" or base == 0:
        return base
    if mode == "none":
        return 0 if redeemed > 0 else base
    if amount == 0 or redeemed == 0:  # proportional
        return base
    return base * (amount - payment) // amount


def quote(request: QuoteRequest) -> Quote:
    """Price the basket with points. Raises a ``LoyaltyError`` subclass on refusal.

    Works in integer minor units (kopecks/cents) throughout; Decimals appear only in the result.
    """
    rules = request.rules
    pv = to_minor_units(rules.point_value)
    cap = rules.max_points_per_order
    lines = request.lines
    reasons = [ineligibility_reason(line, rules, request.tender) for line in lines]
    amounts = [0 if line.gift_points is not None else to_minor_units(line.price) * line.qty for line in lines]
    eligible_idx = [i for i, r in enumerate(reasons) if r is None]
    eligible_amounts = [amounts[i] for i in eligible_idx]
    total = sum(amounts)
    eligible_total = sum(eligible_amounts)
    gift_points = sum(line.gift_points * line.qty for line in lines if line.gift_points is not None)

    if gift_points > request.available_points:
        raise InsufficientPoints(
            f"gifts cost {gift_points} points but only {request.available_points} are available", None
        )
    if cap is not None and gift_points > cap:
        raise OrderPointsCap(f"gifts cost {gift_points} points, over the cap of {cap} points per order", None)

    limits = [
        request.available_points - gift_points,
        int(rules.max_redeem_share * eligible_total // pv),  # Decimal share x int: exact
        (total - to_minor_units(rules.min_money_payment)) // pv,
        sum(a // pv for a in eligible_amounts),
    ]
    if cap is not None:
        limits.append(cap - gift_points)
    max_redeem = max(0, min(limits))

    redeem = max_redeem if request.redeem_points == MAX else request.redeem_points
    if redeem > max_redeem:
        raise RedeemExceedsMax(
            f"{redeem} points asked, but at most {max_redeem} can pay for this basket", "redeem_points"
        )

    per_line = [0] * len(lines)
    for i, pts in zip(eligible_idx, allocate_minor(redeem, eligible_amounts, pv)):
        per_line[i] = pts

    mode = rules.accrual_on_redeemed
    line_quotes = []
    accrual_total = 0
    for line, amount, reason, pts in zip(lines, amounts, reasons, per_line):
        payment = pts * pv
        base = 0 if line.gift_points is not None else line.bonus_points * line.qty
        accrual = _accrual(base, amount, pts, payment, mode)
        accrual_total += accrual
        line_quotes.append(LineQuote(line.sku, amount, reason is None, reason, pts, payment, accrual))
    bonus_payment = redeem * pv
    return Quote(
        total=_money(total),
        eligible_total=_money(eligible_total),
        max_redeem_points=max_redeem,
        redeem_points=redeem,
        bonus_payment=_money(bonus_payment),
        gift_points=gift_points,
        points_spent=redeem + gift_points,
        to_pay=_money(total - bonus_payment),
        accrual_points=accrual_total,
        lines=tuple(line_quotes),
    )


def quote_json(data: Any) -> dict:
    """JSON in, JSON out: the CLI's contract. Raises ``LoyaltyError`` on refusal."""
    return quote(QuoteRequest.from_dict(data)).to_dict()
