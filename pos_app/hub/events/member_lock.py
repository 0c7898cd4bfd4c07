"""Serialising ledger changes of one member across concurrent events (a row lock on PostgreSQL; SQLite's
BEGIN IMMEDIATE already serialises writers)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ..db.models import Member
from ..ledger import expire_due
from ..ledger.snapshot import LedgerSnapshot

MEMBERS = Member.__table__
# FOR NO KEY UPDATE: rows referencing the member may still be inserted by others (SQLite ignores it)
_LOCK_BY_ID = select(MEMBERS.c.member_id).where(MEMBERS.c.member_id == bindparam("key")).with_for_update(key_share=True)
MEMBER_LOCKED_BY_PHONE = (select(MEMBERS.c.member_id).where(MEMBERS.c.phone == bindparam("phone"))
                          .with_for_update(key_share=True).scalar_subquery())
"""The member with the (E.164) ``phone``, locked; NULL when there is none. A subquery: the hot path finds
and locks the member in the statement that inserts the sale (``sale_finished``); ledger changes must then
call ``write_expiries_due`` with a snapshot of the ledger read after it."""


def lock_member(session: Session, member_id: str, now: datetime, expire: bool = True) -> str | None:
    """Lock the member and write the expiries due, so every change starts from a settled ledger. Call it
    before writing anything that references the member, so lock order is the same in every transaction."""
    session.flush()
    member_id = session.scalar(_LOCK_BY_ID, {"key": member_id})
    if member_id is not None and expire:
        expire_due(session, member_id, now)
    return member_id


def write_expiries_due(session: Session, member_id: str, snapshot: LedgerSnapshot) -> LedgerSnapshot | None:
    """Write the expiry movements due by ``snapshot.at`` if the snapshot shows any; the snapshot while it
    is still exact, None once expiries were written (read the balance back then)."""
    if snapshot.expiry_due:
        expire_due(session, member_id, snapshot.at)
        return None
    return snapshot
