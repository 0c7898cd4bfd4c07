"""The till's screens: start-up to a usable sale screen, and scan-to-line with 100,000 products.

Targets: start-up under 1.5 s, scan-to-line p95 under 30 ms. Offscreen Qt, a real till store;
the hub address points at a closed port (the till starts offline, as it must be able to).
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


def run() -> list[str]:
    from pos_app.sync import apply_catalog
    from pos_app.till import TillServices

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "till.db"
        services = TillServices.open(db, hub_url="http://127.0.0.1:9", start_sync=False)
        t0 = time.perf_counter()
        apply_catalog(services.store, _catalog(CATALOG_SIZE))
        load_s = time.perf_counter() - t0
        services.close()
        starts = startup_seconds(db)
        scans = scan_to_line_ms(db)
    p95 = statistics.quantiles(scans, n=100)[94]
    return [
        f"catalog of {CATALOG_SIZE:,} products written in {load_s:.1f} s",
        f"start-up to a usable sale screen (new process, imports included): median {statistics.median(starts):.2f} s, "
        f"max {max(starts):.2f} s (target < 1.5 s)",
        f"scan-to-line over {SCANS} scans: median {statistics.median(scans):.1f} ms, p95 {p95:.1f} ms, "
        f"max {max(scans):.1f} ms (target p95 < 30 ms)",
    ]


if __name__ == "__main__":
    print("\n".join(run()))
