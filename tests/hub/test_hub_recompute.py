"""The hub is the authority over points (issue 11), on SQLite and PostgreSQL: it recomputes every sale at
the versions the till quoted with, flags what differs, and reserves what a confirmed code spends."""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from hub_builders import PHONE, add_member, balance, line, sale, send, stock
from pos_app.hub.catalog import Product, set_rules, upsert_items
from pos_app.hub.db.models import LedgerSale, LedgerSaleLine, SmsCode
from pos_app.hub.errors import ApiError
from pos_app.hub.members.tokens import request_redemption_code, verify_redemption_code
from pos_app.loyalty import Rules


def _last_code(hub) -> str:
    """The newest code the console gateway "sent"."""
    return re.search(r"\b(\d{6})\b", hub.sms.messages()[-1]["text"]).group(1)


def _earn(hub, till, clock, points: int) -> None:
    """``points`` available to the member (a sale long enough ago to be past the hold)."""
    send(hub, till, "sale.finished", sale(f"EARN{points}", [line(accrual=points, sku=f"E{points}")], clock.now()))
    clock.advance(days=16)


def _sale_row(hub, receipt: str) -> LedgerSale:
    with hub.db.read() as s:
        return s.scalar(select(LedgerSale).where(LedgerSale.receipt_no == receipt))


def test_a_line_claiming_100_million_points_earns_what_the_catalog_gives_and_is_flagged(hub, till, clock):
    member = add_member(hub)
    payload = stock(hub, sale("CHEAP", [line(price="1.00", accrual=0, sku="CABLE")], clock.now()))
    payload["lines"][0]["accrual_points"] = payload["accrual_points"] = 100_000_000
    r = send(hub, till, "sale.finished", payload, stocked=False)
    assert r["status"] == "applied"
    assert r["result"]["accrued_points"] == 0 and r["result"]["flagged"] is True
    assert r["result"]["flags"] == ["accrual_mismatch"]
    assert balance(hub, member).pending_total == 0
    row = _sale_row(hub, "CHEAP")
    assert (row.accrual_points, row.flagged) == (0, True) and row.flag_reason.startswith("accrual_mismatch")


def test_an_honest_sale_is_applied_unflagged_with_its_versions_recorded(hub, till, clock):
    member = add_member(hub)
    r = send(hub, till, "sale.finished", sale("OK", [line(accrual=250, qty=2)], clock.now()))
    assert (r["result"]["accrued_points"], r["result"]["flagged"], r["result"]["flags"]) == (250, False, [])
    assert balance(hub, member).pending_total == 250
    row = _sale_row(hub, "OK")
    assert (row.rules_version, row.catalog_version) == (1, 1)


def test_a_sale_is_checked_at_the_versions_it_carries_not_the_current_ones(hub, till, clock):
    member = add_member(hub)
    old = stock(hub, sale("V1", [line(accrual=300, sku="TV")], clock.now()))  # TV gives 300 at this version
    with hub.db.write() as s:  # then the catalog and the rules change before the event arrives
        upsert_items(s, [Product("TV", "TV", Decimal("1000.00"), "phones", bonus_points=10)], at=clock.now())
        set_rules(s, Rules(exclude_sale_items=False), at=clock.now(), author="test")
    r = send(hub, till, "sale.finished", old, stocked=False)
    assert (r["result"]["accrued_points"], r["result"]["flagged"]) == (300, False)
    # an older till sends no versions: the ones current at its sold_at
    older = sale("V0", [line(accrual=300, sku="TV")], clock.now() - timedelta(seconds=1))
    with hub.db.write() as s:
        upsert_items(s, [Product("TV", "TV", Decimal("1000.00"), "phones", bonus_points=300)],
                     at=clock.now() - timedelta(hours=1))
    r = send(hub, till, "sale.finished", older, stocked=False)
    assert (r["result"]["accrued_points"], r["result"]["flags"]) == (300, [])
    assert balance(hub, member).pending_total == 600


def test_unknown_skus_prices_and_versions_are_flagged_and_earn_no_more_than_the_hub_computes(hub, till, clock):
    member = add_member(hub)
    payload = stock(hub, sale("P", [line(1, accrual=100, sku="A"), line(2, accrual=50, sku="B")], clock.now()))
    payload["lines"][0]["price"] = "1.00"  # cheaper than the catalog's 1000.00
    payload["lines"][1]["sku"] = "NOPE"
    payload["rules_version"] = 99
    r = send(hub, till, "sale.finished", payload, stocked=False)
    assert r["status"] == "applied"
    assert r["result"]["flags"] == ["unknown_version", "price_mismatch", "unknown_sku", "accrual_mismatch"]
    assert r["result"]["accrued_points"] == 100  # A's 100 (price does not change it), NOPE earns nothing
    assert balance(hub, member).pending_total == 100
    with hub.db.read() as s:
        lines = s.scalars(select(LedgerSaleLine).order_by(LedgerSaleLine.line_no)).all()
    assert [(ln.sku, ln.accrual_points) for ln in lines if ln.sku in ("A", "NOPE")] == [("A", 100), ("NOPE", 0)]


