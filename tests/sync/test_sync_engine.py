"""The sync engine on its worker thread: drains, reports online/offline and counts to listeners."""

from __future__ import annotations

import threading
from decimal import Decimal as D

from events_hub_stub import StubHub

from pos_app.loyalty import Rules
from pos_app.sales import SaleDraft, Tender, finish_sale
from pos_app.sync import Backoff, HubClient, SyncEngine

from tests.common import line_of, wait_for


def sell(store, n):
    line = line_of("A", "Cable", D("10.00"), 1, "cables", 1)
    for _ in range(n):
        finish_sale(store, SaleDraft((line,), (Tender("cash", D("10.00")),), "1"), Rules(), store_id="S1", till_id="T1")



def test_engine_goes_offline_then_drains_when_the_hub_answers(store):
    sell(store, 30)
    dead = SyncEngine(store, HubClient("http://127.0.0.1:9", timeout=(0.2, 0.2)), idle_interval=0.05,
                      backoff=Backoff(base=0.01, cap=0.05))
    seen = []
    dead.status.subscribe(seen.append)
    dead.start()
    try:
        assert wait_for(dead.status, lambda st: st.online is False and st.waiting == 30)
        assert dead.status.state.oldest_age_seconds() >= 0
    finally:
        dead.stop()
    assert any(st.online is False for st in seen)

    with StubHub() as hub:
        engine = SyncEngine(store, HubClient(hub.url, timeout=(1, 1)), idle_interval=0.05)
        engine.start()
        try:
            assert wait_for(engine.status, lambda st: st.online is True and st.waiting == 0)
            assert engine.status.state.rules_version == 1
            sell(store, 5)
            engine.wake()
            assert wait_for(engine.status, lambda st: st.waiting == 0 and len(hub.applied) == 35)
        finally:
            engine.stop()
    assert len(hub.applied) == 35 == len(set(hub.applied))


def test_a_broken_catalog_answer_does_not_hold_the_outbox_back(store):
    sell(store, 3)
    with StubHub() as hub:
        hub.catalog = {"version": "not a number"}
        engine = SyncEngine(store, HubClient(hub.url, timeout=(1, 1)), idle_interval=0.05)
        engine.run_once()
        assert len(hub.applied) == 3
        state = engine.status.state
        assert state.waiting == 0 and state.online is True and "catalog" in (state.pull_error or "")
