"""A batch of events: one transaction per event whose commits do not wait for the disk, sealed by one
commit that does, written last, before the hub answers (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import event as sa_event
from sqlalchemy import select

from hub_builders import add_member, event, line, sale
from pos_app.hub.db.models import Till
from pos_app.hub.events import apply_batch
from pos_app.hub.events.apply import HANDLERS
from pos_app.hub_cli import main


def _commit_mode(dbapi_connection, sqlite: bool, idle: bool = False) -> str:
    """The connection's commit mode; ``idle``: it is in the pool, end the transaction SHOW opens."""
    sql = "PRAGMA synchronous" if sqlite else "SHOW synchronous_commit"
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(sql)
        return str(cursor.fetchone()[0])
    finally:
        cursor.close()
        if idle and not sqlite:
            dbapi_connection.rollback()


def _modes(hub) -> tuple[str, str]:
    """(relaxed, waits): SQLite NORMAL=1 / FULL=2; PostgreSQL off / the database's own setting, made "on"
    here (the test server runs with synchronous_commit=off for speed; a chain's runs with "on")."""
    if hub.db.is_sqlite:
        return "1", "2"
    with hub.db.engine.begin() as conn:
        conn.exec_driver_sql(f"ALTER DATABASE {conn.engine.url.database} SET synchronous_commit = on")
    hub.db.engine.dispose()  # new sessions take the database's setting
    return "off", "on"


class CommitLog:
    """Each commit on the hub's engine with the commit mode in force, and the connections used."""

    def __init__(self, hub):
        self.hub, self.modes, self.connections = hub, [], []

    def __enter__(self):
        sa_event.listen(self.hub.db.engine, "commit", self._on_commit)
        return self

    def __exit__(self, *exc):
        sa_event.remove(self.hub.db.engine, "commit", self._on_commit)

    def _on_commit(self, conn):
        raw = conn.connection.dbapi_connection
        self.modes.append(_commit_mode(raw, self.hub.db.is_sqlite))
        self.connections.append(raw)


def test_the_events_commit_without_waiting_and_the_batch_ends_with_one_commit_that_waits(hub, till, clock):
    add_member(hub)
    relaxed, waits = _modes(hub)
    events = [event("sale.finished", sale(receipt, [line(accrual=10)], clock.now())) for receipt in "ABC"]
    events.insert(1, event("sale.finished", sale("D", [line(accrual=5)], clock.now(), phone="+79990001122")))
    with CommitLog(hub) as log:
        results = apply_batch(hub, till, events)
    assert [r["status"] for r in results] == ["applied", "rejected", "applied", "applied"]
    assert log.modes == [relaxed, relaxed, relaxed, waits]  # the rejected event rolled back: no commit
    # the connection goes back to the pool with commits that wait again
    assert _commit_mode(log.connections[-1], hub.db.is_sqlite, idle=True) == waits
    # the sealing commit recorded when this till last sent events
    with hub.db.read() as s:
        assert s.scalar(select(Till.last_batch_at).where(Till.id == till.id)) == clock.now()


def test_a_batch_that_fails_is_not_sealed_and_its_connection_waits_again(hub, till, clock, monkeypatch):
    add_member(hub)
    relaxed, waits = _modes(hub)

    def breaks(ctx, payload):
        raise RuntimeError("a fault the hub cannot answer per event")

    monkeypatch.setitem(HANDLERS, "test.break", breaks)
    with CommitLog(hub) as log, pytest.raises(RuntimeError):
        apply_batch(hub, till, [event("sale.finished", sale("A", [line(accrual=10)], clock.now())),
                                event("test.break", {})])
    assert log.modes == [relaxed]  # event A; no seal: the till gets an error and sends the batch again
    assert _commit_mode(log.connections[0], hub.db.is_sqlite, idle=True) == waits
    with hub.db.read() as s:
        assert s.scalar(select(Till.last_batch_at).where(Till.id == till.id)) is None


def test_till_list_shows_when_each_till_last_sent_events(sqlite_hub, clock, tmp_path, capsys):
    from pos_app.hub.tills import add_till

    with sqlite_hub.db.write() as s:
        add_till(s, "S1", "T1", at=clock.now())
        add_till(s, "S1", "T2", at=clock.now())
    with sqlite_hub.db.read() as s:
        t1 = s.scalars(select(Till).where(Till.till == "T1")).one()
    apply_batch(sqlite_hub, t1, [])
    assert main(["till", "list", "--db", sqlite_hub.db.url]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["S1/T1\tadded 2026-11-21\tlast events 2026-11-21 10:00 UTC",
                   "S1/T2\tadded 2026-11-21\tlast events never"]
