"""The SQLAlchemy engine for the till's SQLite file.

Every connection runs with WAL, ``synchronous=FULL`` (a commit is on disk when it
returns), foreign keys on and a busy timeout. pysqlite's own transaction handling
is switched off so that SQLAlchemy's ``begin`` emits our BEGIN: ``BEGIN IMMEDIATE``
for writers (the write lock is taken up front, so two writers never deadlock on a
lock upgrade), plain ``BEGIN`` for readers. See the SQLAlchemy docs, "Serializable
isolation / Savepoints / Transactional DDL" for pysqlite.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 10_000
BEGIN_OPTION = "sqlite_begin"  # execution option: "IMMEDIATE" or "DEFERRED"


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        mode = conn.get_execution_options().get(BEGIN_OPTION, "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def writer(engine: Engine) -> Engine:
    """The same pool; transactions start with BEGIN IMMEDIATE."""
    return engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})


def reader(engine: Engine) -> Engine:
    """The same pool; transactions start with a deferred BEGIN (a WAL snapshot, never blocks writers)."""
    return engine.execution_options(**{BEGIN_OPTION: "DEFERRED"})
