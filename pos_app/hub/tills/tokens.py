"""Till tokens: printed once, stored only as a SHA-256 hash (they are 256-bit random, so a plain hash
is enough)."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ..audit import audit
from ..db.models import Till
from ..errors import ApiError, NotFound, Unauthorized


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _active(session: Session, store: str, till: str) -> list[Till]:
    return list(session.scalars(select(Till).where(Till.store == store, Till.till == till,
                                                   Till.revoked_at.is_(None))))


TOKEN_ROLES = ("till", "back-office")


def add_till(session: Session, store: str, till: str, *, at: datetime, actor: str = "cli", role: str = "till") -> str:
    """A new token for ``store``/``till`` (earlier tokens of that till are revoked). Returns it in clear.
    ``role="back-office"``: a token for the review queue (``store`` is ``*``, ``till`` its holder's name),
    refused on every till route."""
    if role not in TOKEN_ROLES:
        raise ApiError(f"role must be one of {', '.join(TOKEN_ROLES)}", code="invalid_role", field="role")
    for old in _active(session, store, till):
        old.revoked_at = at
    token = secrets.token_urlsafe(32)
    session.add(Till(store=store, till=till, token_hash=hash_token(token), created_at=at, role=role))
    audit(session, at=at, actor=actor, action="till.add", details={"store": store, "till": till, "role": role})
    return token


def revoke_till(session: Session, store: str, till: str, *, at: datetime, actor: str = "cli") -> int:
    rows = _active(session, store, till)
    if not rows:
        raise NotFound(f"No active token for till {store}/{till}.", code="till_not_found")
    for row in rows:
        row.revoked_at = at
    audit(session, at=at, actor=actor, action="till.revoke", details={"store": store, "till": till})
    return len(rows)


def active_tills(session: Session) -> list[Till]:
    """Tills with a live token, by store and till: when each was added and last sent a batch of events."""
    return list(session.scalars(select(Till).where(Till.revoked_at.is_(None)).order_by(Till.store, Till.till)))


_BY_TOKEN_HASH = select(*Till.__table__.c).where(Till.__table__.c.token_hash == bindparam("token_hash"))


def authenticate(session: Session, token: str | None) -> Till:
    if not token:
        raise Unauthorized("Send the till's token as 'Authorization: Bearer <token>'.", code="unauthorized")
    row = session.connection().execute(_BY_TOKEN_HASH, {"token_hash": hash_token(token)}).first()
    if row is None or row.revoked_at is not None:
        raise Unauthorized("This till token is unknown or revoked; ask for a new one (pos-hub till add).",
                           code="invalid_token")
    return Till(**row._asdict())  # transient: read with one Core query on every request
