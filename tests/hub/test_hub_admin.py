"""Adjustments and review awards: roles are checked, every action is audited."""

from __future__ import annotations

import pytest
import requests

from pos_app.hub.audit import entries
from pos_app.hub.clock import ManualClock
from pos_app.hub.demo import DEMO_PHONES
from pos_app.hub.testing import running_hub
from pos_app.hub.tills.roles import add_staff

T = (3, 10)


@pytest.fixture
def api():
    with running_hub(clock=ManualClock()) as handle:
        yield handle


def _member(api, who="gleb"):
    return requests.get(f"{api.url}/v1/members/by-phone/{DEMO_PHONES[who]}", headers=api.headers, timeout=T).json()


def post(api, path, body):
    return requests.post(api.url + path, json=body, headers=api.headers, timeout=T)


def test_adjustments_need_a_service_or_supervisor_once_staff_is_registered(api):
    member = _member(api)["member_id"]
    with api.hub.db.write() as s:
        add_staff(s, "S1", "101", "Cashier", "cashier")
        add_staff(s, "S1", "900", "Supervisor", "supervisor")
    r = post(api, f"/v1/members/{member}/adjustments", {"points": 50, "reason": "goodwill", "author": "101"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "role_not_allowed"
    r = post(api, f"/v1/members/{member}/adjustments", {"points": 50, "reason": "goodwill", "author": "900"})
    assert r.status_code == 201 and r.json()["balance"]["available"] == 50
    r = post(api, f"/v1/members/{member}/adjustments", {"points": -80, "reason": "correction", "author": "900"})
    assert r.status_code == 201 and r.json()["balance"]["available"] == -30
    hist = requests.get(f"{api.url}/v1/members/{member}/history", headers=api.headers, timeout=T).json()
    assert [(m["kind"], m["points"], m["note"]) for m in hist["movements"]] == [
        ("adjustment", 50, "goodwill"), ("adjustment", -80, "correction")]
    with api.hub.db.read() as s:
        audited = [(e.action, e.details["points"], e.note) for e in entries(s, "ledger.adjustment")]
    assert audited == [("ledger.adjustment", 50, "goodwill"), ("ledger.adjustment", -80, "correction")]


def test_adjustment_refusals(api):
    member = _member(api)["member_id"]
    r = post(api, f"/v1/members/{member}/adjustments", {"points": 0, "reason": "x", "author": "900"})
    assert r.status_code == 422
    r = post(api, "/v1/members/nobody/adjustments", {"points": 5, "reason": "x", "author": "900"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "member_not_found"
    r = post(api, f"/v1/members/{member}/adjustments", {"points": 5, "reason": "", "author": "900"})
    assert r.status_code == 422 and r.json()["error"]["field"] == "reason"


def test_review_award_once_per_review(api):
    member = _member(api)["member_id"]
    r = post(api, f"/v1/members/{member}/review-awards", {"review_id": "rv-1", "author": "900"})
    assert r.status_code == 201 and r.json()["points"] == 20 and r.json()["balance"]["available"] == 20
    again = post(api, f"/v1/members/{member}/review-awards", {"review_id": "rv-1", "author": "900"})
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
