"""``POS_DEMO_PROGRAM=prozis make run``: the till's launcher picks the demo program, and the demo hub it
starts seeds and serves that program."""

from __future__ import annotations

import argparse

from pos_app.till.demo_hub import DEMO_TILL_SETTINGS, LocalHub
from pos_app.ui.launch import add_arguments


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return parser.parse_args(argv)


def test_the_demo_program_comes_from_the_environment_or_the_flag(monkeypatch):
    monkeypatch.delenv("POS_DEMO_PROGRAM", raising=False)
    assert parse([]).demo_program == "ru"
    monkeypatch.setenv("POS_DEMO_PROGRAM", "prozis")
    assert parse([]).demo_program == "prozis"
    assert parse(["--demo-program", "ru"]).demo_program == "ru"


def test_the_demo_hub_seeds_its_program(tmp_path, monkeypatch):
    import subprocess

    calls = []

    def run(cmd, **_kw):
        calls.append(cmd[cmd.index("pos_app.hub_cli") + 1:])
        return subprocess.CompletedProcess(cmd, 0, stdout="token-1\n")

    monkeypatch.setattr(subprocess, "run", run)
    hub = LocalHub(tmp_path / "demo-hub", "prozis")
    assert hub.new_till_token("S1", "T1") == "token-1"
    assert calls == [["demo", "--program", "prozis", "--db", hub.db_url],
                     ["till", "add", "S1", "T1", "--db", hub.db_url]]
    assert DEMO_TILL_SETTINGS["prozis"] == {"receipt_language": "sk", "language": "sk", "code_page": "CP852"}
    assert LocalHub(tmp_path / "other").program == "ru"
