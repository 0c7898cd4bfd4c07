"""Opening the till's store: the file, its schema, and sessions for reading and writing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from . import migrate
from .engine import make_engine, reader, writer
from .paths import default_db_path, private_dir, private_file


@dataclass
class Store:
    """An open store. ``write()`` is one BEGIN IMMEDIATE transaction, committed (and on disk,
    synchronous=FULL) when the ``with`` block ends; ``read()`` is a snapshot for queries."""

    path: Path
    engine: Engine
    backup: Path | None = None  # the copy made before a schema upgrade at this start-up

    def __post_init__(self) -> None:
        self._write = sessionmaker(bind=writer(self.engine), expire_on_commit=False)
        self._read = sessionmaker(bind=reader(self.engine), expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._write() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    def integrity_check(self) -> str:
        with self.engine.connect() as conn:
            return conn.execute(text("PRAGMA integrity_check")).scalar_one()

    def close(self) -> None:
        self.engine.dispose()


def open_store(path: Path | str | None = None) -> Store:
    """Open (creating if needed) the SQLite store and migrate it to the newest schema.

    ``path`` defaults to ``till.db`` in the till's data directory (see ``paths``). The data directory
    is private to the user (0700) and so are the store's files (0600): ``till.db`` holds the hub token."""
    db_path = Path(path) if path is not None else default_db_path()
    if path is None:
        private_dir(db_path.parent)
    else:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    private_file(db_path)
    for suffix in ("-wal", "-shm"):  # made before this change with the umask's permissions
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            private_file(side)
    engine = make_engine(db_path)
    backup = migrate.upgrade(engine, db_path)
    return Store(path=db_path, engine=engine, backup=backup)
