"""Reading ``pos-till --self-check`` output: which named checks passed."""

from __future__ import annotations

CHECK_NAMES = ("config", "store", "phones", "escpos data", "printer links", "receipts", "translations", "main window")


def check_lines(stdout: str) -> dict[str, str]:
    """``{check name: its whole line}`` for every ``ok``/``FAIL`` line (the runner's format:
    mark padded to 4, two spaces, the name padded to 14, a space, what was checked)."""
    found = {}
    for line in stdout.splitlines():
        if line[:4] not in ("ok  ", "FAIL"):
            continue
        name = next((n for n in CHECK_NAMES if line[6:].startswith(n + " ")), line[6:20].strip())
        assert name not in found, f"check {name!r} reported twice:\n{stdout}"
        found[name] = line
    return found


def outcomes(stdout: str) -> dict[str, bool]:
    """``{check name: passed}`` for every check the output reports."""
    return {name: line.startswith("ok  ") for name, line in check_lines(stdout).items()}
