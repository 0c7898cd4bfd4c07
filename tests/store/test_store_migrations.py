"""Alembic migrations run at start-up; an old database is upgraded and copied aside first."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from sqlalchemy import text

from pos_app.store import open_store
from pos_app.store.engine import make_engine
from pos_app.store.migrate import current_revision, head_revision, known_head, upgrade
from pos_app.store.models import Base


def test_new_store_is_at_head_without_a_backup(tmp_path):
    store = open_store(tmp_path / "till.db")
    assert current_revision(store.engine) == head_revision() == "0007"
    assert store.backup is None
    assert not list(tmp_path.glob("till.db.before-*"))


def test_database_made_by_the_first_revision_is_upgraded_and_backed_up(tmp_path):
    path = tmp_path / "till.db"
    engine = make_engine(path)
    upgrade(engine, path, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO cashiers (number, name, role, pin_hash, active) VALUES ('7', 'Old', 'cashier', 'x', 1)"))
        conn.execute(text("INSERT INTO cashiers (number, name, role, pin_hash, active) VALUES ('8', 'Zone', 'service_zone', 'x', 1)"))
        conn.execute(text("INSERT INTO member_cache (phone, member_id, display_name, available, pending, pending_json, read_at)"
                          " VALUES ('+79123456789', 'm1', 'Anna', 500, 0, '[]', '2026-11-01 10:00:00')"))
    engine.dispose()
    cols_before = {r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(member_cache)")}
    assert "expiring_json" not in cols_before

    store = open_store(path)

    assert current_revision(store.engine) == "0007"
    assert store.backup is not None and store.backup.exists()
    backup = sqlite3.connect(store.backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert backup.execute("SELECT name FROM cashiers ORDER BY number").fetchall() == [("Old",), ("Zone",)]
    with store.engine.connect() as conn:
        # 0003: the service-zone role is called "service" (one name for it on the till and the hub)
        assert conn.execute(text("SELECT number, role FROM cashiers ORDER BY number")).fetchall() == [
            ("7", "cashier"), ("8", "service")]
        sale_columns = {r[1] for r in conn.execute(text("PRAGMA table_info(sales)"))}
        assert {"balance_after", "catalog_version", "fiscal_json"} <= sale_columns  # 0003, 0004, 0005
        assert conn.execute(text("SELECT COUNT(*) FROM fiscal_pending")).scalar_one() == 0  # 0005
        assert conn.execute(text("SELECT expiring_json FROM member_cache")).scalar_one() == "[]"
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    assert set(Base.metadata.tables) <= tables
    assert store.integrity_check() == "ok"


def test_reopening_an_up_to_date_store_makes_no_backup(tmp_path):
    open_store(tmp_path / "till.db").close()
    again = open_store(tmp_path / "till.db")
    assert again.backup is None


def test_the_cheap_head_agrees_with_alembic():
    assert known_head() == head_revision()


def test_opening_an_up_to_date_store_does_not_import_alembic(tmp_path):
    """Start-up pays for Alembic only when the schema is behind."""
    path = tmp_path / "till.db"
    open_store(path).close()  # a new database: migrated (Alembic used)
    script = ("import sys; from pos_app.store import open_store; s = open_store(sys.argv[1]); "
              "print(s.backup, 'alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["None", "False"]
