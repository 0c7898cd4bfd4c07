"""Accruals: each forms a lot, pending until ``hold_days`` after the purchase, then available for
``expiry_days``. Written with Core inserts (this is the per-sale hot path; one statement on PostgreSQL)."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from typing import NamedTuple

from sqlalchemy import insert
from sqlalchemy.orm import Session

from ...loyalty import Rules
from ..db import pg_raw, pg_statements
from ..db.models import Lot, Movement

_INSERT_LOT = insert(Lot.__table__).returning(Lot.__table__.c.id)
_INSERT_MOVEMENT = insert(Movement.__table__).returning(Movement.__table__.c.id)


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


def accrue(session: Session, *, member_id: str, points: int, at: datetime, rules: Rules,
           kind: str = "accrual", sale_id: int | None = None, receipt_no: str | None = None,
           note: str | None = None, author: str | None = None, event_id: str | None = None,
           hold: bool = True) -> Accrual:
    """A new lot of ``points`` (>0) with its accrual movement. ``hold=False`` makes it available at once
    (review awards, positive adjustments)."""
    if points <= 0:
        raise ValueError("an accrual needs a positive number of points")
    if hold:
        available_at, expires_at = lot_dates(at, rules)
    else:
        available_at, expires_at = at, at + timedelta(days=rules.expiry_days)
    conn = session.connection()
    if conn.dialect.name == "postgresql":  # one round trip
        (lot_id, movement_id), = pg_raw.run(conn, pg_statements.LOT_WITH_MOVEMENT, {
            "member_id": member_id, "sale_id": sale_id, "points": points, "at": pg_raw.utc_naive(at),
            "available_at": pg_raw.utc_naive(available_at), "expires_at": pg_raw.utc_naive(expires_at),
            "kind": kind, "receipt_no": receipt_no, "note": note, "author": author, "event_id": event_id})
        return Accrual(lot_id, movement_id, available_at, expires_at)
    lot_id = conn.execute(_INSERT_LOT, {
        "member_id": member_id, "sale_id": sale_id, "points": points, "remaining": points, "earned_at": at,
        "available_at": available_at, "expires_at": expires_at, "cancelled": False, "expired": False}).scalar_one()
    movement_id = conn.execute(_INSERT_MOVEMENT, {
        "member_id": member_id, "kind": kind, "points": points, "at": at, "effective_at": available_at,
        "sale_id": sale_id, "lot_id": lot_id, "receipt_no": receipt_no, "note": note, "author": author,
        "event_id": event_id}).scalar_one()
    return Accrual(lot_id, movement_id, available_at, expires_at)
