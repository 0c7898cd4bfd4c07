"""``db.compiled.Compiled`` runs a Core statement on the driver's cursor with Core's type handling: what
it writes and reads back is what ``Connection.execute`` writes and reads, on both databases."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import bindparam, insert, select
from sqlalchemy.exc import IntegrityError

from pos_app.hub.db.compiled import Compiled
from pos_app.hub.db.models import Event

EVENTS = Event.__table__
_INSERT = Compiled(insert(EVENTS))
_READ = Compiled(select(EVENTS.c.id, EVENTS.c.received_at, EVENTS.c.result).where(EVENTS.c.id == bindparam("key")))


def test_compiled_matches_core(hub):
    at = datetime(2026, 3, 1, 12, 30, 15, 123456, tzinfo=timezone(timedelta(hours=3)))
    with hub.db.write_connection() as conn, conn.begin():
        _INSERT.rows(conn, {"id": "e1", "kind": "k", "payload_hash": "h", "store": "S", "till": "T",
                            "received_at": at, "result": {"a": [1, True]}})
        conn.execute(insert(EVENTS), {"id": "e2", "kind": "k", "payload_hash": "h", "store": "S", "till": "T",
                                      "received_at": at, "result": {"a": [1, True]}})
        for key in ("e1", "e2"):
            fast = _READ.one(conn, {"key": key})
            core = tuple(conn.execute(_READ.statement, {"key": key}).one())
            assert fast == core == (key, at.astimezone(timezone.utc), {"a": [1, True]})
        assert _READ.first(conn, {"key": "none"}) is None
        with pytest.raises(IntegrityError):  # the driver's error, as SQLAlchemy's
            _INSERT.rows(conn, {"id": "e1", "kind": "k", "payload_hash": "h", "store": "S", "till": "T",
                                "received_at": at})
