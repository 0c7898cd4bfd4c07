"""Accruals: each forms a lot, pending until ``hold_days`` after the purchase, then available for
``expiry_days``. Written with Core inserts (this is the per-sale hot path)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import NamedTuple

from sqlalchemy import Column, Connection, bindparam, insert, select
from sqlalchemy.orm import Session

from ...loyalty import Rules
from ..db.compiled import Compiled
from ..db.models import LedgerMovement, Lot

LOTS = Lot.__table__
MOVEMENTS = LedgerMovement.__table__


def _param(name: str, column: Column):
    return bindparam(name, type_=column.type)


_LOT_VALUES = dict(
    member_id=_param("member", LOTS.c.member_id), sale_id=_param("sale", LOTS.c.sale_id),
    points=_param("points_", LOTS.c.points), remaining=_param("points_", LOTS.c.points),
    earned_at=_param("at_", LOTS.c.earned_at), available_at=_param("available", LOTS.c.available_at),
    expires_at=_param("expires", LOTS.c.expires_at), cancelled=False, expired=False)
_MOVEMENT_VALUES = dict(  # lot_id aside: the accrual counts when its lot becomes available
    member_id=_param("member", MOVEMENTS.c.member_id), kind=_param("kind_", MOVEMENTS.c.kind),
    points=_param("points_", MOVEMENTS.c.points), at=_param("at_", MOVEMENTS.c.at),
    effective_at=_param("available", MOVEMENTS.c.effective_at), sale_id=_param("sale", MOVEMENTS.c.sale_id),
    receipt_no=_param("receipt", MOVEMENTS.c.receipt_no), note=_param("note_", MOVEMENTS.c.note),
    author=_param("author_", MOVEMENTS.c.author), event_id=_param("event", MOVEMENTS.c.event_id))

INSERT_LOT = Compiled(insert(LOTS).values(**_LOT_VALUES).returning(LOTS.c.id))
INSERT_MOVEMENT = Compiled(insert(MOVEMENTS)
                           .values(**_MOVEMENT_VALUES, lot_id=bindparam("lot", type_=MOVEMENTS.c.lot_id.type))
                           .returning(MOVEMENTS.c.id))
_lot = insert(LOTS).values(**_LOT_VALUES).returning(LOTS.c.id).cte("lot")
LOT_WITH_MOVEMENT = Compiled(insert(MOVEMENTS)
                             .from_select([*_MOVEMENT_VALUES, "lot_id"], select(*_MOVEMENT_VALUES.values(), _lot.c.id))
                             .returning(MOVEMENTS.c.lot_id, MOVEMENTS.c.id))
"""Both rows in one statement (a data-modifying CTE): PostgreSQL only. It saves a round trip to the
server on every sale; SQLite runs in-process (no round trip to save) and has no such CTE."""


class Accrual(NamedTuple):
    lot_id: int
    movement_id: int
    available_at: datetime
    expires_at: datetime


def local_midnight(day: date, rules: Rules) -> datetime:
    """00:00 of ``day`` in the program's time zone (``rules.timezone``), as UTC."""
    return datetime.combine(day, time(0), tzinfo=rules.zone).astimezone(timezone.utc)


def lot_dates(earned_at: datetime, rules: Rules) -> tuple[datetime, datetime]:
    """(available_at, expires_at): 00:00 in the program's time zone ``hold_days`` after the purchase day
    (the day there), then 00:00 there ``expiry_days`` later (``available_on`` / ``expires_on``)."""
    day = earned_at.astimezone(rules.zone).date() + timedelta(days=rules.hold_days)
    return local_midnight(day, rules), local_midnight(day + timedelta(days=rules.expiry_days), rules)


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
        day = at.astimezone(rules.zone).date() + timedelta(days=rules.expiry_days)
        available_at, expires_at = at, local_midnight(day, rules)
    params = {"member": member_id, "sale": sale_id, "points_": points, "at_": at, "available": available_at,
              "expires": expires_at, "kind_": kind, "receipt": receipt_no, "note_": note, "author_": author,
              "event": event_id}
    if (tx.get_bind() if isinstance(tx, Session) else tx).dialect.name == "postgresql":
        lot_id, movement_id = LOT_WITH_MOVEMENT.one(tx, params)
    else:
        (lot_id,) = INSERT_LOT.one(tx, params)
        (movement_id,) = INSERT_MOVEMENT.one(tx, {**params, "lot": lot_id})
    return Accrual(lot_id, movement_id, available_at, expires_at)
