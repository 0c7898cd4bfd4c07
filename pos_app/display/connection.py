"""The pole display's connection from the till's ``pole_display`` setting, through python-escpos (as the
receipt printer's, ``pos_app.printing.connections``).

The setting is a dict: ``{"kind": "serial", "port": "/dev/ttyUSB0", "baudrate": 9600}`` (most poles),
``{"kind": "file", "path": "pole.bin"}`` (every screen's bytes appended: tests, a till without a pole) or
``{"kind": "dummy"}`` (kept in memory); absent or ``{"kind": "none"}``: no pole display.
"""

from __future__ import annotations

from collections.abc import Callable

KINDS = ("serial", "file", "dummy")


def is_configured(value) -> bool:
    return isinstance(value, dict) and value.get("kind") in KINDS


def pole_connection(value: dict):
    """An unopened python-escpos connection for the setting (it opens itself on the first bytes)."""
    from escpos.printer import Dummy, Serial

    from ..printing.connections import AppendFile

    kind = value.get("kind")
    if kind == "serial":
        if not Serial.is_usable():
            raise RuntimeError("serial pole displays need the pyserial package: pip install pyserial")
        return Serial(str(value.get("port") or "/dev/ttyS0"), baudrate=int(value.get("baudrate", 9600)),
                      timeout=float(value.get("timeout", 1.0)))
    if kind == "file":
        return AppendFile(str(value.get("path") or "pole.bin"))
    if kind == "dummy":
        return Dummy()
    raise ValueError(f"pole display kind is one of {', '.join(KINDS)}, got {kind!r}")


def pole_sender(connection) -> Callable[[bytes], None]:
    """``send(data)`` for ``PoleDisplay``: writes the bytes; after a failure (unplugged) the connection is
    closed and opens itself again for the next screen."""

    def send(data: bytes) -> None:
        try:
            connection._raw(data)
        except Exception:
            try:
                connection.close()
            except Exception:  # noqa: BLE001 - it is gone already
                pass
            connection.device = False  # python-escpos: open again on the next write
            raise

    return send
