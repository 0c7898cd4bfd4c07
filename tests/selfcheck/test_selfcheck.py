"""``pos-till --self-check``: each check really runs, failures are reported and set the exit status."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pos_app.config import ConfigError
from pos_app.printing import PrinterSettings
from pos_app.selfcheck import core, run
from pos_app.selfcheck.runner import run_checks
from pos_app.selfcheck.workspace import Workspace

from .output import CHECK_NAMES, check_lines, outcomes


def pos_till() -> str:
    return shutil.which("pos-till") or str(Path(sys.executable).parent / "pos-till")


# Runs the self-check with the shipped receipt templates swapped for a folder given as argv[1].
WITH_TEMPLATES = ("import sys; import pos_app.printing.settings as s; s.DEFAULT_TEMPLATES_DIR = sys.argv[1]; "
                  "from pos_app.till_cli import main; main(['--self-check'])")


def test_a_healthy_install_passes_every_named_check(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", POS_TILL_CONFIG=str(tmp_path / "none.toml"))
    proc = subprocess.run([pos_till(), "--self-check"], capture_output=True, text=True, timeout=180, env=env)
    assert outcomes(proc.stdout) == dict.fromkeys(CHECK_NAMES, True), proc.stdout + proc.stderr[-3000:]
    assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    assert f"self-check: {len(CHECK_NAMES)}/{len(CHECK_NAMES)} ok, all passed" in proc.stdout
    lines = check_lines(proc.stdout)
    assert "24 jobs (6 templates x 4 printer setups" in lines["receipts"]
    assert "loaded till_ru.qm, till_en.qm, till_sk.qm" in lines["translations"]
    assert "Qt's qtbase_ru.qm, qtbase_sk.qm" in lines["translations"]
    assert "shown" in lines["main window"] and "after process start" in lines["main window"]


def test_a_missing_template_fails_the_receipts_check_and_the_exit_status(tmp_path):
    templates = tmp_path / "receipts"
    shutil.copytree(Path(PrinterSettings().templates_dir), templates, ignore=shutil.ignore_patterns("return.txt"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", POS_TILL_CONFIG=str(tmp_path / "none.toml"))
    proc = subprocess.run([sys.executable, "-c", WITH_TEMPLATES, str(templates)], capture_output=True, text=True,
                          timeout=180, env=env)
    assert proc.returncode == 1, proc.stdout + proc.stderr[-3000:]
    assert outcomes(proc.stdout) == {name: name != "receipts" for name in CHECK_NAMES}, proc.stdout
    assert str(templates / "return.txt") in check_lines(proc.stdout)["receipts"], proc.stdout
    assert f"self-check: {len(CHECK_NAMES) - 1}/{len(CHECK_NAMES)} ok, FAILED: receipts" in proc.stdout


def test_startup_mode_shows_the_window_on_a_new_store(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([pos_till(), "--self-check=startup"], capture_output=True, text=True, timeout=180, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "ok    main window" in proc.stdout and "shown" in proc.stdout
    assert "1/1 ok" in proc.stdout


def test_a_broken_config_file_fails_its_check(tmp_path, monkeypatch):
    bad = tmp_path / "till.toml"
    bad.write_text('[hub]\nurl = "hub-without-scheme"\n', encoding="utf-8")
    monkeypatch.setenv("POS_TILL_CONFIG", str(bad))
    with pytest.raises(ConfigError, match="http://"):
        core.check_config()
    bad.write_text('[hub]\nurl = "http://hub:8765"\ntoken = "t"\n', encoding="utf-8")
    assert "hub_url, till_token" in core.check_config()


def test_receipts_check_writes_every_template_to_the_file_printer():
    ws = Workspace()
    try:
        detail = core.check_receipts(ws)
        written = ws.path("receipts.bin").read_bytes()
    finally:
        ws.close()
    assert detail.startswith("24 jobs")
    assert "Проверка установки".encode("cp866") in written and "Проверка установки".encode("cp1251") in written
    assert not ws.root.exists()


def test_workspace_isolates_the_data_dir_and_restores_it(monkeypatch):
    monkeypatch.setenv("POS_TILL_DATA_DIR", "/somewhere/real")
    ws = Workspace()
    assert os.environ["POS_TILL_DATA_DIR"] == str(ws.root)
    ws.close()
    assert os.environ["POS_TILL_DATA_DIR"] == "/somewhere/real"


def test_a_failing_check_is_reported_and_the_others_still_run():
    out = io.StringIO()

    def broken() -> str:
        raise RuntimeError("no paper")

    outcomes = run_checks([("first", broken), ("second", lambda: "fine")], out)
    assert [o.ok for o in outcomes] == [False, True]
    text = out.getvalue()
    assert text.startswith("FAIL  first") and "RuntimeError: no paper" in text
    assert "\nok    second         fine" in text


def test_unknown_mode_is_refused():
    out = io.StringIO()
    assert run("everything", out) == 2
    assert "all, startup" in out.getvalue()


def test_seconds_since_start_counts_from_process_start():
    code = ("import time; time.sleep(0.6); from pos_app.selfcheck.clock import seconds_since_start; "
            "print(seconds_since_start())")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert 0.6 <= float(proc.stdout) < 30
