"""The installer's helper, run by the installed Python: writes the machine-wide ``till.toml`` from the
installer's command line.

The NSIS installer passes its whole command line in ``POS_TILL_SETUP_ARGS`` and runs
``python.exe -m pos_till_setup`` after copying the files. Options (all optional, any order)::

    /CONFIG=C:\\path\\till.toml      a prepared file: copied (after checking) as the machine-wide file
    /HUB_URL=http://hub:8765        [hub] url            /TOKEN=...            [hub] token
    /STORE=S1                       [till] store         /TILL=T1              [till] till
    /LANGUAGE=ru                    [till] language      /OFFLINE_REDEEM_CAP=  [till] offline_redeem_cap
    /DATA_DIR=D:\\till-data          [till] data_dir
    /PRINTER="kind=network;host=192.168.1.50;columns=48"   the [printer] table, key=value pairs

Values with spaces are quoted: ``/STORE="Store 1"``. Keys given override the same keys of the file
already there (an upgrade keeps the rest); ``/CONFIG`` replaces the file, then the other options apply
on top. Nothing given: the file is left as it is (or not created). The result is checked with the
till's own parser (``pos_app.config``) before it is written: an unknown option, a wrong value or a bad
printer setting writes nothing, prints why and exits 2 (the installer shows it and returns that code).
The installer's own switches (/S, /D=, /NCRC) are ignored here.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import replace
from pathlib import Path

from pos_app.config import (
    ConfigError, TillConfig, check_printer, config_paths, dump_config, parse_config,
)

ENV_ARGS = "POS_TILL_SETUP_ARGS"
INSTALLER_SWITCHES = {"S", "D", "NCRC"}
FIELDS = {  # option -> TillConfig field
    "HUB_URL": "hub_url", "TOKEN": "till_token", "STORE": "store_id", "TILL": "till_id",
    "LANGUAGE": "language", "OFFLINE_REDEEM_CAP": "offline_redeem_cap", "DATA_DIR": "data_dir",
}
OPTION = re.compile(r'/([A-Za-z_]+)(?:=("(?:[^"]*)"|\S*))?')


def parse_options(command_line: str) -> dict[str, str]:
    """``/KEY=value /KEY="a value" /SWITCH`` -> {KEY: value}; unknown keys raise ConfigError."""
    options: dict[str, str] = {}
    known = set(FIELDS) | {"CONFIG", "PRINTER"}
    for match in OPTION.finditer(command_line):
        key, value = match.group(1).upper(), match.group(2) or ""
        if key in INSTALLER_SWITCHES:
            continue
        if key not in known:
            raise ConfigError(f"unknown installer option /{key}; known: "
                              + ", ".join(f"/{k}=" for k in sorted(known)) + ", /S, /D=")
        options[key] = value[1:-1] if value.startswith('"') and value.endswith('"') else value
    return options


def printer_table(text: str) -> dict[str, object]:
    """``kind=network;host=10.0.0.5;port=9100`` -> a [printer] table (numbers and true/false typed)."""
    table: dict[str, object] = {}
    for part in filter(None, (p.strip() for p in re.split(r"[;,]", text))):
        key, sep, value = part.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"/PRINTER: expected key=value pairs separated by ';', got {part!r}")
        table[key.strip()] = _typed(value.strip())
    return table


def _typed(value: str) -> object:
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    if re.fullmatch(r"-?\d+", value):
        return int(value)
    if re.fullmatch(r"-?\d+\.\d+", value):
        return float(value)
    return value


def machine_config_path() -> Path:
    return config_paths()[0]  # site_config_dir: C:\ProgramData\pos-till\till.toml


def build_config(options: dict[str, str], current_text: str | None) -> str | None:
    """The text to write, or None when the options change nothing."""
    if not options:
        return None
    base_text = current_text
    if "CONFIG" in options:
        source = Path(options["CONFIG"])
        try:
            base_text = source.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"/CONFIG={source}: cannot read it: {exc}") from exc
        parse_config(base_text, str(source))  # raises naming the file and key
    config = parse_config(base_text, "till.toml") if base_text else TillConfig()
    changes: dict[str, object] = {}
    for option, name in FIELDS.items():
        if option in options:
            value: object = options[option]
            if name == "offline_redeem_cap":
                value = _typed(str(value))
            changes[name] = value
    if "PRINTER" in options:
        changes["printer"] = {**(config.printer or {}), **printer_table(options["PRINTER"])}
    if not changes:
        return base_text  # /CONFIG alone: the file as IT wrote it, comments included
    text = dump_config(replace(config, **changes))
    check_printer(parse_config(text, "till.toml"))  # every value through the till's own checks
    return text


def main() -> int:
    target = machine_config_path()
    try:
        options = parse_options(os.environ.get(ENV_ARGS, ""))
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        text = build_config(options, current)
    except ConfigError as exc:
        print(f"pos-till setup: till.toml not written: {exc}")
        return 2
    if text is None or text == current:
        print(f"pos-till setup: {target} {'kept' if current is not None else 'not created (no options)'}")
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(f"pos-till setup: wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
