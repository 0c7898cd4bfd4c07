"""The outbox relay against a stub hub: acknowledged by id only, retries, problems set aside."""

from __future__ import annotations

import time
from datetime import timedelta
from decimal import Decimal as D

import pytest
from events_hub_stub import StubHub
from sqlalchemy import select

from pos_app.loyalty import Rules
from pos_app.sales import SaleDraft, Tender, finish_sale
from pos_app.store.models import OutboxEvent, utcnow
from pos_app.sync import Backoff, HubClient, OutboxRelay, outbox_stats, retry_problem, sync_problems

from tests.common import line_of


def sell(store, n):
    line = line_of("A", "Cable", D("10.00"), 1, "cables", 1)
    return [
        finish_sale(store, SaleDraft((line,), (Tender("cash", D("10.00")),), "1"), Rules(), store_id="S1", till_id="T1")
        for _ in range(n)
    ]


@pytest.fixture
def hub():
    with StubHub() as h:
        yield h


def relay_for(store, hub, batch=10):
    return OutboxRelay(store, HubClient(hub.url, "tok", timeout=(1, 1)), batch_size=batch, backoff=Backoff(base=0.01, cap=0.05))


def test_events_go_in_creation_order_and_are_deleted_once_acknowledged(store, hub):
    sales = sell(store, 25)
    outcome = relay_for(store, hub).drain()
    assert outcome.acknowledged == 25 and not outcome.failed
    assert hub.applied == [s.event_id for s in sales]
    assert hub.requests == 3  # batches of 10
    assert outbox_stats(store).waiting == 0


def test_one_batch_is_in_flight_at_a_time_and_the_next_waits_for_a_full_answer(store, hub):
    """The relay reads the next batch while the hub works on one, but sends it only after the answer;
    a batch answered in part stops the drain there, so nothing overtakes the unanswered event."""
    sales = sell(store, 50)
    hub.delay = 0.05
    hub.faults = [None, None, "drop_last"]  # the third batch comes back without its last result
    outcome = relay_for(store, hub).drain()
    assert hub.most_in_flight == 1
    assert hub.requests == 3 and outcome.failed and outcome.acknowledged == 29
    assert hub.applied == [s.event_id for s in sales[:30]]  # applied by the stub, 1 not acknowledged
    assert outbox_stats(store).waiting == 21
    relay = relay_for(store, hub)
    for _ in range(100):  # the failed batch waits out its backoff (10 ms at most here)
        if not relay.drain().failed and outbox_stats(store).waiting == 0:
            break
        time.sleep(0.01)
    assert outbox_stats(store).waiting == 0 and hub.most_in_flight == 1
    assert hub.applied == [s.event_id for s in sales]  # in order, the unanswered one counted once


def test_a_500_keeps_the_batch_and_backs_off(store, hub):
    sales = sell(store, 3)
    hub.faults = ["500"]
    relay = relay_for(store, hub)
    outcome = relay.send_once()
    assert outcome.failed and "500" in outcome.error
    with store.read() as s:
        rows = list(s.scalars(select(OutboxEvent)))
    assert [r.attempts for r in rows] == [1, 1, 1]
    assert all(r.next_attempt_at > utcnow() - timedelta(seconds=1) for r in rows)
    assert relay.send_once(now=utcnow() - timedelta(seconds=5)).sent == 0  # still backing off
    assert relay.send_once(now=utcnow() + timedelta(seconds=1)).acknowledged == 3
    assert hub.applied == [s.event_id for s in sales]


@pytest.mark.parametrize("fault", ["garbage", "foreign_ids"])
def test_an_answer_that_does_not_acknowledge_our_ids_deletes_nothing(store, hub, fault):
    sales = sell(store, 2)
    hub.faults = [fault]
    relay = relay_for(store, hub)
    assert relay.send_once().failed
    assert outbox_stats(store).waiting == 2
    relay.send_once(now=utcnow() + timedelta(seconds=1))  # resent: the hub answers duplicate or applied
    assert outbox_stats(store).waiting == 0
    assert sorted(hub.applied) == sorted(s.event_id for s in sales)


def test_a_missing_result_keeps_only_that_event(store, hub):
    sales = sell(store, 3)
    hub.faults = ["drop_last"]
    relay = relay_for(store, hub)
    outcome = relay.send_once()
    assert outcome.acknowledged == 2 and outcome.failed
    with store.read() as s:
        assert [r.event_id for r in s.scalars(select(OutboxEvent))] == [sales[2].event_id]
    relay.send_once(now=utcnow() + timedelta(seconds=1))
    assert outbox_stats(store).waiting == 0 and len(hub.applied) == 3


def test_a_rejected_event_is_set_aside_without_blocking_the_rest(store, hub):
    sales = sell(store, 5)
    hub.reject_receipts = {sales[1].receipt_no}
    outcome = relay_for(store, hub).drain()
    assert outcome.acknowledged == 4 and outcome.rejected == 1
    stats = outbox_stats(store)
    assert stats.waiting == 0 and stats.problems == 1
    [problem] = sync_problems(store)
    assert problem.code == "unknown_receipt" and problem.message == "no such receipt"
    assert problem.reference == sales[1].receipt_no
    hub.reject_receipts = set()
    assert retry_problem(store, problem.event_id)
    relay_for(store, hub).drain()
    assert outbox_stats(store) .problems == 0 and len(hub.applied) == 5


def test_unreachable_hub_is_a_retry_not_a_loss(store):
    sell(store, 2)
    relay = OutboxRelay(store, HubClient("http://127.0.0.1:9", timeout=(0.5, 0.5)), backoff=Backoff(base=0.01))
    outcome = relay.drain()
    assert outcome.failed and outcome.sent == 2
    assert outbox_stats(store).waiting == 2


def test_client_refuses_timeouts_over_five_seconds():
    with pytest.raises(ValueError):
        HubClient("http://127.0.0.1:1", timeout=(3, 10))


def test_a_request_refused_as_a_whole_is_split_so_only_the_bad_event_is_set_aside(store, hub):
    sales = sell(store, 6)
    hub.refuse_request_with = {sales[3].receipt_no}
    outcome = relay_for(store, hub).drain()
    assert not outcome.failed
    assert hub.applied == [s.event_id for i, s in enumerate(sales) if i != 3]
    [problem] = sync_problems(store)
    assert problem.reference == sales[3].receipt_no and problem.code == "invalid_input"
    assert outbox_stats(store).waiting == 0


def test_a_refused_token_is_retried_not_set_aside(store, hub):
    sell(store, 2)
    hub.faults = ["401"]
    relay = relay_for(store, hub)
    outcome = relay.send_once()
    assert outcome.failed and "invalid_token" in outcome.error
    assert outbox_stats(store).waiting == 2 and outbox_stats(store).problems == 0
    assert relay.send_once(now=utcnow() + timedelta(seconds=1)).acknowledged == 2
