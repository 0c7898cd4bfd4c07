"""The shift's loyalty report from the till's journal (plain Python, no Qt): sales with members, points
earned, spent and given back on returns, gifts, registrations, offline sales and what had not reached the
hub when the shift closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import select

from pos_app.printing import ShiftLoyaltyReport, StoreInfo
from pos_app.store import Store, get_setting, set_setting
from pos_app.store.models import SaleReturn, SaleRow

from .staff import ShiftInfo

REGISTRATIONS_KEY = "shift_registrations"  # {shift id: registrations made at this till in that shift}


@dataclass(frozen=True)
class ShiftFigures:
    """What the report prints, and what the screen says after the close."""

    sales: int = 0
    member_sales: int = 0
    offline_sales: int = 0
    points_earned: int = 0
    points_spent: int = 0
    bonus_payment: Decimal = Decimal("0.00")
    gift_points: int = 0
    gifts: int = 0
    returns: int = 0
    points_annulled: int = 0
    points_refunded: int = 0
    registrations: int = 0
    unsynced_events: int = 0


@dataclass(frozen=True)
class ShiftClosed:
    shift: ShiftInfo
    figures: ShiftFigures
    report: ShiftLoyaltyReport


def count_registration(store: Store, shift_id: int | None) -> None:
    if shift_id is None:
        return
    with store.write() as session:
        counts = dict(get_setting(session, REGISTRATIONS_KEY) or {})
        counts[str(shift_id)] = int(counts.get(str(shift_id), 0)) + 1
        set_setting(session, REGISTRATIONS_KEY, counts)


def _utc(at: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=timezone.utc)


def shift_figures(store: Store, shift: ShiftInfo, unsynced_events: int) -> ShiftFigures:
    """The shift's figures from the journal: its sales (by shift), its returns (by cashier, within the
    shift's hours), its registrations."""
    end = _utc(shift.closed_at or datetime.now(timezone.utc))
    start = _utc(shift.opened_at)
    with store.read() as session:
        sales = list(session.scalars(select(SaleRow).where(SaleRow.shift_id == shift.id)))
        returns = [r for r in session.scalars(select(SaleReturn).where(SaleReturn.cashier == shift.cashier))
                   if start <= _utc(r.returned_at) <= end]
        registrations = int((get_setting(session, REGISTRATIONS_KEY) or {}).get(str(shift.id), 0))
        members = [s for s in sales if s.member_phone]
        gifts = sum(ln.qty for s in members for ln in s.lines if ln.gift_points)
        return ShiftFigures(
            sales=len(sales), member_sales=len(members), offline_sales=sum(1 for s in sales if s.offline),
            points_earned=sum(s.accrual_points for s in members), points_spent=sum(s.redeem_points for s in members),
            bonus_payment=Decimal(sum(s.bonus_payment_minor for s in members)) / 100,
            gift_points=sum(s.gift_points for s in members), gifts=gifts, returns=len(returns),
            points_annulled=sum(r.annulled_points for r in returns),
            points_refunded=sum(r.refunded_points for r in returns),
            registrations=registrations, unsynced_events=unsynced_events,
        )


def _local(at: datetime) -> datetime:
    return _utc(at).astimezone().replace(tzinfo=None)


def shift_report(shift: ShiftInfo, figures: ShiftFigures, store_info: StoreInfo, cashier: str) -> ShiftLoyaltyReport:
    return ShiftLoyaltyReport(
        store=store_info, shift_no=str(shift.id), opened_at=_local(shift.opened_at),
        closed_at=_local(shift.closed_at or datetime.now(timezone.utc)), cashier=cashier,
        points_issued=figures.points_earned, points_spent=figures.points_spent,
        bonus_payment=figures.bonus_payment.quantize(Decimal("0.01")), gift_points=figures.gift_points,
        gifts_count=figures.gifts, returns_count=figures.returns, points_annulled=figures.points_annulled,
        points_refunded=figures.points_refunded, member_sales=figures.member_sales, sales_total=figures.sales,
        registrations=figures.registrations, unsynced_events=figures.unsynced_events,
        offline_sales=figures.offline_sales,
    )
