"""The shift's loyalty report (printed with the Z report when a shift closes): points issued and spent,
gifts, returns, member sales, registrations, events not yet synced, from the journal."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from pos_app.loyalty.money import from_minor_units
from pos_app.printing import ShiftLoyaltyReport, StoreInfo
from pos_app.store import Store
from pos_app.store.models import OutboxEvent, SaleRow, SaleReturn, utcnow

from .documents import _local
from .staff import ShiftInfo


def shift_report(store: Store, shift: ShiftInfo, info: StoreInfo, store_id: str, till_id: str,
                 unsynced: int = 0) -> ShiftLoyaltyReport:
    closed = shift.closed_at or utcnow()
    with store.read() as session:
        sales = session.scalars(select(SaleRow).where(SaleRow.shift_id == shift.id)).all()
        returns = session.scalars(select(SaleReturn).where(SaleReturn.returned_at >= shift.opened_at,
                                                           SaleReturn.returned_at <= closed)).all()
        registrations = session.scalar(select(func.count()).select_from(OutboxEvent).where(
            OutboxEvent.kind == "member.registered", OutboxEvent.created_at >= shift.opened_at,
            OutboxEvent.created_at <= closed)) or 0
    return ShiftLoyaltyReport(
        store=info, shift_no=f"{store_id}-{till_id}-SH{shift.id:04d}", opened_at=_local(shift.opened_at),
        closed_at=_local(closed), cashier=shift.cashier,
        points_issued=sum(s.accrual_points for s in sales), points_spent=sum(s.redeem_points for s in sales),
        bonus_payment=sum((from_minor_units(s.bonus_payment_minor) for s in sales), Decimal("0.00")),
        gift_points=sum(s.gift_points for s in sales), gifts_count=sum(1 for s in sales if s.gift_points),
        returns_count=len(returns), points_annulled=sum(r.annulled_points for r in returns),
        points_refunded=sum(r.refunded_points for r in returns),
        member_sales=sum(1 for s in sales if s.member_phone), sales_total=len(sales),
        registrations=registrations, unsynced_events=unsynced,
    )


__all__ = ["shift_report"]
