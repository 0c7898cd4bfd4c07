"""Where the till keeps its SQLite file: the platform's data directory, unless overridden."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "pos-till"
DB_FILENAME = "till.db"
ENV_DATA_DIR = "POS_TILL_DATA_DIR"


def data_dir() -> Path:
    """``$POS_TILL_DATA_DIR`` if set, otherwise the user data directory (e.g. ~/.local/share/pos-till)."""
    override = os.environ.get(ENV_DATA_DIR)
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME
