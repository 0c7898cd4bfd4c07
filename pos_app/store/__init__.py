"""The till's local SQLite store: engine with pragmas, typed models, Alembic migrations.

Never imports Qt or does HTTP. ``open_store(path)`` opens and migrates the file.
"""

from .database import Store, open_store
from .paths import data_dir, default_db_path
from .settings import all_settings, get_setting, set_setting

__all__ = ["Store", "all_settings", "data_dir", "default_db_path", "get_setting", "open_store", "set_setting"]
