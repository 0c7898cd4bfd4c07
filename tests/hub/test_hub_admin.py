"""Adjustments and review awards: roles are checked, every action is audited."""

from __future__ import annotations

import pytest
import requests

from pos_app.hub.audit import entries
from pos_app.hub.clock import ManualClock
from pos_app.hub.demo import DEMO_PHONES
from pos_app.hub.testing import running_hub

T = (3, 10)


@pytest.fixture
def api():
    with running_hub(clock=ManualClock()) as handle:
        yield handle


def _member(api, who="gleb"):
    return requests.get(f"{api.url}/v1/members/by-phone/{DEMO_PHONES[who]}", headers=api.headers, timeout=T).json()


def post(api, path, body):
    return requests.post(api.url + path, json=body, headers=api.headers, timeout=T)


def test_adjustments_need_a_service_or_supervisor_of_the_till_store_and_their_pin(api):
    """Issue 12 #1: an author is a person of the till's store at the hub, and the hub checks their PIN."""
    member = _member(api)["member_id"]
    body = {"points": 50, "reason": "goodwill"}
    for author, pin, status, code in [("1", "1111", 403, "role_not_allowed"),   # a cashier
                                      ("555", "123456", 403, "role_not_allowed"),  # nobody
                                      ("9", None, 403, "wrong_pin"), ("9", "1234", 403, "wrong_pin")]:
        r = post(api, f"/v1/members/{member}/adjustments", {**body, "author": author, "pin": pin})
        assert (r.status_code, r.json()["error"]["code"]) == (status, code), author
    # a till of another store, where nobody was added at the hub: no bare code works there
    s2 = {"Authorization": f"Bearer {api.new_token('S2', 'T1')}"}
    r = requests.post(f"{api.url}/v1/members/{member}/adjustments", headers=s2, timeout=T,
                      json={**body, "author": "9", "pin": "9999"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "role_not_allowed"
    r = post(api, f"/v1/members/{member}/adjustments", {**body, "author": "9", "pin": "9999"})
    assert r.status_code == 201 and r.json()["balance"]["available"] == 50
    r = post(api, f"/v1/members/{member}/adjustments", {"points": -80, "reason": "correction", "author": "2",
                                                       "pin": "2222"})
    assert r.status_code == 201 and r.json()["balance"]["available"] == -30
    hist = requests.get(f"{api.url}/v1/members/{member}/history", headers=api.headers, timeout=T).json()
    assert [(m["kind"], m["points"], m["note"]) for m in hist["movements"]] == [
        ("adjustment", 50, "goodwill"), ("adjustment", -80, "correction")]
    with api.hub.db.read() as s:
        audited = [(e.actor, e.details["points"], e.note) for e in entries(s, "ledger.adjustment")]
        refused = [(e.actor, e.details["code"]) for e in entries(s, "ledger.adjustment.refused")]
    assert audited == [("S1/T1/9", 50, "goodwill"), ("S1/T1/2", -80, "correction")]
    assert refused == [("S1/T1/1", "role_not_allowed"), ("S1/T1/555", "role_not_allowed"),
                       ("S1/T1/9", "wrong_pin"), ("S1/T1/9", "wrong_pin"), ("S2/T1/9", "role_not_allowed")]


def test_staff_pull_gives_hashes_of_the_till_store_only(api):
    body = requests.get(f"{api.url}/v1/staff", headers=api.headers, timeout=T).json()
    assert body["store"] == "S1"
    assert [(p["code"], p["role"]) for p in body["staff"]] == [("1", "cashier"), ("2", "service"), ("9", "supervisor")]
    assert all(p["pin_hash"].startswith("pbkdf2_sha256$") and "9999" not in p["pin_hash"] for p in body["staff"])
    s2 = {"Authorization": f"Bearer {api.new_token('S2', 'T1')}"}
    assert requests.get(f"{api.url}/v1/staff", headers=s2, timeout=T).json() == {"store": "S2", "staff": []}


def test_adjustment_refusals(api):
    member = _member(api)["member_id"]
    r = post(api, f"/v1/members/{member}/adjustments", {"points": 0, "reason": "x", "author": "9", "pin": "9999"})
    assert r.status_code == 422
    r = post(api, "/v1/members/nobody/adjustments", {"points": 5, "reason": "x", "author": "9", "pin": "9999"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "member_not_found"
    r = post(api, f"/v1/members/{member}/adjustments", {"points": 5, "reason": "", "author": "9", "pin": "9999"})
    assert r.status_code == 422 and r.json()["error"]["field"] == "reason"


def test_review_award_once_per_review(api):
    member = _member(api)["member_id"]
    r = post(api, f"/v1/members/{member}/review-awards", {"review_id": "rv-1", "author": "9"})
    assert r.status_code == 201 and r.json()["points"] == 20 and r.json()["balance"]["available"] == 20
    again = post(api, f"/v1/members/{member}/review-awards", {"review_id": "rv-1", "author": "9"})
    assert again.status_code == 409 and again.json()["error"]["code"] == "review_already_awarded"


def test_returns_need_a_supervisor(api):
    import uuid

    from hub_builders import line, returned, sale

    now = api.hub.clock.now()
    events = [{"id": str(uuid.uuid4()), "kind": "sale.finished",
               "payload": sale("SUP-1", [line(accrual=10)], now, phone=DEMO_PHONES["gleb"])}]
    no_sup = returned("SUP-1", [(1, 1)], now)
    no_sup["supervisor"] = None
    events.append({"id": str(uuid.uuid4()), "kind": "sale.returned", "payload": no_sup})
    results = post(api, "/v1/events", {"events": events}).json()["results"]
    assert results[1]["code"] == "supervisor_required"


def test_rules_changes_are_versioned_and_audited(sqlite_hub):
    from pos_app.hub.catalog import current_rules, set_rules
    from pos_app.loyalty import Rules

    with sqlite_hub.db.write() as s:
        assert current_rules(s)[0] == 1
        version = set_rules(s, Rules(hold_days=14), at=sqlite_hub.clock.now(), author="admin")
    with sqlite_hub.db.read() as s:
        assert current_rules(s) == (version, Rules(hold_days=14)) and version == 2
        assert entries(s, "rules.change")[0].details["new"]["hold_days"] == 14
