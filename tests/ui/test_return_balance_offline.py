"""Against a real hub: a return with a supervisor's PIN, a balance check by the service zone, and a
sale made while the hub is down that reaches the ledger once it is back."""

from __future__ import annotations

from pos_app.ui.qt import Qt

from pos_app.ui.texts import movement_text

from .helpers import (find_member, history_on_hub, member_on_hub, press, scan, supervisor, type_enter, wait_idle,
                      wait_synced)

ANNA = "+79123456789"
VERA = "+79261112233"  # negative balance: -300


def _sell(qtbot, till, codes: list[str], phone_digits: str | None = None, cash: str = "200000") -> str:
    if phone_digits:
        find_member(qtbot, till, phone_digits)
        press(qtbot, till, Qt.Key.Key_F12)
    for code in codes:
        scan(qtbot, till, code)
    press(qtbot, till, Qt.Key.Key_F12)
    pay = till.window.pages["payment"]
    type_enter(qtbot, pay.cash_edit, cash)
    qtbot.waitUntil(lambda: pay.done is not None, timeout=10000)
    wait_idle(qtbot, till)
    receipt_no = pay.done.receipt_no
    press(qtbot, till, Qt.Key.Key_F11)  # new sale
    return receipt_no


def test_return_with_supervisor(qtbot, hub, hub_till, make_app, login, receipts_file):
    till = make_app(hub_till)
    login(till)
    receipt_no = _sell(qtbot, till, ["4600000000066", "4600000000066", "4600000000080"], "9123456789")
    assert till.window.current.name == "sale"

    press(qtbot, till, Qt.Key.Key_F5)
    page = till.window.pages["return"]
    type_enter(qtbot, page.receipt_edit, receipt_no)
    wait_idle(qtbot, till)
    assert page.table.rowCount() == 2
    assert page.table.item(0, 2).text() == "2"
    page.spins[0].setValue(1)  # one of the two headphones (200 points each)
    wait_idle(qtbot, till)
    assert page.annul_label.text() == "200"
    assert page.refund_label.text() == "0"
    assert page.money_label.text() == "RUB3,999.00"
    press(qtbot, till, Qt.Key.Key_F12)
    dialog = page._pin
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    supervisor(qtbot, dialog, "1", "1111")  # a cashier is not a supervisor
    wait_idle(qtbot, till)
    assert dialog.isVisible() and "not a supervisor" in dialog.message.text()
    supervisor(qtbot, dialog)
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=5000)
    wait_idle(qtbot, till)
    assert page.last_result.preview.annulled_points == 200
    qtbot.waitUntil(lambda: "printed" in page.message.text(), timeout=5000)
    assert "done" in page.message.text()
    assert "ВОЗВРАТ".encode("cp866") in receipts_file.read_bytes()
    assert page.table.item(0, 3).text() == "1"  # returned so far, shown again from the journal

    wait_synced(qtbot, hub_till)
    kinds = sorted((m["kind"], m["points"]) for m in history_on_hub(hub, ANNA) if m["receipt_no"] == receipt_no)
    assert kinds == [("accrual", 425), ("return_annulment", -200)]  # 2 x 200 + 25 earned, 200 annulled


def test_balance_check_by_service_zone(qtbot, hub, hub_till, make_app, login, receipts_file):
    till = make_app(hub_till)
    login(till, "2", "2222")
    assert till.window.current.name == "service"
    page = till.window.pages["service"]
    assert not page.back_button.isVisible()  # service-zone staff do not sell
    type_enter(qtbot, page.phone, "+7 926 111-22-33")
    wait_idle(qtbot, till)
    assert page.info.available.text() == "-300"
    hub_history = history_on_hub(hub, VERA)
    assert page.history.rowCount() == len(hub_history) > 0
    last = hub_history[-1]
    assert page.history.item(page.history.rowCount() - 1, 3).text() == f"{last['balance_after']:,}"
    shown = [page.history.item(r, 1).text() for r in range(page.history.rowCount())]
    assert shown == [movement_text(m["kind"]) for m in hub_history]
    assert "return: points annulled" in shown  # Vera's demo history has a return

    press(qtbot, till, Qt.Key.Key_F9)  # the balance slip, on the printer
    wait_idle(qtbot, till)
    assert "slip printed" in page.message.text()
    slip = receipts_file.read_bytes()
    assert "БАЛАНС БАЛЛОВ".encode("cp866") in slip and b"-300" in slip

    type_enter(qtbot, page.phone, "9000000000")  # valid format, not a member
    wait_idle(qtbot, till)
    assert "No member with this phone" in page.message.text()


