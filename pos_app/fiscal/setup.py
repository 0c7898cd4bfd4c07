"""Choosing the driver from the till's ``fiscal`` setting.

``{"driver": "none"}`` (the default), ``{"driver": "emulator", "path": "<file>"}`` (default path: beside
the till's database), ``{"driver": "atol", "connection": {...}}`` (see ``drivers/atol.py``),
``{"driver": "shtrih", "port": "/dev/ttyUSB0", "baudrate": 115200, "password": 30}``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import FiscalError
from .port import FiscalRegister

DRIVERS = ("none", "emulator", "atol", "shtrih")


def open_register(setting: dict[str, Any] | None, *, data_dir: Path | None = None) -> FiscalRegister:
    setting = setting or {"driver": "none"}
    driver = setting.get("driver", "none")
    if driver == "none":
        from .drivers.none import NoRegister

        return NoRegister()
    if driver == "emulator":
        from .drivers.emulator import EmulatorRegister

        path = setting.get("path") or (data_dir or Path(".")) / "fiscal-emulator.json"
        return EmulatorRegister(path, ofd_online=setting.get("ofd_online", True))
    if driver == "atol":
        from .drivers.atol import AtolRegister

        return AtolRegister.from_setting(setting, data_dir=data_dir)
    if driver == "shtrih":
        from .drivers.shtrih import ShtrihRegister

        return ShtrihRegister.from_setting(setting, data_dir=data_dir)
    raise FiscalError("fiscal_unknown_driver")