def test_redeeming_more_than_the_basket_takes_is_applied_and_flagged(hub, till, clock):
    member = add_member(hub)
    _earn(hub, till, clock, 5000)
    payload = stock(hub, sale("R", [line(redeem=2000, price="1000.00")], clock.now(), offline=True))
    r = send(hub, till, "sale.finished", payload, stocked=False)
    assert r["status"] == "applied" and r["result"]["flags"] == ["redeem_exceeds_max"]
    assert r["result"]["redeemed_points"] == 2000 and balance(hub, member).available == 3000


def test_an_online_gift_over_the_balance_without_a_code_is_flagged(hub, till, clock):
    member = add_member(hub)
    _earn(hub, till, clock, 1200)
    r = send(hub, till, "sale.finished", sale("G", [line(gift=6200, price="0.00", sku="GIFT")], clock.now()))
    assert r["status"] == "applied" and r["result"]["flagged"] is True
    assert r["result"]["flags"] == ["no_redeem_token", "below_zero"]
    assert balance(hub, member).available == -5000


def test_gift_points_count_toward_the_code_and_the_code_is_refused_past_the_balance(hub, till, clock):
    add_member(hub)
    _earn(hub, till, clock, 1200)
    with pytest.raises(ApiError) as exc:
        request_redemption_code(hub, PHONE, 6200)
    assert exc.value.code == "insufficient_points" and exc.value.extra["available"] == 1200


def _token(hub, points: int) -> str:
    challenge = request_redemption_code(hub, PHONE, points)["challenge_id"]
    return verify_redemption_code(hub, challenge, _last_code(hub))["token"]


def test_a_confirmed_code_reserves_its_points(hub, till, clock):
    member = add_member(hub)
    _earn(hub, till, clock, 800)
    first = _token(hub, 700)
    with pytest.raises(ApiError) as exc:  # the second 700 for a member holding 800: 100 are not reserved
        request_redemption_code(hub, PHONE, 700)
    assert exc.value.code == "insufficient_points" and exc.value.extra["available"] == 100
    # both codes asked before either was confirmed: the second confirmation is refused
    clock.advance(seconds=601)  # the first token expired: its points are free again
    a = request_redemption_code(hub, PHONE, 700)["challenge_id"]
    code_a = _last_code(hub)
    b = request_redemption_code(hub, PHONE, 700)["challenge_id"]
    code_b = _last_code(hub)
    token_a = verify_redemption_code(hub, a, code_a)["token"]
    with pytest.raises(ApiError) as exc:
        verify_redemption_code(hub, b, code_b)
    assert exc.value.code == "insufficient_points"
    r = send(hub, till, "sale.finished", sale("T1", [line(redeem=700)], clock.now(), token=token_a))
    assert (r["result"]["flagged"], r["result"]["redeemed_points"]) == (False, 700)
    # the first token again (expired, and another receipt): applied, flagged, and the balance says so
    r = send(hub, till, "sale.finished", sale("T2", [line(redeem=700)], clock.now(), token=first))
    assert r["result"]["flags"] == ["redeem_token_expired", "below_zero"]
    assert balance(hub, member).available == -600
    with hub.db.read() as s:
        assert s.scalar(select(SmsCode.id).where(SmsCode.id == b)) is not None


def test_an_online_spend_below_the_threshold_that_goes_below_zero_is_flagged(hub, till, clock):
    from dataclasses import replace

    member = add_member(hub)
    hub.settings = replace(hub.settings, redeem_code_threshold=1000)
    r = send(hub, till, "sale.finished", sale("Z", [line(redeem=500)], clock.now()))
    assert r["result"]["flags"] == ["below_zero"] and balance(hub, member).available == -500


@pytest.mark.parametrize("change, field", [
    ({"redeem_points": -100}, "payload.lines.0.redeem_points"),
    ({"qty": 1_000_000_000}, "payload.lines.0.qty"),
    ({"qty": 100_001}, "payload.lines.0.qty"),
    ({"bonus_points": -25}, "payload.lines.0.bonus_points"),
    ({"sku": "S" * 2000}, "payload.lines.0.sku"),
    ({"price": "10.005"}, "payload.lines.0.price"),
])
def test_the_hub_refuses_an_event_outside_the_limits(hub, till, clock, change, field):
    member = add_member(hub)
    payload = sale("L", [{**line(accrual=0), **change}], clock.now())
    r = send(hub, till, "sale.finished", payload, stocked=False)
    assert (r["status"], r["code"]) == ("rejected", "invalid_payload")
    assert balance(hub, member).available == 0 and _sale_row(hub, "L") is None
