"""Accruals: each forms a lot, pending until ``hold_days`` after the purchase, then available for
``expiry_days``. Written with Core inserts (this is the per-sale hot path)."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from typing import NamedTuple

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session

from ...loyalty import Rules
from ..db.models import LedgerMovement, Lot

LOTS = Lot.__table__
MOVEMENTS = LedgerMovement.__table__
INSERT_LOT = insert(LOTS).returning(LOTS.c.id)
INSERT_MOVEMENT = insert(MOVEMENTS).returning(MOVEMENTS.c.id)


class Accrual(NamedTuple):
    lot_id: int
    movement_id: int
    available_at: datetime
    expires_at: datetime


def lot_dates(earned_at: datetime, rules: Rules) -> tuple[datetime, datetime]:
    """(available_at, expires_at): midnight UTC ``hold_days`` after the purchase day, then ``expiry_days`` on."""
    day = earned_at.astimezone(timezone.utc).date() + timedelta(days=rules.hold_days)
    available_at = datetime.combine(day, time(0), tzinfo=timezone.utc)
    return available_at, available_at + timedelta(days=rules.expiry_days)


def accrue(tx: Session | Connection, *, member_id: str, points: int, at: datetime, rules: Rules,
           kind: str = "accrual", sale_id: int | None = None, receipt_no: str | None = None,
           note: str | None = None, author: str | None = None, event_id: str | None = None,
           hold: bool = True) -> Accrual:
    """A new lot of ``points`` (>0) with its accrual movement, written with Core statements in the
    transaction of ``tx`` (a session, or the event's connection on the hot path). ``hold=False`` makes
    it available at once (review awards, positive adjustments)."""
    if points <= 0:
        raise ValueError("an accrual needs a positive number of points")
    if hold:
        available_at, expires_at = lot_dates(at, rules)
    else:
        available_at, expires_at = at, at + timedelta(days=rules.expiry_days)
    lot_id = tx.execute(INSERT_LOT, {
        "member_id": member_id, "sale_id": sale_id, "points": points, "remaining": points, "earned_at": at,
        "available_at": available_at, "expires_at": expires_at, "cancelled": False, "expired": False,
    }).scalar_one()
    movement_id = tx.execute(INSERT_MOVEMENT, {
        "member_id": member_id, "kind": kind, "points": points, "at": at, "effective_at": available_at,
        "sale_id": sale_id, "lot_id": lot_id, "receipt_no": receipt_no, "note": note, "author": author,
        "event_id": event_id,
    }).scalar_one()
    return Accrual(lot_id, movement_id, available_at, expires_at)
