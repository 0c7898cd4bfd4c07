"""Program rules, versioned: every change is a new version (and an audit entry)."""

from __future__ import annotations

import threading
import time
from datetime import datetime

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from ...loyalty import Rules
from ..audit import audit
from ..db.models import RulesVersion

DEFAULT_VERSION = 1  # the engine's defaults, before anyone changed them


def current_rules(session: Session | Connection) -> tuple[int, Rules]:
    row = session.execute(select(RulesVersion.version, RulesVersion.rules)
                          .order_by(RulesVersion.version.desc()).limit(1)).first()
    if row is None:
        return DEFAULT_VERSION, Rules()
    return row.version, Rules.from_dict(row.rules)


_recent: dict[str, tuple[float, int, Rules]] = {}
_lock = threading.Lock()
RECENT_S = 2.0


def recent_rules(session: Session | Connection) -> tuple[int, Rules]:
    """``current_rules`` read at most ``RECENT_S`` ago for this database (the per-event hot path); a
    change made by this process is seen at once, one made by another process within ``RECENT_S``."""
    key = str((session if isinstance(session, Connection) else session.get_bind()).engine.url)
    now = time.monotonic()
    with _lock:
        hit = _recent.get(key)
    if hit and now - hit[0] < RECENT_S:
        return hit[1], hit[2]
    version, rules = current_rules(session)
    with _lock:
        _recent[key] = (now, version, rules)
    return version, rules


def set_rules(session: Session, rules: Rules, *, at: datetime, author: str) -> int:
    version, old = current_rules(session)
    new_version = version + 1
    session.add(RulesVersion(version=new_version, rules=rules.to_dict(), created_at=at, author=author))
    audit(session, at=at, actor=author, action="rules.change",
          details={"version": new_version, "old": old.to_dict(), "new": rules.to_dict()})
    session.flush()
    with _lock:
        _recent.clear()
    return new_version
