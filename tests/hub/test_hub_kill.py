"""The hub itself is killed (issue 12, item 6): ``pos-hub serve`` runs as a real subprocess on a loopback
port and is SIGKILLed again and again while a till sells and relays through it.

The till (in this process) commits sales continuously on one thread and relays its outbox on another
(``OutboxRelay`` against the hub's URL). The hub is killed at random moments (mostly while a batch is in
flight, since the relay is always sending) and started again on the same port and database.

- After each restart, every event that was queued when the hub died is acknowledged within a bound:
  the till's queue drains.
- At the end every event the hub acknowledged (the ids in its ``applied``/``duplicate`` answers, as the
  till saw them) is in the hub's ``events`` table, its sale is in ``sales`` once and its accrual is in the
  ledger once; nothing is there twice, and nothing the till did not sell is there.

SQLite (a file, WAL): at least 30 kills, up to 100 within about a minute; PostgreSQL (the suite's throwaway
server, when it runs): at least 10, up to 100 within about 30 s.
The restarts fork a warmed zygote running ``pos_app.hub.cli.main(["serve", ...])`` (``hub_kill_child.py``);
the first life is the installed ``pos-hub`` console script itself."""

from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from pos_app.hub.catalog import upsert_items
from pos_app.hub.db.engine import Database
from pos_app.hub.db.models import Event, LedgerMovement, LedgerSale
from pos_app.hub.demo import DEMO_PHONES, seed_demo
from pos_app.hub.server import open_hub
from pos_app.hub.sms import ConsoleGateway
from pos_app.hub.tills import add_till
from pos_app.loyalty import Rules
from pos_app.sales import BasketLine, Product, SaleDraft, Tender, finish_sale
from pos_app.store import open_store
from pos_app.store.models import OutboxEvent, SaleRow
from pos_app.sync import Backoff, HubClient, OutboxRelay, outbox_stats

CHILD = Path(__file__).with_name("hub_kill_child.py")
POS_HUB = Path(sys.executable).with_name("pos-hub")  # the console script next to this interpreter
POS_HUB_CMD = [str(POS_HUB)] if POS_HUB.exists() else [sys.executable, "-m", "pos_app.hub_cli"]
CATALOG = [Product(f"K{k}", "Item", Decimal(100 + 731 * k) / 100, "misc", bonus_points=1 + k % 17) for k in range(20)]
PHONE = DEMO_PHONES["anna"]
KILLS = {"sqlite": 30, "postgresql": 10}  # at least this many kills...
MAX_KILLS = 100  # ...and up to the 100 while the time budget lasts
# seconds of killing after the minimum (a busy machine makes fewer kills); POS_HUB_KILL_SECONDS runs longer
BUDGET_S = {db: float(os.environ.get("POS_HUB_KILL_SECONDS", default))
            for db, default in {"sqlite": 25.0, "postgresql": 15.0}.items()}
DRAIN_BOUND = 20.0  # seconds for the events queued at a kill to be acknowledged after the restart


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _prepare_hub(db_url: str, tmp_path: Path) -> str:
    """Migrate, seed the demo store (staff, members), the items the till sells; the till's token."""
    hub = open_hub(db_url, sms=ConsoleGateway(tmp_path / "sms.jsonl"))
    try:
        seed_demo(hub, stores=("S1",))
        with hub.db.write() as s:
            token = add_till(s, "S1", "T1", at=hub.clock.now(), actor="testing")
        with hub.db.write() as s:
            upsert_items(s, CATALOG, at=hub.clock.now() - timedelta(days=1))
        return token
    finally:
        hub.db.dispose()


