"""A member's balance as of a moment: available (may be negative), pending lots, expiring lots."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from ..clock import iso
from .expiry import pending_expiries
from .snapshot import LedgerSnapshot, read_snapshot

EXPIRING_WINDOW = timedelta(days=30)
DEFAULT_ZONE = ZoneInfo("Europe/Moscow")


@dataclass(frozen=True)
class Balance:
    as_of: datetime
    available: int
    pending: list[tuple[int, date]] = field(default_factory=list)
    expiring: list[tuple[int, date]] = field(default_factory=list)

    @property
    def pending_total(self) -> int:
        return sum(points for points, _ in self.pending)

    def to_dict(self) -> dict:
        return {
            "as_of": iso(self.as_of),
            "available": self.available,
            "pending": [{"points": p, "available_on": d.isoformat()} for p, d in self.pending],
            "pending_total": self.pending_total,
            "expiring": [{"points": p, "expires_on": d.isoformat()} for p, d in self.expiring],
        }


def program_zone(session) -> tzinfo:
    """The program's time zone (rules ``timezone``): the calendar of ``available_on``/``expires_on``."""
    from ..catalog.rules import recent_rules

    return recent_rules(session)[1].zone


def balance_as_of(session: Session, member_id: str, at: datetime, zone: tzinfo | None = None) -> Balance:
    """Exact for now and later moments (lots hold their current remainders). Expiries due by ``at`` count
    whether or not they are written yet (``pending_expiries``)."""
    snapshot = read_snapshot(session, member_id, at)
    expired_unwritten = 0
    if snapshot.expiry_due:  # rare: the minute's expiry run has not reached this member yet
        expired_unwritten = sum(points for _, points, _ in pending_expiries(session, member_id, at))
    return balance_from(snapshot, expired_unwritten, zone or program_zone(session))


def balance_from(snapshot: LedgerSnapshot, expired_unwritten: int = 0, zone: tzinfo = DEFAULT_ZONE) -> Balance:
    """Dates are days in the program's time zone ``zone``: lots turn at 00:00 there."""
    at = snapshot.at
    lots = [lot for lot in snapshot.lots if lot[3] > at]
    pending = [(left, available_at.astimezone(zone).date()) for _, left, available_at, _ in lots
               if available_at > at]
    expiring = [(left, expires_at.astimezone(zone).date()) for _, left, available_at, expires_at in lots
                if available_at <= at and expires_at <= at + EXPIRING_WINDOW]
    return Balance(as_of=at, available=snapshot.available - expired_unwritten,
                   pending=sorted(pending, key=lambda x: x[1]), expiring=expiring)
