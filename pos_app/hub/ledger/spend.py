"""Spending points: the lots that expire first go first."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Lot, LotSpend, LedgerMovement
from .movements import record


def spendable_lots(session: Session, member_id: str, at: datetime) -> list[Lot]:
    return list(session.scalars(
        select(Lot)
        .where(Lot.member_id == member_id, Lot.remaining > 0, Lot.cancelled.is_(False),
               Lot.available_at <= at, Lot.expires_at > at)
        .order_by(Lot.expires_at, Lot.id)
    ))


def spend(session: Session, *, member_id: str, points: int, at: datetime, kind: str = "redemption",
          sale_id: int | None = None, receipt_no: str | None = None, note: str | None = None,
          author: str | None = None, event_id: str | None = None) -> LedgerMovement:
    """Debit ``points`` (>0). Lots are drawn earliest-expiring first; a shortfall (an offline sale on
    a stale balance) is still debited and shows as a negative balance."""
    if points <= 0:
        raise ValueError("spending needs a positive number of points")
    movement = record(session, member_id=member_id, kind=kind, points=-points, at=at, sale_id=sale_id,
                      receipt_no=receipt_no, note=note, author=author, event_id=event_id)
    session.flush()
    left = points
    for lot in spendable_lots(session, member_id, at):
        if left == 0:
            break
        take = min(left, lot.remaining)
        lot.remaining -= take
        left -= take
        session.add(LotSpend(movement_id=movement.id, lot_id=lot.id, points=take, restored=0))
    session.flush()
    return movement
