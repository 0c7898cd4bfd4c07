"""Serialising ledger changes of one member across concurrent events (a row lock on PostgreSQL; SQLite's
BEGIN IMMEDIATE already serialises writers)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ..db.models import Member
from ..ledger import expire_due
from ..ledger.snapshot import LedgerSnapshot, read_snapshot

# FOR NO KEY UPDATE: rows referencing the member may still be inserted by others (SQLite ignores it)
_LOCK_BY_ID = select(Member.member_id).where(Member.member_id == bindparam("key")).with_for_update(key_share=True)
_LOCK_BY_PHONE = select(Member.member_id).where(Member.phone == bindparam("key")).with_for_update(key_share=True)


def lock_member(session: Session, member_id: str, now: datetime) -> str | None:
    """Lock the member and write the expiries due, so every change starts from a settled ledger. Call it
    before writing anything that references the member, so lock order is the same in every transaction."""
    session.flush()
    member_id = session.connection().scalar(_LOCK_BY_ID, {"key": member_id})
    if member_id is not None:
        expire_due(session, member_id, now)
    return member_id


def lock_member_by_phone(session: Session, phone: str, now: datetime) -> tuple[str | None, LedgerSnapshot | None]:
    """``lock_member`` for the member with this (E.164) phone, found and locked in one statement; also
    returns the member's ledger as of ``now`` (open lots and available points: one query that doubles
    as the expiry check), or None for it when expiries were due and have just been written.
    (None, None) when no member has this phone."""
    session.flush()
    member_id = session.connection().scalar(_LOCK_BY_PHONE, {"key": phone})
    if member_id is None:
        return None, None
    snapshot = read_snapshot(session, member_id, now)
    if snapshot.expiry_due:
        expire_due(session, member_id, now)
        return member_id, None
    return member_id, snapshot
