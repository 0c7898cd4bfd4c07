"""Defects a new cashier met with a real keyboard (issue 13), one test each: the typed phone is the one
attached, old refusals go when the input changes, Alt+F4 asks with a sale open, cash + card shows the
card part, and the points field keeps what was typed."""

from __future__ import annotations

from pos_app.ui.qt import QApplication, QMessageBox, QTest, Qt

from .conftest import CATALOG
from .helpers import press, scan, type_enter, wait_idle

ANNA, BORIS = "+79123456789", "+79161234567"


def test_a_new_phone_typed_without_enter_is_the_member_f12_attaches(qtbot, hub, hub_till, make_app, login):
    till = make_app(hub_till)
    login(till)
    press(qtbot, till, Qt.Key.Key_F2)
    page = till.window.pages["member"]
    type_enter(qtbot, page.phone, "9123456789")
    wait_idle(qtbot, till)
    assert page.found.phone == ANNA and QApplication.focusWidget() is page.phone  # not the F12 button
    QTest.keyClicks(QApplication.focusWidget(), "9161234567")  # replaces the selected number; no Enter
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: till.window.current.name == "sale", timeout=5000)
    assert till.ctx.basket.member.phone == BORIS


def test_old_refusals_go_when_the_input_changes(qtbot, open_till, make_app, login, black_hole):
    till = make_app(open_till(black_hole.url, catalog=CATALOG))
    login(till)
    sale = till.window.pages["sale"]
    scan(qtbot, till, "123")
    assert "Unknown barcode 123" in sale.message.text()
    QTest.keyClicks(sale.scan, "4")
    assert sale.message.text() == ""


def test_alt_f4_with_a_sale_open_asks_first(qtbot, open_till, make_app, login, black_hole):
    till = make_app(open_till(black_hole.url, catalog=CATALOG))
    login(till)
    scan(qtbot, till, "PHONE1")
    till.window.close()
    box = till.window._confirm
    qtbot.waitUntil(box.isVisible, timeout=3000)
    assert "not finished (1 lines)" in box.text()
    assert till.window.isVisible()
    box.button(QMessageBox.StandardButton.No).click()
    assert till.window.isVisible() and till.ctx.basket.lines


def test_cash_and_card_shows_the_card_part(qtbot, open_till, make_app, login, black_hole):
    till = make_app(open_till(black_hole.url, catalog=CATALOG))
    login(till)
    scan(qtbot, till, "PHONE1")
    press(qtbot, till, Qt.Key.Key_F12)
    pay = till.window.pages["payment"]
    press(qtbot, till, Qt.Key.Key_F7)
    assert QApplication.focusWidget() is pay.cash_edit
    QTest.keyClicks(pay.cash_edit, "10000")
    assert pay.card_part_label.isVisible() and pay.card_part_label.text() == "RUB22,999.00"
    press(qtbot, till, Qt.Key.Key_F4)
    assert not pay.card_part_label.isVisible()


def test_the_points_field_keeps_what_was_typed(qtbot, open_till, make_app, login, black_hole):
    till = make_app(open_till(black_hole.url, catalog=CATALOG))
    login(till)
    scan(qtbot, till, "PHONE1")
    press(qtbot, till, Qt.Key.Key_F12)
    pay = till.window.pages["payment"]
    pay.points_spin.setFocus()
    QTest.keyClicks(pay.points_spin, "4600")
    assert pay.points_spin.text() == "4600"  # not 460: no member here, the most is 0
    assert pay.message.text() == "At most 0 points can be spent on this sale."
    press(qtbot, till, Qt.Key.Key_F12)
    assert pay.done is None and QApplication.focusWidget() is pay.points_spin
