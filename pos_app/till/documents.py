"""The journal's records as printable documents (``pos_app.printing``). Plain Python, no Qt."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

from pos_app.loyalty.history import Movement
from pos_app.loyalty.money import Tender
from pos_app.printing import BalanceSlip, ReceiptLine, ReturnReceipt, ReturnReceiptLine, SaleReceipt, StoreInfo
from pos_app.sales import ReturnRecord, SaleRecord
from pos_app.sync import Member

HISTORY_ON_SLIP = 10  # the newest movements a balance slip prints


def _local(at: datetime) -> datetime:
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone().replace(tzinfo=None)


def sale_receipt(record: SaleRecord, store: StoreInfo, hold_days: int) -> SaleReceipt:
    """A sale from the journal as the customer's receipt (the same after a restart)."""
    lines = tuple(
        ReceiptLine(name=ln.name, qty=ln.qty, price=ln.price, amount=ln.amount, points_spent=ln.points_spent,
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
        balance_after=record.balance_after, offline=record.offline,
        fiscal_number=(record.fiscal or {}).get("number"), fiscal_sign=(record.fiscal or {}).get("fiscal_sign"),
    )


def return_receipt(record: ReturnRecord, store: StoreInfo, balance_after: int | None = None) -> ReturnReceipt:
    """A return from the journal as the return receipt; ``balance_after``: the member's available points
    after it, when the hub has said (None: no balance line)."""
    sale = record.sale
    return ReturnReceipt(
        store=store, return_no=record.return_no, original_receipt_no=sale.receipt_no,
        returned_at=_local(record.returned_at), cashier=record.cashier,
        lines=tuple(ReturnReceiptLine(name=ln.name, qty=ln.qty, price=ln.price, amount=ln.refund) for ln in record.lines),
        refund_total=record.refund, supervisor=record.supervisor, member_phone=sale.member_phone,
        points_refunded=record.refunded_points, points_annulled=record.annulled_points, balance_after=balance_after,
    )


def balance_slip(member: Member, history: list[Movement], store: StoreInfo) -> BalanceSlip:
    recent = list(reversed(history))[:HISTORY_ON_SLIP]
    return BalanceSlip(
        store=store, printed_at=datetime.now(), member_phone=member.phone, available=member.available,
        pending=member.pending,
        expiring=member.expiring,
        history=tuple(Movement(_local(m.at), m.kind, m.points, m.balance_after, m.receipt_no, m.note) for m in recent),
        as_of=_local(member.as_of), card_number=member.card_number,
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
