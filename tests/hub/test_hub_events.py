"""Events exactly once, on SQLite and PostgreSQL: duplicates, conflicts, rejections, concurrency."""

from __future__ import annotations

import threading
import uuid

import pytest
from sqlalchemy import func, select

from hub_builders import sold, PHONE, add_member, balance, event, line, returned, sale, send
from pos_app.hub.db.models import Event, LedgerMovement, LedgerSale
from pos_app.hub.events import apply_batch, apply_event
from pos_app.hub.events.apply import HANDLERS


def _count(hub, model) -> int:
    with hub.db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_retried_event_is_a_duplicate_with_the_first_result(hub, till, clock):
    member = add_member(hub)
    eid = str(uuid.uuid4())
    payload = sale("A", [line(accrual=100)], clock.now())
    first = send(hub, till, "sale.finished", payload, eid)
    second = send(hub, till, "sale.finished", payload, eid)
    assert first["status"] == "applied"
    assert second["status"] == "duplicate" and second["result"] == first["result"]
    assert balance(hub, member).pending_total == 100
    assert _count(hub, LedgerMovement) == 1


def test_same_id_with_a_different_payload_is_a_conflict(hub, till, clock):
    add_member(hub)
    eid = str(uuid.uuid4())
    send(hub, till, "sale.finished", sale("A", [line(accrual=100)], clock.now()), eid)
    r = send(hub, till, "sale.finished", sale("A", [line(accrual=999)], clock.now()), eid)
    assert (r["status"], r["code"]) == ("rejected", "event_id_conflict")
    assert "different payload" in r["message"]


def test_a_rejected_event_changes_nothing_and_does_not_block_the_batch(hub, till, clock):
    member = add_member(hub)
    events = [
        event("sale.finished", sold(hub, "A", [line(accrual=100)], clock.now())),
        event("sale.returned", returned("NOPE", [(1, 1)], clock.now())),
        event("sale.finished", sold(hub, "B", [line(accrual=5)], clock.now(), phone="+79990001122")),
        event("sale.finished", {"store": "S1"}),
        event("sale.teleported", {}),
        event("sale.finished", sold(hub, "C", [line(accrual=50)], clock.now())),
    ]
    results = apply_batch(hub, till, events)
    assert [r["id"] for r in results] == [e.id for e in events]
    assert [(r["status"], r["code"]) for r in results] == [
        ("applied", None), ("rejected", "unknown_receipt"), ("rejected", "member_not_found"),
        ("rejected", "invalid_payload"), ("rejected", "unknown_kind"), ("applied", None)]
    assert balance(hub, member).pending_total == 150
    assert _count(hub, Event) == 2 and _count(hub, LedgerSale) == 2


def test_a_rejected_event_can_be_sent_again_once_it_can_apply(hub, till, clock):
    add_member(hub)
    ret = event("sale.returned", returned("A", [(1, 1)], clock.now()))
    assert apply_event(hub, till, ret)["code"] == "unknown_receipt"
    send(hub, till, "sale.finished", sale("A", [line(accrual=100)], clock.now()))
    assert apply_event(hub, till, ret)["status"] == "applied"


def test_payload_totals_must_match_the_lines(hub, till, clock):
    add_member(hub)
    payload = sale("A", [line(accrual=100)], clock.now())
    payload["accrual_points"] = 1000
    r = send(hub, till, "sale.finished", payload)
    assert (r["status"], r["code"]) == ("rejected", "invalid_payload")


def test_member_registered_is_idempotent_by_phone(hub, till, clock):
    payload = {"phone": "8 (912) 345-67-89", "birth_date": "1990-01-01", "consent_rules": True, "email": None,
               "consent_marketing": False, "registered_at": clock.now().isoformat(), "first_name": "Anna"}
    first = send(hub, till, "member.registered", payload)
    second = send(hub, till, "member.registered", dict(payload, first_name="Other"))
    assert first["result"]["created"] is True and second["result"]["created"] is False
    assert first["result"]["member_id"] == second["result"]["member_id"]
    minor = send(hub, till, "member.registered", dict(payload, phone="+79160000001", birth_date="2015-01-01"))
    assert minor["code"] == "underage"


