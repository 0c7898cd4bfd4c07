"""The sale screen with a real till store (no hub needed): scanning, unknown codes, quantities,
removing and clearing, and the marks on lines that points cannot pay."""

from __future__ import annotations

from pos_app.ui.qt import QApplication, QMessageBox, Qt

from .conftest import CATALOG
from .helpers import cell, press, scan, wait_idle


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
    assert "gift card" in cell(table, 1, 6)
    assert page.total_label.text() == "66,998.00 ₽"  # 2 x 32 999 + 1 000

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
