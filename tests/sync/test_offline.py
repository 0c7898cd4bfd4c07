"""Offline test: with the hub down the till makes 500 sales; when the hub starts they all drain,
in order, and the till shows the queue empty."""

from __future__ import annotations

import threading
import time
from decimal import Decimal

from fault_proxy import FaultProxy

from pos_app.sync import Backoff
from pos_app.till import BasketLine, Tender, TillServices

from tests.common import line_of, wait_for

SALES = 500



def test_500_offline_sales_drain_in_order_when_the_hub_starts(tmp_path, offline_hub):
    with FaultProxy(upstream=None) as gate:  # the till's hub address; nothing behind it yet
        till = TillServices.open(tmp_path / "till.db", hub_url=gate.url, till_token=offline_hub.token, seed=True,
                                 sync_options={"timeout": (0.5, 5.0), "idle_interval": 0.2,
                                               "backoff": Backoff(base=0.05, cap=0.5)})
        till.update_settings(store_id="S1", till_id="T1")
        till.login("1", "1111")
        assert wait_for(till.status, lambda st: st.online is False, 10)
        line = line_of("CAB", "Cable", Decimal("199.00"), 1, "cables", 5)
        event_ids = [till.finish_sale([line], [Tender("cash", Decimal("199.00"))]).event_id for _ in range(SALES)]
        state = till.sync_state()
        assert state.online is False and state.waiting == SALES and state.oldest_age_seconds() > 0
        started = time.monotonic()
        with offline_hub.start() as address:
            gate.upstream = address
            assert wait_for(till.status, lambda st: st.online is True and st.waiting == 0, 60)
            assert till.sync_state().problems == 0, till.sync_problems()[:1]
            drained = time.monotonic() - started
            assert offline_hub.applied_in_order() == event_ids
        first_seen = list(dict.fromkeys(gate.forwarded_ids))
        assert first_seen == event_ids  # in creation order on the wire (a timed-out batch may be sent again)
        assert till.close() == 0
    print(f"\noffline test: {SALES} sales made offline, drained in {drained:.2f} s after the hub started")
