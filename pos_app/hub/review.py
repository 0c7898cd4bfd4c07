"""The review queue: sales the hub flagged (``sale_finished``: the recomputation disagreed, a balance
went below zero, ...) wait here for a back-office person. ``GET /v1/review?status=open``,
``pos-hub review list`` and ``pos-hub review resolve ID --note TEXT`` (audited: who, when, the note).
Until resolved, the sale's movements show ``under_review`` in the member's history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..loyalty.phones import mask_phone
from .audit import audit
from .clock import iso
from .db.models import LedgerSale, Member
from .errors import ApiError, Conflict, NotFound

STATUSES = ("open", "resolved", "all")


def review_list(session: Session, status: str = "open", limit: int = 500) -> list[dict]:
    """Flagged sales, oldest first: reason, member (masked phone), store, till, receipt and figures."""
    if status not in STATUSES:
        raise ApiError(f"status must be one of {', '.join(STATUSES)}.", code="invalid_input", field="status")
    query = (select(LedgerSale, Member.phone).outerjoin(Member, Member.member_id == LedgerSale.member_id)
             .where(LedgerSale.flagged.is_(True)).order_by(LedgerSale.sold_at, LedgerSale.id).limit(limit))
    if status == "open":
        query = query.where(LedgerSale.reviewed_at.is_(None))
    elif status == "resolved":
        query = query.where(LedgerSale.reviewed_at.is_not(None))
    return [review_dict(sale, phone) for sale, phone in session.execute(query)]


def review_dict(sale: LedgerSale, phone: str | None) -> dict:
    return {
        "id": sale.id, "status": "open" if sale.reviewed_at is None else "resolved",
        "reason": sale.flag_reason or "", "member_id": sale.member_id,
        "member_phone": mask_phone(phone) if phone else None,
        "store": sale.store, "till": sale.till, "receipt_no": sale.receipt_no, "sold_at": iso(sale.sold_at),
        "offline": bool(sale.offline), "sale_status": sale.status,
        "accrual_points": sale.accrual_points, "redeem_points": sale.redeem_points,
        "gift_points": sale.gift_points,
        "resolved_at": iso(sale.reviewed_at) if sale.reviewed_at else None,
        "resolved_by": sale.reviewed_by, "note": sale.review_note,
    }


def resolve(session: Session, sale_id: int, *, actor: str, note: str, at: datetime) -> dict:
    """Close a flagged sale's review with ``note``; recorded on the sale and in the audit log."""
    note = note.strip()
    if not note:
        raise ApiError("A resolution needs a note (what was checked, what was decided).", code="invalid_input",
                       field="note")
    sale = session.get(LedgerSale, sale_id, with_for_update=True)
    if sale is None or not sale.flagged:
        raise NotFound(f"No flagged sale {sale_id}.", code="review_not_found")
    if sale.reviewed_at is not None:
        raise Conflict(f"Sale {sale_id} was already resolved by {sale.reviewed_by} at {iso(sale.reviewed_at)}.",
                       code="review_resolved")
    sale.reviewed_at, sale.reviewed_by, sale.review_note = at, actor, note
    audit(session, at=at, actor=actor, action="review.resolve",
          details={"sale_id": sale.id, "receipt_no": sale.receipt_no, "reason": sale.flag_reason}, note=note)
    phone = session.scalar(select(Member.phone).where(Member.member_id == sale.member_id)) if sale.member_id else None
    return review_dict(sale, phone)
