"""Serialising ledger changes of one member across concurrent events (a row lock on PostgreSQL; SQLite's
BEGIN IMMEDIATE already serialises writers)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.orm import Session

from ..db import hot_sql, raw
from ..db.models import Member
from ..ledger import expire_due
from ..ledger.snapshot import LedgerSnapshot

# FOR NO KEY UPDATE: rows referencing the member may still be inserted by others (SQLite ignores it)
_LOCK_BY_ID = select(Member.member_id).where(Member.member_id == bindparam("key")).with_for_update(key_share=True)


def lock_member(session: Session, member_id: str, now: datetime) -> str | None:
    """Lock the member and write the expiries due, so every change starts from a settled ledger. Call it
    before writing anything that references the member, so lock order is the same in every transaction."""
    session.flush()
    member_id = session.connection().scalar(_LOCK_BY_ID, {"key": member_id})
    if member_id is not None:
        expire_due(session, member_id, now)
    return member_id


def lock_member_by_phone(conn: Connection, phone: str) -> str | None:
    """Find and lock the member with this (E.164) phone in one statement; None when there is none.
    Unlike ``lock_member`` this does not write the expiries due yet: before changing the member's
    ledger, call ``settle`` with a snapshot of it read after the lock."""
    rows = raw.run(conn, hot_sql.LOCK_MEMBER_BY_PHONE, {"phone": phone})
    return rows[0][0] if rows else None


def settle(session: Session, member_id: str, snapshot: LedgerSnapshot) -> LedgerSnapshot | None:
    """Write the expiries due by ``snapshot.at`` if the snapshot shows any; the snapshot while it is
    still exact, None once expiries were written (read the balance back then)."""
    if snapshot.expiry_due:
        expire_due(session, member_id, snapshot.at)
        return None
    return snapshot
