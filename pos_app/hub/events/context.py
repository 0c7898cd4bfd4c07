"""What an event handler gets: its transaction, the moment, the till, the hub.

An event's transaction is written in one of two ways, chosen before it begins, never mixed: Core
statements on the connection (the common ``sale.finished``: a few inserts, where an ORM session would
cost more than the statements), or an ORM ``Session`` (returns, cancellations, registrations, spending
points), which runs the same Core statements with ``session.execute`` on its one connection. ``tx`` is
either; the hot statements are ``db.compiled.Compiled`` (SQLAlchemy's SQL for them, compiled once per
dialect, run on the connection's driver cursor; through ``session.execute`` in a session). A handler
that turns out to need the ORM in a Core transaction (``ctx.session``) raises ``NeedsSession``: the
transaction rolls back and the event is applied again in a session (rare: expiries due to be written,
an accrual that has already expired)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ..context import Hub
from ..db.models import Till


class NeedsSession(Exception):
    """The handler needs the ORM: apply the event again in a session transaction."""


@dataclass
class EventContext:
    tx: Session | Connection  # the event's transaction (begun and committed by the caller)
    hub: Hub
    till: Till
    event_id: str
    now: datetime

    @property
    def session(self) -> Session:
        """The event's session; ``NeedsSession`` when the transaction is a Core one."""
        if isinstance(self.tx, Session):
            return self.tx
        raise NeedsSession()
