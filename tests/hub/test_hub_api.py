"""The HTTP API through a real hub on a loopback port (``pos_app.hub.testing.running_hub``)."""

from __future__ import annotations

import threading
import uuid

import pytest
import requests

from hub_builders import line, sale
from pos_app.hub.clock import ManualClock
from pos_app.hub.demo import DEMO_PHONES
from pos_app.hub.testing import running_hub

T = (3, 10)


@pytest.fixture(scope="module")
def api():
    with running_hub(clock=ManualClock()) as handle:
        yield handle


def get(api, path, **kw):
    return requests.get(api.url + path, headers=api.headers, timeout=T, **kw)


def post(api, path, body, **kw):
    return requests.post(api.url + path, json=body, headers=api.headers, timeout=T, **kw)


def test_health_needs_no_token(api):
    r = requests.get(api.url + "/v1/health", timeout=T)
    assert r.status_code == 200 and r.json()["status"] == "ok" and r.json()["time"].endswith("+00:00")


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic x"}])
def test_requests_without_a_valid_token_are_refused(api, headers):
    r = requests.get(api.url + "/v1/rules", headers=headers, timeout=T)
    assert r.status_code == 401 and r.json()["error"]["code"] in ("unauthorized", "invalid_token")


@pytest.mark.parametrize(("method", "path", "allowed"), [
    ("TRACE", "/v1/events", "POST"), ("DELETE", "/v1/rules", "GET"), ("PUT", "/v1/registrations/code", "POST")])
def test_a_method_the_contract_lacks_is_405_with_allow(api, method, path, allowed):
    r = requests.request(method, api.url + path, headers=api.headers, timeout=T)
    assert r.status_code == 405 and r.headers["Allow"] == allowed
    assert r.json()["error"]["code"] == "method_not_allowed"


def test_member_lookup_normalises_the_phone(api):
    r = get(api, "/v1/members/by-phone/8 (912) 345-67-89")
    assert r.status_code == 200
    body = r.json()
    assert body["phone"] == DEMO_PHONES["anna"]
    assert body["balance"]["available"] == 5000 and body["balance"]["pending_total"] == 650


def test_member_lookup_errors(api):
    assert get(api, "/v1/members/by-phone/12345").json()["error"]["code"] == "invalid_phone"
    r = get(api, "/v1/members/by-phone/+79990001122")
    assert r.status_code == 404 and r.json()["error"]["code"] == "member_not_found"


def test_demo_members_cover_expiring_and_negative_balances(api):
    boris = get(api, f"/v1/members/by-phone/{DEMO_PHONES['boris']}").json()["balance"]
    vera = get(api, f"/v1/members/by-phone/{DEMO_PHONES['vera']}").json()
    assert boris["expiring"] and boris["expiring"][0]["points"] == 1200
    assert vera["balance"]["available"] == -300
    hist = get(api, f"/v1/members/{vera['member_id']}/history").json()["movements"]
    assert [m["kind"] for m in hist] == ["accrual", "redemption", "return_annulment"]
    assert hist[-1]["balance_after"] == -300


def test_catalog_is_pulled_by_version(api):
    full = get(api, "/v1/catalog").json()
    assert full["full"] is True and full["version"] >= 1
    gifts = [i for i in full["items"] if i["gift_points"]]
    assert gifts and all(i["price"] == "0.00" for i in gifts)
    assert any(i["category"] == "gift_card" for i in full["items"])
    assert any(i["on_sale"] for i in full["items"])
    same = get(api, "/v1/catalog", params={"since": full["version"]}).json()
    assert same == {"version": full["version"], "full": False, "items": [], "removed": []}
    assert get(api, "/v1/catalog", params={"since": -1}).status_code == 422


def test_rules_have_a_version(api):
    body = get(api, "/v1/rules").json()
    assert body["version"] >= 1 and body["rules"]["hold_days"] == 15


def test_events_over_http(api):
    payload = sale("API-1", [line(accrual=10)], api.hub.clock.now(), phone=DEMO_PHONES["gleb"])
    ev = {"id": str(uuid.uuid4()), "kind": "sale.finished", "created_at": None, "payload": payload}
    first = post(api, "/v1/events", {"events": [ev]}).json()["results"][0]
    again = post(api, "/v1/events", {"events": [ev, dict(ev, id=ev["id"].upper())]}).json()["results"]
    assert first["status"] == "applied"
    assert [r["status"] for r in again] == ["duplicate", "duplicate"]
    assert again[1]["id"] == ev["id"].upper()


def test_concurrent_requests_with_the_same_event_id_apply_once(api):
    payload = sale("API-2", [line(accrual=7)], api.hub.clock.now(), phone=DEMO_PHONES["gleb"])
    ev = {"id": str(uuid.uuid4()), "kind": "sale.finished", "payload": payload}
    barrier = threading.Barrier(2)
    statuses: list[str] = []

    def worker():
        barrier.wait()
        statuses.append(post(api, "/v1/events", {"events": [ev]}).json()["results"][0]["status"])

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(statuses) == ["applied", "duplicate"]


@pytest.mark.parametrize("body, code", [
    ({"events": "x"}, "invalid_input"),
    ({"events": [{"id": "not-a-uuid", "kind": "sale.finished", "payload": {}}]}, "invalid_input"),
    ({"events": [{"id": str(uuid.uuid4()), "kind": "x", "payload": {}}] * 501}, "invalid_input"),
])
def test_malformed_batches_are_422(api, body, code):
    r = post(api, "/v1/events", body)
    assert r.status_code == 422 and r.json()["error"]["code"] == code


def test_malformed_json_is_422_not_500(api):
    r = requests.post(api.url + "/v1/events", data=b"{nope", headers={**api.headers, "Content-Type": "application/json"},
                      timeout=T)
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_json"


def test_unknown_path_is_404_in_the_error_shape(api):
    r = get(api, "/v1/nothing")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


def test_the_hub_can_go_away_and_come_back_on_the_same_port():
    with running_hub(demo=False) as handle:
        url = handle.url
        handle.stop()
        with pytest.raises(requests.ConnectionError):
            requests.get(url + "/v1/health", timeout=T)
        handle.start()
        assert handle.url == url
        assert requests.get(url + "/v1/health", timeout=T).status_code == 200
