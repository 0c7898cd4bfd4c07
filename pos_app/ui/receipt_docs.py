"""The till's records as printable documents (``pos_app.printing``). Plain Python, no Qt."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

from pos_app.printing import (BalanceSlip, ExpiringPoints, Movement, PendingPoints, ReturnLine, ReturnReceipt,
                              SaleLine, SaleReceipt, StoreInfo, Tender)

from .backend import MemberView
from .backend import Movement as MovementView


def _local(at: datetime) -> datetime:
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone().replace(tzinfo=None)


def sale_receipt(record, store: StoreInfo, hold_days: int, balance_after: int | None = None) -> SaleReceipt:
    """A ``pos_app.sales.SaleRecord`` as the customer's receipt."""
    lines = tuple(
        SaleLine(name=ln.name, qty=ln.qty, price=ln.price, amount=ln.price * ln.qty if not ln.is_gift else Decimal("0.00"),
                 points_spent=ln.redeem_points if not ln.is_gift else (ln.gift_points or 0) * ln.qty,
                 bonus_payment=ln.bonus_payment, not_payable_reason=ln.reason)
        for ln in record.lines
    )
    sold_at = _local(record.sold_at)
    return SaleReceipt(
        store=store, receipt_no=record.receipt_no, sold_at=sold_at, cashier=record.cashier, lines=lines,
        total=record.total, bonus_payment=record.bonus_payment, points_spent=record.redeem_points,
        gift_points=record.gift_points, tenders=_tenders_as_received(record.tenders, record.change),
        change=record.change, member_phone=record.member_phone,
        points_earned=record.accrual_points if record.member_phone else 0,
        points_available_on=(sold_at + timedelta(days=hold_days)).date() if record.accrual_points else None,
        balance_after=balance_after, offline=record.offline,
    )


def return_receipt(done, record, store: StoreInfo, supervisor: str | None) -> ReturnReceipt:
    """A ``pos_app.sales.FinishedReturn`` (with its original ``SaleRecord``) as the return receipt."""
    prices = {ln.line_no: ln.price for ln in record.lines}
    p = done.preview
    lines = tuple(ReturnLine(name=ln.name, qty=ln.qty, price=prices.get(ln.line_no, Decimal("0.00")), amount=ln.refund)
                  for ln in p.lines)
    return ReturnReceipt(
        store=store, return_no=done.return_no, original_receipt_no=record.receipt_no,
        returned_at=_local(done.returned_at), cashier=record.cashier, lines=lines, refund_total=p.refund,
        supervisor=supervisor, member_phone=record.member_phone, points_refunded=p.refunded_points,
        points_annulled=p.annulled_points,
    )


def balance_slip(member: MemberView, history: list[MovementView], store: StoreInfo) -> BalanceSlip:
    recent = list(reversed(history))[:10]
    return BalanceSlip(
        store=store, printed_at=datetime.now(), member_phone=member.phone, available=member.available,
        pending=tuple(PendingPoints(p.points, p.on) for p in member.pending),
        expiring=tuple(ExpiringPoints(p.points, p.on) for p in member.expiring),
        history=tuple(Movement(_local(m.at), m.kind, m.points, m.balance_after, m.receipt_no) for m in recent),
        as_of=_local(member.as_of),
    )


def _tenders_as_received(tenders, change: Decimal) -> tuple[Tender, ...]:
    """The journal keeps tenders net of the change; the customer's receipt shows the cash
    received (the last cash tender plus the change) followed by the change."""
    rows = [Tender(kind, amount) for kind, amount in tenders]
    for i in range(len(rows) - 1, -1, -1):
        if change and rows[i].kind == "cash":
            rows[i] = Tender("cash", rows[i].amount + change)
            break
    return tuple(rows)
