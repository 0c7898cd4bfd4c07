"""The loyalty hub: events applied per second over loopback with 20 client threads (SQLite and
PostgreSQL), and the p99 of a member look-up by phone with 1,000,000 members.

Targets: >= 1,000 events/s on PostgreSQL; look-up p99 under 20 ms. The hub runs as its own process
(``pos-hub serve``), as in production; clients are ``requests`` sessions in threads. PostgreSQL is a
throwaway durable server (``tests/hub/hub_pg_server.py``), skipped with a note when it cannot start.
The 1M-member SQLite file is kept in ``.bench/`` and reused.

Wall-clock rates depend on what else the machine runs, so each line also gives the CPU time per event
of the hub's processes, of the PostgreSQL server (all its processes) and of this client process, read
from ``/proc`` (Linux; left out elsewhere). Their sum bounds the rate one machine can reach.

Ingest is measured side by side with the hub before it recomputed sales (issue 11): a temporary git
worktree at ``BASELINE`` serves the same events from the same kind of database, in alternating rounds
(before, now, before, now), so both see the same machine. The share of the hub's CPU spent verifying a
sale is ``verify_sale``'s time per event (measured here, on a warm hub) over the hub's CPU per event.
``BENCH_HUB_INGEST_ONLY=1`` leaves out the 1,000,000-member look-up."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
import uuid
from contextlib import contextmanager
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
BASELINE = "7b38098"  # the hub before it recomputed sales
ROUNDS = 2


def _phone(i: int) -> str:
    return f"+7916{i:07d}"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class HubProcess:
    def __init__(self, db_url: str, workers: int = 1, code: Path = ROOT):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, POS_HUB_DB=db_url, PYTHONPATH=str(code))
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


PRODUCT = ("PH-001", "Phone", "24999.00", "phones", 1250)


def _prepare(db_url: str, members: int) -> str:
    """Members, the product the events sell (catalog version 1) and a till; its token. Runs with the
    ``pos_app`` on the path (the baseline's or this one's: see ``_prepare_with``)."""
    from decimal import Decimal

    from pos_app.hub.catalog import Product, upsert_items
    from pos_app.hub.members.create import create_member
    from pos_app.hub.server import open_hub
    from pos_app.hub.tills import add_till

    hub = open_hub(db_url)
    with hub.db.write() as s:
        for i in range(members):
            create_member(s, phone=_phone(i), birth_date=date(1990, 1, 1), at=datetime.now(timezone.utc))
        sku, name, price, category, bonus = PRODUCT
        upsert_items(s, [Product(sku, name, Decimal(price), category, bonus_points=bonus)])
        token = add_till(s, "B1", "T1", at=datetime.now(timezone.utc), actor="bench")
    hub.db.dispose()
    return token


def _prepare_with(code: Path, db_url: str, members: int) -> str:
    """``_prepare`` in a process whose ``pos_app`` is the one at ``code`` (its schema, its migrations)."""
    env = dict(os.environ, PYTHONPATH=str(code))
    proc = subprocess.run([sys.executable, __file__, "prepare", db_url, str(members)], env=env, check=True,
                          capture_output=True, text=True, timeout=600)
    return proc.stdout.strip().splitlines()[-1]


def _sale_event(n: int) -> dict:
    now = datetime.now(timezone.utc).isoformat()
    sku, name, price, category, bonus = PRODUCT
    line = {"line_no": 1, "sku": sku, "name": name, "category": category, "price": price, "qty": 1,
            "bonus_points": bonus, "on_sale": False, "credit": False, "gift_points": None, "redeem_points": 0,
            "bonus_payment": "0.00", "accrual_points": bonus}
    return {"id": str(uuid.uuid4()), "kind": "sale.finished", "created_at": now, "payload": {
        "store": "B1", "till": "T1", "receipt_no": f"B1-{uuid.uuid4().hex[:16]}", "sold_at": now, "cashier": "1",
        "member_phone": _phone(n % MEMBERS), "tender": "card", "tenders": [{"kind": "card", "amount": price}],
        "lines": [line], "total": price, "bonus_payment": "0.00", "redeem_points": 0, "gift_points": 0,
        "accrual_points": bonus, "offline": False, "supervisor": None, "redeem_token": None,
        "rules_version": 1, "catalog_version": 1}}


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


def events_per_second(db_url: str, total: int, workers: int = 1, db_pid: int | None = None,
                      code: Path = ROOT) -> Throughput:
    token = _prepare_with(code, db_url, MEMBERS)
    hub = HubProcess(db_url, workers, code)
    headers = {"Authorization": f"Bearer {token}"}
    per_thread = total // THREADS
    batches = [[[_sale_event(t * per_thread + i + b) for i in range(BATCH)] for b in range(0, per_thread, BATCH)]
               for t in range(THREADS)]
    errors: list[str] = []

    def client(mine):
        with requests.Session() as session:
            for batch in mine:
                r = session.post(hub.url + "/v1/events", json={"events": batch}, headers=headers, timeout=(3, 120))
                if r.status_code != 200 or any(x["status"] != "applied" or (x["result"] or {}).get("flagged")
                                               for x in r.json()["results"]):
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


@contextmanager
def baseline_worktree():
    """A temporary detached git worktree at ``BASELINE`` (removed afterwards); None without git."""
    import shutil
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="bench-baseline-"))
    path = tmp / "code"
    try:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(path), BASELINE], check=True,
                       capture_output=True, timeout=120)
    except (OSError, subprocess.CalledProcessError):
        shutil.rmtree(tmp, ignore_errors=True)
        yield None
        return
    try:
        yield path
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(path)], capture_output=True,
                       timeout=120)
        shutil.rmtree(tmp, ignore_errors=True)


def verify_cost_us(db_url: str, n: int = 2000) -> float:
    """``verify_sale``'s time per event (µs) on a prepared database, the catalog and rules read once."""
    from pos_app.hub.events.payloads import SaleFinished
    from pos_app.hub.events.verify_sale import verify_sale
    from pos_app.hub.server import open_hub

    hub = open_hub(db_url, migrate=False)
    payloads = [SaleFinished.model_validate(_sale_event(i)["payload"]) for i in range(n)]
    at = datetime.now(timezone.utc)
    with hub.db.engine.connect() as conn:
        verify_sale(conn, payloads[0], at)  # warm: the versions read once, as in a running hub
        t0 = time.process_time()
        for p in payloads:
            verdict = verify_sale(conn, p, at)
        spent = time.process_time() - t0
        assert not verdict.flags and verdict.accrual == [PRODUCT[4]]
    hub.db.dispose()
    return spent * 1e6 / n


