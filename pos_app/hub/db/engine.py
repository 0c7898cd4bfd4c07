"""Engines and sessions for SQLite (default, WAL + synchronous=FULL) and PostgreSQL.

Writes go through ``Database.write()``: on SQLite a ``BEGIN IMMEDIATE`` transaction with a busy timeout,
so two writers queue instead of failing half way; reads use a plain deferred transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 30_000


def default_db_url() -> str:
    """``sqlite:///<user data dir>/hub.sqlite3``; the folder is created."""
    folder = Path(user_data_dir("pos-hub", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'hub.sqlite3'}"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
                               pool_size=10, max_overflow=30)
        _sqlite_pragmas(engine)
        return engine
    return create_engine(url, pool_size=20, max_overflow=30, pool_pre_ping=True)


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" hook below emits BEGIN itself
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn):
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


class Database:
    """The hub's engine with a write and a read transaction helper."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self.is_sqlite = url.startswith("sqlite")
        self._write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else self.engine
        self._write = sessionmaker(self._write_engine, expire_on_commit=False)
        self._read = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def write(self, connection: Connection | None = None) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises. On ``connection``
        (from ``connect_for_writes``) when given, else on a connection from the pool."""
        if connection is None:
            with self._write() as session, session.begin():
                yield session
        else:
            with Session(bind=connection, expire_on_commit=False) as session, session.begin():
                yield session

    @contextmanager
    def connect_for_writes(self) -> Iterator[Connection]:
        """One pooled connection kept for several ``write(connection)`` transactions (a batch of events),
        so each transaction does not pay for a check-out and its liveness ping."""
        with self._write_engine.connect() as connection:
            yield connection

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
