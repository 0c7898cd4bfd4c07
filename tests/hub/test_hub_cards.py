"""Issue 16 #2: member cards at the hub: a number at registration, look-up by card, a lost card replaced."""

from __future__ import annotations

import pytest
import requests

from pos_app.hub.audit import entries
from pos_app.hub.clock import ManualClock
from pos_app.hub.demo import DEMO_PHONES
from pos_app.hub.testing import running_hub
from pos_app.loyalty.cards import card_number, is_card_number

T = (3, 10)


@pytest.fixture(scope="module")
def api():
    with running_hub(clock=ManualClock()) as handle:
        yield handle


def get(api, path):
    return requests.get(api.url + path, headers=api.headers, timeout=T)


def post(api, path, body):
    return requests.post(api.url + path, json=body, headers=api.headers, timeout=T)


def test_every_demo_member_has_a_card_shown_in_the_answer_and_the_history(api):
    cards = set()
    for phone in DEMO_PHONES.values():
        body = get(api, f"/v1/members/by-phone/{phone}").json()
        assert is_card_number(body["card_number"]), body
        cards.add(body["card_number"])
        hist = get(api, f"/v1/members/{body['member_id']}/history").json()
        assert hist["card_number"] == body["card_number"]
    assert len(cards) == len(DEMO_PHONES)


def test_by_card_answers_like_by_phone_and_refuses_what_is_not_a_card(api):
    by_phone = get(api, f"/v1/members/by-phone/{DEMO_PHONES['anna']}").json()
    r = get(api, f"/v1/members/by-card/{by_phone['card_number']}")
    assert r.status_code == 200 and r.json() == by_phone
    bad_check = by_phone["card_number"][:12] + str((int(by_phone["card_number"][12]) + 1) % 10)
    for card, status, code in [(bad_check, 404, "card_not_found"), ("2912", 422, "invalid_input"),
                               ("4600000000003", 422, "invalid_input"), (card_number(9_999_999_999), 404, "card_not_found")]:
        r = get(api, f"/v1/members/by-card/{card}")
        assert (r.status_code, r.json()["error"]["code"]) == (status, code), card


def test_a_replaced_card_stops_working_and_the_replacement_is_audited(api):
    member = get(api, f"/v1/members/by-phone/{DEMO_PHONES['boris']}").json()
    old = member["card_number"]
    for author, pin, status, code in [("1", "1111", 403, "role_not_allowed"), ("9", "1234", 403, "wrong_pin")]:
        r = post(api, f"/v1/members/{member['member_id']}/card", {"author": author, "pin": pin})
        assert (r.status_code, r.json()["error"]["code"]) == (status, code)
    assert get(api, f"/v1/members/by-card/{old}").status_code == 200  # refusals change nothing
    r = post(api, f"/v1/members/{member['member_id']}/card", {"author": "9", "pin": "9999"})
    assert r.status_code == 201, r.text
    new = r.json()["card_number"]
    assert is_card_number(new) and new != old and r.json()["replaced"] == old[:2] + "*" * 7 + old[-4:]
    r = get(api, f"/v1/members/by-card/{old}")
    assert (r.status_code, r.json()["error"]["code"]) == (404, "card_not_found")
    assert get(api, f"/v1/members/by-card/{new}").json()["member_id"] == member["member_id"]
    assert get(api, f"/v1/members/by-phone/{DEMO_PHONES['boris']}").json()["card_number"] == new
    with api.hub.db.read() as s:
        done = [(e.actor, e.details["member_id"], e.details["new_card"]) for e in entries(s, "member.card_replaced")]
        refused = [(e.actor, e.details["code"]) for e in entries(s, "member.card_replaced.refused")]
    assert done == [("S1/T1/9", member["member_id"], new[:2] + "*" * 7 + new[-4:])]
    assert refused == [("S1/T1/1", "role_not_allowed"), ("S1/T1/9", "wrong_pin")]
    assert old not in str(done)  # the audit log masks card numbers


def test_the_migration_gives_members_registered_before_it_their_cards(tmp_path):
    """0005_member_cards: existing members get cards in the order they registered; the counter goes on."""
    from datetime import datetime

    from sqlalchemy import text

    from pos_app.hub.db import upgrade
    from pos_app.hub.db.engine import Database

    db = Database(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    try:
        upgrade(db.engine, "0004")
        with db.engine.begin() as conn:
            for member_id, phone, at in [("m2", "+79000000002", datetime(2026, 2, 1)),
                                         ("m1", "+79000000001", datetime(2026, 1, 1))]:
                conn.execute(text("INSERT INTO members (member_id, phone, consent_rules, consent_marketing, "
                                  "registered_at, source) VALUES (:m, :p, 1, 0, :at, 'hub')"),
                             {"m": member_id, "p": phone, "at": at})
        upgrade(db.engine)
        with db.engine.connect() as conn:
            cards = dict(conn.execute(text("SELECT member_id, card_number FROM members")).all())
            counter = conn.execute(text("SELECT value FROM counters WHERE name = 'card'")).scalar_one()
        assert cards == {"m1": card_number(1), "m2": card_number(2)} and counter == 2
    finally:
        db.dispose()