class RecordingClient(HubClient):
    """The till's hub client, noting every event id the hub acknowledged (and how)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.acked: Counter = Counter()
        self.answers: Counter = Counter()

    def post_encoded_events(self, events: list[str]) -> list[dict]:
        results = super().post_encoded_events(events)
        for r in results:
            if isinstance(r, dict):
                self.answers[r.get("status")] += 1
                if r.get("status") in ("applied", "duplicate"):
                    self.acked[r["id"]] += 1
        return results


class Till:
    """Sales on one thread, the relay on another, until ``stop``."""

    def __init__(self, db: Path, url: str, token: str, seed: int):
        self.store = open_store(db)
        self.client = RecordingClient(url, token, timeout=(0.5, 3.0))
        self.relay = OutboxRelay(self.store, self.client, batch_size=20, backoff=Backoff(base=0.01, cap=0.2))
        self.rng = random.Random(seed)
        self.running = threading.Event()
        self.selling = threading.Event()
        self.errors: list[BaseException] = []
        self.sold = 0
        self.threads = [threading.Thread(target=self._guard, args=(f,), daemon=True) for f in (self._sell, self._relay)]

    def start(self) -> None:
        self.running.set()
        self.selling.set()
        for t in self.threads:
            t.start()

    def stop(self) -> None:
        self.selling.clear()
        self.running.clear()
        for t in self.threads:
            t.join(30)

    def _guard(self, target) -> None:
        try:
            target()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            self.errors.append(exc)

    def _sell(self) -> None:
        while self.running.is_set():
            if not self.selling.is_set():
                time.sleep(0.01)
                continue
            line = BasketLine(self.rng.choice(CATALOG), self.rng.randint(1, 3))
            draft = SaleDraft((line,), (Tender("cash", line.amount),), "1", member_phone=PHONE)
            finish_sale(self.store, draft, Rules(), store_id="S1", till_id="T1")
            self.sold += 1
            time.sleep(self.rng.uniform(0.0, 0.01))

    def _relay(self) -> None:
        while self.running.is_set():
            outcome = self.relay.send_once()
            if outcome.failed or outcome.retry_in:
                time.sleep(min(outcome.retry_in or 0.01, 0.05))
            elif not outcome.sent:
                time.sleep(0.005)

    def max_waiting_seq(self) -> int:
        with self.store.read() as s:
            return s.scalar(select(func.max(OutboxEvent.seq)).where(OutboxEvent.problem.is_(False))) or 0

    def waiting_up_to(self, seq: int) -> int:
        with self.store.read() as s:
            return s.scalar(select(func.count()).where(OutboxEvent.problem.is_(False), OutboxEvent.seq <= seq))


class HubProcess:
    """``pos-hub serve`` lives: the first from the console script, the others forked from the zygote."""

    def __init__(self, db_url: str, port: int, log: Path):
        self.db_url, self.port, self.log = db_url, port, log
        self.zygote = subprocess.Popen([sys.executable, str(CHILD), db_url, str(port), str(log)],
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.pid: int | None = None
        self.script: subprocess.Popen | None = None
        self.signalled = 0

    def start(self, console_script: bool = False) -> float:
        started = time.monotonic()
        if console_script:
            with open(self.log, "ab") as out:
                self.script = subprocess.Popen([*POS_HUB_CMD, "--db", self.db_url, "serve", "--port", str(self.port)],
                                               stdout=out, stderr=out)
            self.pid = self.script.pid
        else:
            self.zygote.stdin.write("go\n")
            self.zygote.stdin.flush()
            self.pid = int(self.zygote.stdout.readline())
        deadline = started + (60 if console_script else 30)
        while time.monotonic() < deadline:
            try:
                if requests.get(f"http://127.0.0.1:{self.port}/v1/health", timeout=1).ok:
                    return time.monotonic() - started
            except requests.RequestException:
                pass
            time.sleep(0.02)
        raise AssertionError(f"the hub did not come up in time; its log:\n{self.log.read_text()[-3000:]}")

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)
        if self.script is not None:
            status = self.script.wait(30)
            self.signalled += status == -signal.SIGKILL
            self.script = None
        else:
            status = int(self.zygote.stdout.readline().split()[1])
            self.signalled += os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        self.pid = None

    def close(self) -> None:
        if self.pid is not None:
            self.kill()
        self.zygote.stdin.close()
        self.zygote.wait(30)


def _hub_ledger(db_url: str) -> dict:
    db = Database(db_url)
    try:
        with db.read() as s:
            events = Counter(s.scalars(select(Event.id).where(Event.store == "S1", Event.till == "T1")))
            sales = Counter(s.scalars(select(LedgerSale.event_id).where(LedgerSale.store == "S1")))
            accruals = Counter(s.scalars(select(LedgerMovement.receipt_no)
                                         .where(LedgerMovement.kind == "accrual", LedgerMovement.receipt_no.like("S1-%"))))
    finally:
        db.dispose()
    return {"events": events, "sales": sales, "accruals": accruals}


def kill_hub_repeatedly(db_url: str, tmp_path: Path, min_kills: int, budget_s: float, max_kills: int = MAX_KILLS,
                        seed: int = 12) -> dict:
    token = _prepare_hub(db_url, tmp_path)
    port = _free_port()
    rng = random.Random(seed)
    hub = HubProcess(db_url, port, tmp_path / "hub.log")
    till = Till(tmp_path / "till.db", f"http://127.0.0.1:{port}", token, seed)
    drains: list[float] = []
    restarts: list[float] = []
    started = time.monotonic()
    try:
        restarts.append(hub.start(console_script=True))
        till.start()
        killing = time.monotonic()
        kills = 0
        while kills < max_kills and (kills < min_kills or time.monotonic() - killing < budget_s):
            i, kills = kills, kills + 1
            time.sleep(rng.uniform(0.05, 0.45))  # the relay is always sending: most kills land mid-batch
            hub.kill()
            queued = till.max_waiting_seq()
            time.sleep(rng.uniform(0.0, 0.1))  # the hub stays down a moment (sales go on, the relay backs off)
            restarts.append(hub.start())
            up = time.monotonic()
            while till.waiting_up_to(queued):
                assert not till.errors, till.errors
                assert time.monotonic() - up < DRAIN_BOUND, f"restart {i + 1}: the till's queue did not drain"
                time.sleep(0.01)
            drains.append(time.monotonic() - up)
        till.stop()
        till.relay.hub_is_back()
        outcome = till.relay.drain()  # the last sales, with the hub up
        assert not outcome.failed, outcome.error
        hub.kill()
    finally:
        till.stop()
        hub.close()
    assert not till.errors, till.errors
    stats = outbox_stats(till.store)
    with till.store.read() as s:
        journal = {row.event_id: row.receipt_no for row in s.scalars(select(SaleRow))}
    till.store.close()
    ledger = _hub_ledger(db_url)
    acked = till.client.acked
    assert stats.waiting == 0 and stats.problems == 0
    assert hub.signalled == kills + 1
    assert set(acked) == set(journal), "every sale the till made was acknowledged, and nothing else"
    assert set(ledger["events"]) == set(acked), "the hub's events are exactly the acknowledged ones"
    assert set(ledger["sales"]) == set(acked) and max(ledger["sales"].values()) == 1
    assert set(ledger["accruals"]) == set(journal.values()) and max(ledger["accruals"].values()) == 1
    return {"kills": kills, "sold": len(journal), "acknowledged": len(acked),
            "found_once": sum(1 for e in acked if ledger["sales"][e] == 1 and ledger["accruals"][journal[e]] == 1),
            "acked_twice": sum(1 for n in acked.values() if n > 1), "answers": dict(till.client.answers),
            "restart_s": max(restarts[1:]), "drain_s": max(drains),
            "restart_mean": sum(restarts[1:]) / len(restarts[1:]), "first_start": restarts[0], "seconds": time.monotonic() - started}


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_sigkilled_hub_keeps_every_acknowledged_event_once(database, tmp_path, sqlite_template, request):
    if database == "sqlite":
        target = tmp_path / "hub.sqlite3"
        shutil.copyfile(sqlite_template, target)
        db_url = f"sqlite:///{target}"
    else:
        server = request.getfixturevalue("pg_server")
        if server is None:
            pytest.skip("PostgreSQL could not start (see the summary)")
        db_url = server.create_database(f"kill{os.getpid()}", template="hub_template")
    figures = kill_hub_repeatedly(db_url, tmp_path, KILLS[database], BUDGET_S[database])
    assert figures["found_once"] == figures["acknowledged"]
    assert figures["sold"] > KILLS[database] * 5  # sales were really being made between the kills
    print(f"\nhub kill test ({database}): {figures['kills']} SIGKILLs of pos-hub serve, each followed by a restart and "
          f"the queue drained (and one more at the end), {figures['sold']} sales, "
          f"{figures['acknowledged']} events acknowledged ({figures['answers'].get('duplicate', 0)} answered "
          f"'duplicate': the hub had committed them and died before answering), {figures['found_once']} found once in events/sales/ledger; "
          f"restart {figures['restart_mean']:.2f} s on average "
          f"(slowest {figures['restart_s']:.2f} s; the console script's first start {figures['first_start']:.1f} s), slowest drain "
          f"{figures['drain_s']:.2f} s; {figures['seconds']:.1f} s")
