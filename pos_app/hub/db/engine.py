"""Engines and sessions for SQLite (default, WAL + synchronous=FULL) and PostgreSQL.

Writes go through ``Database.write()``: on SQLite a ``BEGIN IMMEDIATE`` transaction with a busy timeout,
so two writers queue instead of failing half way; reads use a plain deferred transaction.

A batch of events (``Database.batch_connection``) is many small transactions, one per event. Waiting for
the disk after each of them would cost a flush per event; instead they commit without waiting
(SQLite ``synchronous=NORMAL`` in WAL mode, PostgreSQL ``synchronous_commit = off``: each commit stays
atomic and they reach the disk in commit order, so a power cut can lose only a suffix of them), and the
batch ends with one synchronous commit (``seal``) that flushes the log up to and including every one of
them. The hub answers the till only after that commit, so nothing it acknowledged can be lost.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 30_000  # a writer queues behind another this long before the event is retried
BATCH_SLOTS_PG = 8
"""Batches one hub process applies at once on PostgreSQL; more tills wait in the hub, not in the pool.
Each batch holds a pooled connection from first event to seal, so this keeps one process's share of
the server's connections bounded whatever the number of tills, and lets the round trips of some batches
overlap the Python work of others without the threads fighting over the interpreter lock (on 2 CPUs, 4
left the server idle and 20 were slower than 8)."""


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


def _commit_waits(connection: Connection, wait: bool) -> None:
    """Whether this connection's commits wait until they are on disk (outside any transaction)."""
    raw = connection.connection.dbapi_connection
    if connection.dialect.name == "sqlite":
        raw.execute("PRAGMA synchronous=FULL" if wait else "PRAGMA synchronous=NORMAL")
    else:
        # RESET: back to the server's setting, whatever the chain configured (on, remote_apply...)
        raw.execute("RESET synchronous_commit" if wait else "SET synchronous_commit = off")
        raw.commit()


class Database:
    """The hub's engine with a write and a read transaction helper."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self.is_sqlite = url.startswith("sqlite")
        self._write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else self.engine
        self._write = sessionmaker(self._write_engine, expire_on_commit=False)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        # Batches applied at once by this process. SQLite takes one writer at a time anyway, and a writer
        # waiting on its busy timeout sleeps in steps of up to 100 ms: waiting here hands over at once.
        self.batch_slots = threading.BoundedSemaphore(1 if self.is_sqlite else BATCH_SLOTS_PG)

    @contextmanager
    def write(self, connection: Connection | None = None) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises. On ``connection``
        (from ``batch_connection``) when given, else on a connection from the pool."""
        if connection is None:
            with self._write() as session, session.begin():
                yield session
        else:
            with Session(bind=connection, expire_on_commit=False) as session, session.begin():
                yield session

    @contextmanager
    def write_connection(self, connection: Connection | None = None) -> Iterator[Connection]:
        """``connection`` as it is, or a pooled one for writes (its ``begin()`` is BEGIN IMMEDIATE on
        SQLite), returned to the pool when the block ends."""
        if connection is not None:
            yield connection
        else:
            with self._write_engine.connect() as fresh:
                yield fresh

    @contextmanager
    def batch_connection(self, seal: Callable[[Session], None]) -> Iterator[Connection]:
        """One pooled connection for several transactions (a batch of events, each its own
        ``connection.begin()``) whose commits do not wait for the disk; when the block ends without an error, ``seal(session)`` runs in
        one last transaction that does wait, and it must write something (that is what makes its commit
        flush the log). After the block returns, every commit made in it is on disk."""
        with self.batch_slots, self._write_engine.connect() as connection:
            _commit_waits(connection, False)
            try:
                yield connection
            finally:
                try:
                    _commit_waits(connection, True)
                except Exception:
                    connection.invalidate()  # never hand a connection with relaxed commits back to the pool
                    raise
            with self.write(connection) as session:
                seal(session)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
