"""An unconfirmed member (registered offline, issue 12 item 2): the member card says so, the till lets them
spend nothing, F9 sends the code and the code typed confirms the phone at the hub."""

from __future__ import annotations

from datetime import date

from pos_app.hub.members.create import create_member
from pos_app.ui.qt import Qt

from .helpers import find_member, member_on_hub, press, type_enter, wait_idle

PHONE = "+79165550033"


def test_unconfirmed_member_is_shown_and_confirmed_with_a_code(qtbot, hub, hub_till, make_app, login):
    with hub.hub.db.write() as s:
        create_member(s, phone=PHONE, birth_date=date(1990, 1, 1), at=hub.hub.clock.now()).confirmed = False
    till = make_app(hub_till)
    login(till)
    find_member(qtbot, till, "8 916 555 00 33")
    page = till.window.pages["member"]
    assert page.found is not None and page.found.confirmed is False
    assert not page.info.unconfirmed.isHidden() and "nconfirmed" in page.info.unconfirmed.text()
    assert till.ctx.till.spendable_points(page.found) == 0
    assert not page.send_code_button.isHidden() and page.code_edit.isHidden()

    press(qtbot, till, Qt.Key.Key_F9)
    wait_idle(qtbot, till)
    qtbot.waitUntil(lambda: not page.code_edit.isHidden(), timeout=5000)
    code = hub.last_sms_code(PHONE)
    assert code and len(code) == 6
    type_enter(qtbot, page.code_edit, code)
    wait_idle(qtbot, till)
    qtbot.waitUntil(lambda: page.found.confirmed, timeout=5000)
    assert page.info.unconfirmed.isHidden() and page.send_code_button.isHidden()
    assert member_on_hub(hub, PHONE)["confirmed"] is True


def test_a_confirmed_member_shows_no_note(qtbot, hub, hub_till, make_app, login):
    till = make_app(hub_till)
    login(till)
    find_member(qtbot, till, "8 912 345 67 89")
    page = till.window.pages["member"]
    assert page.found.confirmed is True
    assert page.info.unconfirmed.isHidden() and page.send_code_button.isHidden()
