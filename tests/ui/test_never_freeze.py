"""The window never freezes: no store or hub call runs on the GUI thread, and a hub that accepts
connections and never answers does not stop the event loop (a 10 ms timer keeps firing through a
look-up that hangs for the whole read timeout). Speed itself is measured by ``make bench``."""

from __future__ import annotations

import threading
import time

from pos_app.ui.qt import Qt, QTimer

from .conftest import CATALOG
from .helpers import press, scan, type_enter, wait_idle


class CallThreads:
    """Records the thread of every store transaction and every hub request of one till (wrapping that
    till's own objects: nothing global is patched)."""

    def __init__(self, services) -> None:
        self.gui = threading.get_ident()
        self.on_gui: list[str] = []
        self.calls = 0
        store, hub = services.store, services.hub
        for name in ("read", "write"):
            self._wrap(store, name, f"store.{name}")
        self._wrap(hub, "_request", "hub request")

    def _wrap(self, obj, name: str, label: str) -> None:
        inner = getattr(obj, name)

        def recorded(*args, **kwargs):
            self.calls += 1
            if threading.get_ident() == self.gui:
                self.on_gui.append(f"{label} {args[:2]!r}")
            return inner(*args, **kwargs)

        setattr(obj, name, recorded)


def test_no_store_or_hub_call_runs_on_the_gui_thread(qtbot, hub, hub_till, make_app, login):
    till = make_app(hub_till)
    calls = CallThreads(hub_till)  # from here on: every screen, every key
    login(till)
    press(qtbot, till, Qt.Key.Key_F2)
    type_enter(qtbot, till.window.pages["member"].phone, "9123456789")
    wait_idle(qtbot, till)
    press(qtbot, till, Qt.Key.Key_F12)
    scan(qtbot, till, "4600000000066")
    press(qtbot, till, Qt.Key.Key_F12)
    pay = till.window.pages["payment"]
    type_enter(qtbot, pay.cash_edit, "4000")
    qtbot.waitUntil(lambda: pay.done is not None, timeout=10000)
    wait_idle(qtbot, till)
    till.window.poll_status()
    wait_idle(qtbot, till)
    assert calls.calls > 5  # the recorder saw the sale's reads and writes and the hub look-up
    assert calls.on_gui == []


def test_a_silent_hub_never_stops_the_event_loop(qtbot, open_till, make_app, login, black_hole):
    services = open_till(black_hole.url, catalog=CATALOG, timeout=(2.0, 2.0))
    till = make_app(services)
    login(till)
    till.window.go("member")
    page = till.window.pages["member"]

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    type_enter(qtbot, page.phone, "9123456789")
    assert page.looking_up  # the look-up went to the worker; we are back on the event loop at once
    started = time.perf_counter()
    qtbot.wait(2500)  # longer than the hub's 2 s read timeout: a blocked loop would fire nothing meanwhile
    during = [t for t in ticks if t >= started]
    # a GUI thread blocked on the hub would leave one gap as long as the read timeout
    assert during and max(b - a for a, b in zip([started] + during, during)) < 2.0

    # the till's own store is a separate queue: a scan still lands while the hub call hangs
    till.window.go("sale")
    type_enter(qtbot, till.window.pages["sale"].scan, "PHONE1")
    qtbot.waitUntil(lambda: len(till.ctx.basket.lines) == 1, timeout=3000)

    # the read timeout ends the look-up with a clear message, not a hang
    qtbot.waitUntil(lambda: not page.looking_up, timeout=10000)
    timer.stop()
    assert page.message.text() == "The hub cannot be reached. Try again later."
