"""The hub's database: typed models, the engine (SQLite or PostgreSQL) and Alembic migrations."""

from .engine import default_db_url, make_engine
from .migrate import upgrade

__all__ = ["default_db_url", "make_engine", "upgrade"]
