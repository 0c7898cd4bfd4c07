"""Member look-up online then from the cache, the offline redemption limit, and pulls by version."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from events_hub_stub import StubHub

from pos_app.loyalty import InvalidPhone, Rules
from pos_app.sales import SaleDraft, Tender, finish_sale
from pos_app.sync import (
    HubClient, HubUnavailable, MemberNotFound, MemberUnavailable, Backoff, OutboxRelay, load_rules, lookup_member,
    offline_redeem_limit, pull_catalog, pull_rules,
)
from pos_app.till.catalog import ProductNotFound, find_product

from tests.common import line_of

PHONE = "+79123456789"
MEMBER = {"member_id": "m1", "phone": PHONE, "display_name": "Anna P.", "birth_date": "1990-01-01",
          "balance": {"as_of": "2026-11-21T10:00:00+00:00", "available": 5000, "pending": [{"points": 100, "available_on": "2026-12-01"}],
                      "pending_total": 100, "expiring": []}}


def test_member_online_then_cached_then_offline(store):
    with StubHub() as hub:
        hub.members[PHONE] = MEMBER
        client = HubClient(hub.url, timeout=(0.5, 0.5))
        online = lookup_member(store, client, "8 (912) 345-67-89")
        assert not online.cached and online.available == 5000 and online.pending_total == 100
        with pytest.raises(MemberNotFound):
            lookup_member(store, client, "+79000000000")
    offline = lookup_member(store, client, PHONE)  # the hub is gone now
    assert offline.cached and offline.available == 5000 and offline.as_of == online.as_of
    with pytest.raises(MemberUnavailable):
        lookup_member(store, client, "+79991112233")
    with pytest.raises(InvalidPhone):
        lookup_member(store, client, "12")


def test_garbage_member_answer_is_not_cached(store):
    with StubHub() as hub:
        hub.members[PHONE] = {"member_id": "m1"}
        with pytest.raises(MemberUnavailable):
            lookup_member(store, HubClient(hub.url, timeout=(0.5, 0.5)), PHONE)


def spend(store, points, offline):
    line = line_of("TV", "TV", D("30000.00"), 1, "tv", 0)
    draft = SaleDraft((line,), (Tender("cash", D("30000.00") - points),), "1", member_phone=PHONE,
                      available_points=points, redeem_points=points, offline=offline, supervisor="9" if offline else None)
    return finish_sale(store, draft, Rules(), store_id="S1", till_id="T1")


def test_offline_limit_is_cache_minus_spent_and_cap_minus_offline_spent(store):
    with StubHub() as hub:
        hub.members[PHONE] = {**MEMBER, "balance": {**MEMBER["balance"], "available": 1500}}
        client = HubClient(hub.url, timeout=(0.5, 0.5))
        lookup_member(store, client, PHONE)
        assert offline_redeem_limit(store, PHONE, cap=1000).limit == 1000
        spend(store, 700, offline=True)
        limit = offline_redeem_limit(store, PHONE, cap=1000)
        assert (limit.spent_offline, limit.limit) == (700, 300)
        assert offline_redeem_limit(store, PHONE, cap=5000).limit == 800  # the cached balance binds
        # once the hub has the sale and the member is re-read, the cap starts afresh
        OutboxRelay(store, client, backoff=Backoff(base=0.01)).drain()
        hub.members[PHONE] = {**MEMBER, "balance": {**MEMBER["balance"], "available": 800}}
        lookup_member(store, client, PHONE)
    assert offline_redeem_limit(store, PHONE, cap=1000).limit == 800
    assert offline_redeem_limit(store, "+79990001122", cap=1000).limit == 0  # unknown member


def test_rules_and_catalog_pull_by_version(store):
    with StubHub() as hub:
        hub.catalog = {"version": 5, "full": True, "removed": [], "items": [
            {"sku": "A", "barcode": "111", "name": "Cable", "price": "10.00", "category": "c", "on_sale": False, "bonus_points": 1, "gift_points": None},
            {"sku": "B", "barcode": "222", "name": "Mug", "price": "0.00", "category": "g", "on_sale": False, "bonus_points": 0, "gift_points": 50}]}
        client = HubClient(hub.url, timeout=(0.5, 0.5))
        assert pull_rules(store, client) == 1
        assert load_rules(store) == (Rules(max_points_per_order=9000), 1)
        assert pull_catalog(store, client) == 5
        assert find_product(store, "111").price == D("10.00") and find_product(store, "B").gift_points == 50
        hub.catalog = {"version": 6, "full": False, "removed": ["A"], "items": [
            {"sku": "B", "barcode": "222", "name": "Big mug", "price": "0.00", "category": "g", "on_sale": False, "bonus_points": 0, "gift_points": 60}]}
        assert pull_catalog(store, client) == 6
        assert find_product(store, "222").name == "Big mug"
        with pytest.raises(ProductNotFound):
            find_product(store, "111")
        hub.catalog = {"version": 7, "full": False, "removed": [], "items": [{"sku": "C", "price": 12.5}]}
        with pytest.raises(HubUnavailable):
            pull_catalog(store, client)
        assert find_product(store, "B").gift_points == 60  # a garbled answer changed nothing
