"""What an event handler gets: its transaction's connection, the moment, the till, the hub; and an ORM
session on that same transaction, made only when a handler asks for it (the common sale writes go
through the connection, and a session per event would cost more than some of them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ..context import Hub
from ..db.models import Till


@dataclass
class EventContext:
    conn: Connection  # in the event's transaction (begun and committed by the caller)
    hub: Hub
    till: Till
    event_id: str
    now: datetime
    _session: Session | None = field(default=None, repr=False)

    @property
    def session(self) -> Session:
        """An ORM session joined to the event's transaction: it flushes into it and never commits it."""
        if self._session is None:
            # joined to a transaction already begun: "rollback_only", the session never commits it and
            # closing it leaves it alone
            self._session = Session(bind=self.conn, expire_on_commit=False, join_transaction_mode="rollback_only")
        return self._session

    def finish(self) -> None:
        """Write what the session holds into the transaction and let the session go (before the commit)."""
        if self._session is not None:
            self._session.flush()
            self._session.close()
            self._session = None
