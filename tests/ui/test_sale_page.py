"""The sale screen with a real till store (no hub needed): scanning, unknown codes, quantities,
removing and clearing, and the marks on lines that points cannot pay."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from pos_app.store.models import Approval
from pos_app.ui.qt import QApplication, QMessageBox, Qt

from .conftest import CATALOG
from .helpers import cell, press, scan, supervisor, wait_idle


def test_scan_adds_lines_and_unknown_code_keeps_the_basket(qtbot, open_till, make_app, login, black_hole):
    till = make_app(open_till(black_hole.url, catalog=CATALOG))
    login(till)
    page = till.window.pages["sale"]
    scan(qtbot, till, "4600000000011")
    scan(qtbot, till, "GC1000")  # by SKU
    scan(qtbot, till, "4600000000011")  # same item again: quantity 2
    table = page.table
    assert table.model().rowCount() == 2
    assert cell(table, 0, 1) == "Smartphone A55" and cell(table, 0, 3) == "2"
    assert "category not in the program" in cell(table, 1, 6)
    assert page.total_label.text() == "RUB66,998.00"  # 2 x 32 999 + 1 000

    scan(qtbot, till, "0000000000000")
    assert "Unknown barcode 0000000000000" in page.message.text()
    assert table.model().rowCount() == 2


def test_sale_item_is_marked_and_lines_can_be_changed_and_cleared(qtbot, open_till, make_app, login, black_hole):
    till = make_app(open_till(black_hole.url, catalog=CATALOG))
    login(till)
    page = till.window.pages["sale"]
    scan(qtbot, till, "TV55")
    scan(qtbot, till, "PHONE1")
    assert "sale item" in cell(page.table, 0, 6)
    assert cell(page.table, 1, 6) == ""

    page.set_quantity(1, 3)
    assert cell(page.table, 1, 3) == "3"
    page.table.select_row(0)
    press(qtbot, till, Qt.Key.Key_F4)  # remove the selected line
    assert page.table.model().rowCount() == 1
    assert cell(page.table, 0, 1) == "Smartphone A55"

    press(qtbot, till, Qt.Key.Key_F8)  # clear: asks first
    box = qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=3000)
    del box
    QApplication.activeModalWidget().button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 0, timeout=3000)
    assert till.ctx.basket.lines == []


def test_wrong_pin_stays_on_login(qtbot, open_till, make_app, black_hole):
    till = make_app(open_till(black_hole.url))
    page = till.window.pages["login"]
    page.number.setText("1")
    page.pin.setText("0000")
    page.submit()
    wait_idle(qtbot, till)
    assert till.window.current.name == "login"
    assert "Wrong cashier number or PIN" in page.message.text()


def test_price_override_needs_a_supervisor_and_is_recorded(qtbot, open_till, make_app, login, black_hole):
    services = open_till(black_hole.url, catalog=CATALOG)
    till = make_app(services)
    login(till)
    page = till.window.pages["sale"]
    scan(qtbot, till, "PHONE1")
    press(qtbot, till, Qt.Key.Key_F11)
    dialog = page._pin
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    supervisor(qtbot, dialog)
    qtbot.waitUntil(lambda: getattr(page, "_price_dialog", None) is not None, timeout=5000)
    page._price_dialog.setTextValue("abc")
    page._price_dialog.accept()
    assert "positive amount" in page.message.text()
    assert cell(page.table, 0, 2) == "RUB32,999.00"
    page.set_price(0, "29999.00")
    assert cell(page.table, 0, 2) == "RUB29,999.00"
    assert page.total_label.text() == "RUB29,999.00"
    with services.store.read() as session:
        actions = [(a.action, a.supervisor) for a in session.scalars(select(Approval))]
    assert ("price_override", "9") in actions


def test_cash_and_card_sale_without_a_member_while_the_hub_is_away(qtbot, open_till, make_app, login, black_hole):
    services = open_till(black_hole.url, catalog=CATALOG)
    till = make_app(services)
    login(till)
    scan(qtbot, till, "PHONE1")
    press(qtbot, till, Qt.Key.Key_F12)
    pay = till.window.pages["payment"]
    assert pay.max_label.text() == "0" and "no member" in pay.why_label.text()
    press(qtbot, till, Qt.Key.Key_F7)  # cash + card
    pay.cash_edit.setText("40000")
    press(qtbot, till, Qt.Key.Key_F12)
    assert "less than RUB32,999.00" in pay.message.text()  # the cash part must leave something for the card
    assert pay.done is None
    pay.cash_edit.setText("10000")
    press(qtbot, till, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: pay.done is not None, timeout=5000)
    record = services.find_sale(pay.done.receipt_no)
    assert sorted(record.tenders) == [("card", Decimal("22999.00")), ("cash", Decimal("10000.00"))]
    assert services.events_waiting() == 1  # kept for the hub
