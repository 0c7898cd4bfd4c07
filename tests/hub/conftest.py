"""Hub test fixtures: a hub on SQLite or on a throwaway PostgreSQL server, with a clock tests move.

``db_url`` is parametrised over both databases; PostgreSQL is started once per session (see
``hub_pg_server``) and every test gets a fresh database copied from a migrated template. When it cannot
start, the PostgreSQL cases are skipped and the summary says why."""

from __future__ import annotations

import itertools
import shutil
from datetime import datetime, timezone

import pytest
from hub_builders import add_test_staff

import hub_pg_server
from pos_app.hub.clock import ManualClock
from pos_app.hub.db import upgrade
from pos_app.hub.db.engine import Database
from pos_app.hub.server import open_hub
from pos_app.hub.sms import ConsoleGateway
from pos_app.hub.tills import add_till

T0 = datetime(2026, 11, 21, 10, 0, tzinfo=timezone.utc)
_pg_state: dict = {"server": None, "reason": None, "used": False}
_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_server():
    reason = hub_pg_server.why_not()
    server = None
    if reason is None:
        try:
            server = hub_pg_server.start_postgres()
            template = server.create_database("hub_template")
            db = Database(template)
            upgrade(db.engine)
            db.dispose()
        except Exception as exc:  # noqa: BLE001 - any failure means: skip PostgreSQL, say why
            reason = f"could not start PostgreSQL: {exc}"
            if server is not None:
                server.stop()
            server = None
    _pg_state.update(server=server, reason=reason)
    yield server
    if server is not None:
        server.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "hub.sqlite3"
    db = Database(f"sqlite:///{path}")
    upgrade(db.engine)
    db.dispose()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path, sqlite_template):
    if request.param == "sqlite":
        target = tmp_path / "hub.sqlite3"
        shutil.copyfile(sqlite_template, target)
        return f"sqlite:///{target}"
    server = request.getfixturevalue("pg_server")
    if server is None:
        pytest.skip(f"PostgreSQL skipped: {_pg_state['reason']}")
    _pg_state["used"] = True
    return server.create_database(f"t{next(_counter)}", template="hub_template")


@pytest.fixture
def sqlite_url(tmp_path, sqlite_template):
    target = tmp_path / "hub.sqlite3"
    shutil.copyfile(sqlite_template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def clock():
    return ManualClock(T0)


def _make_hub(url, clock, tmp_path):
    return open_hub(url, clock=clock, sms=ConsoleGateway(tmp_path / "sms.jsonl"), migrate=False)


@pytest.fixture
def hub(db_url, clock, tmp_path):
    hub = _make_hub(db_url, clock, tmp_path)
    yield hub
    hub.db.dispose()


@pytest.fixture
def sqlite_hub(sqlite_url, clock, tmp_path):
    hub = _make_hub(sqlite_url, clock, tmp_path)
    yield hub
    hub.db.dispose()


@pytest.fixture
def till(hub):
    from pos_app.hub.db.models import Till

    with hub.db.write() as s:
        add_till(s, "S1", "T1", at=hub.clock.now())
        add_test_staff(s, "S1")
        return s.query(Till).filter_by(store="S1", till="T1").one()




def pytest_terminal_summary(terminalreporter):
    if _pg_state["reason"]:
        terminalreporter.write_line(f"hub: PostgreSQL tests SKIPPED - {_pg_state['reason']}", yellow=True)
    elif _pg_state["used"]:
        terminalreporter.write_line("hub: ledger and event tests ran on SQLite and on a throwaway PostgreSQL",
                                    green=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_factory(request, tmp_path, sqlite_template):
    """A function giving a fresh migrated database URL each call (for hypothesis examples)."""
    if request.param == "sqlite":
        def make() -> str:
            target = tmp_path / f"hub{next(_counter)}.sqlite3"
            shutil.copyfile(sqlite_template, target)
            return f"sqlite:///{target}"
        return make
    server = request.getfixturevalue("pg_server")
    if server is None:
        pytest.skip(f"PostgreSQL skipped: {_pg_state['reason']}")
    _pg_state["used"] = True
    return lambda: server.create_database(f"p{next(_counter)}", template="hub_template")
