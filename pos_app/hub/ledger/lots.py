"""Accruals: each forms a lot, pending until ``hold_days`` after the purchase, then available for
``expiry_days``. Written with Core inserts (this is the per-sale hot path; one statement on PostgreSQL)."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from typing import NamedTuple

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ...loyalty import Rules
from ..db import hot_sql, raw


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


def accrue(session: Session | Connection, *, member_id: str, points: int, at: datetime, rules: Rules,
           kind: str = "accrual", sale_id: int | None = None, receipt_no: str | None = None,
           note: str | None = None, author: str | None = None, event_id: str | None = None,
           hold: bool = True) -> Accrual:
    """A new lot of ``points`` (>0) with its accrual movement. ``hold=False`` makes it available at once
    (review awards, positive adjustments). Written on the session's connection (or on ``session`` when it
    is a Connection: the event hot path), with raw statements."""
    if points <= 0:
        raise ValueError("an accrual needs a positive number of points")
    if hold:
        available_at, expires_at = lot_dates(at, rules)
    else:
        available_at, expires_at = at, at + timedelta(days=rules.expiry_days)
    conn = session if isinstance(session, Connection) else session.connection()
    row = {"member_id": member_id, "sale_id": sale_id, "points": points, "at": raw.time_in(conn, at),
           "available_at": raw.time_in(conn, available_at), "expires_at": raw.time_in(conn, expires_at),
           "kind": kind, "receipt_no": receipt_no, "note": note, "author": author, "event_id": event_id}
    if conn.dialect.name == "postgresql":  # one round trip
        (lot_id, movement_id), = raw.run(conn, hot_sql.LOT_WITH_MOVEMENT, row)
    else:
        (lot_id,), = raw.run(conn, hot_sql.INSERT_LOT, row)
        (movement_id,), = raw.run(conn, hot_sql.INSERT_MOVEMENT, {**row, "lot_id": lot_id})
    return Accrual(lot_id, movement_id, available_at, expires_at)
