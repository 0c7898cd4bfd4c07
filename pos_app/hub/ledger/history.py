"""The movement history with running totals."""

from __future__ import annotations

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from ..clock import iso
from ..db.models import LedgerMovement, LedgerSale


def history(session: Session, member_id: str) -> list[dict]:
    """Every movement in time order; ``balance_after`` is the running sum of all points, pending included.
    ``under_review``: the movement belongs to a flagged sale nobody has resolved yet (the review queue).
    Callers settle the expiries due first (``api.members``), so the last total is available + pending."""
    open_review = and_(LedgerSale.flagged.is_(True), LedgerSale.reviewed_at.is_(None))
    rows = session.execute(select(LedgerMovement, LedgerSale.id.is_not(None))
                           .outerjoin(LedgerSale, and_(LedgerSale.id == LedgerMovement.sale_id, open_review))
                           .where(LedgerMovement.member_id == member_id)
                           .order_by(LedgerMovement.at, LedgerMovement.id)).all()
    running = 0
    out = []
    for m, under_review in rows:
        running += m.points
        out.append({"id": m.id, "at": iso(m.at), "kind": m.kind, "points": m.points, "balance_after": running,
                    "receipt_no": m.receipt_no, "note": m.note, "under_review": bool(under_review)})
    return out
