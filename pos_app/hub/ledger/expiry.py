"""Expiry of lots. Written as ``expiry`` movements whenever a member's ledger is about to change
(``expire_due``), and every minute for every member by ``pos-hub serve`` (``pos-hub expire`` once, see
``hub.expiry_runner``); counted without writing by balance reads (``pending_expiries``).

A lot expires what is left of it, but never takes the balance below zero: when the member owed points
(a negative balance), the lot first paid that debt."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from ..db.models import Lot, LedgerMovement
from .movements import record


_AVAILABLE = (select(func.coalesce(func.sum(LedgerMovement.points), 0))
              .where(LedgerMovement.member_id == bindparam("member_id"), LedgerMovement.effective_at <= bindparam("moment")))
_DUE = (select(Lot.id).where(Lot.member_id == bindparam("member_id"), Lot.remaining > 0, Lot.cancelled.is_(False),
                             Lot.expires_at <= bindparam("at")).limit(1))


_MEMBERS_DUE = (select(Lot.member_id).where(Lot.remaining > 0, Lot.cancelled.is_(False), Lot.expires_at <= bindparam("at"))
                .distinct().order_by(Lot.member_id).limit(bindparam("limit")))


def expiry_due(session: Session, member_id: str, at: datetime) -> bool:
    """Some lot of the member has expired by ``at`` without its expiry written."""
    return session.connection().scalar(_DUE, {"member_id": member_id, "at": at}) is not None


def members_due(session: Session, at: datetime, limit: int = 500) -> list[str]:
    """Members with an expiry due by ``at`` not yet written (at most ``limit``)."""
    return list(session.connection().scalars(_MEMBERS_DUE, {"at": at, "limit": limit}))


def _available_at(session: Session, member_id: str, moment: datetime) -> int:
    """The sum of movements effective by ``moment`` (flush pending ORM changes before calling)."""
    total = session.connection().scalar(_AVAILABLE, {"member_id": member_id, "moment": moment})
    return int(total or 0)


def pending_expiries(session: Session, member_id: str, at: datetime) -> list[tuple[Lot, int, datetime]]:
    """Lots due to expire by ``at`` not yet written: (lot, points to expire, when)."""
    lots = session.scalars(select(Lot).where(Lot.member_id == member_id, Lot.remaining > 0,
                                             Lot.cancelled.is_(False), Lot.expires_at <= at)
                           .order_by(Lot.expires_at, Lot.id)).all()
    due: list[tuple[Lot, int, datetime]] = []
    earlier = 0
    for lot in lots:
        when = at if lot.expired else lot.expires_at  # points refunded into an already expired lot
        base = _available_at(session, member_id, when) - earlier
        points = min(lot.remaining, max(0, base))
        due.append((lot, points, when))
        earlier += points
    return due


def expire_due(session: Session, member_id: str, at: datetime) -> int:
    """Write the expiry movements due by ``at``; returns the points expired."""
    session.flush()
    due = session.connection().scalar(_DUE, {"member_id": member_id, "at": at})
    if due is None:  # the usual case, checked without loading any lot
        return 0
    total = 0
    for lot, points, when in pending_expiries(session, member_id, at):
        lot.remaining = 0
        lot.expired = True
        if points:
            record(session, member_id=member_id, kind="expiry", points=-points, at=when, lot_id=lot.id,
                   note=f"points earned {lot.earned_at.date().isoformat()} expired")
            total += points
    session.flush()
    return total
