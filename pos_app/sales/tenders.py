"""Checking the payment against what is left to pay, and working out the change."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .draft import TENDER_KINDS, Tender
from .errors import SaleError


@dataclass(frozen=True)
class CheckedPayment:
    tenders: tuple[Tender, ...]  # net amounts (cash less the change), summing to ``to_pay``
    change: Decimal


def check_payment(tenders: tuple[Tender, ...], to_pay: Decimal) -> CheckedPayment:
    """The tenders net of the change, and the change; ``SaleError`` when they do not pay ``to_pay``."""
    for i, t in enumerate(tenders):
        if t.kind not in TENDER_KINDS:
            raise SaleError("tender_invalid", f"Unknown payment type {t.kind!r}; use cash, card or credit.", f"tenders[{i}].kind")
        if not isinstance(t.amount, Decimal) or t.amount < 0 or t.amount != t.amount.quantize(Decimal("0.01")):
            raise SaleError("tender_invalid", f"Payment amount {t.amount!r} must be a non-negative sum with kopecks.", f"tenders[{i}].amount")
    paid = sum((t.amount for t in tenders), Decimal(0))
    if paid < to_pay:
        raise SaleError("unpaid", f"{to_pay - paid:.2f} is still to pay; add a payment.", "tenders")
    change = paid - to_pay
    cash = sum((t.amount for t in tenders if t.kind == "cash"), Decimal(0))
    if change > cash:
        raise SaleError("overpaid", "Card or credit payments exceed what is to pay; reduce them.", "tenders")
    net: list[Tender] = []
    left = change
    for t in reversed(tenders):  # the change comes out of the last cash tenders
        if t.kind == "cash" and left > 0:
            taken = min(left, t.amount)
            left -= taken
            t = Tender("cash", t.amount - taken)
        net.append(t)
    return CheckedPayment(tenders=tuple(reversed(net)), change=change)
