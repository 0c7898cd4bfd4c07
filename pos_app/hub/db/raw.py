"""Running a fixed statement of the event hot path straight on the driver's cursor of a SQLAlchemy
connection, in that connection's transaction: a fraction of the CPU of the same statement through Core
(see ``hot_sql`` for the statements).

Statements are written with ``%(name)s`` placeholders (psycopg's) and rewritten to ``:name`` for
SQLite. Times go in through ``time_in``: naive UTC for PostgreSQL, and on SQLite the very text
SQLAlchemy's ``DateTime`` stores ("YYYY-MM-DD HH:MM:SS.ffffff"), so that comparisons with stored values
hold; they come out through ``time_out`` as aware UTC, as ``UTCDateTime`` gives them. Errors come out as
SQLAlchemy's (IntegrityError, DataError, OperationalError...), so callers handle them alike everywhere."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import NamedTuple

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

_PLACEHOLDER = re.compile(r"%\((\w+)\)s")
_SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"


class Sql(NamedTuple):
    """One statement in each dialect's words (``both`` when they are the same)."""

    postgresql: str
    sqlite: str

    @staticmethod
    def both(text: str) -> Sql:
        return Sql(text, _PLACEHOLDER.sub(r":\1", text))

    @staticmethod
    def sqlite_only(text: str) -> Sql:
        return Sql("", _PLACEHOLDER.sub(r":\1", text))


def _cursor_call(conn: Connection, sql: Sql, call):
    text = sql.sqlite if conn.dialect.name == "sqlite" else sql.postgresql
    cursor = conn.connection.dbapi_connection.cursor()
    dbapi = conn.dialect.loaded_dbapi
    try:
        return call(cursor, text)
    except dbapi.Error as exc:
        raise DBAPIError.instance(text, None, exc, dbapi.Error, dialect=conn.dialect) from exc
    finally:
        cursor.close()


def run(conn: Connection, sql: Sql, params: dict) -> list[tuple]:
    """Execute ``sql`` in ``conn``'s transaction; the rows it returns."""

    def call(cursor, text):
        cursor.execute(text, params)
        return cursor.fetchall() if cursor.description else []

    return _cursor_call(conn, sql, call)


def run_many(conn: Connection, sql: Sql, rows: Iterable[dict]) -> None:
    """Execute ``sql`` once per parameter set (no rows back)."""
    _cursor_call(conn, sql, lambda cursor, text: cursor.executemany(text, list(rows)))


def time_in(conn: Connection, moment: datetime | None) -> datetime | str | None:
    if moment is None:
        return None
    naive = utc_naive(moment)
    return naive.strftime(_SQLITE_TIME) if conn.dialect.name == "sqlite" else naive


def time_out(value: datetime | str | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=timezone.utc)


def utc_naive(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment
