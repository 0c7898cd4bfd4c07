"""Applying a batch of events, each exactly once in its own transaction.

The event id is the primary key of ``events``: inserting it claims the event. A second copy (a retry, or
a concurrent request) fails that insert with an IntegrityError, rolls back, and answers ``duplicate``
with the stored result, or ``rejected``/``event_id_conflict`` when its payload differs. A rejected event
rolls back whole: nothing of it is kept, so it can be sent again once fixed."""

from __future__ import annotations

import hashlib
import json
import logging
import random
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from ..context import Hub
from ..db.compiled import Compiled
from ..db.models import Event, Till
from ..errors import ApiError
from .context import EventContext, NeedsSession
from .member_registered import apply_member_registered
from .sale_finished import apply_sale_finished, needs_no_session
from .sale_reversal import apply_sale_cancelled, apply_sale_returned
from .till_scope import foreign_till

log = logging.getLogger("pos_app.hub.events")

HANDLERS: dict[str, Callable[[EventContext, dict], dict]] = {
    "sale.finished": apply_sale_finished,
    "sale.returned": apply_sale_returned,
    "sale.cancelled": apply_sale_cancelled,
    "member.registered": apply_member_registered,
}
CORE_ONLY: dict[str, Callable[[dict], bool]] = {"sale.finished": needs_no_session}
"""Kinds whose transaction is Core statements on the connection when the payload says it can be; every
other event's transaction is an ORM session (see ``EventContext``)."""
ATTEMPTS = 5


@dataclass(frozen=True)
class EventIn:
    id: str
    kind: str
    created_at: datetime | None
    payload: dict[str, Any]

    @property
    def key(self) -> str:
        """The canonical form of the id, the stored key (the result echoes ``id`` as sent)."""
        return str(uuid.UUID(self.id))


class _Claimed(Exception):
    """The event id was already taken."""


def payload_hash(kind: str, payload: dict) -> str:
    text = json.dumps({"kind": kind, "payload": payload}, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _result(event_id: str, status: str, code: str | None = None, message: str | None = None,
            result: Any = None) -> dict:
    return {"id": event_id, "status": status, "code": code, "message": message, "result": result}


EVENTS = Event.__table__
_STORED = select(EVENTS.c.payload_hash, EVENTS.c.result).where(EVENTS.c.id == bindparam("key"))
_CLAIM = Compiled(insert(EVENTS))
"""Claiming an event id: a unique violation when it is taken (PostgreSQL waits for an uncommitted holder)."""
_SET_RESULT = Compiled(update(EVENTS).where(EVENTS.c.id == bindparam("key")).values(result=bindparam("answer")))


def _stored(hub: Hub, event: EventIn, digest: str, conn: Connection | None) -> dict | None:
    """The answer for an event whose id is taken; None if it is not (any more). On ``conn`` (the batch's,
    between two transactions) when given."""
    with hub.db.engine.connect() if conn is None else nullcontext(conn) as reader:
        row = reader.execute(_STORED, {"key": event.key}).first()
        reader.rollback()
    if row is None:
        return None
    if row.payload_hash != digest:
        return _result(event.id, "rejected", "event_id_conflict",
                       f"Event {event.id} was already applied with a different payload; "
                       "a new event needs a new id.")
    return _result(event.id, "duplicate", result=row.result)


@contextmanager
def _transaction(hub: Hub, conn: Connection | None, orm: bool) -> Iterator[Session | Connection]:
    """One transaction on ``conn`` (or a connection of its own): an ORM session, or the connection for
    Core statements; committed when the block ends, rolled back if it raises."""
    if orm:
        with hub.db.write(conn) as session:
            yield session
    else:
        with hub.db.write_connection(conn) as tx, tx.begin():
            yield tx


def _apply_in(hub: Hub, till: Till, event: EventIn, digest: str, conn: Connection | None, orm: bool) -> dict:
    handler = HANDLERS[event.kind]
    with _transaction(hub, conn, orm) as tx:
        now = hub.clock.now()
        try:
            _CLAIM.rows(tx, {"id": event.key, "kind": event.kind, "payload_hash": digest, "store": till.store,
                                "till": till.till, "received_at": now})
        except IntegrityError:
            raise _Claimed() from None
        result = handler(EventContext(tx=tx, hub=hub, till=till, event_id=event.key, now=now), event.payload)
        if orm:
            tx.flush()  # the handler's writes before its result, as they happened
        _SET_RESULT.rows(tx, {"key": event.key, "answer": result})
    return result


def _apply_once(hub: Hub, till: Till, event: EventIn, digest: str, conn: Connection | None) -> dict:
    """Claim the event id (an insert into ``events``), apply, store the result: one transaction, on
    ``conn`` or on a connection of its own; Core statements only when the kind and payload allow it, and
    again in a session when the handler finds it needs one."""
    core_only = CORE_ONLY.get(event.kind)
    if core_only is not None and core_only(event.payload):
        try:
            return _apply_in(hub, till, event, digest, conn, orm=False)
        except NeedsSession:
            pass  # rolled back
    return _apply_in(hub, till, event, digest, conn, orm=True)


def apply_event(hub: Hub, till: Till, event: EventIn, conn: Connection | None = None) -> dict:
    """Apply one event in its own transaction (on ``conn`` if given, see ``Database.batch_connection``)."""
    if event.kind not in HANDLERS:
        return _result(event.id, "rejected", "unknown_kind",
                       f"Unknown event kind {event.kind!r}; expected one of {', '.join(HANDLERS)}.")
    mismatch = foreign_till(till, event.kind, event.payload)
    if mismatch is not None:
        return _result(event.id, "rejected", mismatch.code, mismatch.message)
    digest = payload_hash(event.kind, event.payload)
    for attempt in range(ATTEMPTS):
        try:
            return _result(event.id, "applied", result=_apply_once(hub, till, event, digest, conn))
        except _Claimed:
            stored = _stored(hub, event, digest, conn)
            if stored is not None:
                return stored
        except ApiError as exc:
            return _result(event.id, "rejected", exc.code, exc.message)
        except DataError:  # a value the database cannot store (a NUL character on PostgreSQL)
            return _result(event.id, "rejected", "invalid_payload", "A payload value cannot be stored "
                           "(unsupported characters or size).")
        except IntegrityError:  # a concurrent event took the same receipt: the next attempt sees it
            stored = _stored(hub, event, digest, conn)
            if stored is not None:
                return stored
        except OperationalError as exc:  # lock timeout, deadlock, serialisation failure
            log.warning("event %s attempt %d: %s", event.id, attempt + 1, exc.__class__.__name__)
            time.sleep(random.uniform(0.005, 0.03) * (attempt + 1))  # back off before the next attempt
    raise ApiError("The hub is busy; send the batch again.", code="busy", status=503)


_LAST_BATCH = update(Till.__table__).where(Till.__table__.c.id == bindparam("key")).values(
    last_batch_at=bindparam("at"))


def apply_batch(hub: Hub, till: Till, events: list[EventIn]) -> list[dict]:
    """Each event in its own transaction, one after another on one connection; the batch is sealed by a
    synchronous commit of the till's ``last_batch_at`` (see ``Database.batch_connection``), so every
    result returned here, ``duplicate`` ones included, is on disk before the till reads it."""

    def seal(session) -> None:
        session.connection().execute(_LAST_BATCH, {"key": till.id, "at": hub.clock.now()})

    with hub.db.batch_connection(seal) as conn:
        return [apply_event(hub, till, event, conn) for event in events]