def test_offline_sale_reaches_the_ledger_later(qtbot, hub, hub_till, make_app, login):
    till = make_app(hub_till)
    login(till)
    find_member(qtbot, till, "9123456789")  # online: cached by the till
    wait_synced(qtbot, hub_till)
    hub.stop()
    member_page = till.window.pages["member"]
    type_enter(qtbot, member_page.phone, "9123456789")
    wait_idle(qtbot, till)
    assert member_page.found is not None and member_page.found.cached
    assert member_page.info.as_of.isVisible()
    assert "cached balance as of" in member_page.info.as_of.text()
    press(qtbot, till, Qt.Key.Key_F12)
    scan(qtbot, till, "4600000000097")  # charger 2 999
    press(qtbot, till, Qt.Key.Key_F12)
    pay = till.window.pages["payment"]
    assert pay.max_label.text() == "1,000"  # the offline cap, not the 5 000 cached
    assert "offline" in pay.why_label.text()
    pay.points_spin.setValue(500)
    type_enter(qtbot, pay.cash_edit, "2499")
    dialog = pay._pin  # offline points need a supervisor
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    supervisor(qtbot, dialog)
    qtbot.waitUntil(lambda: pay.done is not None, timeout=10000)
    receipt_no = pay.done.receipt_no
    bar = till.window.status

    def shown(text: str, label) -> bool:
        till.window.poll_status()
        wait_idle(qtbot, till)
        return text in label.text()

    qtbot.waitUntil(lambda: shown("Offline", bar.connection), timeout=10000)
    assert "Events waiting: 1" in bar.queue.text()

    hub.start()
    wait_synced(qtbot, hub_till, timeout=20000)
    kinds = {m["kind"]: m["points"] for m in history_on_hub(hub, ANNA) if m["receipt_no"] == receipt_no}
    assert kinds["redemption"] == -500
    assert member_on_hub(hub, ANNA)["balance"]["available"] == 4500
    qtbot.waitUntil(lambda: shown("All events sent", bar.queue), timeout=10000)
    assert "Online" in bar.connection.text()


def test_the_balance_screen_marks_a_flagged_sale_under_review(qtbot, hub, hub_till, make_app, login):
    """The hub flagged an offline sale that took a new member below zero: its movement says "under review"
    on the service zone's history until back office resolves it."""
    from datetime import date

    from pos_app.hub.db.models import Till
    from pos_app.hub.members.create import create_member
    from tests.hub.hub_builders import line, sale, send

    phone = "+79120000055"
    with hub.hub.db.write() as s:
        create_member(s, phone=phone, birth_date=date(1990, 1, 1), at=hub.hub.clock.now())
        hub_till_row = s.query(Till).filter_by(store=hub.store, till=hub.till).one()
    payload = sale("FLAG-1", [line(redeem=300)], hub.hub.clock.now(), phone=phone, offline=True)
    payload.update(store=hub.store, till=hub.till)
    assert send(hub.hub, hub_till_row, "sale.finished", payload)["result"]["flagged"] is True
    till = make_app(hub_till)
    login(till, "2", "2222")
    page = till.window.pages["service"]
    type_enter(qtbot, page.phone, "+7 912 000-00-55")
    wait_idle(qtbot, till)
    assert page.history.rowCount() == 1
    assert page.history.item(0, 1).text() == f"{movement_text('redemption')} · under review"
    assert page.history.item(0, 4).text() == "FLAG-1"
    assert "under review" in page.history.item(0, 2).toolTip()
