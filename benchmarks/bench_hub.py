"""The loyalty hub: events applied per second over loopback with 20 client threads (SQLite and
PostgreSQL), and the p99 of a member look-up by phone with 1,000,000 members.

Targets: >= 1,000 events/s on PostgreSQL; look-up p99 under 20 ms. The hub runs as its own process
(``pos-hub serve``), as in production; clients are ``requests`` sessions in threads. PostgreSQL is a
throwaway durable server (``tests/hub/hub_pg_server.py``), skipped with a note when it cannot start.
The 1M-member SQLite file is kept in ``.bench/`` and reused.

Wall-clock rates depend on what else the machine runs, so each line also gives the CPU time per event
of the hub's processes, of the PostgreSQL server (all its processes) and of this client process, read
from ``/proc`` (Linux; left out elsewhere). Their sum bounds the rate one machine can reach."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / ".bench"
sys.path.insert(0, str(ROOT / "tests" / "hub"))

THREADS = 20
BATCH = 50
MEMBERS = 1000


def _phone(i: int) -> str:
    return f"+7916{i:07d}"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class HubProcess:
    def __init__(self, db_url: str, workers: int = 1):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, POS_HUB_DB=db_url, PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen([sys.executable, "-m", "pos_app.hub_cli", "serve", "--port", str(self.port),
                                      "--workers", str(workers)],
                                     env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/v1/health", timeout=(1, 2)).status_code == 200:
                    return
            except requests.ConnectionError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("hub did not start")

    def cpu_seconds(self) -> float | None:
        """User+system CPU of the hub process and its worker processes so far (Linux /proc; else None)."""
        return _tree_cpu_seconds(self.proc.pid)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def _tree_cpu_seconds(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        total = sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")  # own and reaped children
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except (OSError, ValueError, IndexError):
        return None
    return total + sum(_tree_cpu_seconds(int(child)) or 0.0 for child in children)


def _prepare(db_url: str, members: int) -> str:
    from pos_app.hub.server import open_hub
    from pos_app.hub.members.create import create_member
    from pos_app.hub.tills import add_till

    hub = open_hub(db_url)
    with hub.db.write() as s:
        for i in range(members):
            create_member(s, phone=_phone(i), birth_date=date(1990, 1, 1), at=datetime.now(timezone.utc))
        token = add_till(s, "B1", "T1", at=datetime.now(timezone.utc), actor="bench")
    hub.db.dispose()
    return token


def _sale_event(n: int) -> dict:
    now = datetime.now(timezone.utc).isoformat()
    line = {"line_no": 1, "sku": "PH-001", "name": "Phone", "category": "phones", "price": "24999.00", "qty": 1,
            "bonus_points": 1250, "on_sale": False, "credit": False, "gift_points": None, "redeem_points": 0,
            "bonus_payment": "0.00", "accrual_points": 1250}
    return {"id": str(uuid.uuid4()), "kind": "sale.finished", "created_at": now, "payload": {
        "store": "B1", "till": "T1", "receipt_no": f"B1-{uuid.uuid4().hex[:16]}", "sold_at": now, "cashier": "1",
        "member_phone": _phone(n % MEMBERS), "tender": "card", "tenders": [{"kind": "card", "amount": "24999.00"}],
        "lines": [line], "total": "24999.00", "bonus_payment": "0.00", "redeem_points": 0, "gift_points": 0,
        "accrual_points": 1250, "offline": False, "supervisor": None, "redeem_token": None}}


@dataclass(frozen=True)
class Throughput:
    events_per_s: float
    hub_cpu_ms: float | None  # hub CPU (all its processes) per event
    client_cpu_ms: float  # CPU of this (client) process per event
    db_cpu_ms: float | None = None  # the database server's CPU per event (PostgreSQL)

    def __str__(self) -> str:
        hub = f"hub CPU {self.hub_cpu_ms:.2f} ms/event, " if self.hub_cpu_ms is not None else ""
        db = f"PostgreSQL CPU {self.db_cpu_ms:.2f} ms/event, " if self.db_cpu_ms is not None else ""
        return f"{self.events_per_s:.0f} events/s ({hub}{db}client CPU {self.client_cpu_ms:.2f} ms/event)"


def _per_event(before: float | None, after: float | None, n: int) -> float | None:
    return None if before is None or after is None else (after - before) * 1000 / n


def events_per_second(db_url: str, total: int, workers: int = 1, db_pid: int | None = None) -> Throughput:
    token = _prepare(db_url, MEMBERS)
    hub = HubProcess(db_url, workers)
    headers = {"Authorization": f"Bearer {token}"}
    per_thread = total // THREADS
    batches = [[[_sale_event(t * per_thread + i + b) for i in range(BATCH)] for b in range(0, per_thread, BATCH)]
               for t in range(THREADS)]
    errors: list[str] = []

    def client(mine):
        with requests.Session() as session:
            for batch in mine:
                r = session.post(hub.url + "/v1/events", json={"events": batch}, headers=headers, timeout=(3, 120))
                if r.status_code != 200 or any(x["status"] != "applied" for x in r.json()["results"]):
                    errors.append(r.text[:200])

    try:
        threads = [threading.Thread(target=client, args=(batches[t],)) for t in range(THREADS)]
        db_cpu0 = _tree_cpu_seconds(db_pid) if db_pid else None
        hub_cpu0, client_cpu0, t0 = hub.cpu_seconds(), time.process_time(), time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - t0
        hub_cpu1, client_cpu1 = hub.cpu_seconds(), time.process_time()
        db_cpu1 = _tree_cpu_seconds(db_pid) if db_pid else None
    finally:
        hub.stop()
    if errors:
        raise RuntimeError(f"{len(errors)} failed batches, e.g. {errors[0]}")
    n = (per_thread // BATCH) * BATCH * THREADS
    return Throughput(n / elapsed, _per_event(hub_cpu0, hub_cpu1, n), (client_cpu1 - client_cpu0) * 1000 / n,
                      _per_event(db_cpu0, db_cpu1, n))


def _million_member_db(n: int = 1_000_000) -> str:
    BENCH_DIR.mkdir(exist_ok=True)
    path = BENCH_DIR / f"hub-{n}.sqlite3"
    url = f"sqlite:///{path}"
    if path.exists():
        return url
    from sqlalchemy import insert

    from pos_app.hub.db.models import Lot, Member, LedgerMovement
    from pos_app.hub.server import open_hub

    hub = open_hub(url + ".tmp" if False else url)
    now = datetime.now(timezone.utc)
    chunk = 50_000
    with hub.db.write() as s:
        for start in range(0, n, chunk):
            s.execute(insert(Member), [
                {"member_id": f"{i:032x}", "phone": f"+79{i:09d}", "first_name": None, "birth_date": date(1990, 1, 1),
                 "email": None, "consent_rules": True, "consent_marketing": False, "registered_at": now,
                 "source": "import"} for i in range(start, min(n, start + chunk))])
        step = max(1, n // 20_000)  # every 50th member has a purchase: a lot and its accrual
        rows = list(range(0, n, step))
        s.execute(insert(Lot), [{"id": k + 1, "member_id": f"{i:032x}", "sale_id": None, "points": 100,
                                 "remaining": 100, "earned_at": now, "available_at": now, "expires_at": now.replace(
                                     year=now.year + 1), "cancelled": False, "expired": False}
                                for k, i in enumerate(rows)])
        s.execute(insert(LedgerMovement), [{"member_id": f"{i:032x}", "at": now, "effective_at": now, "kind": "accrual",
                                      "points": 100, "lot_id": k + 1} for k, i in enumerate(rows)])
    hub.db.dispose()
    return url


def lookup_latencies(n_members: int = 1_000_000, samples: int = 3000) -> tuple[float, float, float, float | None]:
    """(p50 ms, p99 ms, seconds to build the database, hub CPU ms per look-up)."""
    import random

    t0 = time.perf_counter()
    url = _million_member_db(n_members)
    build_s = time.perf_counter() - t0
    from pos_app.hub.server import open_hub
    from pos_app.hub.tills import add_till

    hub_db = open_hub(url)
    with hub_db.db.write() as s:
        token = add_till(s, "B1", "LOOKUP", at=datetime.now(timezone.utc), actor="bench")
    hub_db.db.dispose()
    hub = HubProcess(url)
    rnd = random.Random(7)
    headers = {"Authorization": f"Bearer {token}"}
    latencies = []
    cpu0 = None
    try:
        with requests.Session() as session:
            for k in range(samples + 200):
                i = rnd.randrange(n_members) if k % 2 else rnd.randrange(0, n_members, 50)
                t = time.perf_counter()
                r = session.get(f"{hub.url}/v1/members/by-phone/+79{i:09d}", headers=headers, timeout=(3, 10))
                dt = time.perf_counter() - t
                if r.status_code != 200:
                    raise RuntimeError(f"lookup failed: {r.status_code} {r.text[:200]}")
                if k == 199:
                    cpu0 = hub.cpu_seconds()
                if k >= 200:
                    latencies.append(dt * 1000)
        cpu_ms = _per_event(cpu0, hub.cpu_seconds(), samples)
    finally:
        hub.stop()
    latencies.sort()
    return statistics.median(latencies), latencies[int(len(latencies) * 0.99)], build_s, cpu_ms


def run() -> list[str]:
    import tempfile

    import hub_pg_server

    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        rate = events_per_second(f"sqlite:///{tmp}/hub.sqlite3", total=4000)
        lines.append(f"events applied, SQLite (WAL, synchronous=FULL): {rate} "
                     f"({THREADS} client threads, batches of {BATCH})")
    reason = hub_pg_server.why_not()
    server = None
    try:
        if reason is None:
            server = hub_pg_server.start_postgres(durable=True)
            for workers in (1, 2):
                rate = events_per_second(server.create_database(f"bench{workers}"), total=4000, workers=workers,
                                         db_pid=server.pid)
                lines.append(f"events applied, PostgreSQL (fsync on), {workers} hub process(es): {rate} "
                             f"({THREADS} client threads, batches of {BATCH}; target >= 1000)")
        else:
            lines.append(f"events applied, PostgreSQL: SKIPPED ({reason})")
    finally:
        if server is not None:
            server.stop()
    p50, p99, build_s, cpu_ms = lookup_latencies()
    cpu = f"hub CPU {cpu_ms:.2f} ms per look-up; " if cpu_ms is not None else ""
    lines.append(f"member look-up by phone, 1,000,000 members (SQLite): p50 {p50:.1f} ms, p99 {p99:.1f} ms "
                 f"(target p99 < 20 ms; {cpu}database built in {build_s:.0f} s)")
    return lines
