"""Registration and paying with points online: SMS codes, limits, expiry (the clock moves, no sleeping)."""

from __future__ import annotations

import uuid

import pytest
import requests

from hub_builders import line, sale, sold
from pos_app.hub.clock import ManualClock
from pos_app.hub.db.models import SmsCode
from pos_app.hub.demo import DEMO_PHONES
from pos_app.hub.testing import running_hub

T = (3, 10)
NEW = "+79165550011"


@pytest.fixture
def api():
    with running_hub(clock=ManualClock()) as handle:
        yield handle


def post(api, path, body):
    return requests.post(api.url + path, json=body, headers=api.headers, timeout=T)


def form(code: str, **over) -> dict:
    body = {"phone": "8 916 555-00-11", "birth_date": "1990-02-03", "consent_rules": True, "email": "a@b.ru",
            "consent_marketing": True, "code": code, "first_name": "Ольга"}
    body.update(over)
    return body


def test_registration_with_the_sms_code(api):
    sent = post(api, "/v1/registrations/code", {"phone": "8 916 555-00-11"})
    assert sent.status_code == 200
    assert sent.json() == {"phone": NEW, "expires_in": 300, "resend_in": 0, "sends_left": 2}
    code = api.last_sms_code(NEW)
    r = post(api, "/v1/registrations", form(code))
    assert r.status_code == 201
    member = r.json()
    assert member["phone"] == NEW and member["display_name"] == "Ольга" and member["balance"]["available"] == 0
    assert requests.get(f"{api.url}/v1/members/by-phone/{NEW}", headers=api.headers, timeout=T).status_code == 200
    again = post(api, "/v1/registrations/code", {"phone": NEW})
    assert again.status_code == 409 and again.json()["error"]["code"] == "already_member"


def test_codes_are_stored_hashed(api):
    post(api, "/v1/registrations/code", {"phone": NEW})
    code = api.last_sms_code(NEW)
    with api.hub.db.read() as s:
        row = s.query(SmsCode).one()
    assert code not in (row.code_hash, row.salt) and len(row.code_hash) == 64


def test_wrong_codes_count_down_then_the_code_is_dead(api):
    post(api, "/v1/registrations/code", {"phone": NEW})
    code = api.last_sms_code(NEW)
    wrong = "000000" if code != "000000" else "111111"
    for left in (4, 3, 2, 1, 0):
        r = post(api, "/v1/registrations", form(wrong))
        assert r.status_code == 403 and r.json()["error"] == {
            "code": "wrong_code", "message": f"Wrong code; {left} tries left.", "field": "code", "tries_left": left}
    r = post(api, "/v1/registrations", form(code))
    assert r.status_code == 403 and r.json()["error"]["code"] == "code_expired"


def test_a_code_expires_after_five_minutes(api):
    post(api, "/v1/registrations/code", {"phone": NEW})
    code = api.last_sms_code(NEW)
    api.hub.clock.advance(seconds=301)
    r = post(api, "/v1/registrations", form(code))
    assert r.status_code == 403 and r.json()["error"]["code"] == "code_expired"


def test_at_most_three_sends_per_ten_minutes(api):
    for left in (2, 1, 0):
        assert post(api, "/v1/registrations/code", {"phone": NEW}).json()["sends_left"] == left
    r = post(api, "/v1/registrations/code", {"phone": NEW})
    assert r.status_code == 429 and r.json()["error"]["code"] == "too_many_codes"
    assert 0 < r.json()["error"]["retry_in"] <= 600
    api.hub.clock.advance(seconds=601)
    assert post(api, "/v1/registrations/code", {"phone": NEW}).status_code == 200


@pytest.mark.parametrize("over, status, code", [
    ({"consent_rules": False}, 422, "consent_required"),
    ({"birth_date": "2010-01-01"}, 422, "underage"),
    ({"phone": "123"}, 422, "invalid_phone"),
    ({"email": "not-an-email"}, 422, "invalid_email"),
    ({"birth_date": "1990-13-01"}, 422, "invalid_input"),
    ({"code": "12ab56"}, 422, "invalid_input"),
])
def test_registration_refusals(api, over, status, code):
    post(api, "/v1/registrations/code", {"phone": NEW})
    r = post(api, "/v1/registrations", {**form(api.last_sms_code(NEW)), **over})
    assert r.status_code == status and r.json()["error"]["code"] == code


def test_paying_with_points_online_needs_a_code_and_the_sale_carries_the_token(api):
    anna = DEMO_PHONES["anna"]
    r = post(api, "/v1/redemptions/code", {"phone": anna, "points": 1000})
    assert r.status_code == 200 and r.json()["required"] is True
    challenge = r.json()["challenge_id"]
    bad = post(api, "/v1/redemptions/verify", {"challenge_id": challenge, "code": "999999"
                                               if api.last_sms_code(anna) != "999999" else "888888"})
    assert bad.status_code == 403 and bad.json()["error"]["tries_left"] == 4
    token = post(api, "/v1/redemptions/verify", {"challenge_id": challenge, "code": api.last_sms_code(anna)})
    assert token.status_code == 200
    payload = sold(api.hub, "RED-1", [line(redeem=1000)], api.hub.clock.now(), phone=anna, token=token.json()["token"])
    ev = {"id": str(uuid.uuid4()), "kind": "sale.finished", "payload": payload}
    result = post(api, "/v1/events", {"events": [ev]}).json()["results"][0]
    assert result["status"] == "applied" and result["result"]["flagged"] is False
    assert result["result"]["balance"]["available"] == 4000
    # the same token cannot pay for another receipt: applied, but flagged for review
    payload2 = sold(api.hub, "RED-2", [line(redeem=10)], api.hub.clock.now(), phone=anna, token=token.json()["token"])
    r2 = post(api, "/v1/events", {"events": [{"id": str(uuid.uuid4()), "kind": "sale.finished",
                                              "payload": payload2}]}).json()["results"][0]
    assert r2["result"]["flagged"] is True and "already used" in r2["result"]["flag_reason"]


def test_redemption_code_refusals(api):
    r = post(api, "/v1/redemptions/code", {"phone": DEMO_PHONES["anna"], "points": 999999})
    assert r.status_code == 409 and r.json()["error"]["code"] == "insufficient_points"
    assert r.json()["error"]["available"] == 5000
    r = post(api, "/v1/redemptions/code", {"phone": "+79990001122", "points": 1})
    assert r.status_code == 404
    r = post(api, "/v1/redemptions/verify", {"challenge_id": "nope", "code": "123456"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "challenge_not_found"


def test_no_code_under_the_threshold():
    from pos_app.hub.settings import HubSettings

    with running_hub(settings=HubSettings(redeem_code_threshold=500)) as api:
        r = post(api, "/v1/redemptions/code", {"phone": DEMO_PHONES["anna"], "points": 500})
        assert r.json() == {"required": False, "challenge_id": None, "expires_in": 300}
        assert api.sms_messages() == []
