"""Program rules, versioned: every change is a new version (and an audit entry)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...loyalty import Rules
from ..audit import audit
from ..db.models import RulesVersion

DEFAULT_VERSION = 1  # the engine's defaults, before anyone changed them


def current_rules(session: Session) -> tuple[int, Rules]:
    row = session.scalar(select(RulesVersion).order_by(RulesVersion.version.desc()).limit(1))
    if row is None:
        return DEFAULT_VERSION, Rules()
    return row.version, Rules.from_dict(row.rules)


def set_rules(session: Session, rules: Rules, *, at: datetime, author: str) -> int:
    version, old = current_rules(session)
    new_version = version + 1
    session.add(RulesVersion(version=new_version, rules=rules.to_dict(), created_at=at, author=author))
    audit(session, at=at, actor=author, action="rules.change",
          details={"version": new_version, "old": old.to_dict(), "new": rules.to_dict()})
    session.flush()
    return new_version
