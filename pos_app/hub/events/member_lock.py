"""Serialising ledger changes of one member across concurrent events (a row lock on PostgreSQL; SQLite's
BEGIN IMMEDIATE already serialises writers)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Member
from ..ledger import expire_due


def lock_member(session: Session, member_id: str, now: datetime) -> Member:
    """Lock the member (FOR NO KEY UPDATE: rows referencing the member may still be inserted by others)
    and write the expiries due, so every change starts from a settled ledger. Call it before writing
    anything that references the member, so lock order is the same in every transaction."""
    member = session.scalar(select(Member).where(Member.member_id == member_id).with_for_update(key_share=True))
    expire_due(session, member_id, now)
    return member
