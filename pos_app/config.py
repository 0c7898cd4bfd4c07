"""The till's configuration file: what a store's IT pre-seeds at install time (TOML, read with tomllib).

Files, later ones overriding earlier ones key by key:

1. the machine-wide file ``site_config_dir("pos-till")/till.toml`` (``/etc/xdg/pos-till/till.toml`` on
   Linux, ``C:\\ProgramData\\pos-till\\till.toml`` on Windows) - what an installer or IT writes;
2. the user's file ``user_config_dir("pos-till")/till.toml`` (``~/.config/pos-till/till.toml``,
   ``%LOCALAPPDATA%\\pos-till\\till.toml``);

or only ``$POS_TILL_CONFIG`` when that is set. Format::

    [hub]
    url = "http://hub.example.lan:8765"   # the loyalty hub
    token = "till-token-from-pos-hub"      # printed by `pos-hub till add S1 T1`

    [till]
    store = "S1"
    till = "T1"
    language = "ru"                        # ru, en or sk
    offline_redeem_cap = 1000              # points a member may spend while the hub is unreachable
    data_dir = "/var/lib/pos-till"         # where till.db lives (default: the user data directory)

    [printer]                              # the receipt printer: pos_app.printing.PrinterSettings fields
    kind = "network"
    host = "192.168.1.50"
    profile = "default"
    code_page = "CP866"
    columns = 48

    [fiscal]                               # the fiscal register: pos_app.fiscal.setup (driver + connection)
    driver = "atol"                        # none | emulator | atol | shtrih
    points_on_receipt = "discount"         # discount | payment: how the points show on the fiscal receipt
    taxation = "osn"
    [fiscal.connection]
    port = "usb"

Every key is optional. The values seed the till's settings (kept in its database, editable by a
supervisor on the Settings screen): they are written when the file is new or has changed since it
was last applied, so editing the file re-seeds the till and a supervisor's change otherwise stays.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from platformdirs import site_config_dir, user_config_dir

APP_NAME = "pos-till"
FILENAME = "till.toml"
ENV_CONFIG = "POS_TILL_CONFIG"
APPLIED_KEY = "config_file_applied"  # settings key: fingerprint of the file values last written
LANGUAGES = ("ru", "en", "sk")

# (table, key in the file) -> TillConfig field
LAYOUT = {
    ("hub", "url"): "hub_url",
    ("hub", "token"): "till_token",
    ("till", "store"): "store_id",
    ("till", "till"): "till_id",
    ("till", "language"): "language",
    ("till", "offline_redeem_cap"): "offline_redeem_cap",
    ("till", "data_dir"): "data_dir",
}
PRINTER_TABLE = "printer"  # passed whole to the ``printer`` setting; checked by PrinterSettings when applied
FISCAL_TABLE = "fiscal"  # passed whole to the ``fiscal`` setting, but for points_on_receipt
STORE_SETTINGS = ("hub_url", "till_token", "store_id", "till_id", "language", "offline_redeem_cap", "printer",
                  "fiscal", "points_on_fiscal_receipt")


class ConfigError(ValueError):
    """The configuration file is unreadable or has a wrong value; the message names the file and key."""


@dataclass(frozen=True)
class TillConfig:
    hub_url: str | None = None
    till_token: str | None = None
    store_id: str | None = None
    till_id: str | None = None
    language: str | None = None
    offline_redeem_cap: int | None = None
    data_dir: str | None = None
    printer: dict[str, Any] | None = None
    fiscal: dict[str, Any] | None = None
    points_on_fiscal_receipt: str | None = None

    def settings(self) -> dict[str, Any]:
        """The values that seed the till's settings (only those the files set)."""
        return {name: getattr(self, name) for name in STORE_SETTINGS if getattr(self, name) is not None}

    def data_path(self) -> Path | None:
        """The configured data directory (where ``till.db`` lives), or None for the default place."""
        return Path(self.data_dir).expanduser() if self.data_dir else None

    def merged(self, other: TillConfig) -> TillConfig:
        values = {f.name: getattr(other, f.name) if getattr(other, f.name) is not None else getattr(self, f.name)
                  for f in fields(self)}
        return TillConfig(**values)


def config_paths() -> list[Path]:
    """The files read, in order (missing ones are skipped)."""
    override = os.environ.get(ENV_CONFIG)
    if override:
        return [Path(override)]
    return [Path(site_config_dir(APP_NAME, appauthor=False)) / FILENAME,
            Path(user_config_dir(APP_NAME, appauthor=False)) / FILENAME]


def parse_config(text: str, origin: str = FILENAME) -> TillConfig:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: not valid TOML: {exc}") from exc
    values: dict[str, Any] = {}
    for table, content in data.items():
        if not isinstance(content, dict):
            raise ConfigError(f"{origin}: {table!r} must be a table such as [hub] or [till]")
        if table == PRINTER_TABLE:
            values["printer"] = dict(content)
            continue
        if table == FISCAL_TABLE:
            values.update(_fiscal(dict(content), origin))
            continue
        for key, value in content.items():
            name = LAYOUT.get((table, key))
            if name is None:
                known = ", ".join([f"{t}.{k}" for t, k in LAYOUT] + ["printer.*"])
                raise ConfigError(f"{origin}: unknown key {table}.{key}; known keys: {known}")
            values[name] = _checked(name, value, f"{origin}: {table}.{key}")
    return TillConfig(**values)


