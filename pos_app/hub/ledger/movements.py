"""Writing one ledger movement."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from ..db.models import LedgerMovement

KINDS = ("accrual", "redemption", "gift_redemption", "return_annulment", "return_refund", "expiry",
         "adjustment", "review_award", "cancellation")


def record(session: Session, *, member_id: str, kind: str, points: int, at: datetime,
           effective_at: datetime | None = None, sale_id: int | None = None, lot_id: int | None = None,
           receipt_no: str | None = None, note: str | None = None, author: str | None = None,
           event_id: str | None = None) -> LedgerMovement:
    if kind not in KINDS:
        raise ValueError(f"unknown movement kind {kind!r}")
    movement = LedgerMovement(member_id=member_id, kind=kind, points=points, at=at, effective_at=effective_at or at,
                        sale_id=sale_id, lot_id=lot_id, receipt_no=receipt_no, note=note, author=author,
                        event_id=event_id)
    session.add(movement)
    return movement  # not flushed: callers that need ``movement.id`` flush
