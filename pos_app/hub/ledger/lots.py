"""Accruals: each forms a lot, pending until ``hold_days`` after the purchase, then available for
``expiry_days``."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from sqlalchemy.orm import Session

from ...loyalty import Rules
from ..db.models import Lot
from .movements import record


def lot_dates(earned_at: datetime, rules: Rules) -> tuple[datetime, datetime]:
    """(available_at, expires_at): midnight UTC ``hold_days`` after the purchase day, then ``expiry_days`` on."""
    day = earned_at.astimezone(timezone.utc).date() + timedelta(days=rules.hold_days)
    available_at = datetime.combine(day, time(0), tzinfo=timezone.utc)
    return available_at, available_at + timedelta(days=rules.expiry_days)


def accrue(session: Session, *, member_id: str, points: int, at: datetime, rules: Rules,
           kind: str = "accrual", sale_id: int | None = None, receipt_no: str | None = None,
           note: str | None = None, author: str | None = None, event_id: str | None = None,
           hold: bool = True) -> Lot:
    """A new lot of ``points`` (>0) with its accrual movement. ``hold=False`` makes it available at once
    (review awards, positive adjustments)."""
    if points <= 0:
        raise ValueError("an accrual needs a positive number of points")
    if hold:
        available_at, expires_at = lot_dates(at, rules)
    else:
        available_at, expires_at = at, at + timedelta(days=rules.expiry_days)
    lot = Lot(member_id=member_id, sale_id=sale_id, points=points, remaining=points, earned_at=at,
              available_at=available_at, expires_at=expires_at)
    session.add(lot)
    session.flush()
    record(session, member_id=member_id, kind=kind, points=points, at=at, effective_at=available_at,
           sale_id=sale_id, lot_id=lot.id, receipt_no=receipt_no, note=note, author=author, event_id=event_id)
    return lot
