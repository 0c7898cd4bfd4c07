"""The till's screens: start-up to a usable sale screen, scan-to-line with 100,000 products, and the
cashier's two waits of issue 13: Enter on a phone to the member card shown, and F12 to the receipt's last
byte at a network printer.

Targets: start-up under 1.5 s, scan-to-line p95 under 30 ms (the hub address points at a closed port: the
till starts offline, as it must be able to); member look-up p95 under 50 ms against a hub on loopback
with 1,000,000 members (``pos-hub serve`` in its own process, the database ``bench_hub`` builds and keeps
in ``.bench/``; ``BENCH_UI_MEMBERS`` changes the count); F12 to the receipt's last byte p95 under 150 ms
at a loopback network printer (a socket server here that answers status requests as a printer does and
notes when the receipt's last byte arrived). Offscreen Qt, a real till store, keys sent as a cashier would.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CATALOG_SIZE = 100_000
SCANS = 300
MEMBERS = int(os.environ.get("BENCH_UI_MEMBERS", "1000000"))
LOOKUPS = 200
RECEIPTS = 60

_STARTUP = r"""
import time, sys
t0 = time.perf_counter()
from pos_app.till import TillServices
from pos_app.ui.app import TillApp, application
app = application()
services = TillServices.open(sys.argv[1], hub_url="http://127.0.0.1:9", start_sync=False)
till = TillApp(services, language="ru")
window = till.show()
page = window.pages["login"]
page.number.setText("1"); page.pin.setText("1111"); page.submit()
from pos_app.ui.qt import QEventLoop
while window.current.name != "sale":
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
app.processEvents()
print(time.perf_counter() - t0)
"""


def _catalog(n: int) -> dict:
    cats = ["phones", "laptops", "tv", "audio", "gift_card", "accessories"]
    items = [{"sku": f"SKU{i:06d}", "barcode": f"46{i:011d}", "name": f"Товар {i}", "price": f"{(i * 7919) % 90000 + 99}.00",
              "category": cats[i % len(cats)], "on_sale": i % 13 == 0, "bonus_points": (i * 13) % 900,
              "gift_points": None} for i in range(n)]
    return {"version": 1, "full": True, "items": items}


def startup_seconds(db: Path, runs: int = 3) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-c", _STARTUP, str(db)], capture_output=True, text=True, env=env,
                              timeout=120)
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr[-2000:])
        out.append(float(proc.stdout.strip().splitlines()[-1]))
    return out


def scan_to_line_ms(db: Path) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pos_app.till import TillServices
    from pos_app.ui.app import TillApp, application
    from pos_app.ui.qt import QEventLoop, Qt, QTest

    app = application()
    services = TillServices.open(db, hub_url="http://127.0.0.1:9", start_sync=False)
    till = TillApp(services, language="ru")
    window = till.show()
    login = window.pages["login"]
    login.number.setText("1")
    login.pin.setText("1111")
    login.submit()
    while window.current.name != "sale":
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    page = window.pages["sale"]
    samples = []
    for k in range(SCANS):
        if k % 50 == 0:
            till.ctx.basket.clear()
            page.refresh()
        code = f"46{(k * 331) % CATALOG_SIZE:011d}"
        rows = page.table.model().rowCount()
        page.scan.setText(code)
        t0 = time.perf_counter()
        QTest.keyClick(page.scan, Qt.Key.Key_Return)
        while page.table.model().rowCount() == rows:  # sleep in Qt's loop until the answer arrives
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        samples.append((time.perf_counter() - t0) * 1000)
    till.close()
    services.close()
    return samples


class LoopbackPrinter:
    """A network receipt printer on loopback: answers DLE EOT status requests "ready" (0x12) and, per
    connection (one per job), queues the time the last byte of the job (not a status request) arrived."""

    def __init__(self) -> None:
        import queue
        import socket
        import threading

        self.jobs: queue.Queue[float] = queue.Queue()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        import threading

        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._job, args=(conn,), daemon=True).start()

    def _job(self, conn) -> None:
        last = None
        with conn:
            while chunk := conn.recv(65536):
                t = time.perf_counter()
                asks = chunk.count(b"\x10\x04")
                if asks:
                    conn.sendall(b"\x12" * asks)
                if len(chunk) > 3 * asks:
                    last = t
        if last is not None:
            self.jobs.put(last)

    def close(self) -> None:
        self._server.close()


def _logged_in_till(db: Path, hub_url: str, token: str = ""):
    from pos_app.till import TillServices
    from pos_app.ui.app import TillApp, application

    app = application()
    services = TillServices.open(db, hub_url=hub_url, till_token=token, start_sync=False, seed=True)
    till = TillApp(services, language="ru")
    window = till.show()
    login = window.pages["login"]
    login.number.setText("1")
    login.pin.setText("1111")
    login.submit()
    _wait(app, lambda: window.current.name == "sale")
    return app, services, till, window


def _wait(app, done, timeout: float = 30.0) -> None:
    from pos_app.ui.qt import QEventLoop

    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError("the till did not answer in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def member_lookup_ms(db: Path) -> tuple[list[float], float]:
    """Enter on a phone typed in the member screen to the member's card shown, against a hub on loopback
    with ``MEMBERS`` members; (samples in ms, seconds to build or open the hub database)."""
    import random
    from datetime import datetime, timezone

    from benchmarks.bench_hub import HubProcess, _million_member_db
    from pos_app.hub.server import open_hub
    from pos_app.hub.tills import add_till
    from pos_app.ui.qt import Qt, QTest

    t0 = time.perf_counter()
    url = _million_member_db(MEMBERS)
    build_s = time.perf_counter() - t0
    hub_db = open_hub(url)
    with hub_db.db.write() as s:
        token = add_till(s, "S1", "UI", at=datetime.now(timezone.utc), actor="bench")
    hub_db.db.dispose()
    hub = HubProcess(url)
    try:
        app, services, till, window = _logged_in_till(db, hub.url, token)
        QTest.keyClick(window.current, Qt.Key.Key_F2)
        _wait(app, lambda: window.current.name == "member")
        page = window.pages["member"]
        rnd = random.Random(13)
        samples = []
        for k in range(LOOKUPS + 10):
            i = rnd.randrange(MEMBERS)
            phone = f"+79{i:09d}"
            page.phone.setFocus()
            page.phone.setText(phone)
            t = time.perf_counter()
            QTest.keyClick(app.focusWidget() or page.phone, Qt.Key.Key_Return)
            _wait(app, lambda: not page.looking_up and page.found is not None and page.found.phone == phone)
            if k >= 10:  # the first look-ups warm the connection and the hub's caches
                samples.append((time.perf_counter() - t) * 1000)
        till.close()
        services.close()
    finally:
        hub.stop()
    return samples, build_s


def receipt_ms(db: Path) -> list[float]:
    """F12 (finish the payment, by card) to the receipt's last byte at a loopback network printer."""
    from pos_app.till.printer_setting import printer_from_form
    from pos_app.ui.qt import Qt, QTest

    printer = LoopbackPrinter()
    try:
        app, services, till, window = _logged_in_till(db, "http://127.0.0.1:9")
        services.update_settings(printer=printer_from_form("network", f"127.0.0.1:{printer.port}", None))
        sale, pay = window.pages["sale"], window.pages["payment"]
        samples = []
        for k in range(RECEIPTS + 3):
            till.ctx.basket.clear()
            sale.refresh()
            rows = sale.table.model().rowCount()
            sale.scan.setText(f"46{(k * 331) % CATALOG_SIZE:011d}")
            QTest.keyClick(sale.scan, Qt.Key.Key_Return)
            _wait(app, lambda: sale.table.model().rowCount() > rows)
            QTest.keyClick(window.current, Qt.Key.Key_F12)
            _wait(app, lambda: window.current.name == "payment" and pay.quote is not None and not pay.busy)
            pay.set_tender("card")
            t = time.perf_counter()
            QTest.keyClick(window.current, Qt.Key.Key_F12)
            _wait(app, lambda: not printer.jobs.empty())
            last_byte = printer.jobs.get()
            if k >= 3:
                samples.append((last_byte - t) * 1000)
            QTest.keyClick(window.current, Qt.Key.Key_F11)  # new sale
            _wait(app, lambda: window.current.name == "sale")
        till.close()
        services.close()
    finally:
        printer.close()
    return samples


