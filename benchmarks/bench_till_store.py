"""The till's store and sync: durable sale commits per second and their p99 latency (target
under 10 ms), product look-up in a 100,000-item catalog, and the time to drain 10,000 queued
events to a real hub on loopback (target under 10 s). ``POS_BENCH_DRAIN`` sets the event count."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from pos_app.loyalty import Rules
from pos_app.sales import BasketLine, Product, SaleDraft, Tender, finish_sale
from pos_app.store import open_store
from pos_app.sync import Backoff, HubClient, OutboxRelay, apply_catalog, outbox_stats
from pos_app.till.catalog import find_product


def _sale(store, i: int, phone: str | None = None, store_id: str = "S1"):
    line = BasketLine(Product(sku=f"SKU{i % 100}", name="Item", price=Decimal("199.00"), category="misc", bonus_points=10))
    draft = SaleDraft((line,), (Tender("cash", Decimal("199.00")),), "1", member_phone=phone)
    return finish_sale(store, draft, Rules(), store_id=store_id, till_id="T1")


def bench_commits(tmp: Path, n: int = 1000) -> list[str]:
    store = open_store(tmp / "commits.db")
    for i in range(20):
        _sale(store, i)
    samples = []
    started = time.perf_counter()
    for i in range(n):
        t = time.perf_counter()
        _sale(store, i)
        samples.append(time.perf_counter() - t)
    total = time.perf_counter() - started
    samples.sort()
    p99 = samples[int(len(samples) * 0.99) - 1] * 1000
    store.close()
    return [f"durable sale commits: {n / total:.0f}/s, median {statistics.median(samples) * 1000:.2f} ms, "
            f"p99 {p99:.2f} ms (target p99 < 10 ms; WAL, synchronous=FULL)"]


def bench_lookup(tmp: Path, n: int = 100_000, probes: int = 2000) -> list[str]:
    store = open_store(tmp / "catalog.db")
    items = [{"sku": f"SKU{i:06d}", "barcode": f"46{i:011d}", "name": f"Item {i}", "price": "99.00",
              "category": "misc", "on_sale": False, "bonus_points": 1, "gift_points": None} for i in range(n)]
    t = time.perf_counter()
    apply_catalog(store, {"version": 1, "full": True, "items": items, "removed": []})
    loaded = time.perf_counter() - t
    samples = []
    for i in range(probes):
        code = f"46{(i * 7919) % n:011d}"
        t = time.perf_counter()
        find_product(store, code)
        samples.append(time.perf_counter() - t)
    samples.sort()
    store.close()
    return [f"catalog of {n} items written in {loaded:.1f} s; find_product by barcode p95 "
            f"{samples[int(probes * 0.95)] * 1000:.2f} ms"]


def bench_drain(tmp: Path, n: int) -> list[str]:
    """The hub runs as its own process (``pos-hub serve``, SQLite, its defaults), as it does in a chain:
    in this process it would share the till's interpreter lock and count the two as one."""
    from .bench_hub import HubProcess, _phone, _prepare

    members = 200
    store = open_store(tmp / "drain.db")
    for i in range(n):
        _sale(store, i, _phone(i % members), store_id="B1")  # the till bench_hub's hub knows
    hub_url = f"sqlite:///{tmp / 'drain-hub.sqlite3'}"
    token = _prepare(hub_url, members)
    hub = HubProcess(hub_url)
    try:
        relay = OutboxRelay(store, HubClient(hub.url, token, timeout=(2, 5)), batch_size=200,
                            backoff=Backoff(base=0.05, cap=1))
        t = time.perf_counter()
        while outbox_stats(store).waiting:
            outcome = relay.drain()
            if outcome.failed:
                time.sleep(outcome.retry_in or 0)
        took = time.perf_counter() - t
    finally:
        hub.stop()
    store.close()
    return [f"drain {n} queued events to a hub on loopback (its own process, SQLite): {took:.1f} s "
            f"({n / took:.0f} events/s; target 10,000 in < 10 s)"]


class _AckAll:
    """A minimal hub stand-in that acknowledges every event at once: isolates the till's own cost."""

    def __enter__(self) -> str:
        import json
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):
                events = json.loads(self.rfile.read(int(self.headers["Content-Length"])))["events"]
                data = json.dumps({"results": [{"id": e["id"], "status": "applied"} for e in events]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __exit__(self, *exc) -> None:
        self.server.shutdown()


def bench_relay_only(tmp: Path, n: int) -> list[str]:
    store = open_store(tmp / "relay.db")
    for i in range(n):
        _sale(store, i, "+79160000000")
    with _AckAll() as url:
        relay = OutboxRelay(store, HubClient(url, timeout=(2, 5)), batch_size=200)
        t = time.perf_counter()
        relay.drain()
        took = time.perf_counter() - t
    assert outbox_stats(store).waiting == 0
    store.close()
    return [f"the till's side of draining {n} events (a stand-in hub that acknowledges at once): {took:.1f} s"]


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="bench-till-") as tmp:
        path = Path(tmp)
        n = int(os.environ.get("POS_BENCH_DRAIN", "10000"))
        return bench_commits(path) + bench_lookup(path) + bench_relay_only(path, n) + bench_drain(path, n)
