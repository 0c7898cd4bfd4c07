"""Reading the sales journal: a sale by receipt number with what has been returned, a return by its number."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from pos_app.loyalty.money import from_minor_units
from pos_app.store import Store
from pos_app.store.models import Cancellation, ReturnLineRow, SaleRow, SaleReturn

from .errors import SaleError


@dataclass(frozen=True)
class SaleLineRecord:
    line_no: int
    sku: str
    name: str
    category: str | None
    price: Decimal
    qty: int
    returned_qty: int
    gift_points: int | None
    eligible: bool
    reason: str | None
    redeem_points: int
    bonus_payment: Decimal
    accrual_points: int
    vat: str = "none"

    @property
    def is_gift(self) -> bool:
        return self.gift_points is not None

    @property
    def points_spent(self) -> int:
        """Points that paid for this line: the redeemed share, or a gift's price in points."""
        return (self.gift_points or 0) * self.qty if self.is_gift else self.redeem_points

    @property
    def amount(self) -> Decimal:
        """What the line cost in money before points (a gift costs points only)."""
        return Decimal("0.00") if self.is_gift else self.price * self.qty


@dataclass(frozen=True)
class SaleRecord:
    receipt_no: str
    sold_at: datetime
    cashier: str
    member_phone: str | None
    tender: str
    tenders: tuple[tuple[str, Decimal], ...]
    total: Decimal
    bonus_payment: Decimal
    to_pay: Decimal
    change: Decimal
    redeem_points: int
    gift_points: int
    accrual_points: int
    offline: bool
    cancelled: bool
    lines: tuple[SaleLineRecord, ...]
    balance_after: int | None = None  # the member's available points after the sale (None: not known)
    fiscal: dict | None = None  # the register's answer (None: not fiscalized on this till)


@dataclass(frozen=True)
class ReturnLineRecord:
    line_no: int
    name: str
    price: Decimal
    qty: int
    annulled_points: int
    refunded_points: int
    refund: Decimal


@dataclass(frozen=True)
class ReturnRecord:
    """A return as the journal keeps it, with the sale it belongs to (what a reprint needs)."""

    return_no: str
    returned_at: datetime
    cashier: str
    supervisor: str | None
    sale: SaleRecord
    lines: tuple[ReturnLineRecord, ...]
    annulled_points: int
    refunded_points: int
    refund: Decimal
    fiscal: dict | None = None  # the register's answer, with ``original``: the sale's fiscal document


def load_sale(session: Session, receipt_no: str) -> SaleRow:
    sale = session.scalar(
        select(SaleRow).where(SaleRow.receipt_no == receipt_no.strip()).options(selectinload(SaleRow.lines), selectinload(SaleRow.tenders))
    )
    if sale is None:
        raise SaleError("receipt_not_found", f"No sale with receipt number {receipt_no!r} on this till; check the number.", "receipt_no")
    return sale


def returned_quantities(session: Session, sale_id: int) -> dict[int, int]:
    rows = session.execute(
        select(ReturnLineRow.line_no, func.sum(ReturnLineRow.qty))
        .join(SaleReturn, SaleReturn.id == ReturnLineRow.return_id)
        .where(SaleReturn.sale_id == sale_id)
        .group_by(ReturnLineRow.line_no)
    )
    return {line_no: int(qty) for line_no, qty in rows}


def is_cancelled(session: Session, sale_id: int) -> bool:
    return session.scalar(select(Cancellation.id).where(Cancellation.sale_id == sale_id)) is not None


def to_record(session: Session, sale: SaleRow) -> SaleRecord:
    returned = returned_quantities(session, sale.id)
    m = from_minor_units
    return SaleRecord(
        receipt_no=sale.receipt_no, sold_at=sale.sold_at, cashier=sale.cashier, member_phone=sale.member_phone,
        tender=sale.tender, tenders=tuple((t.kind, m(t.amount_minor)) for t in sale.tenders),
        total=m(sale.total_minor), bonus_payment=m(sale.bonus_payment_minor), to_pay=m(sale.to_pay_minor),
        change=m(sale.change_minor), redeem_points=sale.redeem_points, gift_points=sale.gift_points,
        accrual_points=sale.accrual_points, offline=sale.offline, cancelled=is_cancelled(session, sale.id),
        balance_after=sale.balance_after, fiscal=json.loads(sale.fiscal_json) if sale.fiscal_json else None,
        lines=tuple(
            SaleLineRecord(
                line_no=ln.line_no, sku=ln.sku, name=ln.name, category=ln.category, price=m(ln.price_minor),
                qty=ln.qty, returned_qty=returned.get(ln.line_no, 0), gift_points=ln.gift_points,
                eligible=ln.eligible, reason=ln.reason, redeem_points=ln.redeem_points,
                bonus_payment=m(ln.bonus_payment_minor), accrual_points=ln.accrual_points, vat=ln.vat,
            )
            for ln in sale.lines
        ),
    )


def last_receipt(store: Store) -> tuple[str, str] | None:
    """The newest document in the journal: ("sale", receipt number) or ("return", return number); None
    for an empty journal. What "reprint the last receipt" prints after the till was restarted."""
    with store.read() as session:
        sale = session.execute(select(SaleRow.receipt_no, SaleRow.sold_at).order_by(SaleRow.sold_at.desc(), SaleRow.id.desc())
                               .limit(1)).first()
        back = session.execute(select(SaleReturn.return_no, SaleReturn.returned_at)
                               .order_by(SaleReturn.returned_at.desc(), SaleReturn.id.desc()).limit(1)).first()
    if back is not None and (sale is None or back.returned_at >= sale.sold_at):
        return "return", back.return_no
    return ("sale", sale.receipt_no) if sale is not None else None


def find_sale(store: Store, receipt_no: str) -> SaleRecord:
    with store.read() as session:
        return to_record(session, load_sale(session, receipt_no))


def find_return(store: Store, return_no: str) -> ReturnRecord:
    """A return of this till by its number; ``SaleError`` return_not_found."""
    with store.read() as session:
        ret = session.scalar(select(SaleReturn).where(SaleReturn.return_no == return_no.strip())
                             .options(selectinload(SaleReturn.lines)))
        if ret is None:
            raise SaleError("return_not_found", f"No return with number {return_no!r} on this till.", "return_no")
        sale = to_record(session, session.get(SaleRow, ret.sale_id))
        by_no = {ln.line_no: ln for ln in sale.lines}
        m = from_minor_units
        return ReturnRecord(
            return_no=ret.return_no, returned_at=ret.returned_at, cashier=ret.cashier, supervisor=ret.supervisor,
            sale=sale, lines=tuple(
                ReturnLineRecord(line_no=ln.line_no, name=by_no[ln.line_no].name, price=by_no[ln.line_no].price,
                                 qty=ln.qty, annulled_points=ln.annulled_points, refunded_points=ln.refunded_points,
                                 refund=m(ln.refund_minor))
                for ln in ret.lines),
            annulled_points=ret.annulled_points, refunded_points=ret.refunded_points, refund=m(ret.refund_minor),
            fiscal=json.loads(ret.fiscal_json) if ret.fiscal_json else None,
        )