def run() -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pos_app.sync import apply_catalog
    from pos_app.till import TillServices

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "till.db"
        services = TillServices.open(db, hub_url="http://127.0.0.1:9", start_sync=False)
        t0 = time.perf_counter()
        apply_catalog(services.store, _catalog(CATALOG_SIZE))
        load_s = time.perf_counter() - t0
        services.close()
        only = os.environ.get("BENCH_UI_ONLY", "")  # e.g. "waits": only the member look-up and the receipt
        starts = startup_seconds(db) if only != "waits" else []
        scans = scan_to_line_ms(db) if only != "waits" else []
        lookups, build_s = member_lookup_ms(db)
        receipts = receipt_ms(db)
    waits = [
        f"Enter on a phone to the member card shown, {MEMBERS:,} members on a loopback hub (database ready in "
        f"{build_s:.0f} s), {len(lookups)} look-ups: {_summary(lookups)} (target p95 < 50 ms)",
        f"F12 to the receipt's last byte at a loopback network printer, {len(receipts)} sales by card: "
        f"{_summary(receipts)} (target p95 < 150 ms)",
    ]
    if only == "waits":
        return waits
    p95 = statistics.quantiles(scans, n=100)[94]
    return waits + [
        f"catalog of {CATALOG_SIZE:,} products written in {load_s:.1f} s",
        f"start-up to a usable sale screen (new process, imports included): median {statistics.median(starts):.2f} s, "
        f"max {max(starts):.2f} s (target < 1.5 s)",
        f"scan-to-line over {SCANS} scans: median {statistics.median(scans):.1f} ms, p95 {p95:.1f} ms, "
        f"max {max(scans):.1f} ms (target p95 < 30 ms)",
    ]


def _summary(ms: list[float]) -> str:
    return (f"median {statistics.median(ms):.1f} ms, p95 {statistics.quantiles(ms, n=100)[94]:.1f} ms, "
            f"max {max(ms):.1f} ms")


if __name__ == "__main__":
    print("\n".join(run()))
