"""The audit log: every administrative action (till token, adjustment, rules or catalog change)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .db.models import AuditEntry


def audit(session: Session, *, at: datetime, actor: str, action: str, details: dict[str, Any] | None = None,
          note: str | None = None) -> AuditEntry:
    entry = AuditEntry(at=at, actor=actor, action=action, details=details or {}, note=note)
    session.add(entry)
    session.flush()
    return entry


def entries(session: Session, action: str | None = None) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.id)
    if action:
        query = query.where(AuditEntry.action == action)
    return list(session.scalars(query))
