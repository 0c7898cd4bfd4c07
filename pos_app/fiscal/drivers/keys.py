"""The driver's key journal, for registers that keep no key of ours (ATOL, Shtrih-M): one JSON line per
event, fsynced: the intent before a receipt is sent (key, kind, the register's last fiscal document
number, the total), then the answer. ``find(key)`` reads it first and asks the register only when an
intent has no answer (see each driver)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..document import FiscalReceipt


class KeyJournal:
    def __init__(self, path: str | Path):
        self.path = Path(path)

    def note(self, entry: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")
            f.flush()
            os.fsync(f.fileno())

    def entries(self, key: str) -> list[dict]:
        if not self.path.exists():
            return []
        out = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue  # a line cut by a crash
            if entry.get("key") == key:
                out.append(entry)
        return out

    def intent(self, key: str) -> dict | None:
        return next((e for e in self.entries(key) if "before" in e), None)

    def answer(self, key: str) -> FiscalReceipt | None:
        for entry in self.entries(key):
            if "receipt" in entry:
                return FiscalReceipt.from_dict(entry["receipt"])
        return None
