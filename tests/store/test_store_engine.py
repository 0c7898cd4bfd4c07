"""The store's file: pragmas, transactions, and settings."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from pos_app.store import get_setting, open_store, set_setting
from pos_app.store.paths import ENV_DATA_DIR, default_db_path


def test_pragmas_are_wal_full_and_foreign_keys(tmp_path):
    store = open_store(tmp_path / "till.db")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    assert store.integrity_check() == "ok"


def test_writes_begin_immediate_so_a_second_writer_waits(tmp_path):
    store = open_store(tmp_path / "till.db")
    order: list[str] = []
    entered = threading.Event()

    def second_writer():
        entered.wait()
        with store.write() as session:
            set_setting(session, "k", "second")  # its BEGIN IMMEDIATE waits until the first commits
            order.append("second")

    t = threading.Thread(target=second_writer)
    t.start()
    with store.write() as session:
        set_setting(session, "k", "first")
        entered.set()
        t.join(0.3)  # the second writer cannot get in while we hold BEGIN IMMEDIATE
        order.append("first")
    t.join(5)
    assert order == ["first", "second"]
    with store.read() as session:
        assert get_setting(session, "k") == "second"


def test_a_failed_write_changes_nothing(tmp_path):
    store = open_store(tmp_path / "till.db")
    with pytest.raises(RuntimeError):
        with store.write() as session:
            set_setting(session, "till_id", "T9")
            session.flush()
            raise RuntimeError("boom")
    with store.read() as session:
        assert get_setting(session, "till_id") == "T1"  # the default


def test_foreign_keys_are_enforced(tmp_path):
    store = open_store(tmp_path / "till.db")
    with pytest.raises(Exception, match="FOREIGN KEY"):
        with store.write() as session:
            session.execute(text("INSERT INTO shifts (cashier, opened_at) VALUES ('nobody', '2026-01-01 00:00:00')"))


def test_data_dir_can_be_overridden(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "data"))
    assert default_db_path() == tmp_path / "data" / "till.db"
    store = open_store()
    assert store.path.exists()
