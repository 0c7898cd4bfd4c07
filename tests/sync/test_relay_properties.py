"""The relay under any mix of hub faults (property test): every event reaches the stub hub once and in
creation order, at most one request is ever in flight, and only events the hub rejected are set aside."""

from __future__ import annotations

import tempfile
import time
from decimal import Decimal as D
from pathlib import Path

from events_hub_stub import StubHub
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos_app.loyalty import Rules
from pos_app.sales import SaleDraft, Tender, finish_sale
from pos_app.store import open_store
from pos_app.sync import Backoff, HubClient, OutboxRelay, outbox_stats

from tests.common import line_of

FAULTS = st.sampled_from([None, None, "500", "garbage", "foreign_ids", "drop_last", "skip_last", "401"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sales=st.integers(1, 30), batch=st.integers(1, 8), faults=st.lists(FAULTS, max_size=8),
       rejected=st.sets(st.integers(0, 29), max_size=3))
def test_any_faults_every_event_once_in_order(sales, batch, faults, rejected):
    with tempfile.TemporaryDirectory() as tmp, StubHub() as hub:
        store = open_store(Path(tmp) / "till.db")
        try:
            line = line_of("A", "Cable", D("10.00"), 1, "cables", 1)
            done = [finish_sale(store, SaleDraft((line,), (Tender("cash", D("10.00")),), "1"), Rules(),
                                store_id="S1", till_id="T1") for _ in range(sales)]
            hub.faults = list(faults)
            hub.reject_receipts = {done[i].receipt_no for i in rejected if i < sales}
            relay = OutboxRelay(store, HubClient(hub.url, "tok", timeout=(1, 1)), batch_size=batch,
                                backoff=Backoff(base=0.001, cap=0.002))
            for _ in range(200):
                relay.drain()
                if outbox_stats(store).waiting == 0:
                    break
                time.sleep(0.003)  # the failed batch's backoff
            stats = outbox_stats(store)
            assert stats.waiting == 0
            assert stats.problems == len(hub.reject_receipts)
            expected = [d.event_id for d in done if d.receipt_no not in hub.reject_receipts]
            assert hub.applied == expected  # once each, in creation order
            assert hub.most_in_flight == 1
        finally:
            store.close()
