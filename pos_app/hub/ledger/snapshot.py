"""A member's open lots and available points as of a moment, read in one query: what a balance is made
of. A writer holding the member lock can add the lot it just wrote instead of reading it back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ..db import hot_sql, raw


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


def read_snapshot(session: Session, member_id: str, at: datetime) -> LedgerSnapshot:
    """One query on the session's connection (pending ORM changes are flushed first)."""
    session.flush()
    return read_snapshot_on(session.connection(), member_id, at)


def read_snapshot_on(conn: Connection, member_id: str, at: datetime) -> LedgerSnapshot:
    """One query on ``conn`` (nothing to flush: the event hot path writes through the connection)."""
    return from_raw_rows(raw.run(conn, hot_sql.OPEN_LOTS_AND_AVAILABLE,
                                 {"member_id": member_id, "at": raw.time_in(conn, at)}), at)


def from_raw_rows(rows: list[tuple], at: datetime) -> LedgerSnapshot:
    """From rows of ``hot_sql.OPEN_LOTS_AND_AVAILABLE`` (rows of other kinds than 0 and 1 are left out: a
    statement may return more)."""
    return _from_rows([(r[0], r[1], r[2], raw.time_out(r[3]), raw.time_out(r[4])) for r in rows
                       if r[0] in (0, 1)], at)


def _from_rows(rows, at: datetime) -> LedgerSnapshot:
    lots = sorted(((r[1], r[2], r[3], r[4]) for r in rows if r[0] == 0), key=lambda lot: (lot[3], lot[0]))
    available = next(int(r[2]) for r in rows if r[0] == 1)
    return LedgerSnapshot(at, lots, available)
