"""Core statements of the event hot path, compiled once per dialect and run on the driver's cursor.

A statement is defined in SQLAlchemy Core (from the models' tables); ``Compiled`` asks SQLAlchemy's
compiler for its SQL once per dialect and set of parameter names, and keeps it with what executing it
needs: the parameters in the driver's order (``positiontup`` for SQLite's qmark, names for psycopg's
pyformat), each with its type's bind processor (``UTCDateTime``, booleans, JSON) or its fixed value, and
the result columns' processors. Running it then costs a driver call (a few µs) instead of a
``Connection.execute`` (~50 µs), in the transaction of the connection it is given; errors come out as
SQLAlchemy's (IntegrityError, DataError, OperationalError...). In an ORM session it runs through
``Session.execute`` (the session keeps track of its own connection). No SQL text is written here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement

_MISSING = object()


class _Plan:
    """One statement compiled for one dialect and one set of parameter names."""

    __slots__ = ("sql", "binds", "positional", "results")

    def __init__(self, stmt: ClauseElement, dialect, keys: Sequence[str]):
        compiled = stmt.compile(dialect=dialect, column_keys=list(keys))
        if getattr(compiled, "_numeric_binds", False) or any(b.expanding for b in compiled.binds.values()):
            raise NotImplementedError("numeric paramstyles and expanding parameters are not supported")
        self.sql = str(compiled)
        defaults = {}
        prefetch = [(c, c.default) for c in compiled.insert_prefetch]
        prefetch += [(c, c.onupdate) for c in compiled.update_prefetch]
        for column, default in prefetch:
            if default is None or not default.is_scalar:
                raise NotImplementedError(f"column {column.key}: only scalar Python defaults are supported")
            defaults[column.key] = default.arg
        self.positional = compiled.positional
        names = compiled.positiontup if compiled.positional else list(compiled.binds)
        escaped = compiled.escaped_bind_names or {}
        binds = []
        for name in names:
            bind = compiled.binds[name]
            if bind.key in keys or bind.required:
                fixed = _MISSING  # from the caller's parameters
            elif name in defaults:
                fixed = defaults[name]
            else:
                fixed = bind.effective_value
            processor = bind.type._cached_bind_processor(dialect)
            if fixed is not _MISSING and processor is not None:
                fixed, processor = processor(fixed), None
            binds.append((escaped.get(name, name), bind.key if fixed is _MISSING else None, fixed, processor))
        self.binds = binds
        self.results = [entry.type._cached_result_processor(dialect, None) for entry in compiled._result_columns]

    def params(self, given: dict) -> Sequence[Any] | dict:
        values = []
        for _name, key, fixed, processor in self.binds:
            value = given.get(key) if key is not None else fixed  # absent: NULL, as Core binds it
            if processor is not None:
                value = processor(value)
            values.append(value)
        return values if self.positional else {b[0]: v for b, v in zip(self.binds, values)}

    def rows(self, raw: list[tuple]) -> list[tuple]:
        processors = self.results
        if not any(processors):
            return raw
        return [tuple(v if p is None else p(v) for p, v in zip(processors, row)) for row in raw]


class Compiled:
    """A Core statement built once, compiled once per dialect (and set of parameter names)."""

    __slots__ = ("statement", "_plans")

    def __init__(self, statement: ClauseElement):
        self.statement = statement
        self._plans: dict[tuple, _Plan] = {}

    def _plan(self, conn: Connection, keys) -> _Plan:
        dialect = conn.dialect
        cache_key = (dialect.name, dialect.paramstyle, keys)
        plan = self._plans.get(cache_key)
        if plan is None:
            plan = self._plans[cache_key] = _Plan(self.statement, dialect, keys)
        return plan

    def rows(self, tx: Connection | Session, params: dict | None = None) -> list[tuple]:
        """Execute in the transaction of ``tx``; the rows it returns (none for a statement without)."""
        params = params or {}
        if isinstance(tx, Session):
            result = tx.execute(self.statement, params)
            return [tuple(row) for row in result] if result.returns_rows else []
        plan = self._plan(tx, tuple(params))
        return _call(tx, plan, lambda cursor: (cursor.execute(plan.sql, plan.params(params)),
                                               plan.rows(cursor.fetchall()) if cursor.description else [])[1])

    def first(self, tx: Connection | Session, params: dict | None = None) -> tuple | None:
        rows = self.rows(tx, params)
        return rows[0] if rows else None

    def scalar(self, tx: Connection | Session, params: dict | None = None) -> Any:
        row = self.first(tx, params)
        return None if row is None else row[0]

    def one(self, tx: Connection | Session, params: dict | None = None) -> tuple:
        rows = self.rows(tx, params)
        if len(rows) != 1:
            raise ValueError(f"expected one row, got {len(rows)}")
        return rows[0]

    def many(self, tx: Connection | Session, rows: Sequence[dict]) -> None:
        """Execute once per parameter set (all with the same names; no rows back)."""
        if not rows:
            return
        if isinstance(tx, Session):
            tx.execute(self.statement, list(rows))
            return
        plan = self._plan(tx, tuple(rows[0]))
        _call(tx, plan, lambda cursor: cursor.executemany(plan.sql, [plan.params(row) for row in rows]))


def _call(conn: Connection, plan: _Plan, call):
    dbapi_connection = conn.connection.dbapi_connection
    cursor = dbapi_connection.cursor()
    try:
        return call(cursor)
    except conn.dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(plan.sql, None, exc, conn.dialect.loaded_dbapi.Error,
                                  dialect=conn.dialect) from exc
    finally:
        cursor.close()
