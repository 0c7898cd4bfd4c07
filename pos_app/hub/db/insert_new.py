"""``INSERT ... ON CONFLICT DO NOTHING RETURNING id`` on SQLite and PostgreSQL: a row is inserted unless a
unique key is already taken (on PostgreSQL a concurrent uncommitted holder is waited for), in one
statement and without an error that would abort the transaction."""

from __future__ import annotations

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql, sqlite

_DIALECT_INSERT = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}
_cache: dict[tuple[str, str, str], object] = {}


def insert_new(conn: Connection, table: Table, key: str, values: dict):
    """The new row's primary key, or None when a row with the same ``key`` column value exists."""
    dialect = conn.dialect.name
    statement = _cache.get((dialect, table.name, key))
    if statement is None:
        pk = list(table.primary_key.columns)[0]
        statement = _DIALECT_INSERT[dialect](table).on_conflict_do_nothing(index_elements=[key]).returning(pk)
        _cache[(dialect, table.name, key)] = statement
    return conn.execute(statement, values).scalar_one_or_none()
