"""Issue 16 #2/#3: a scanned member card finds the member online (from the hub) and offline (from the
member cache); a replaced card stops working, online and in the cache."""

from __future__ import annotations

import pytest

from pos_app.hub.demo import DEMO_PHONES
from pos_app.hub.testing import running_hub
from pos_app.loyalty.cards import is_card_number
from pos_app.sync import MemberNotFound, MemberUnavailable
from pos_app.till import AuthError, TillServices

ANNA = DEMO_PHONES["anna"]


@pytest.fixture
def hub():
    with running_hub() as handle:
        yield handle


def _till(tmp_path, hub) -> TillServices:
    return TillServices.open(tmp_path / "till.db", hub_url=hub.url, till_token=hub.token, seed=True, start_sync=False)


def test_a_card_finds_the_member_online_then_offline(tmp_path, hub):
    till = _till(tmp_path, hub)
    try:
        by_phone = till.lookup_member(ANNA)
        assert is_card_number(by_phone.card_number)
        by_card = till.lookup_member(f" {by_phone.card_number} ")  # a scanner may add spaces or a newline
        assert (by_card.member_id, by_card.phone, by_card.cached) == (by_phone.member_id, ANNA, False)
        assert by_card.spendable == by_card.available == 5000
        hub.stop()
        offline = till.lookup_member(by_phone.card_number)
        assert (offline.member_id, offline.cached, offline.card_number) == (by_phone.member_id, True,
                                                                              by_phone.card_number)
        with pytest.raises(MemberUnavailable):  # a card never seen at this till
            till.lookup_member(by_phone.card_number[:2] + "9" * 10 + "1")
    finally:
        till.close()


def test_a_replaced_card_stops_working_online_and_offline(tmp_path, hub):
    till = _till(tmp_path, hub)
    try:
        anna = till.lookup_member(ANNA)
        old = anna.card_number
        with pytest.raises(AuthError):
            till.replace_card(anna, supervisor="1", pin="1111")  # a cashier
        assert till.lookup_member(old).member_id == anna.member_id
        renewed = till.replace_card(anna, supervisor="9", pin="9999")
        assert is_card_number(renewed.card_number) and renewed.card_number != old
        with pytest.raises(MemberNotFound):
            till.lookup_member(old)
        assert till.lookup_member(renewed.card_number).member_id == anna.member_id
        hub.stop()
        with pytest.raises(MemberUnavailable):  # the cache forgot the old number too
            till.lookup_member(old)
        assert till.lookup_member(renewed.card_number).cached
    finally:
        till.close()