def _fiscal(table: dict[str, Any], origin: str) -> dict[str, Any]:
    from pos_app.fiscal.setup import DRIVERS  # noqa: PLC0415 - light: no driver is imported

    out: dict[str, Any] = {}
    mode = table.pop("points_on_receipt", None)
    if mode is not None:
        if mode not in ("discount", "payment"):
            raise ConfigError(f"{origin}: fiscal.points_on_receipt must be discount or payment, got {mode!r}")
        out["points_on_fiscal_receipt"] = mode
    if table:
        if table.get("driver", "none") not in DRIVERS:
            raise ConfigError(f"{origin}: fiscal.driver must be one of {', '.join(DRIVERS)}, got {table.get('driver')!r}")
        out["fiscal"] = {"driver": "none", **table}
    return out


def _checked(name: str, value: Any, where: str) -> Any:
    if name == "offline_redeem_cap":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ConfigError(f"{where} must be a whole number of points, 0 or more, got {value!r}")
        return value
    if not isinstance(value, str):
        raise ConfigError(f"{where} must be a quoted string, got {value!r}")
    if name == "hub_url" and not value.startswith(("http://", "https://")):
        raise ConfigError(f"{where} must start with http:// or https://, got {value!r}")
    if name == "language" and value not in LANGUAGES:
        raise ConfigError(f"{where} must be one of {', '.join(LANGUAGES)}, got {value!r}")
    return value


def load_config(paths: list[Path] | None = None) -> TillConfig:
    """The merged configuration of the files that exist (empty when none does)."""
    config = TillConfig()
    for path in config_paths() if paths is None else paths:
        if path.is_file():
            config = config.merged(parse_config(path.read_text(encoding="utf-8"), str(path)))
    return config


def load_config_for_start() -> TillConfig:
    """``load_config`` for the till's start: a broken file is reported on stderr and ignored (the till
    starts with its saved settings and keeps selling; ``pos-till --self-check`` names the problem)."""
    try:
        return load_config()
    except ConfigError as exc:
        print(f"pos-till: configuration file ignored: {exc}", file=sys.stderr)
        return TillConfig()


def dump_config(config: TillConfig) -> str:
    """The TOML text of ``config`` (only the keys it sets)."""
    lines: list[str] = []
    for table in ("hub", "till"):
        entries = [(key, getattr(config, name)) for (t, key), name in LAYOUT.items() if t == table]
        entries = [(key, value) for key, value in entries if value is not None]
        if entries:
            lines.append(f"[{table}]")
            lines += [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in entries]
            lines.append("")
    if config.printer:
        lines.append(f"[{PRINTER_TABLE}]")
        lines += [f"{key} = {_toml_value(value)}" for key, value in config.printer.items()]
        lines.append("")
    if config.fiscal or config.points_on_fiscal_receipt:
        fiscal = dict(config.fiscal or {})
        nested = {k: fiscal.pop(k) for k in list(fiscal) if isinstance(fiscal[k], dict)}
        if config.points_on_fiscal_receipt:
            fiscal["points_on_receipt"] = config.points_on_fiscal_receipt
        lines.append(f"[{FISCAL_TABLE}]")
        lines += [f"{key} = {_toml_value(value)}" for key, value in fiscal.items()]
        for name, table in nested.items():
            lines.append(f"[{FISCAL_TABLE}.{name}]")
            lines += [f"{key} = {_toml_value(value)}" for key, value in table.items()]
        lines.append("")
    return "\n".join(lines)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False)


def check_printer(config: TillConfig) -> None:
    """Raise ConfigError when the [printer] table is not a valid ``PrinterSettings``."""
    if config.printer is None:
        return
    from pos_app.printing import PrinterSettings, PrinterSettingsError

    try:
        PrinterSettings.from_dict(config.printer)
    except (PrinterSettingsError, TypeError) as exc:
        raise ConfigError(f"[printer]: {exc}") from exc


def save_config(config: TillConfig, path: Path | None = None) -> Path:
    """Write ``config`` to ``path`` (default: the user's file) and return where it went."""
    target = path or Path(user_config_dir(APP_NAME, appauthor=False)) / FILENAME
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(dump_config(config), encoding="utf-8")
    return target


def seed_store(store, config: TillConfig) -> dict[str, Any]:  # noqa: ANN001 - a pos_app.store.Store
    """Write the file's settings into the till's store when they differ from those applied last time.

    Returns the settings written (empty when nothing changed)."""
    from pos_app.store import get_setting, set_setting

    values = config.settings()
    fingerprint = hashlib.sha256(json.dumps(values, sort_keys=True).encode()).hexdigest()
    with store.read() as session:
        if not values or get_setting(session, APPLIED_KEY) == fingerprint:
            return {}
    check_printer(config)  # only when the file changed: importing the printing code costs start-up time
    with store.write() as session:
        for key, value in values.items():
            set_setting(session, key, value)
        set_setting(session, APPLIED_KEY, fingerprint)
    return values


def apply_to_till(services, config: TillConfig) -> dict[str, Any]:  # noqa: ANN001 - a pos_app.till.TillServices
    """Seed an open till from the file (see ``seed_store``). A hub address or token from the file also
    reconnects the till's hub client and turns the demo hub off. Returns the settings written."""
    try:
        written = seed_store(services.store, config)
    except ConfigError as exc:
        print(f"pos-till: configuration file ignored: {exc}", file=sys.stderr)
        return {}
    if written:
        if "fiscal" in written and hasattr(services, "close_fiscal"):
            services.close_fiscal()  # the next register call opens the one the file names
        extra = {"demo_hub": False} if {"hub_url", "till_token"} & written.keys() else {}
        services.update_settings(**written, **extra)
    return written
