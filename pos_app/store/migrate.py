"""Bring the store's schema to the newest revision at start-up (Alembic, inside the package).

Alembic is slow to import (~0.2 s) and is only needed when the schema is behind: the revision the
database is at is read with one plain query, the newest one from the migration files' headers, and
Alembic is imported only when they differ. Before upgrading an existing database the file is copied
aside with SQLite's online backup (consistent even with a WAL), as ``till.db.before-<rev>-<time>``.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine, text

from .paths import private_file

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"""^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:['"]([^'"]+)['"]|None)""", re.M)


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest revision, as Alembic computes it (imports Alembic)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_head() -> str:
    """The newest revision from the migration files' ``revision``/``down_revision`` lines, without Alembic:
    the one revision no other file names as its ``down_revision``."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict((key, value) for key, value in _REVISION.findall(path.read_text(encoding="utf-8")))
        if found.get("revision"):
            revisions.add(found["revision"])
            if found.get("down_revision"):
                parents.add(found["down_revision"])
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"the store's migrations must have one head, found {sorted(heads)}")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None: a new database), with one plain query."""
    with engine.connect() as conn:
        has_table = conn.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"))
        if has_table.first() is None:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_file(db_path: Path, label: str) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    target = private_file(db_path.with_name(f"{db_path.name}.before-{label}-{stamp}"))  # it has the token too
    src = sqlite3.connect(db_path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade(engine: Engine, db_path: Path, revision: str = "head") -> Path | None:
    """Upgrade to ``revision``; returns the backup's path when an existing schema was upgraded."""
    current = current_revision(engine)
    target = known_head() if revision == "head" else revision
    if current == target:
        return None
    from alembic import command  # only now: the schema is behind (or new)

    backup = backup_file(db_path, current) if current is not None else None
    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()
    return backup
