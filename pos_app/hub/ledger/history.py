"""The movement history with running totals."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..clock import iso
from ..db.models import LedgerMovement


def history(session: Session, member_id: str) -> list[dict]:
    """Every movement in time order; ``balance_after`` is the running sum of all points, pending included."""
    rows = session.scalars(select(LedgerMovement).where(LedgerMovement.member_id == member_id)
                           .order_by(LedgerMovement.at, LedgerMovement.id)).all()
    running = 0
    out = []
    for m in rows:
        running += m.points
        out.append({"id": m.id, "at": iso(m.at), "kind": m.kind, "points": m.points, "balance_after": running,
                    "receipt_no": m.receipt_no, "note": m.note})
    return out