def _side_by_side(label: str, make_url, base: Path | None, db_pid: int | None, workers: int = 1) -> list[str]:
    lines = []
    for round_no in range(1, ROUNDS + 1):
        for name, code in (("before", base), ("now", ROOT)):
            if code is None:
                continue
            rate = events_per_second(make_url(f"{name}{round_no}w{workers}"), total=4000, workers=workers,
                                     db_pid=db_pid, code=code)
            lines.append(f"{label}, {workers} hub process(es), round {round_no}, "
                         f"{'before (' + BASELINE + ')' if name == 'before' else 'now (recomputing)'}: {rate}")
    return lines


def run() -> list[str]:
    import tempfile

    import hub_pg_server

    lines = [f"({THREADS} client threads, batches of {BATCH}; PostgreSQL target >= 1000 events/s)"]
    with baseline_worktree() as base, tempfile.TemporaryDirectory() as tmp:
        if base is None:
            lines.append(f"baseline {BASELINE}: SKIPPED (no git worktree)")
        lines += _side_by_side("events applied, SQLite (WAL, synchronous=FULL)",
                               lambda name: f"sqlite:///{tmp}/{name}.sqlite3", base, None)
        url = f"sqlite:///{tmp}/verify.sqlite3"
        _prepare_with(ROOT, url, MEMBERS)
        cost = verify_cost_us(url)
        last_now = [x for x in lines if "now (recomputing)" in x][-1]
        hub_ms = float(last_now.split("hub CPU ")[1].split(" ms")[0]) if "hub CPU " in last_now else None
        share = f", {cost / 10 / hub_ms:.1f}% of the hub's {hub_ms:.2f} ms CPU per event (target < 10%)" \
            if hub_ms else ""
        lines.append(f"verifying a sale (recomputing its quote at its versions): {cost:.0f} µs CPU per event{share}")
        reason = hub_pg_server.why_not()
        server = None
        try:
            if reason is None:
                server = hub_pg_server.start_postgres(durable=True)
                lines += _side_by_side("events applied, PostgreSQL (fsync on)", server.create_database, base,
                                       server.pid)
                lines += _side_by_side("events applied, PostgreSQL (fsync on)", server.create_database, None,
                                       server.pid, workers=2)
            else:
                lines.append(f"events applied, PostgreSQL: SKIPPED ({reason})")
        finally:
            if server is not None:
                server.stop()
    if os.environ.get("BENCH_HUB_INGEST_ONLY"):
        return lines
    p50, p99, build_s, cpu_ms = lookup_latencies()
    cpu = f"hub CPU {cpu_ms:.2f} ms per look-up; " if cpu_ms is not None else ""
    lines.append(f"member look-up by phone, 1,000,000 members (SQLite): p50 {p50:.1f} ms, p99 {p99:.1f} ms "
                 f"(target p99 < 20 ms; {cpu}database built in {build_s:.0f} s)")
    return lines


if __name__ == "__main__":  # ``_prepare_with``: python bench_hub.py prepare DB_URL MEMBERS
    if sys.argv[1:2] == ["prepare"]:
        print(_prepare(sys.argv[2], int(sys.argv[3])))
