"""The till facade without a hub: sign-in, roles, selling, offline points with a supervisor."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal as D

import pytest

from pos_app.sales import SaleError
from pos_app.sync import Member
from pos_app.sync.members import cache_member
from pos_app.sync.pulls import apply_catalog
from pos_app.till import BasketLine, AuthError, ProductNotFound, Tender, TillServices

ITEMS = [
    {"sku": "PH1", "barcode": "4600000000011", "name": "Phone", "price": "12999.00", "category": "phones",
     "on_sale": False, "bonus_points": 650, "gift_points": None},
    {"sku": "MUG", "barcode": "4600000000028", "name": "Mug", "price": "0.00", "category": "gifts",
     "on_sale": False, "bonus_points": 0, "gift_points": 300},
]


@pytest.fixture
def till(tmp_path):
    t = TillServices.open(tmp_path / "till.db", hub_url="", seed=True, start_sync=False)
    apply_catalog(t.store, {"version": 1, "full": True, "items": ITEMS, "removed": []})
    yield t
    t.close()


def cached(till, available=5000):
    info = Member("+79123456789", "m1", "Anna", available, (), (), datetime(2026, 11, 1, tzinfo=timezone.utc), True)
    cache_member(till.store, info)
    return info


def test_default_cashiers_and_roles(till):
    with pytest.raises(AuthError):
        till.login("1", "1234")
    assert till.login("2", "2222").role == "service"
    with pytest.raises(AuthError, match="cannot sell"):
        till.finish_sale([BasketLine(till.find_product("PH1"))], [Tender("cash", D("12999.00"))])
    assert till.login("1", "1111").role == "cashier"
    assert till.shift is not None
    with pytest.raises(AuthError) as exc:
        till.approve("1", "1111", "return")
    assert exc.value.code == "not_supervisor"
    assert till.approve("9", "9999", "return", "S1-T1-000001").role == "supervisor"


def test_sell_find_return_and_unknown_barcode(till):
    till.login("1", "1111")
    with pytest.raises(ProductNotFound):
        till.find_product("0000")
    line = BasketLine(till.find_product("4600000000011"), 2)
    done = till.finish_sale([line], [Tender("cash", D("26000.00"))])
    assert done.change == D("2.00")
    assert till.sync_state().waiting == 1
    assert till.find_sale(done.receipt_no).lines[0].qty == 2
    assert till.preview_return(done.receipt_no, {1: 1}).refund == D("12999.00")  # no member: no points
    with pytest.raises(AuthError):
        till.perform_return(done.receipt_no, {1: 1}, supervisor="1")
    till.perform_return(done.receipt_no, {1: 1}, supervisor="9")
    assert till.logout() == 2  # events waiting: the UI warns, nothing is deleted
    assert till.events_waiting() == 2


def test_offline_points_need_a_supervisor_and_stay_within_the_cap(till):
    till.login("1", "1111")
    member = cached(till)
    phone = BasketLine(till.find_product("PH1"))
    assert till.quote([phone], member=member, redeem_points="max").max_redeem_points == 1000  # the cap
    with pytest.raises(AuthError):
        till.finish_sale([phone], [Tender("cash", D("12499.00"))], member=member, redeem_points=500)
    with pytest.raises(SaleError) as exc:
        till.finish_sale([phone], [Tender("cash", D("11000.00"))], member=member, redeem_points=1999, supervisor="9")
    assert exc.value.code == "redeem_exceeds_max"
    done = till.finish_sale([phone], [Tender("cash", D("12299.00"))], member=member, redeem_points=700, supervisor="9")
    assert done.quote.redeem_points == 700
    assert till.offline_redeem_limit(member).limit == 300
    till.update_settings(offline_redeem_cap=2000)
    assert till.offline_redeem_limit(member).limit == 1300


def test_earning_offline_needs_no_supervisor(till):
    till.login("1", "1111")
    member = cached(till, available=0)
    done = till.finish_sale([BasketLine(till.find_product("PH1"))], [Tender("card", D("12999.00"))], member=member)
    assert done.accrual_points == 650
    assert till.find_sale(done.receipt_no).offline is True


def test_a_slovak_till_prints_slovak_receipts_in_euros(till):
    import json

    from pos_app.loyalty import Rules
    from pos_app.store.models import ProgramRules, utcnow

    with till.store.write() as s:  # as the hub's rules pull stores them
        s.merge(ProgramRules(id=1, version=7, rules_json=json.dumps(Rules(currency="EUR", region="SK").to_dict()),
                             pulled_at=utcnow()))
    till.update_settings(receipt_language="sk", printer={"kind": "dummy", "code_page": "CP852"})
    till.rules()
    till.login("1", "1111")
    done = till.finish_sale([BasketLine(till.find_product("PH1"))], [Tender("card", D("12999.00"))])
    text = till.preview_receipt(done.receipt_no)
    assert "DOKLADOPREDAJI" in text.replace(" ", "")  # double width: spaced out on screen
    assert "SPOLU                              12 999,00 EUR" in text  # € is not in CP852
    assert "Predajňa S1" in text and "Pokladňa T1" in text
    till.update_settings(receipt_language="ru", printer={"kind": "dummy", "code_page": "CP866"})
    assert "ИТОГО                               12999.00 EUR" in till.preview_receipt(done.receipt_no)
