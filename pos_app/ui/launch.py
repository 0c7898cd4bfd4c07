"""``pos-till``: open the till's store, start the demo hub unless a hub is configured, run the window.

- ``pos-till`` (what ``make run`` does): the till's data under the user data dir. A till that has no
  hub of its own yet gets a demo hub (``pos-hub serve --demo``) on a free loopback port, in a
  subprocess with its data beside the till's. The window shows at once and the till connects when the
  hub answers (a thread, never the GUI thread). The hub ends with the till, however the till ends.
- ``pos-till --hub URL --token TOKEN``: use that hub from now on (no demo hub).
- ``pos-till --demo-program prozis`` (or ``POS_DEMO_PROGRAM=prozis make run``): the demo hub seeds the
  Slovak ProzisPoints-style store (EUR, +421 members) instead of the Russian one; the till keeps its data
  apart (``<data dir>/demo-prozis`` unless ``--data-dir`` is given), prints receipts in Slovak on CP852 and
  shows the screens in Slovak unless ``--language`` says otherwise.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from pathlib import Path

log = logging.getLogger("pos-till")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from pos_app.config import LANGUAGES  # Qt-free: the screen languages the till.toml file may name

    parser.add_argument("--data-dir", type=Path,
                        help="the till's data directory (default: $POS_TILL_DATA_DIR, else the user data dir)")
    parser.add_argument("--hub", metavar="URL", help="use this hub (and stop starting the demo hub)")
    parser.add_argument("--token", help="the till's bearer token for --hub (pos-hub till add STORE TILL)")
    parser.add_argument("--language", choices=tuple(LANGUAGES), help="the screen language (saved as a setting)")
    parser.add_argument("--demo-program", choices=("ru", "prozis"), default=os.environ.get("POS_DEMO_PROGRAM") or "ru",
                        help="the demo hub's store: ru (electronics, RUB) or prozis (Slovakia, EUR); "
                             "default $POS_DEMO_PROGRAM, else ru")


def _data_dir(path: Path | None) -> Path:
    """``--data-dir``, else ``till.toml``'s ``data_dir``, else the store's default place
    (``$POS_TILL_DATA_DIR`` or the user data directory, as ``pos_app.till.data_dir`` says); made private
    to the user (0700 on POSIX): the store in it holds the till's hub token."""
    from pos_app.till import data_dir, private_dir

    return private_dir(path if path is not None else data_dir())


def run(args: argparse.Namespace) -> int:
    from pos_app.config import apply_to_till, load_config_for_start
    from pos_app.till import TillServices

    from pos_app.till.demo_hub import DEMO_TILL_SETTINGS, LocalHub

    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    config = load_config_for_start()  # IT's pre-seeded hub address and token (pos_app/config.py)
    program = getattr(args, "demo_program", "ru")
    explicit = args.data_dir or config.data_path()
    if explicit is None and program != "ru":  # another demo store: its own till data and demo hub
        from pos_app.till import data_dir as default_data_dir

        explicit = default_data_dir() / f"demo-{program}"
    data_dir = _data_dir(explicit)
    services = TillServices.open(data_dir / "till.db", start_sync=False)
    apply_to_till(services, config)
    hub: LocalHub | None = None
    connecting: _DemoHubConnection | None = None
    try:
        settings = services.settings()
        if args.hub:
            services.update_settings(hub_url=args.hub, till_token=args.token or settings["till_token"],
                                     demo_hub=False)
        elif (not getattr(sys, "frozen", False)  # the packaged till has no hub inside it to start
              and settings.get("demo_hub", True) and (settings.get("demo_hub") or not settings["till_token"])):
            hub = LocalHub(data_dir / "demo-hub", program)
            token = settings["till_token"] if not hub.is_new and settings.get("demo_hub") else ""
            # the window shows at once; the hub starts beside it and the till connects when it answers
            hub.spawn()  # from the main thread: on Linux the kernel also ends the hub with this process
            changes = {}
            demo = DEMO_TILL_SETTINGS[program]
            if not settings.get("printer"):
                changes["printer"] = {"kind": "file", "path": str(data_dir / "receipts.bin"),
                                      "code_page": demo["code_page"]}
            if program != "ru":  # the Russian demo keeps the till's defaults
                changes["receipt_language"] = demo["receipt_language"]
                if not args.language:
                    changes["language"] = demo["language"]
            if changes:
                services.update_settings(**changes)
            if not services.settings().get("demo_fiscal"):  # the demo sells on the register emulator (issue 15),
                services.save_fiscal_settings("emulator", {"path": str(data_dir / "fiscal-emulator.json")},
                                              services.points_mode())  # once: a supervisor may choose another
                services.update_settings(demo_fiscal=True)
            connecting = _DemoHubConnection(services, hub, token)
        if args.language:
            services.update_settings(language=args.language)
        if connecting is None:
            services.start_sync()
        else:
            connecting.start()
        return _run_window(services)
    finally:
        if connecting is not None:
            connecting.cancel()
        waiting = services.close()
        if waiting:
            print(f"pos-till: {waiting} events are waiting for the hub; they are kept and sent next time.")
        if hub is not None:
            hub.stop()


class _DemoHubConnection(threading.Thread):
    """*Network, off the GUI thread.* Wait for the demo hub, issue this till's token on a first run, point
    the till at the hub, pull the demo staff (the login screen looks again until they are there), sync."""

    def __init__(self, services, hub, token: str) -> None:
        super().__init__(name="demo-hub-connect", daemon=True)
        self.services, self.hub, self.token = services, hub, token
        self._lock = threading.Lock()
        self._cancelled = False

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True

    def run(self) -> None:
        from pos_app.till import DEFAULT_CASHIERS

        services = self.services
        try:
            url = self.hub.wait_ready()
            token = self.token
            if not token:
                print("pos-till: preparing the demo hub (first run)…\n", end="", flush=True)  # one write per line
                ids = services.settings()
                token = self.hub.new_till_token(ids["store_id"], ids["till_id"], seed=False)  # serve --demo seeded
            print(f"pos-till: demo hub on {url} (SMS codes are in {self.hub.log_file})\n", end="", flush=True)
            with self._lock:
                if self._cancelled:
                    return
                services.update_settings(hub_url=url, till_token=token, demo_hub=True)
            try:
                services.pull_now()  # the demo staff (1/1111, 2/2222, 9/9999) come from the demo hub
            except Exception as exc:  # noqa: BLE001 - the sync pulls again; the login screen says why nobody can log in
                log.warning("the first pull from the demo hub failed: %s", exc)
            with self._lock:
                if self._cancelled:
                    return
                services.start_sync()
            print("pos-till: log in as " + ", ".join(f"{n}/{pin} ({role})" for n, _, role, pin in DEFAULT_CASHIERS)
                  + "\n", end="", flush=True)
        except Exception as exc:  # noqa: BLE001 - the till works offline; say why it is not connected
            if not self._cancelled:
                log.warning("the demo hub is not available: %s", exc)


def _run_window(services) -> int:
    from .app import TillApp, application

    from .qt import QTimer

    app = application(sys.argv[:1])
    till = TillApp(services, app=app)
    till.show()
    # Ctrl+C in the terminal or a SIGTERM quits cleanly (the demo hub is stopped, nothing is lost);
    # the timer lets Python run its signal handlers while Qt's loop is waiting.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: app.quit())
    wake = QTimer()
    wake.start(250)
    wake.timeout.connect(lambda: None)
    code = app.exec()
    till.close()
    return code
