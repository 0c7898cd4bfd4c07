"""Returns (proportional, cumulative, gifts refused) and cancellations, each with its event."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from pos_app.loyalty import Rules
from pos_app.sales import (
    BasketLine, SaleDraft, SaleError, Tender, cancel_sale, find_sale, finish_sale, perform_return, preview_return,
)
from pos_app.store.models import OutboxEvent

from tests.common import line_of

IDS = {"store_id": "S1", "till_id": "T1"}


@pytest.fixture
def sale(store):
    lines = (line_of("EAR", "Earbuds", D("1000.00"), 3, "audio", 100), line_of("MUG", "Mug", D("0"), 1, "gifts", gift_points=50))
    draft = SaleDraft(lines=lines, tenders=(Tender("cash", D("2900.00")),), cashier="1", member_phone="+79123456789",
                      available_points=1000, redeem_points=100)
    return finish_sale(store, draft, Rules(), **IDS)


def events(store):
    with store.read() as s:
        return [(e.kind, json.loads(e.payload_json)) for e in s.scalars(select(OutboxEvent).order_by(OutboxEvent.seq))]


def test_return_is_proportional_and_cumulative(store, sale):
    line = find_sale(store, sale.receipt_no).lines[0]
    accrual, redeem = line.accrual_points, line.redeem_points  # 300 * 2900/3000 = 290; 100
    first = perform_return(store, sale.receipt_no, {1: 1}, cashier="1", supervisor="9", **IDS)
    assert first.return_no == "S1-T1-R000001"
    assert first.preview.annulled_points == accrual // 3 and first.preview.refunded_points == redeem // 3
    second = preview_return(store, sale.receipt_no, {1: 2})
    assert first.preview.annulled_points + second.annulled_points == accrual
    assert first.preview.refunded_points + second.refunded_points == redeem
    assert first.preview.refund + second.refund == D("2900.00")
    kind, payload = events(store)[-1]
    assert kind == "sale.returned"
    assert payload["receipt_no"] == sale.receipt_no and payload["lines"] == [{"line_no": 1, "qty": 1}]
    assert find_sale(store, sale.receipt_no).lines[0].returned_qty == 1


@pytest.mark.parametrize("qty, code", [({2: 1}, "gift_not_returnable"), ({1: 4}, "return_exceeds_sale"),
                                       ({7: 1}, "unknown_line"), ({}, "empty_return")])
def test_bad_returns_change_nothing(store, sale, qty, code):
    with pytest.raises(SaleError) as exc:
        perform_return(store, sale.receipt_no, qty, cashier="1", supervisor="9", **IDS)
    assert exc.value.code == code
    assert [k for k, _ in events(store)] == ["sale.finished"]


def test_cancel_writes_event_and_refuses_twice(store, sale):
    cancel_sale(store, sale.receipt_no, cashier="1", supervisor="9", **IDS)
    kind, payload = events(store)[-1]
    assert kind == "sale.cancelled" and payload["receipt_no"] == sale.receipt_no and payload["supervisor"] == "9"
    assert find_sale(store, sale.receipt_no).cancelled
    with pytest.raises(SaleError, match="already cancelled"):
        cancel_sale(store, sale.receipt_no, cashier="1", supervisor="9", **IDS)
    with pytest.raises(SaleError) as exc:
        preview_return(store, sale.receipt_no, {1: 1})
    assert exc.value.code == "sale_cancelled"


def test_cancel_refused_after_a_return(store, sale):
    perform_return(store, sale.receipt_no, {1: 1}, cashier="1", supervisor="9", **IDS)
    with pytest.raises(SaleError) as exc:
        cancel_sale(store, sale.receipt_no, cashier="1", supervisor="9", **IDS)
    assert exc.value.code == "has_returns"


def test_the_newest_document_in_the_journal_is_the_last_receipt(store, sale):
    from pos_app.sales import last_receipt

    assert last_receipt(store) == ("sale", sale.receipt_no)
    done = perform_return(store, sale.receipt_no, {1: 1}, cashier="1", supervisor="9", **IDS)
    assert last_receipt(store) == ("return", done.return_no)
    line = line_of("CAB", "Cable", D("10.00"), 1, "cables", 1)
    later = finish_sale(store, SaleDraft((line,), (Tender("cash", D("10.00")),), "1"), Rules(), **IDS)
    assert last_receipt(store) == ("sale", later.receipt_no)


def test_an_empty_journal_has_no_last_receipt(store):
    from pos_app.sales import last_receipt

    assert last_receipt(store) is None
