"""Building the fiscal document of a sale or a return from the till's figures.

Points on the receipt (setting ``points_on_fiscal_receipt``):

- ``discount`` (default, as retailers with bonus cards usually register it): each line's sum is reduced
  by the points the quote spread over it (largest remainder, in kopecks), its unit price is that sum over
  the quantity (rounded to kopecks; the sum stays exact); the payments are the money paid.
- ``payment``: lines at full price; the points are a separate non-cash payment (``points``, the "other"
  payment type, tag 1217).

A gift paid only with points is a line at 0.00 either way."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .document import POINTS_MODES, FiscalDocument, FiscalLine, FiscalPayment, FiscalRef
from .errors import FiscalError

CENT = Decimal("0.01")
TENDER_PAYMENT = {"cash": "cash", "card": "electronic", "credit": "electronic"}  # a bank's loan reaches the store electronically
# categories whose sale is not a commodity: a gift card is an advance (the goods come later)
CATEGORY_METHOD = {"gift_card": ("advance", "payment")}


@dataclass(frozen=True)
class SourceLine:
    """A line as the till knows it: full price, quantity, the money the points paid for it."""

    line_no: int
    name: str
    price: Decimal
    qty: int
    vat: str = "none"
    category: str | None = None
    bonus_payment: Decimal = Decimal("0.00")  # the points' share of this line, in money
    amount: Decimal | None = None  # the line's full sum when not price x qty (a return's share)


def _line(src: SourceLine, mode: str) -> FiscalLine:
    full = src.amount if src.amount is not None else (src.price * src.qty).quantize(CENT)
    method, obj = CATEGORY_METHOD.get(src.category or "", ("full_payment", "commodity"))
    if mode == "discount" and src.bonus_payment:
        amount = full - src.bonus_payment
        price = (amount / src.qty).quantize(CENT, ROUND_HALF_UP)
        return FiscalLine(src.name, price, src.qty, amount, src.vat, method, obj, src.bonus_payment, src.line_no)
    price = src.price if src.amount is None else (full / src.qty).quantize(CENT, ROUND_HALF_UP)
    return FiscalLine(src.name, price, src.qty, full, src.vat, method, obj, Decimal("0.00"), src.line_no)


def build_document(kind: str, lines: list[SourceLine], tenders: list[tuple[str, Decimal]], *, cashier: str,
                   points_mode: str = "discount", customer_contact: str | None = None,
                   original: FiscalRef | None = None, text: tuple[str, ...] = (), receipt_no: str = "") -> FiscalDocument:
    """``tenders``: (kind, amount) net of the change (cash, card, credit). In ``payment`` mode the points
    (the lines' ``bonus_payment``) are added as one ``points`` payment."""
    if points_mode not in POINTS_MODES:
        raise FiscalError("fiscal_bad_document", f"points_on_fiscal_receipt must be one of {POINTS_MODES}")
    fl = tuple(_line(src, points_mode) for src in lines)
    payments: dict[str, Decimal] = {}
    for kind_, amount in tenders:
        pk = TENDER_PAYMENT.get(kind_)
        if pk is None:
            raise FiscalError("fiscal_bad_document", f"unknown tender {kind_!r}")
        payments[pk] = payments.get(pk, Decimal("0.00")) + amount
    points = sum((src.bonus_payment for src in lines), Decimal("0.00"))
    if points_mode == "payment" and points:
        payments["points"] = points
    doc = FiscalDocument(
        kind=kind, lines=fl, payments=tuple(FiscalPayment(k, v) for k, v in payments.items() if v),
        cashier=cashier, receipt_no=receipt_no, customer_contact=customer_contact, original=original, text=text,
        points_mode=points_mode,
    )
    if not doc.payments:  # everything paid with points in discount mode (or a gift only)
        doc = FiscalDocument(**{**doc.__dict__, "payments": (FiscalPayment("cash", Decimal("0.00")),)})
    return doc.check()
