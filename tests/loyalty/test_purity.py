"""The rules engine stays pure: importing it pulls in no Qt, SQL or HTTP code."""

from __future__ import annotations

import json
import subprocess
import sys

FORBIDDEN = ("PySide6", "sqlalchemy", "sqlite3", "requests", "urllib3", "http.client", "escpos", "fastapi")


def test_loyalty_imports_no_io_frameworks():
    code = ("import json, sys, pos_app.loyalty, pos_app.loyalty.cli; "
            "print(json.dumps(sorted(m for m in sys.modules)))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    loaded = json.loads(proc.stdout)
    bad = [m for m in loaded if any(m == f or m.startswith(f + ".") for f in FORBIDDEN)]
    assert bad == []
