"""A till posts events only for itself (SQLite and PostgreSQL): payload store/till must be the token's;
returns and cancellations at any till of the selling store, never of another store's sale."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from hub_builders import sold, add_member, balance, cancelled, event, line, returned, sale, send
from pos_app.hub.db.models import Event, LedgerSale, Till
from pos_app.hub.events import apply_batch
from pos_app.hub.tills import add_till


def _till(hub, store: str, till: str) -> Till:
    with hub.db.write() as s:
        add_till(s, store, till, at=hub.clock.now())
        return s.scalars(select(Till).where(Till.store == store, Till.till == till)).one()


def _as(payload: dict, store: str, till: str) -> dict:
    return {**payload, "store": store, "till": till}


def _reversal(kind: str, at) -> dict:
    return returned("A", [(1, 1)], at) if kind == "sale.returned" else cancelled("A", at)


@pytest.mark.parametrize(("store", "till_id", "field"), [("S2", "T1", "payload.store"), ("S1", "T9", "payload.till")])
def test_a_sale_for_another_till_is_rejected_and_the_batch_goes_on(hub, till, clock, store, till_id, field):
    member = add_member(hub)
    events = [event("sale.finished", _as(sale("X", [line(accrual=500)], clock.now()), store, till_id)),
              event("sale.finished", sold(hub, "A", [line(accrual=100)], clock.now()))]
    results = apply_batch(hub, till, events)
    assert [(r["status"], r["code"]) for r in results] == [("rejected", "till_mismatch"), ("applied", None)]
    assert field in results[0]["message"] and f"{till.store}/{till.till}" in results[0]["message"]
    assert balance(hub, member).pending_total == 100
    with hub.db.read() as s:  # nothing of the rejected event was kept, not even its id
        assert s.scalar(select(func.count()).select_from(Event)) == 1
        assert s.scalars(select(LedgerSale.receipt_no)).all() == ["A"]


def test_a_till_cannot_read_another_tills_stored_result_by_resending_its_event(hub, till, clock):
    add_member(hub)
    other = _till(hub, "S1", "T2")
    eid = str(uuid.uuid4())
    payload = sale("A", [line(accrual=100)], clock.now())
    assert send(hub, till, "sale.finished", payload, eid)["status"] == "applied"
    r = send(hub, other, "sale.finished", payload, eid)
    assert (r["status"], r["code"], r["result"]) == ("rejected", "till_mismatch", None)


@pytest.mark.parametrize("kind", ["sale.returned", "sale.cancelled"])
def test_reversals_must_name_the_posting_till(hub, till, clock, kind):
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=100)], clock.now()))
    payload = _reversal(kind, clock.now())
    r = send(hub, till, kind, _as(payload, "S1", "T2"))
    assert (r["status"], r["code"]) == ("rejected", "till_mismatch")
    assert balance(hub, member).pending_total == 100


@pytest.mark.parametrize("kind", ["sale.returned", "sale.cancelled"])
def test_another_till_of_the_same_store_may_return_or_cancel(hub, till, clock, kind):
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=100)], clock.now()))
    payload = _reversal(kind, clock.now())
    r = send(hub, _till(hub, "S1", "T2"), kind, _as(payload, "S1", "T2"))
    assert (r["status"], r["result"]["annulled_points"]) == ("applied", 100)
    assert balance(hub, member).pending_total == 0


@pytest.mark.parametrize("kind", ["sale.returned", "sale.cancelled"])
def test_a_sale_of_another_store_cannot_be_returned_or_cancelled(hub, till, clock, kind):
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=100)], clock.now()))
    payload = _reversal(kind, clock.now())
    r = send(hub, _till(hub, "S2", "T1"), kind, _as(payload, "S2", "T1"))
    assert (r["status"], r["code"]) == ("rejected", "store_mismatch")
    assert balance(hub, member).pending_total == 100
    with hub.db.read() as s:
        assert s.scalar(select(LedgerSale.status).where(LedgerSale.receipt_no == "A")) == "finished"


def test_a_missing_store_is_an_invalid_payload_not_a_mismatch(hub, till, clock):
    payload = sale("A", [line()], clock.now(), phone=None)
    del payload["store"]
    r = send(hub, till, "sale.finished", payload)
    assert (r["status"], r["code"]) == ("rejected", "invalid_payload")