def test_two_concurrent_copies_of_an_event_apply_exactly_once(hub, till, clock):
    member = add_member(hub)
    for round_no in range(5):
        ev = event("sale.finished", sold(hub, f"R{round_no}", [line(accrual=10)], clock.now()))
        barrier = threading.Barrier(2)
        results: list[dict] = []

        def worker():
            barrier.wait()
            results.append(apply_event(hub, till, ev))

        threads = [threading.Thread(target=worker) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert sorted(r["status"] for r in results) == ["applied", "duplicate"]
        assert results[0]["result"] == results[1]["result"]
    assert balance(hub, member).pending_total == 50
    assert _count(hub, LedgerMovement) == 5


def test_concurrent_events_of_one_member_keep_lots_consistent(hub, till, clock):
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("SEED", [line(accrual=1000)], clock.now()))
    clock.advance(days=16)
    evs = [event("sale.finished", sold(hub, f"P{i}", [line(redeem=100)], clock.now(), phone=PHONE)) for i in range(8)]
    threads = [threading.Thread(target=apply_event, args=(hub, till, ev)) for ev in evs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert balance(hub, member).available == 200
    from pos_app.hub.db.models import Lot

    with hub.db.read() as s:
        assert s.scalar(select(Lot.remaining).where(Lot.points == 1000)) == 200


def test_control_characters_are_refused_alike_on_both_databases(hub, till, clock):
    add_member(hub)
    bad = sale("A\x00B", [line(accrual=1)], clock.now())
    r = send(hub, till, "sale.finished", bad)
    assert (r["status"], r["code"]) == ("rejected", "invalid_payload")
    assert r["message"].startswith("payload.receipt_no")


def test_naive_times_and_bad_quantities_are_refused(hub, till, clock):
    add_member(hub)
    naive = sale("N", [line(accrual=1)], clock.now())
    naive["sold_at"] = "2026-11-21T10:00:00"
    zero = sale("Z", [line(accrual=1, qty=0)], clock.now())
    assert send(hub, till, "sale.finished", naive)["code"] == "invalid_payload"
    assert send(hub, till, "sale.finished", zero)["code"] == "invalid_payload"
    assert _count(hub, LedgerSale) == 0


def test_a_receipt_recorded_by_another_event_is_refused_and_changes_nothing(hub, till, clock):
    member = add_member(hub)
    assert send(hub, till, "sale.finished", sale("A", [line(accrual=100)], clock.now()))["status"] == "applied"
    again = send(hub, till, "sale.finished", sale("A", [line(accrual=7)], clock.now()))
    unknown_member = send(hub, till, "sale.finished", sale("A", [line(accrual=7)], clock.now(), phone="+79990001122"))
    assert (again["status"], again["code"]) == ("rejected", "duplicate_receipt")
    assert unknown_member["code"] == "duplicate_receipt"  # the first thing to say about that event
    assert balance(hub, member).pending_total == 100
    assert _count(hub, Event) == 1 and _count(hub, LedgerSale) == 1 and _count(hub, LedgerMovement) == 1


def test_two_events_with_one_receipt_at_once_record_it_once(hub, till, clock):
    member = add_member(hub)
    for round_no in range(5):
        evs = [event("sale.finished", sold(hub, f"C{round_no}", [line(accrual=10)], clock.now())) for _ in range(2)]
        barrier = threading.Barrier(2)
        results: list[dict] = []

        def worker(ev):
            barrier.wait()
            results.append(apply_event(hub, till, ev))

        threads = [threading.Thread(target=worker, args=(ev,)) for ev in evs]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert sorted((r["status"], r["code"]) for r in results) == [("applied", None),
                                                                     ("rejected", "duplicate_receipt")]
    assert balance(hub, member).pending_total == 50
    assert _count(hub, LedgerSale) == 5 and _count(hub, Event) == 5


def test_every_line_of_a_sale_is_kept_for_its_returns(hub, till, clock):
    member = add_member(hub)
    lines = [line(1, qty=2, accrual=100), line(2, accrual=30), line(3, qty=3, accrual=9)]
    first = send(hub, till, "sale.finished", sale("M", lines, clock.now()))
    assert first["result"]["balance"]["pending_total"] == 139
    r = send(hub, till, "sale.returned", returned("M", [(1, 1), (3, 2)], clock.now()))
    assert r["result"]["annulled_points"] == 50 + 6
    assert send(hub, till, "sale.returned", returned("M", [(2, 2)], clock.now()))["code"] == "return_exceeds_sale"
    assert balance(hub, member).pending_total == 139 - 56


def test_a_connection_lost_in_a_batch_costs_a_retry_not_the_rest_of_the_batch(hub, till, clock, monkeypatch):
    if hub.db.is_sqlite:
        pytest.skip("a server closing the connection is PostgreSQL's case")
    member = add_member(hub)
    lost: list[bool] = []

    def lose_the_connection_once(ctx, payload):
        if not lost:
            lost.append(True)
            ctx.session.connection().exec_driver_sql("SELECT pg_terminate_backend(pg_backend_pid())")
        return {"ok": True}

    monkeypatch.setitem(HANDLERS, "test.lose_connection", lose_the_connection_once)
    results = apply_batch(hub, till, [event("sale.finished", sold(hub, "A", [line(accrual=10)], clock.now())),
                                      event("test.lose_connection", {}),
                                      event("sale.finished", sold(hub, "B", [line(accrual=5)], clock.now()))])
    assert [r["status"] for r in results] == ["applied", "applied", "applied"] and lost
    assert balance(hub, member).pending_total == 15


def test_the_balance_a_sale_answers_is_the_balance_read_back(hub, till, clock):
    """The hot path builds the answer from the ledger read under the member lock plus the lot it wrote;
    it must equal a fresh read, through expiring, available, pending and expired lots."""
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("OLD", [line(accrual=40)], clock.now()))
    clock.advance(days=340)  # OLD available since day 15, expires on day 380: expiring within 30 days
    send(hub, till, "sale.finished", sale("MID", [line(accrual=25)], clock.now()))
    for receipt, days in (("NOW", 20), ("LATER", 30)):  # the second one finds OLD expired, not yet written
        clock.advance(days=days)
        answer = send(hub, till, "sale.finished", sale(receipt, [line(accrual=7)], clock.now()))
        assert answer["result"]["balance"] == balance(hub, member).to_dict()
    assert balance(hub, member).available == 25 + 7  # OLD expired; MID and NOW available, LATER pending


def test_lots_of_one_day_are_one_pending_entry_in_the_answer_and_the_read_back(hub, till, clock):
    """Three purchases in a day become available together: the balance lists them once, with their sum,
    both in the answer built on the hot path and in a fresh read."""
    member = add_member(hub)
    answers = [send(hub, till, "sale.finished", sale(receipt, [line(accrual=points)], clock.now()))
               for receipt, points in (("A", 10), ("B", 20), ("C", 30))]
    clock.advance(days=1)
    send(hub, till, "sale.finished", sale("D", [line(accrual=5)], clock.now()))
    assert [p["points"] for p in answers[-1]["result"]["balance"]["pending"]] == [60]
    read = balance(hub, member).to_dict()
    assert [p["points"] for p in read["pending"]] == [60, 5] and read["pending_total"] == 65
    assert answers[-1]["result"]["balance"]["pending"] == read["pending"][:1]
