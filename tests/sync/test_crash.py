"""Crash test: a child process sells and syncs and is killed with SIGKILL at 200 random moments.

Afterwards every sale whose ``finish_sale`` returned is in the journal exactly once, reaches the
hub exactly once, and ``PRAGMA integrity_check`` is ok."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from pos_app.store import open_store
from pos_app.store.models import SaleRow
from pos_app.sync import Backoff, HubClient, OutboxRelay, outbox_stats

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 200


def run_and_kill(db: Path, url: str, token: str, log: Path, kills: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    zygote = subprocess.Popen([sys.executable, str(CHILD), str(db), url, token, str(log)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    signalled = 0
    landed: Counter = Counter()
    phase = Path(f"{log}.phase")
    try:
        for i in range(kills):
            zygote.stdin.write(f"go {seed * 1000 + i}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            assert zygote.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.0, 0.08))
            os.kill(pid, signal.SIGKILL)
            landed[phase.read_bytes()[:1].decode()] += 1
            status = int(zygote.stdout.readline().split()[1])
            signalled += os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    finally:
        zygote.stdin.close()
        zygote.wait(30)
    return {"signalled": signalled, "in_sale": landed["S"], "in_sync": landed["R"]}


def check_after_crashes(db: Path, log: Path, url: str, token: str, applied_receipts) -> dict:
    store = open_store(db)
    assert store.integrity_check() == "ok"
    returned = [line.split() for line in log.read_text().splitlines() if line.strip()]
    with store.read() as session:
        journal = {s.receipt_no: s.event_id for s in session.scalars(select(SaleRow))}
    assert len(returned) == len({r for r, _ in returned})
    for receipt_no, event_id in returned:
        assert journal.get(receipt_no) == event_id, f"{receipt_no} returned but is not in the journal"
    outcome = OutboxRelay(store, HubClient(url, token, timeout=(2, 5)), batch_size=500, backoff=Backoff(base=0.01)).drain()
    assert not outcome.failed, outcome.error
    assert outbox_stats(store).waiting == 0
    counts: Counter = applied_receipts()
    assert set(counts) == set(journal), "the hub and the journal disagree"
    assert max(counts.values()) == 1
    store.close()
    return {"journal": len(journal), "returned": len(returned)}


def test_sigkill_during_sales_and_sync_loses_and_doubles_nothing(tmp_path, crash_hub):
    url, token, applied_receipts = crash_hub
    db, log = tmp_path / "till.db", tmp_path / "returned.log"
    open_store(db).close()
    started = time.monotonic()
    kills = run_and_kill(db, url, token, log, KILLS)
    figures = check_after_crashes(db, log, url, token, applied_receipts)
    assert kills["signalled"] == KILLS
    assert kills["in_sale"] > KILLS // 4 and kills["in_sync"] > KILLS // 20  # both kinds of moment were hit
    assert figures["returned"] > KILLS // 2  # sales were really being made between the kills
    print(f"\ncrash test: {KILLS} SIGKILLs ({kills['in_sale']} while writing a sale, {kills['in_sync']} while syncing), {figures['returned']} finished sales, {figures['journal']} in the journal, "
          f"{time.monotonic() - started:.1f} s")
