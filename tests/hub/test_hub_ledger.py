"""The ledger through events, on SQLite and PostgreSQL: lots, holds, spending order, returns, cancels, expiry."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from hub_builders import add_member, balance, cancelled, line, returned, sale, send
from pos_app.hub.ledger import history


def test_accrual_is_pending_for_hold_days_then_available(hub, till, clock):
    member = add_member(hub)
    r = send(hub, till, "sale.finished", sale("S1-T1-1", [line(accrual=650)], clock.now()))
    assert r["status"] == "applied" and r["result"]["accrued_points"] == 650
    b = balance(hub, member)
    assert (b.available, b.pending_total) == (0, 650)
    assert b.pending == [(650, date(2026, 12, 6))]  # 15 days after 2026-11-21
    clock.advance(days=14)
    assert balance(hub, member).available == 0
    clock.advance(days=1)
    b = balance(hub, member)
    assert (b.available, b.pending_total) == (650, 0)


def test_spending_takes_the_lots_that_expire_first(hub, till, clock):
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=100)], clock.now()))
    clock.advance(days=10)
    send(hub, till, "sale.finished", sale("B", [line(accrual=200)], clock.now()))
    clock.advance(days=20)  # both available; A expires first
    r = send(hub, till, "sale.finished", sale("C", [line(redeem=150)], clock.now()))
    assert r["status"] == "applied"
    assert balance(hub, member).available == 150
    # A (100) was used up, B has 150 left: A's expiry takes nothing, B's takes 150
    clock.advance(days=15 + 365 - 30 + 1)
    assert balance(hub, member).available == 150
    clock.advance(days=10)
    assert balance(hub, member).available == 0


def test_return_of_a_pending_purchase_cancels_its_lot(hub, till, clock):
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=300)], clock.now()))
    clock.advance(days=2)
    r = send(hub, till, "sale.returned", returned("A", [(1, 1)], clock.now()))
    assert r["result"]["annulled_points"] == 300
    b = balance(hub, member)
    assert (b.available, b.pending_total) == (0, 0)
    clock.advance(days=30)
    assert balance(hub, member).available == 0


def test_return_after_spending_makes_the_balance_negative_and_history_shows_it(hub, till, clock):
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=300)], clock.now()))
    clock.advance(days=16)
    send(hub, till, "sale.finished", sale("B", [line(redeem=300)], clock.now()))
    r = send(hub, till, "sale.returned", returned("A", [(1, 1)], clock.now()))
    assert r["result"]["annulled_points"] == 300
    assert balance(hub, member).available == -300
    with hub.db.read() as s:
        rows = history(s, member)
    assert [(m["kind"], m["points"], m["balance_after"]) for m in rows] == [
        ("accrual", 300, 300), ("redemption", -300, 0), ("return_annulment", -300, -300)]


def test_returns_are_proportional_and_cumulative(hub, till, clock):
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(qty=3, accrual=100, redeem=50, bonus=34)], clock.now()))
    clock.advance(days=1)
    first = send(hub, till, "sale.returned", returned("A", [(1, 1)], clock.now(), "R1"))["result"]
    assert (first["annulled_points"], first["refunded_points"]) == (33, 16)
    second = send(hub, till, "sale.returned", returned("A", [(1, 2)], clock.now(), "R2"))["result"]
    assert (second["annulled_points"], second["refunded_points"]) == (67, 34)
    third = send(hub, till, "sale.returned", returned("A", [(1, 1)], clock.now(), "R3"))
    assert (third["status"], third["code"]) == ("rejected", "return_exceeds_sale")
    assert balance(hub, member).pending_total == 0


def test_refunded_points_keep_their_original_expiry(hub, till, clock):
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=500)], clock.now()))
    lot_expires = clock.now().date() + timedelta(days=15 + 365)
    clock.advance(days=20)
    send(hub, till, "sale.finished", sale("B", [line(redeem=500)], clock.now()))
    clock.advance(days=100)
    r = send(hub, till, "sale.returned", returned("B", [(1, 1)], clock.now()))
    assert r["result"]["refunded_points"] == 500
    clock.set(datetime.combine(lot_expires - timedelta(days=10), time(10), tzinfo=timezone.utc))
    b = balance(hub, member)
    assert b.available == 500 and b.expiring == [(500, lot_expires)]
    clock.advance(days=11)
    assert balance(hub, member).available == 0


def test_gift_bought_with_points_is_not_returnable(hub, till, clock):
    add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=600)], clock.now()))
    clock.advance(days=16)
    send(hub, till, "sale.finished", sale("G", [line(gift=500, price="0.00")], clock.now()))
    r = send(hub, till, "sale.returned", returned("G", [(1, 1)], clock.now()))
    assert (r["status"], r["code"]) == ("rejected", "gift_not_returnable")


def test_cancel_reverses_every_movement_of_the_sale(hub, till, clock):
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=400)], clock.now()))
    clock.advance(days=16)
    send(hub, till, "sale.finished", sale("B", [line(1, redeem=100, accrual=50, bonus=56), line(2, gift=200, price="0.00")],
                                          clock.now()))
    assert balance(hub, member).available == 100
    r = send(hub, till, "sale.cancelled", cancelled("B", clock.now()))
    assert r["status"] == "applied"
    assert r["result"]["annulled_points"] == 50 and r["result"]["refunded_points"] == 300
    b = balance(hub, member)
    assert (b.available, b.pending_total) == (400, 0)
    again = send(hub, till, "sale.cancelled", cancelled("B", clock.now()))
    assert (again["status"], again["code"]) == ("rejected", "sale_cancelled")


def test_expiry_is_written_on_the_next_change_and_shows_in_history(hub, till, clock):
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=100)], clock.now()))
    clock.advance(days=15 + 365 + 1)
    assert balance(hub, member).available == 0
    send(hub, till, "sale.finished", sale("B", [line(accrual=10)], clock.now()))
    with hub.db.read() as s:
        kinds = [(m["kind"], m["points"]) for m in history(s, member)]
    assert kinds == [("accrual", 100), ("expiry", -100), ("accrual", 10)]


def test_expiring_list_covers_thirty_days(hub, till, clock):
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=100)], clock.now()))
    clock.advance(days=15 + 365 - 31)
    assert balance(hub, member).expiring == []
    clock.advance(days=2)
    assert [p for p, _ in balance(hub, member).expiring] == [100]


def test_a_debt_is_paid_by_the_next_lot_before_it_expires(hub, till, clock):
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=100)], clock.now()))
    clock.advance(days=16)
    send(hub, till, "sale.finished", sale("B", [line(redeem=100)], clock.now()))
    send(hub, till, "sale.returned", returned("A", [(1, 1)], clock.now()))
    send(hub, till, "sale.finished", sale("C", [line(accrual=300)], clock.now()))
    clock.advance(days=16)
    assert balance(hub, member).available == 200
    clock.advance(days=366)
    assert balance(hub, member).available == 0  # 200 expired, the 100 debt was paid by the lot


def test_a_return_does_not_take_back_points_that_already_expired(hub, till, clock):
    """The expiry took the unspent points once; the return takes back only what the member spent."""
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=100)], clock.now()))
    clock.advance(days=16)
    send(hub, till, "sale.finished", sale("B", [line(redeem=60)], clock.now()))  # 60 of A's 100 spent
    clock.advance(days=365)  # the other 40 expired
    r = send(hub, till, "sale.returned", returned("A", [(1, 1)], clock.now()))
    assert r["result"]["annulled_points"] == 60
    assert balance(hub, member).available == -60  # the 60 spent are owed; the 40 expired are not taken twice
    with hub.db.read() as s:
        rows = [(m["kind"], m["points"]) for m in history(s, member)]
    assert rows == [("accrual", 100), ("redemption", -60), ("expiry", -40), ("return_annulment", -60)]


def test_nothing_is_taken_back_when_all_the_points_expired(hub, till, clock):
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=100)], clock.now()))
    clock.advance(days=15 + 366)
    r = send(hub, till, "sale.returned", returned("A", [(1, 1)], clock.now()))
    assert r["status"] == "applied" and r["result"]["annulled_points"] == 0
    assert balance(hub, member).available == 0
    c = send(hub, till, "sale.cancelled", cancelled("A", clock.now()))
    assert c["status"] == "applied" and balance(hub, member).available == 0
