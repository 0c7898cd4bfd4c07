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


PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def private_dir(path: Path) -> Path:
    """Create ``path`` (and its parents) if needed; the folder itself is its user's only (0700 on POSIX):
    the till's store holds its hub token."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if os.name == "posix":
        os.chmod(path, PRIVATE_DIR)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty if it does not exist, readable and writable by its user only (0600 on POSIX).
    SQLite gives its -wal and -shm files the database file's permissions."""
    fd = os.open(path, os.O_CREAT | os.O_RDWR, PRIVATE_FILE)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE)
    return path
