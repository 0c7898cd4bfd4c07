"""``make run``'s demo hub: ``pos-hub serve --demo`` in a subprocess with its data in the given
directory, answering on a loopback port, stopped on request."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
import requests

from pos_app.till.demo_hub import LocalHub


def test_demo_hub_runs_with_its_data_where_asked(tmp_path):
    hub = LocalHub(tmp_path / "demo-hub")
    assert hub.is_new
    token = hub.new_till_token("S1", "T1")
    assert hub.db_file.exists() and not hub.is_new  # the data is where we said, not the user data dir
    url = hub.start()
    try:
        assert url.startswith("http://127.0.0.1:")
        member = requests.get(f"{url}/v1/members/by-phone/+79123456789",
                              headers={"Authorization": f"Bearer {token}"}, timeout=(2, 5))
        assert member.status_code == 200 and member.json()["balance"]["available"] == 5000
    finally:
        hub.stop()
    assert hub._proc is None
    try:
        requests.get(f"{url}/v1/health", timeout=(1, 1))
        stopped = False
    except requests.ConnectionError:
        stopped = True
    assert stopped


# A till that starts a demo hub and then dies abruptly (SIGKILL: no finally, no atexit) must not leave the hub.
_TILL = r"""
import sys, threading, time
from pathlib import Path
from pos_app.till.demo_hub import LocalHub
hub = LocalHub(Path(sys.argv[1]))
if sys.argv[2] == "thread":  # spawned off the main thread: only the stdin pipe ends the hub
    t = threading.Thread(target=hub.spawn); t.start(); t.join()
else:
    hub.spawn()
hub.wait_ready()
print(hub._proc.pid, flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("spawned_from", ["main", "thread"])
def test_the_demo_hub_ends_when_its_till_is_killed(tmp_path, spawned_from):
    till = subprocess.Popen([sys.executable, "-c", _TILL, str(tmp_path / "demo-hub"), spawned_from],
                            stdout=subprocess.PIPE, text=True)
    hub_pid = 0
    try:
        hub_pid = int(till.stdout.readline())
        assert _alive(hub_pid)
        till.send_signal(signal.SIGKILL)
        till.wait(timeout=10)
        deadline = time.monotonic() + 10
        while _alive(hub_pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(hub_pid), "the demo hub outlived its till"
    finally:
        till.kill()
        if hub_pid and _alive(hub_pid):
            os.kill(hub_pid, signal.SIGKILL)
