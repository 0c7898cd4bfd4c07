"""Issue 12 on SQLite and PostgreSQL: expiry on its date in the program's time zone (written every minute,
counted by every read) and the review queue of flagged sales (API, CLI, the history's "under review")."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
import requests

from hub_builders import add_member, balance, line, sale, send
from pos_app.hub.audit import entries
from pos_app.hub.catalog import set_rules
from pos_app.hub.clock import ManualClock
from pos_app.hub.ledger import history
from pos_app.hub.ledger.expiry_runner import expire_all
from pos_app.hub.review import resolve, review_list
from pos_app.hub.testing import running_hub
from pos_app.hub.tills import add_till
from pos_app.loyalty import Rules
from pos_app.loyalty.errors import InvalidInput

T = (3, 10)
UTC = timezone.utc


def at(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_points_turn_at_midnight_in_moscow_by_default(hub, till, clock):
    """Bought 2026-11-21 13:00 Moscow: available from 2026-12-06 00:00 Moscow (= 12-05 21:00 UTC), gone at
    2027-12-06 00:00 Moscow; before the change they turned at 00:00 UTC, three hours late."""
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=650)], clock.now()))
    assert balance(hub, member).pending == [(650, date(2026, 12, 6))]
    clock.set(at(2026, 12, 5, 20, 59, 59))
    b = balance(hub, member)
    assert (b.available, b.pending_total) == (0, 650)
    clock.set(at(2026, 12, 5, 21, 0))
    b = balance(hub, member)
    assert (b.available, b.pending_total) == (650, 0)
    clock.set(at(2027, 12, 5, 20, 59, 59))
    b = balance(hub, member)
    assert (b.available, b.expiring) == (650, [(650, date(2027, 12, 6))])
    clock.set(at(2027, 12, 5, 21, 0))
    assert balance(hub, member).available == 0


def test_the_purchase_day_is_the_local_one(hub, till, clock):
    """22:30 UTC on 11-21 is 01:30 on 11-22 in Moscow: the hold counts from 11-22."""
    member = add_member(hub)
    clock.set(at(2026, 11, 21, 22, 30))
    send(hub, till, "sale.finished", sale("A", [line(accrual=100)], clock.now()))
    assert balance(hub, member).pending == [(100, date(2026, 12, 7))]


def test_the_timezone_rule_moves_the_turn(hub, till, clock):
    with hub.db.write() as s:
        set_rules(s, Rules(timezone="Europe/Bratislava"), at=clock.now(), author="test")
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=100)], clock.now()))
    clock.set(at(2026, 12, 5, 22, 59))  # 23:59 in Bratislava (UTC+1)
    assert balance(hub, member).available == 0
    clock.set(at(2026, 12, 5, 23, 0))
    assert balance(hub, member).available == 100


@pytest.mark.parametrize("bad", ["Mars/Olympus", "", "UTC ", "../etc/passwd", 3])
def test_a_timezone_must_be_a_real_zone(bad):
    with pytest.raises(InvalidInput) as err:
        Rules.from_dict({"timezone": bad})
    assert err.value.field == "rules.timezone"
    assert Rules.from_dict({"timezone": "Asia/Vladivostok"}).to_dict()["timezone"] == "Asia/Vladivostok"
    assert Rules().to_dict()["timezone"] == "Europe/Moscow"


def test_expire_all_writes_what_is_due_and_only_that(hub, till, clock):
    anna, boris = add_member(hub), add_member(hub, "+79120000002")
    send(hub, till, "sale.finished", sale("A", [line(accrual=650)], clock.now()))
    send(hub, till, "sale.finished", sale("B", [line(accrual=40)], clock.now(), phone="+79120000002"))
    clock.set(at(2027, 12, 5, 20, 59))
    assert expire_all(hub) == (0, 0)
    clock.set(at(2027, 12, 5, 21, 0))
    assert expire_all(hub) == (2, 690)
    assert expire_all(hub) == (0, 0)
    with hub.db.read() as s:
        rows = [(m["kind"], m["points"], m["balance_after"], m["at"]) for m in history(s, anna)]
    assert rows == [("accrual", 650, 650, "2026-11-21T10:00:00+00:00"),
                    ("expiry", -650, 0, "2027-12-05T21:00:00+00:00")]
    assert balance(hub, boris).available == 0


def test_history_over_http_includes_the_expiry_due_at_the_read(db_url):
    """Nothing touched the member and no expiry run came yet: the history's last total is still what the
    balance says (before the change: balance 0, history 650)."""
    clock = ManualClock(at(2026, 11, 21, 10, 0))
    with running_hub(db_url=db_url, clock=clock) as api:
        phone = "+79120000077"
        add_member(api.hub, phone)
        with api.hub.db.read() as s:
            from pos_app.hub.db.models import Till
            till = s.query(Till).filter_by(store="S1", till="T1").one()
        send(api.hub, till, "sale.finished", sale("X1", [line(accrual=650)], clock.now(), phone=phone))
        clock.advance(days=40)
        send(api.hub, till, "sale.finished", sale("X2", [line(accrual=50)], clock.now(), phone=phone))
        clock.set(at(2027, 12, 5, 21, 0))  # X1's lot is gone, X2's is still there
        member = requests.get(f"{api.url}/v1/members/by-phone/{phone}", headers=api.headers, timeout=T).json()
        assert (member["balance"]["available"], member["balance"]["pending_total"]) == (50, 0)
        movements = requests.get(f"{api.url}/v1/members/{member['member_id']}/history", headers=api.headers,
                                 timeout=T).json()["movements"]
        assert [(m["kind"], m["points"], m["balance_after"]) for m in movements] == [
            ("accrual", 650, 650), ("accrual", 50, 700), ("expiry", -650, 50)]
        assert movements[-1]["balance_after"] == member["balance"]["available"] + member["balance"]["pending_total"]


def _flagged_sale(hub, till, clock) -> int:
    """An offline sale spending points the member does not have: flagged offline_below_zero."""
    add_member(hub)
    r = send(hub, till, "sale.finished", sale("F1", [line(redeem=300)], clock.now(), offline=True))
    assert r["status"] == "applied" and r["result"]["flags"] == ["offline_below_zero"]
    with hub.db.read() as s:
        (item,) = review_list(s)
    return item["id"]


def test_a_flagged_sale_is_open_in_the_queue_and_under_review_in_the_history(hub, till, clock):
    sale_id = _flagged_sale(hub, till, clock)
    send(hub, till, "sale.finished", sale("OK1", [line(accrual=7)], clock.now()))
    with hub.db.read() as s:
        (item,) = review_list(s, "open")
        rows = [(m["receipt_no"], m["kind"], m["points"], m["under_review"]) for m in history(s, item["member_id"])]
    assert item == {
        "id": sale_id, "status": "open", "reason": "offline_below_zero: offline sale took the balance below zero (-300)",
        "member_id": item["member_id"], "member_phone": "+7 *** ***-67-89", "store": "S1", "till": "T1",
        "receipt_no": "F1", "sold_at": "2026-11-21T10:00:00+00:00", "offline": True, "sale_status": "finished",
        "accrual_points": 0, "redeem_points": 300, "gift_points": 0, "resolved_at": None, "resolved_by": None,
        "note": None}
    assert rows == [("F1", "redemption", -300, True), ("OK1", "accrual", 7, False)]
    clock.advance(hours=2)
    with hub.db.write() as s:
        done = resolve(s, sale_id, actor="olga", note="called the store: paper receipt checked", at=clock.now())
    assert (done["status"], done["resolved_by"], done["resolved_at"]) == ("resolved", "olga",
                                                                          "2026-11-21T12:00:00+00:00")
    with hub.db.write() as s:
        assert review_list(s, "open") == []
        assert [r["id"] for r in review_list(s, "resolved")] == [sale_id]
        assert [m["under_review"] for m in history(s, item["member_id"])] == [False, False]
        (entry,) = entries(s, "review.resolve")
        assert (entry.actor, entry.note, entry.details["receipt_no"]) == (
            "olga", "called the store: paper receipt checked", "F1")
        with pytest.raises(Exception) as again:
            resolve(s, sale_id, actor="ivan", note="again", at=clock.now())
    assert again.value.code == "review_resolved"
    with hub.db.write() as s:
        with pytest.raises(Exception) as missing:
            resolve(s, 999999, actor="ivan", note="x", at=clock.now())
        assert missing.value.code == "review_not_found"
        with pytest.raises(Exception) as empty:
            resolve(s, sale_id, actor="ivan", note="  ", at=clock.now())
        assert empty.value.code == "invalid_input"


def test_the_review_endpoint_needs_a_back_office_token(db_url):
    clock = ManualClock(at(2026, 11, 21, 10, 0))
    with running_hub(db_url=db_url, clock=clock) as api:
        from pos_app.hub.db.models import Till

        with api.hub.db.write() as s:
            office = add_till(s, "*", "olga", at=clock.now(), role="back-office")
            till = s.query(Till).filter_by(store="S1", till="T1").one()
        add_member(api.hub, "+79120000055")
        r = send(api.hub, till, "sale.finished", sale("F1", [line(redeem=300)], clock.now(), phone="+79120000055",
                                                      offline=True))
        assert r["result"]["flagged"] is True
        url = f"{api.url}/v1/review?status=open"
        assert requests.get(url, headers=api.headers, timeout=T).status_code == 403  # a till's token
        assert requests.get(url, timeout=T).status_code == 401
        ok = requests.get(url, headers={"Authorization": f"Bearer {office}"}, timeout=T)
        assert ok.status_code == 200
        (item,) = ok.json()["sales"]
        assert (item["receipt_no"], item["member_phone"], item["redeem_points"], item["status"]) == (
            "F1", "+7 *** ***-00-55", 300, "open")
        bad = requests.get(f"{api.url}/v1/review?status=closed", headers={"Authorization": f"Bearer {office}"},
                           timeout=T)
        assert (bad.status_code, bad.json()["error"]["code"]) == (422, "invalid_input")
        resolved = requests.get(f"{api.url}/v1/review?status=resolved",
                                headers={"Authorization": f"Bearer {office}"}, timeout=T).json()
        assert resolved == {"status": "resolved", "sales": []}


def test_review_and_expire_from_the_command_line(sqlite_hub, capsys):
    from pos_app.hub.cli import main
    from pos_app.hub.db.models import Till

    hub, clock = sqlite_hub, sqlite_hub.clock
    with hub.db.write() as s:
        add_till(s, "S1", "T1", at=clock.now())
        from hub_builders import add_test_staff
        add_test_staff(s, "S1")
        till = s.query(Till).filter_by(store="S1", till="T1").one()
    sale_id = _flagged_sale(hub, till, clock)
    capsys.readouterr()
    assert main(["review", "list", "--db", hub.db.url]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{sale_id}\topen\t2026-11-21T10:00:00+00:00\tS1/T1\tF1\t+7 *** ***-67-89\t")
    assert "offline_below_zero" in out
    assert main(["review", "resolve", str(sale_id), "--note", "checked", "--by", "olga", "--db", hub.db.url]) == 0
    assert main(["review", "resolve", str(sale_id), "--note", "again", "--by", "olga", "--db", hub.db.url]) == 2
    assert "review_resolved" in capsys.readouterr().err
    assert main(["review", "list", "--db", hub.db.url]) == 0
    assert capsys.readouterr().out == ""
    assert main(["expire", "--db", hub.db.url]) == 0  # the system clock: nothing is due
    assert capsys.readouterr().out == "pos-hub: expired 0 points of 0 member(s)\n"


def test_the_serve_thread_writes_due_expiries_on_its_own(hub, till, clock):
    import time

    from pos_app.hub.ledger.expiry_runner import ExpiryThread

    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=80)], clock.now()))
    clock.set(at(2027, 12, 5, 21, 0))
    runner = ExpiryThread(hub, interval=0.05).start()
    try:
        for _ in range(200):
            with hub.db.read() as s:
                kinds = [m["kind"] for m in history(s, member)]
            if kinds[-1] == "expiry":
                break
            time.sleep(0.05)
    finally:
        runner.stop()
    assert kinds == ["accrual", "expiry"]
