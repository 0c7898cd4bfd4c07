"""A manual points adjustment from the balance screen, against a real hub: a supervisor's PIN, a
reason, the balance and history shown again, and the hub's ledger keeps the author and reason."""

from __future__ import annotations

from sqlalchemy import select

from pos_app.hub.db.models import LedgerMovement
from pos_app.store.models import Approval
from pos_app.ui.qt import Qt

from .helpers import history_on_hub, member_on_hub, press, type_enter, wait_idle

ANNA = "+79123456789"  # demo member: 5 000 available


def _open_dialog(qtbot, till):
    page = till.window.pages["service"]
    type_enter(qtbot, page.phone, "9123456789")
    wait_idle(qtbot, till)
    assert page.info.available.text() == "5,000" and page.adjust_button.isEnabled()
    press(qtbot, till, Qt.Key.Key_F8)
    dialog = page._adjust
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    return page, dialog


def test_adjustment_with_supervisor_pin_reaches_the_ledger(qtbot, hub, hub_till, make_app, login):
    till = make_app(hub_till)
    login(till, "2", "2222")  # service zone
    page, dialog = _open_dialog(qtbot, till)

    dialog.points.setValue(250)
    dialog.submit()  # no reason yet: says so, sends nothing
    assert dialog.message.text() == "Type the reason for the adjustment."
    type_enter(qtbot, dialog.reason, "points missing for receipt S1-T1-000042")
    type_enter(qtbot, dialog.number, "9")
    type_enter(qtbot, dialog.pin, "0000")  # wrong PIN
    wait_idle(qtbot, till)
    assert dialog.isVisible() and dialog.message.text() == "Wrong supervisor number or PIN."
    assert dialog.pin.text() == ""
    type_enter(qtbot, dialog.pin, "9999")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    wait_idle(qtbot, till)

    assert page.info.available.text() == "5,250"
    assert page.message.text() == "Adjusted by +250 pts; available now 5,250."
    last = page.history.rowCount() - 1
    assert page.history.item(last, 1).text() == "adjustment"
    assert page.history.item(last, 2).text() == "+250"
    assert page.history.item(last, 4).text() == "points missing for receipt S1-T1-000042"

    assert member_on_hub(hub, ANNA)["balance"]["available"] == 5250
    movement = history_on_hub(hub, ANNA)[-1]
    assert (movement["kind"], movement["points"]) == ("adjustment", 250)
    with hub.hub.db.read() as s:
        row = s.get(LedgerMovement, movement["id"])
        assert (row.author, row.note) == ("9", "points missing for receipt S1-T1-000042")
    with hub_till.store.read() as s:
        approvals = [(a.supervisor, a.action, a.cashier) for a in s.scalars(select(Approval))]
    assert approvals == [("9", "adjustment", "2")]


def test_offline_the_dialog_says_adjustments_need_the_hub(qtbot, hub, hub_till, make_app, login):
    till = make_app(hub_till)
    login(till, "2", "2222")
    page, dialog = _open_dialog(qtbot, till)
    hub.stop()
    dialog.points.setValue(-100)
    type_enter(qtbot, dialog.reason, "goodwill reversal")
    type_enter(qtbot, dialog.number, "9")
    type_enter(qtbot, dialog.pin, "9999")
    wait_idle(qtbot, till, timeout=15000)
    assert dialog.isVisible()
    assert "points are adjusted online only" in dialog.message.text()
    hub.start()
    assert all(m["kind"] != "adjustment" for m in history_on_hub(hub, ANNA))
