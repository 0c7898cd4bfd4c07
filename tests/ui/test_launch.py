"""Where ``pos-till`` keeps its data: the same place the store and the self-check use."""

from __future__ import annotations

from pos_app.store.paths import ENV_DATA_DIR
from pos_app.ui.launch import _data_dir


def test_the_data_dir_follows_the_store_setting(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert _data_dir(None) == tmp_path / "from-env" and (tmp_path / "from-env").is_dir()
    assert _data_dir(tmp_path / "given") == tmp_path / "given"  # --data-dir or till.toml win


class _FakeHub:
    """The demo hub without its subprocess: ``run`` only needs its address and a token."""

    is_new = True
    log_file = "sms.log"

    def __init__(self, path, program="ru") -> None:
        self.path = path

    def new_till_token(self, store_id, till_id, seed=True) -> str:
        return "demo-token"

    def spawn(self) -> None:
        pass

    def wait_ready(self) -> str:
        return "http://127.0.0.1:9"

    def stop(self) -> None:
        pass


def test_the_demo_sells_on_the_register_emulator_until_a_supervisor_chooses(tmp_path, monkeypatch):
    import argparse

    import pos_app.till.demo_hub as demo_hub
    import pos_app.ui.launch as launch
    from pos_app.till import TillServices

    monkeypatch.setattr(demo_hub, "LocalHub", _FakeHub)
    monkeypatch.setattr(TillServices, "pull_now", lambda self: None)
    seen = []
    monkeypatch.setattr(launch, "_run_window", lambda services: seen.append(services.fiscal_settings_form()) or 0)
    args = argparse.Namespace(data_dir=tmp_path, hub=None, token=None, language=None, demo_program="ru")
    assert launch.run(args) == 0
    assert seen[0]["driver"] == "emulator"
    assert seen[0]["connection"] == {"path": str(tmp_path / "fiscal-emulator.json")}

    def choose_none(services):
        services.save_fiscal_settings("none")
        return 0

    monkeypatch.setattr(launch, "_run_window", choose_none)
    launch.run(args)
    monkeypatch.setattr(launch, "_run_window", lambda services: seen.append(services.fiscal_settings_form()) or 0)
    launch.run(args)
    assert seen[1]["driver"] == "none"  # the supervisor's choice stays


_LAUNCH = r"""
import sys
import pos_app.ui.app as appmod
from pos_app.ui.qt import QApplication, QTimer
shown = appmod.TillApp.show
def show(self):
    window = shown(self)
    sys.stdout.write("window shown\n"); sys.stdout.flush()
    def poll():
        if self.ctx.till.has_staff() and self.ctx.till._engine is not None:  # syncing with the new hub
            sys.stdout.write("connected\n")  # one write: the till's connecting thread prints too
            sys.stdout.flush()
            QApplication.instance().quit()
    timer = QTimer(window); timer.timeout.connect(poll); timer.start(100)
    return window
appmod.TillApp.show = show
from pos_app.ui.launch import run, add_arguments
import argparse
parser = argparse.ArgumentParser(); add_arguments(parser)
sys.exit(run(parser.parse_args(sys.argv[1:])))
"""


def test_make_run_shows_the_window_first_and_connects_when_the_demo_hub_answers(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for attempt in ("first run", "warm"):
        proc = subprocess.run([sys.executable, "-c", _LAUNCH, "--data-dir", str(tmp_path / "till")], env=env,
                              capture_output=True, text=True, timeout=180)
        lines = [line for line in proc.stdout.splitlines() if not line.startswith("pos-till: preparing")]
        assert proc.returncode == 0, (attempt, proc.stdout, proc.stderr)
        assert lines[0] == "window shown", (attempt, lines)  # not waiting for the hub
        assert lines[1].startswith("pos-till: demo hub on http://127.0.0.1:"), (attempt, lines)
        assert any(line.startswith("connected") or line.endswith("connected") for line in lines), (attempt, lines)
