"""Finishing a sale writes the sale and its sale.finished event in one transaction."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from pos_app.loyalty import Rules
from pos_app.sales import SaleDraft, SaleError, Tender, find_sale, finish_sale
from pos_app.store.models import OutboxEvent, SaleRow

from tests.common import line_of

PHONE = line_of("PH1", "Phone X", D("12999.00"), 1, "phones", 650)
CARD = line_of("GC1000", "Gift card", D("1000.00"), 2, "gift_card", 0)
GIFT = line_of("MUG", "Mug", D("0"), 1, "gifts", gift_points=300)


def finish(store, **kw):
    draft = SaleDraft(**{"lines": (PHONE,), "tenders": (Tender("cash", D("13000.00")),), "cashier": "1", **kw})
    return finish_sale(store, draft, Rules(), store_id="S1", till_id="T1", rules_version=3)


def counts(store):
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(SaleRow)), s.scalar(select(func.count()).select_from(OutboxEvent))


def test_sale_and_event_are_written_together_with_the_contract_payload(store):
    done = finish(store, lines=(PHONE, CARD, GIFT), tenders=(Tender("card", D("10000.00")), Tender("cash", D("5000.00"))),
                  member_phone="+79123456789", available_points=2000, redeem_points=999)
    assert done.receipt_no == "S1-T1-000001"
    assert done.change == D("1000.00")  # 14999 - 999 = 14000 to pay, 15000 given
    with store.read() as s:
        event = s.scalar(select(OutboxEvent))
    assert event.event_id == done.event_id and event.kind == "sale.finished"
    p = json.loads(event.payload_json)
    assert p["receipt_no"] == "S1-T1-000001" and p["store"] == "S1" and p["till"] == "T1"
    assert p["tender"] == "mixed"
    assert p["tenders"] == [{"kind": "card", "amount": "10000.00"}, {"kind": "cash", "amount": "4000.00"}]
    assert p["total"] == "14999.00" and p["bonus_payment"] == "999.00"
    assert p["redeem_points"] == 999 and p["gift_points"] == 300
    assert [ln["redeem_points"] for ln in p["lines"]] == [999, 0, 0]
    assert p["lines"][2]["gift_points"] == 300 and p["lines"][2]["price"] == "0.00"
    assert p["accrual_points"] == sum(ln["accrual_points"] for ln in p["lines"]) == 650 * 12000 // 12999
    assert p["offline"] is False and p["member_phone"] == "+79123456789"
    assert p["sold_at"].endswith("+00:00")


def test_receipt_numbers_count_up(store):
    numbers = [finish(store).receipt_no for _ in range(3)]
    assert numbers == ["S1-T1-000001", "S1-T1-000002", "S1-T1-000003"]


@pytest.mark.parametrize("kw, code", [
    ({"lines": ()}, "empty_basket"),
    ({"lines": (line_of("X", "X", D("1.00"), 0),)}, "invalid_qty"),
    ({"tenders": (Tender("cash", D("100.00")),)}, "unpaid"),
    ({"tenders": (Tender("card", D("14000.00")),)}, "overpaid"),
    ({"tenders": (Tender("bitcoin", D("13000.00")),)}, "tender_invalid"),
    ({"tenders": (Tender("cash", D("-1")),)}, "tender_invalid"),
    ({"redeem_points": 10}, "no_member"),
    ({"member_phone": "+79123456789", "available_points": 100, "redeem_points": 500}, "redeem_exceeds_max"),
])
def test_refusals_write_nothing(store, kw, code):
    with pytest.raises(SaleError) as exc:
        finish(store, **kw)
    assert exc.value.code == code
    assert counts(store) == (0, 0)


def test_credit_makes_lines_ineligible_and_is_recorded(store):
    done = finish(store, tenders=(Tender("credit", D("12999.00")),), member_phone="+79123456789", available_points=5000)
    assert done.quote.max_redeem_points == 0
    record = find_sale(store, done.receipt_no)
    assert record.tender == "credit" and record.lines[0].reason == "credit"


def test_find_sale_unknown_receipt(store):
    with pytest.raises(SaleError) as exc:
        find_sale(store, "S1-T1-999999")
    assert exc.value.code == "receipt_not_found"


def test_no_member_no_accrual_recorded(store):
    done = finish(store)
    assert done.quote.accrual_points == 650 and done.accrual_points == 0
    assert find_sale(store, done.receipt_no).lines[0].accrual_points == 0
