"""Fixtures for the till's screens: a real till store in a temp dir, the real facade, the app
offscreen (pytest-qt), and network peers on loopback (a real hub, a port that never answers)."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless when run without make
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # two offscreen screens: the till's (800x800, primary, as the plain offscreen one) and the customer
    # display's (1024x768, to its right); the JSON's screen names order them (Qt sorts by name)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('two_screens.json')}"
os.environ.setdefault("POS_UI_SCALE", "1")  # the sizes of a 768 px high screen, whatever the offscreen screen is

from pos_app.hub.testing import running_hub
from pos_app.sync import Backoff, apply_catalog, pull_catalog, pull_rules
from pos_app.till import TillServices
from pos_app.ui.app import TillApp

CATALOG = {"version": 1, "full": True, "items": [
    {"sku": "PHONE1", "barcode": "4600000000011", "name": "Smartphone A55", "price": "32999.00",
     "category": "phones", "on_sale": False, "bonus_points": 990, "gift_points": None},
    {"sku": "GC1000", "barcode": "4600000000028", "name": "Gift card 1000", "price": "1000.00",
     "category": "gift_card", "on_sale": False, "bonus_points": 0, "gift_points": None},
    {"sku": "TV55", "barcode": "4600000000035", "name": "TV 55 4K", "price": "45999.00",
     "category": "tv", "on_sale": True, "bonus_points": 100, "gift_points": None},
]}


class BlackHole:
    """A TCP port that accepts connections and never answers."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.conns: list[socket.socket] = []
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.conns.append(conn)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stop = True
        for c in self.conns:
            c.close()
        self.sock.close()


@pytest.fixture
def black_hole():
    hole = BlackHole()
    yield hole
    hole.close()


@pytest.fixture
def open_till(tmp_path: Path):
    """``open_till(hub_url, token, catalog=None, start_sync=False)`` -> TillServices, closed afterwards."""
    opened: list[TillServices] = []

    def _open(hub_url: str, token: str = "", catalog: dict | None = None, start_sync: bool = False,
              **options) -> TillServices:
        services = TillServices.open(tmp_path / f"till{len(opened)}.db", hub_url=hub_url, till_token=token, seed=True,
                                     start_sync=start_sync, sync_options=options or None)
        if catalog is not None:
            apply_catalog(services.store, catalog)
        opened.append(services)
        return services

    yield _open
    for services in opened:
        services.close()


@pytest.fixture
def make_app(qtbot):
    """``make_app(services, language="en")`` -> TillApp with its window shown offscreen."""
    apps: list[TillApp] = []

    def _make(services: TillServices, language: str = "en") -> TillApp:
        till = TillApp(services, language=language)
        qtbot.addWidget(till.window)
        till.show()
        apps.append(till)
        return till

    yield _make
    for till in apps:
        till.close()


@pytest.fixture
def login(qtbot):
    def _login(till: TillApp, number: str = "1", pin: str = "1111") -> None:
        page = till.window.pages["login"]
        page.number.setText(number)
        page.pin.setText(pin)
        page.submit()
        qtbot.waitUntil(lambda: till.window.current.name != "login", timeout=5000)

    return _login



@pytest.fixture
def hub():
    """A real hub on a loopback port with the demo store (members anna, boris, vera, gleb)."""
    with running_hub() as handle:
        yield handle


@pytest.fixture
def receipts_file(tmp_path) -> Path:
    """Where the till's file printer writes its ESC/POS bytes."""
    return tmp_path / "receipts.bin"


@pytest.fixture
def hub_till(hub, open_till, receipts_file):
    """A till connected to ``hub``, syncing fast, with the hub's catalog and rules already pulled,
    printing to a file printer."""
    services = open_till(hub.url, hub.token, start_sync=False, idle_interval=0.2,
                         backoff=Backoff(base=0.1, cap=0.5), timeout=(1.0, 3.0))
    services.update_settings(printer={"kind": "file", "path": str(receipts_file)})
    pull_rules(services.store, services.hub)
    pull_catalog(services.store, services.hub)
    services.start_sync()
    return services
