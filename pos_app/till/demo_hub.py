"""A demo hub for ``make run``: ``pos-hub serve --demo`` in a subprocess on a free loopback port,
with its SQLite file under the till's data directory. Plain Python, no Qt."""

from __future__ import annotations

import functools
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests

START_TIMEOUT_S = 30.0
DEMO_REGIONS = {"ru": "RU", "prozis": "SK"}  # the demo programs' countries (pos_app.hub.demo)
DEMO_TILL_SETTINGS = {  # what a till set up for a demo program uses: receipts, screen, demo printer
    "ru": {"receipt_language": "ru", "language": "ru", "code_page": "CP866"},
    "prozis": {"receipt_language": "sk", "language": "sk", "code_page": "CP852"},
}
HUB_NICENESS = 5


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalHub:
    """``program``: the demo store the hub seeds and serves (``ru`` or ``prozis``: ``pos-hub --program``)."""

    def __init__(self, directory: Path, program: str = "ru") -> None:
        self.program = program
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.db_file = self.directory / "hub.sqlite3"
        self.db_url = f"sqlite:///{self.db_file}"
        self.log_file = self.directory / "hub.log"
        self.url = ""
        self._proc: subprocess.Popen | None = None

    def _cli(self, *args: str) -> list[str]:
        # --db after the sub-command: argparse lets a sub-command's default override an earlier value
        return [sys.executable, "-m", "pos_app.hub_cli", *args, "--db", self.db_url]

    @property
    def is_new(self) -> bool:
        return not self.db_file.exists()

    def new_till_token(self, store: str, till: str, seed: bool = True) -> str:
        """Seed the demo store (unless the running hub did) and issue a till token (``pos-hub till add``)."""
        if seed:
            subprocess.run(self._cli("demo", "--program", self.program), check=True, capture_output=True,
                           timeout=120)
        proc = subprocess.run(self._cli("till", "add", store, till), check=True, capture_output=True, text=True,
                              timeout=60)
        return proc.stdout.strip().splitlines()[-1]

    def start(self) -> str:
        self.spawn()
        return self.wait_ready()

    def spawn(self) -> str:
        """Start the hub process (no wait) and return its address. It ends with this process whatever way
        this one ends: it stops when its stdin (a pipe only we hold) closes, and on Linux the kernel also
        sends it SIGTERM when the spawning thread ends (so spawn from the main thread for that)."""
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        log = open(self.log_file, "ab")  # noqa: SIM115 - handed to the child
        self._proc = subprocess.Popen(self._cli("serve", "--host", "127.0.0.1", "--port", str(port), "--demo",
                                                "--program", self.program, "--exit-with-stdin"),
                                      stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT,
                                      preexec_fn=None if sys.platform == "win32" else functools.partial(
                                          _child_setup, die_with_parent=_main_thread_on_linux()))
        log.close()
        return self.url

    def wait_ready(self) -> str:
        """*Network.* Wait until the spawned hub answers; its address."""
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"the demo hub exited; see {self.log_file}")
            try:
                if requests.get(f"{self.url}/v1/health", timeout=(0.5, 1.0)).ok:
                    return self.url
            except requests.RequestException:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"the demo hub did not start in {START_TIMEOUT_S:.0f} s; see {self.log_file}")

    def last_sms_code(self, phone: str) -> str | None:
        """The newest code the demo hub's console gateway "sent" to ``phone`` (from its log; masked there)."""
        import re

        from pos_app.loyalty import mask_phone, normalize_phone

        prefix = f"SMS to {mask_phone(normalize_phone(phone, DEMO_REGIONS.get(self.program, 'RU')))}: "
        lines = self.log_file.read_text(encoding="utf-8", errors="replace").splitlines() if self.log_file.exists() else []
        for line in reversed(lines):
            if prefix in line:
                match = re.search(r"\b(\d{6})\b", line.split(prefix, 1)[1])
                return match.group(1) if match else None
        return None

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        if proc.stdin is not None:
            proc.stdin.close()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def _main_thread_on_linux() -> bool:
    # PR_SET_PDEATHSIG fires when the *thread* that forked ends, not the process
    return sys.platform.startswith("linux") and threading.current_thread() is threading.main_thread()


def _child_setup(die_with_parent: bool) -> None:  # pragma: no cover - runs in the child between fork and exec
    import os

    try:
        os.nice(HUB_NICENESS)  # the till's window first: on a busy machine the hub's start waits for it
    except OSError:
        pass
    if die_with_parent:  # decided in the parent: after the fork every thread looks like the main one
        _die_with_parent()


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    import ctypes
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGTERM), 0, 0, 0)  # PR_SET_PDEATHSIG = 1
    except Exception:  # noqa: BLE001 - the stdin pipe still ends the hub
        pass
