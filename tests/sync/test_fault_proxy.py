"""Fault test: 2,000 sales reach the hub through a proxy that drops connections, delays, answers
500, cuts answers after the hub applied the batch and duplicates requests. The hub's ledger ends
equal to the ledger of the same events applied once, without faults, to a second hub."""

from __future__ import annotations

import json
import random
import threading
import time
from decimal import Decimal

from fault_proxy import FaultProxy
from sqlalchemy import select

from pos_app.loyalty import Rules
from pos_app.sales import SaleDraft, Tender, finish_sale, perform_return
from pos_app.store.models import OutboxEvent
from pos_app.sync import Backoff, HubClient, OutboxRelay, outbox_stats

from tests.common import line_of

SALES = 2000
WEIGHTS = {"pass": 0.4, "drop": 0.12, "delay": 0.12, "error500": 0.12, "cut": 0.12, "duplicate": 0.12}


def make_sales(store, phones: list[str], n: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    for i in range(n):
        price = Decimal(rng.randrange(100, 50_000)) / 100
        line = line_of(f"SKU{i % 97}", "Item", price, rng.randint(1, 3), "misc", rng.randrange(1, 40))
        draft = SaleDraft((line,), (Tender("card", price * line.qty),), "1", member_phone=rng.choice(phones))
        done = finish_sale(store, draft, Rules(), store_id="S1", till_id="T1")
        if i % 50 == 7:  # some returns too: their points depend on the sale being applied once
            perform_return(store, done.receipt_no, {1: 1}, cashier="1", supervisor="9", store_id="S1", till_id="T1")


def outbox_events(store) -> list[dict]:
    with store.read() as s:
        return [{"id": e.event_id, "kind": e.kind, "created_at": e.created_at.isoformat(timespec="seconds"),
                 "payload": json.loads(e.payload_json)} for e in s.scalars(select(OutboxEvent).order_by(OutboxEvent.seq))]


def test_faults_never_change_the_ledger(store, ledger_hubs):
    faulty, clean = ledger_hubs
    started = time.monotonic()
    make_sales(store, faulty.phones, SALES)
    events = outbox_events(store)
    made = time.monotonic()
    clean_done: list[float] = []

    def apply_once_without_faults():  # on a thread, while the till drains through the proxy
        results = clean.apply_directly(events)
        assert [r["status"] for r in results] == ["applied"] * len(events)
        clean_done.append(time.monotonic() - made)

    reference = threading.Thread(target=apply_once_without_faults)
    reference.start()
    with FaultProxy(faulty.address, WEIGHTS, delay=(0.05, 4.0), seed=11) as proxy:
        relay = OutboxRelay(store, HubClient(proxy.url, faulty.token, timeout=(0.5, 3.0)), batch_size=40,
                            backoff=Backoff(base=0.01, cap=0.1))
        deadline = time.monotonic() + 240
        while outbox_stats(store).waiting and time.monotonic() < deadline:
            outcome = relay.send_once()
            if outcome.failed:
                time.sleep(outcome.retry_in or 0)
    through_proxy = time.monotonic() - made
    reference.join(240)
    assert clean_done, "the reference hub did not apply every event"
    stats = outbox_stats(store)
    assert stats.waiting == 0 and stats.problems == 0
    assert min(proxy.modes[m] for m in WEIGHTS) >= 2, proxy.modes
    assert faulty.ledger() == clean.ledger()
    print(f"\nfault test: {SALES} sales + {len(events) - SALES} returns, {sum(proxy.modes.values())} requests "
          f"({dict(proxy.modes)}), {time.monotonic() - started:.1f} s (sales {made - started:.1f} s, then in parallel: "
          f"through the proxy {through_proxy:.1f} s, reference hub {clean_done[0]:.1f} s)")
