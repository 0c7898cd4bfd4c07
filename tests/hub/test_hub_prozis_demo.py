"""The second program at the hub (issue 18): ``pos-hub demo --program prozis`` seeds a Slovak store, the
hub reads phones without a + code as its program's country's, and its SMS texts speak the program's
language and currency."""

from __future__ import annotations

from decimal import Decimal

import pytest
import requests

from pos_app.hub.catalog import current_rules
from pos_app.hub.demo import PROZIS_PHONES, seed_demo
from pos_app.hub.errors import ApiError
from pos_app.hub.testing import running_hub

T = (3, 10)
NBSP = "\u00a0"


@pytest.fixture(scope="module")
def prozis():
    with running_hub(program="prozis") as handle:
        yield handle


def get(api, path):
    return requests.get(api.url + path, headers=api.headers, timeout=T)


def post(api, path, body):
    return requests.post(api.url + path, json=body, headers=api.headers, timeout=T)


def test_the_slovak_store_has_its_rules_catalog_and_members(prozis):
    with prozis.hub.db.read() as s:
        _version, rules = current_rules(s)
    assert (rules.region, rules.currency, rules.point_value, rules.max_points_per_order) == (
        "SK", "EUR", Decimal("0.01"), 9000)
    assert prozis.hub.settings.review_award_points == 20 and prozis.hub.settings.sms_countries == ("SK",)
    catalog = get(prozis, "/v1/catalog").json()
    gift_cards = [i for i in catalog["items"] if i["category"] == "gift_card"]
    assert [(i["name"], i["price"]) for i in gift_cards] == [("Darčeková karta 50 €", "50.00")]
    assert rules.excluded_categories == ("gift_card",)
    balances = {name: get(prozis, f"/v1/members/by-phone/{phone}").json()["balance"]
                for name, phone in PROZIS_PHONES.items()}
    assert (balances["jana"]["available"], balances["peter"]["available"], balances["zuzana"]["available"],
            balances["marek"]["available"]) == (12000, 1500, -380, 0)


@pytest.mark.parametrize("typed", ["0905 123 456", "0905123456", "+421 905 123 456", "00421905123456"])
def test_a_number_without_its_code_is_a_slovak_one(prozis, typed):
    r = get(prozis, f"/v1/members/by-phone/{typed}")
    assert r.status_code == 200 and r.json()["display_name"] == "Jana"


def test_sms_texts_speak_slovak_with_euros(prozis):
    sent = post(prozis, "/v1/registrations/code", {"phone": "0944 555 042"})
    assert sent.status_code == 200 and sent.json()["phone"] == "+421944555042"
    code = prozis.last_sms_code("+421944555042")
    assert prozis.sms_messages()[-1]["text"] == f"Registračný kód vernostného programu: {code}. Nikomu ho neprezrádzajte."
    asked = post(prozis, "/v1/redemptions/code", {"phone": "0905 123 456", "points": 9000})
    assert asked.status_code == 200 and asked.json()["required"] is True
    code = prozis.last_sms_code("0905 123 456")
    assert prozis.sms_messages()[-1]["text"] == (
        f"Kód na platbu 9000 bodmi (90,00{NBSP}€): {code}. Povedzte ho pokladníkovi.")


def test_the_russian_demo_speaks_russian_with_roubles():
    with running_hub() as ru:
        assert ru.hub.settings.sms_countries == ("RU",)
        asked = post(ru, "/v1/redemptions/code", {"phone": "8 912 345-67-89", "points": 3000})
        assert asked.status_code == 200
        code = ru.last_sms_code("+79123456789")
        assert ru.sms_messages()[-1]["text"] == (
            f"Код для оплаты 3000 баллами (3{NBSP}000,00{NBSP}₽): {code}. Назовите его кассиру.")
        sent = post(ru, "/v1/registrations/code", {"phone": "0905 123 456"})  # read as a Russian number: invalid
        assert sent.status_code == 422 and sent.json()["error"]["code"] == "invalid_phone"


def test_one_database_holds_one_demo_program(prozis):
    with pytest.raises(ApiError) as info:
        seed_demo(prozis.hub, program="ru")
    assert info.value.code == "demo_program_mismatch"
    assert seed_demo(prozis.hub, program="prozis")["members"] == PROZIS_PHONES  # idempotent
    with pytest.raises(ApiError) as info:
        seed_demo(prozis.hub, program="lidl")
    assert info.value.code == "unknown_program"
