"""A full sale against a real hub: a member found by phone pays part with points (SMS code read
from the hub's console gateway), the rest in cash; the screen and the hub's ledger agree."""

from __future__ import annotations

import re
from decimal import Decimal

from pos_app.ui.qt import Qt

from .helpers import (cell, find_member, history_on_hub, member_on_hub, press, scan, type_enter, wait_idle,
                      wait_synced)

ANNA = "+79123456789"  # demo member: 5 000 available, 650 pending


def test_member_pays_part_with_points(qtbot, hub, hub_till, make_app, login):
    till = make_app(hub_till)
    login(till)
    find_member(qtbot, till, "8 912 345 67 89")
    member_page = till.window.pages["member"]
    assert member_page.info.available.text() == "5,000"
    assert "+7 *** ***-67-89" == member_page.info.phone.text()
    assert "650" in member_page.info.pending.text()  # with the date they become available
    press(qtbot, till, Qt.Key.Key_F12)  # use for this sale
    assert till.window.current.name == "sale"
    sale = till.window.pages["sale"]
    assert "5,000" in sale.member_badge.detail.text()

    scan(qtbot, till, "4600000000011")  # smartphone 24 999, 1 250 points on the tag
    scan(qtbot, till, "4600000001001")  # gift card 1 000: not payable with points
    assert "category not in the program" in cell(sale.table, 1, 6)
    assert sale.max_points_label.text() == "5,000"

    press(qtbot, till, Qt.Key.Key_F12)  # to payment
    pay = till.window.pages["payment"]
    assert till.window.current is pay
    assert pay.total_label.text() == "RUB25,999.00"
    assert pay.max_label.text() == "5,000"
    assert "Gift card" in pay.why_label.text() or "Подарочная" in pay.why_label.text()
    pay.points_spin.setValue(3000)
    assert pay.to_pay_label.text() == "RUB22,999.00"
    type_enter(qtbot, pay.cash_edit, "23000")  # Enter in the cash field finishes: asks the hub for a code
    wait_idle(qtbot, till)
    assert pay.code_edit.isVisible()
    code = hub.last_sms_code(ANNA)
    assert code and len(code) == 6
    type_enter(qtbot, pay.code_edit, code)
    qtbot.waitUntil(lambda: pay.done is not None, timeout=10000)
    wait_idle(qtbot, till)
    receipt_no = pay.done.receipt_no
    assert receipt_no in pay.done_view.title.text()
    assert "Change: RUB1.00" in pay.done_view.detail.text()
    assert hub_till.find_sale(receipt_no).change == Decimal("1.00")  # the journal keeps the change
    receipt = till.ctx.till.preview_receipt(receipt_no)
    assert re.search(r"Наличные +23000\.00 руб\.\nСдача +1\.00 руб\.", receipt)  # cash as received, then change
    assert "with points: 3,000" in pay.done_view.detail.text()
    qtbot.waitUntil(lambda: pay.done_view.print_label.text() == "Receipt printed.", timeout=5000)

    wait_synced(qtbot, hub_till)
    member = member_on_hub(hub, ANNA)
    assert member["balance"]["available"] == 2000
    movements = [m for m in history_on_hub(hub, ANNA) if m["receipt_no"] == receipt_no]
    kinds = {m["kind"]: m["points"] for m in movements}
    # the phone's 1 250 points shrink with the share of it paid with points: 1250 * 21999 / 24999
    assert kinds == {"redemption": -3000, "accrual": 1099}
    assert hub_till.find_sale(receipt_no).accrual_points == 1099


def test_gift_for_points_needs_a_member_with_enough_points(qtbot, hub, hub_till, make_app, login):
    till = make_app(hub_till)
    login(till)
    sale = till.window.pages["sale"]
    scan(qtbot, till, "4600000009002")  # power bank for 1 500 points
    assert "needs a member" in sale.message.text()
    assert sale.table.model().rowCount() == 0

    find_member(qtbot, till, "9031234567")  # gleb: a new member with no points
    press(qtbot, till, Qt.Key.Key_F12)
    scan(qtbot, till, "4600000009002")
    assert "Not enough points" in sale.message.text()
    assert sale.table.model().rowCount() == 0

    find_member(qtbot, till, "9123456789")  # anna: 5 000 points
    press(qtbot, till, Qt.Key.Key_F12)
    scan(qtbot, till, "4600000009002")
    assert sale.table.model().rowCount() == 1
    assert "not returnable" in cell(sale.table, 0, 6)
    assert "1,500" in sale.gift_label.text()
    press(qtbot, till, Qt.Key.Key_F12)
    pay = till.window.pages["payment"]
    assert pay.to_pay_label.text() == "RUB0.00"
    press(qtbot, till, Qt.Key.Key_F12)  # nothing to pay in money, but the gift's points ask the SMS code
    wait_idle(qtbot, till)
    assert pay.code_edit.isVisible() and pay.done is None
    type_enter(qtbot, pay.code_edit, hub.last_sms_code(ANNA))
    qtbot.waitUntil(lambda: pay.done is not None, timeout=10000)
    wait_synced(qtbot, hub_till)
    kinds = {m["kind"]: m["points"] for m in history_on_hub(hub, ANNA) if m["receipt_no"] == pay.done.receipt_no}
    assert kinds == {"gift_redemption": -1500}
    with hub.hub.db.read() as s:  # confirmed by the code: the hub applies it unflagged
        from pos_app.hub.db.models import LedgerSale

        flagged = [x.receipt_no for x in s.query(LedgerSale).filter(LedgerSale.flagged.is_(True))]
    assert flagged == []
