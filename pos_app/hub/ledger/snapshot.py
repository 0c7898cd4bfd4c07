"""A member's open lots and available points as of a moment, read in one query: what a balance is made
of. A writer holding the member lock can add the lot it just wrote instead of reading it back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Integer, bindparam, func, literal_column, null, select, union_all
from sqlalchemy.orm import Session

from ..db.compiled import Compiled
from ..db.models import LedgerMovement, Lot

LOTS = Lot.__table__
MOVEMENTS = LedgerMovement.__table__

OPEN_LOTS_AND_AVAILABLE = Compiled(union_all(
    select(literal_column("0", Integer), func.min(LOTS.c.id), func.sum(LOTS.c.remaining), LOTS.c.available_at,
           LOTS.c.expires_at)
    .where(LOTS.c.member_id == bindparam("member_id"), LOTS.c.remaining > 0, ~LOTS.c.cancelled)
    .group_by(LOTS.c.available_at, LOTS.c.expires_at),
    select(literal_column("1", Integer), null(), func.coalesce(func.sum(MOVEMENTS.c.points), 0), null(), null())
    .where(MOVEMENTS.c.member_id == bindparam("member_id"), MOVEMENTS.c.effective_at <= bindparam("at")),
))
"""A member's open lots, those with the same dates taken together (kind 0: the first lot's id, remaining,
available_at, expires_at: a member who buys ten things in a day has one row, not ten), and the points
available as of ``at`` (kind 1: the sum of movements effective by then)."""


@dataclass(frozen=True)
class LedgerSnapshot:
    at: datetime
    lots: list[tuple[int, int, datetime, datetime]]  # open lots by dates: (first id, remaining, available_at, expires_at)
    available: int  # the sum of movements effective by ``at``

    @property
    def expiry_due(self) -> bool:
        """Some open lot has expired by ``at`` without its expiry written."""
        return any(expires_at <= self.at for _, _, _, expires_at in self.lots)

    def with_lot(self, lot_id: int, points: int, available_at: datetime, expires_at: datetime) -> LedgerSnapshot:
        """After writing a new lot and its accrual movement (effective when the lot becomes available).
        Like the query, lots with the same dates are one entry."""
        same = [lot for lot in self.lots if lot[2] == available_at and lot[3] == expires_at]
        others = [lot for lot in self.lots if lot not in same]
        merged = (min([lot_id, *(lot[0] for lot in same)]), points + sum(lot[1] for lot in same), available_at,
                  expires_at)
        lots = sorted([*others, merged], key=lambda lot: (lot[3], lot[0]))
        return LedgerSnapshot(self.at, lots, self.available + (points if available_at <= self.at else 0))


def read_snapshot(tx: Session | Connection, member_id: str, at: datetime) -> LedgerSnapshot:
    """One query in the transaction of ``tx`` (a session's pending ORM changes are flushed first)."""
    if isinstance(tx, Session):
        tx.flush()
    rows = OPEN_LOTS_AND_AVAILABLE.rows(tx, {"member_id": member_id, "at": at})
    lots = sorted(((r[1], r[2], r[3], r[4]) for r in rows if r[0] == 0), key=lambda lot: (lot[3], lot[0]))
    available = next(int(r[2]) for r in rows if r[0] == 1)
    return LedgerSnapshot(at, lots, available)
