"""The cashier's whole day with the keyboard only, against a real hub: every key and every character
goes to the widget that has focus (never to one the test picks), and after each step the test checks
where the focus is: that is where the next key or scan lands."""

from __future__ import annotations

from pos_app.ui.qt import QApplication, QEvent, QKeyEvent, QMessageBox, QTest, Qt

from .helpers import member_on_hub, wait_idle, wait_synced

ANNA = "+79123456789"  # demo member: 5 000 available, 650 pending
NEW = "+79995550077"


def focus():
    return QApplication.focusWidget()


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget = focus()
    assert widget is not None, "no widget has focus: the key would be lost"
    QTest.keyClick(widget, k, modifier)


def type_(qtbot, text: str, enter: bool = False) -> None:
    widget = focus()
    assert widget is not None, "no widget has focus: the typing would be lost"
    for ch in text:
        if ch.isascii():
            QTest.keyClick(focus(), ch)
        else:  # the Russian layout: QTest types ASCII only, so the key event carries the letter itself
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(focus(), QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
    if enter:
        QTest.keyClick(focus(), Qt.Key.Key_Return)


def wait_box(qtbot) -> None:
    """A question box is up and its "Yes" button has the focus (Enter answers it)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox)
                    and focus() is QApplication.activeModalWidget().button(QMessageBox.StandardButton.Yes),
                    timeout=3000)


def settle(qtbot, till) -> None:
    wait_idle(qtbot, till)
    for _ in range(3):
        QApplication.processEvents()


def test_a_keyboard_only_day(qtbot, hub, hub_till, make_app):
    till = make_app(hub_till)
    pages = till.window.pages
    qtbot.waitUntil(lambda: focus() is pages["login"].number, timeout=3000)  # the till takes focus itself

    # log in
    type_(qtbot, "1", enter=True)
    assert focus() is pages["login"].pin
    type_(qtbot, "1111", enter=True)
    settle(qtbot, till)
    sale = pages["sale"]
    assert till.window.current is sale and focus() is sale.scan

    # scan two items
    type_(qtbot, "4600000000011", enter=True)
    settle(qtbot, till)
    type_(qtbot, "4600000001001", enter=True)
    settle(qtbot, till)
    assert sale.table.model().rowCount() == 2 and focus() is sale.scan

    # the member by phone: after the answer the phone field keeps focus, the number selected
    key(qtbot, Qt.Key.Key_F2)
    member = pages["member"]
    assert till.window.current is member and focus() is member.phone
    type_(qtbot, "9123456789", enter=True)
    settle(qtbot, till)
    assert member.found is not None and member.found.phone == ANNA
    assert focus() is member.phone and member.phone.selectedText() == member.phone.text()
    key(qtbot, Qt.Key.Key_F12)
    assert till.window.current is sale and focus() is sale.scan
    assert till.ctx.basket.member.phone == ANNA

    # payment: points typed above the most are kept and the limit is said; then 3000 and an SMS code
    key(qtbot, Qt.Key.Key_F12)
    pay = pages["payment"]
    assert till.window.current is pay and focus() is pay.cash_edit
    key(qtbot, Qt.Key.Key_F3)
    assert focus() is pay.points_spin
    type_(qtbot, "6000")
    assert pay.points_spin.text() == "6000"
    assert pay.message.text() == "At most 5,000 points can be spent on this sale."
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_(qtbot, "3000")
    assert pay.points_spin.value() == 3000 and pay.to_pay_label.text() == "RUB22,999.00"
    key(qtbot, Qt.Key.Key_F4)  # cash
    assert focus() is pay.cash_edit
    type_(qtbot, "23000", enter=True)
    settle(qtbot, till)
    assert pay.code_edit.isVisible() and focus() is pay.code_edit
    type_(qtbot, hub.last_sms_code(ANNA), enter=True)
    qtbot.waitUntil(lambda: pay.done is not None, timeout=10000)
    settle(qtbot, till)
    assert "Change: RUB1.00" in pay.done_view.detail.text()
    assert focus() is pay.done_view.next_scan  # the next scan starts the next sale
    first_receipt = pay.done.receipt_no

    # the next sale, started by scanning on the finished one; cash with change, no member
    type_(qtbot, "4600000000011", enter=True)
    settle(qtbot, till)
    assert till.window.current is sale and focus() is sale.scan
    assert sale.table.model().rowCount() == 1
    key(qtbot, Qt.Key.Key_F12)
    assert focus() is pay.cash_edit
    type_(qtbot, "25000", enter=True)
    qtbot.waitUntil(lambda: pay.done is not None, timeout=10000)
    settle(qtbot, till)
    assert "Change: RUB1.00" in pay.done_view.detail.text()
    assert "Points earned" not in pay.done_view.detail.text()  # no member: nothing earned
    key(qtbot, Qt.Key.Key_F11)
    assert till.window.current is sale and focus() is sale.scan

    # a return of the first receipt, typed on the Russian layout and in lower case
    key(qtbot, Qt.Key.Key_F5)
    ret = pages["return"]
    assert till.window.current is ret and focus() is ret.receipt_edit
    russian = first_receipt.lower().translate(str.maketrans("st", "ые"))
    type_(qtbot, russian, enter=True)
    settle(qtbot, till)
    assert ret.receipt is not None and ret.receipt.receipt_no == first_receipt
    assert focus() is ret.spins[0]
    key(qtbot, Qt.Key.Key_Up)  # return one smartphone
    settle(qtbot, till)
    assert ret.spins[0].value() == 1
    to_hand_back = ret.money_label.text()
    assert to_hand_back != "RUB0.00"
    key(qtbot, Qt.Key.Key_F12)
    dialog = ret._pin
    qtbot.waitUntil(lambda: focus() is dialog.number, timeout=3000)
    type_(qtbot, "9", enter=True)
    assert focus() is dialog.pin
    type_(qtbot, "9999", enter=True)
    qtbot.waitUntil(lambda: ret.last_result is not None, timeout=10000)
    settle(qtbot, till)
    assert focus() is ret.receipt_edit  # Esc and the F-keys work after the return
    assert ret.money_caption.text() == "Hand back to the customer"
    assert ret.money_label.text() == to_hand_back  # what the return paid, not "0.00" after it
    key(qtbot, Qt.Key.Key_Escape)
    assert till.window.current is sale and focus() is sale.scan

    # the balance check
    key(qtbot, Qt.Key.Key_F6)
    service = pages["service"]
    assert till.window.current is service and focus() is service.phone
    type_(qtbot, "9123456789", enter=True)
    settle(qtbot, till)
    assert service.member is not None and focus() is service.phone
    m = service.member
    assert service.info.total.text() == f"{m.available + m.pending_total:,}"
    key(qtbot, Qt.Key.Key_Escape)
    assert till.window.current is sale and focus() is sale.scan

    # a registration: the form starts empty, Tab walks it, Space ticks the consent
    key(qtbot, Qt.Key.Key_F7)
    reg = pages["registration"]
    assert till.window.current is reg and focus() is reg.phone
    assert reg.phone.text() == "" and reg.birth.text() == ""
    type_(qtbot, "9995550077")
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is reg.birth
    type_(qtbot, "14.03.1988")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    assert focus() is reg.consent
    key(qtbot, Qt.Key.Key_Space)
    assert reg.consent.isChecked()
    key(qtbot, Qt.Key.Key_F5)
    settle(qtbot, till)
    assert focus() is reg.code
    type_(qtbot, hub.last_sms_code(NEW), enter=True)
    settle(qtbot, till)
    assert reg.registered is not None and focus() is reg.phone
    assert member_on_hub(hub, NEW)["phone"] == NEW
    key(qtbot, Qt.Key.Key_Escape)
    assert till.window.current is sale and focus() is sale.scan
    key(qtbot, Qt.Key.Key_F8)  # the new member is on the open sale: clear it
    wait_box(qtbot)
    key(qtbot, Qt.Key.Key_Return)
    settle(qtbot, till)
    qtbot.waitUntil(lambda: focus() is sale.scan, timeout=1000)  # back on the scan field once the box closed
    assert till.ctx.basket.member is None

    # the shift close: asks, closes, prints the shift loyalty report, signs out
    wait_synced(qtbot, hub_till)
    till.window.poll_status()
    settle(qtbot, till)
    key(qtbot, Qt.Key.Key_F10, Qt.KeyboardModifier.ControlModifier)
    wait_box(qtbot)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.window.current is pages["login"], timeout=10000)
    settle(qtbot, till)
    closed = sale.last_shift.figures
    assert (closed.sales, closed.member_sales, closed.returns, closed.registrations) == (2, 1, 1, 1)
    assert closed.points_spent == 3000 and closed.unsynced_events == 0
    assert hub_till.cashier is None and hub_till.shift is None
    qtbot.waitUntil(lambda: any(j.kind == "shift_report" and j.state == "done"
                                for j in till.ctx.printing.jobs.values()), timeout=5000)
    assert focus() is pages["login"].number

    # the next cashier logs in and out with F10
    type_(qtbot, "1", enter=True)
    type_(qtbot, "1111", enter=True)
    settle(qtbot, till)
    assert focus() is sale.scan and hub_till.cashier is not None
    wait_synced(qtbot, hub_till)  # nothing waits for the hub: F10 signs out without a question
    till.window.poll_status()
    settle(qtbot, till)
    key(qtbot, Qt.Key.Key_F10)
    settle(qtbot, till)
    assert till.window.current is pages["login"] and focus() is pages["login"].number
    assert hub_till.cashier is None  # the till layer signed out too
