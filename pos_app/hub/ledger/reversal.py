"""Undoing movements: annulling a lot's points and refunding points that paid for goods."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import Lot, LotSpend, LedgerMovement
from .movements import record


def annul_lot(session: Session, lot: Lot, points: int, *, at: datetime, kind: str = "return_annulment",
              receipt_no: str | None = None, note: str | None = None, author: str | None = None,
              event_id: str | None = None) -> LedgerMovement | None:
    """Take back ``points`` earned by ``lot``. A pending lot shrinks (and is cancelled at zero); from an
    available lot what is left is taken and the rest is debited anyway, so the balance may go negative.
    Points of the lot that expired were taken from the member once already (by the expiry): they are not
    debited again, only what the member still had or had spent."""
    if lot.expired:
        points = min(points, _still_counted(session, lot))
    if points <= 0:
        return None
    pending = lot.available_at > at
    lot.remaining -= min(points, lot.remaining)
    if pending and lot.remaining == 0:
        lot.cancelled = True
    return record(session, member_id=lot.member_id, kind=kind, points=-points, at=at,
                  effective_at=lot.available_at if pending else at, sale_id=lot.sale_id, lot_id=lot.id,
                  receipt_no=receipt_no, note=note, author=author, event_id=event_id)


def _still_counted(session: Session, lot: Lot) -> int:
    """The lot's points not yet taken back by its expiry or by earlier annulments: the sum of the movements
    that name the lot (its accrual, less those)."""
    session.flush()
    total = session.scalar(select(func.coalesce(func.sum(LedgerMovement.points), 0)).where(LedgerMovement.lot_id == lot.id))
    return max(0, int(total or 0))


def refund_spend(session: Session, spent: LedgerMovement, points: int, *, at: datetime, kind: str = "return_refund",
                 receipt_no: str | None = None, note: str | None = None, author: str | None = None,
                 event_id: str | None = None) -> LedgerMovement | None:
    """Give back ``points`` of a spending movement to the lots they came from (last taken first), so they
    keep their original expiry; points that came from no lot (a negative balance) come back unattached."""
    if points <= 0:
        return None
    left = points
    spends = session.scalars(select(LotSpend).where(LotSpend.movement_id == spent.id).order_by(LotSpend.id.desc()))
    for row in spends:
        if left == 0:
            break
        give = min(left, row.points - row.restored)
        if give <= 0:
            continue
        row.restored += give
        lot = session.get(Lot, row.lot_id)
        lot.remaining += give
        left -= give
    return record(session, member_id=spent.member_id, kind=kind, points=points, at=at, sale_id=spent.sale_id,
                  receipt_no=receipt_no, note=note, author=author, event_id=event_id)
