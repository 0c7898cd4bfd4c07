"""A temporary data directory for the self-check, so it never touches the till's real data."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

ISOLATED_ENV = ("POS_TILL_DATA_DIR", "ESCPOS_CAPABILITIES_PICKLE_DIR")


class Workspace:
    """Creates the directory and points the till's data dir (and python-escpos's cache) at it."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="pos-till-selfcheck-"))
        self._saved = {name: os.environ.get(name) for name in ISOLATED_ENV}
        for name in ISOLATED_ENV:
            os.environ[name] = str(self.root)

    def path(self, name: str) -> Path:
        return self.root / name

    def close(self) -> None:
        for name, value in self._saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        shutil.rmtree(self.root, ignore_errors=True)
