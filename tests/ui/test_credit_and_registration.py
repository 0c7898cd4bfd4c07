"""A sale on credit (no line may be paid with points, and the screen says so) and a registration with
the SMS code read from the hub's console gateway, both against a real hub."""

from __future__ import annotations

from pos_app.ui.qt import Qt

from .helpers import (find_member, history_on_hub, member_on_hub, press, scan, type_enter, wait_idle,
                      wait_synced)

BORIS = "+79161234567"  # 1 200 available


def test_sale_on_credit(qtbot, hub, hub_till, make_app, login):
    till = make_app(hub_till)
    login(till)
    find_member(qtbot, till, "9161234567")
    press(qtbot, till, Qt.Key.Key_F12)
    scan(qtbot, till, "4600000000028")  # smartphone 54 999, 2 750 points
    press(qtbot, till, Qt.Key.Key_F12)
    pay = till.window.pages["payment"]
    assert pay.max_label.text() == "1,200"
    press(qtbot, till, Qt.Key.Key_F6)  # credit
    assert pay.tender_buttons["credit"].isChecked()
    assert pay.max_label.text() == "0"
    assert pay.credit_note.isVisible()
    assert "bought on credit" in pay.why_label.text()
    assert pay.points_spin.maximum() == 0
    press(qtbot, till, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: pay.done is not None, timeout=10000)
    receipt_no = pay.done.receipt_no

    wait_synced(qtbot, hub_till)
    assert member_on_hub(hub, BORIS)["balance"]["available"] == 1200
    kinds = [m["kind"] for m in history_on_hub(hub, BORIS) if m["receipt_no"] == receipt_no]
    assert "redemption" not in kinds


def test_registration_with_sms_code(qtbot, hub, hub_till, make_app, login):
    phone = "+79995550011"
    till = make_app(hub_till)
    login(till)
    press(qtbot, till, Qt.Key.Key_F7)
    page = till.window.pages["registration"]
    assert till.window.current is page
    assert "1 point" in page.rules_text.toPlainText()
    type_enter(qtbot, page.phone, "9995550011")
    assert page.birth.text() == ""  # no made-up date to overlook
    type_enter(qtbot, page.birth, "01.01.1980")
    page.first_name.setText("Olga")
    press(qtbot, till, Qt.Key.Key_F5)
    assert "must accept the program rules" in page.message.text()  # no consent: nothing sent
    assert hub.last_sms_code(phone) is None
    page.consent.setChecked(True)
    press(qtbot, till, Qt.Key.Key_F5)
    wait_idle(qtbot, till)
    assert "Send again in" in page.code_state.text()
    assert not page.send_button.isEnabled()
    code = hub.last_sms_code(phone)
    assert code

    wrong = "000000" if code != "000000" else "111111"
    type_enter(qtbot, page.code, wrong)
    wait_idle(qtbot, till)
    assert "Tries left: 4" in page.code_state.text()
    type_enter(qtbot, page.code, code)
    wait_idle(qtbot, till)
    assert page.registered is not None
    assert "Registered" in page.message.text()
    assert member_on_hub(hub, phone)["phone"] == phone
    assert till.ctx.basket.member.phone == phone
    wait_synced(qtbot, hub_till)
