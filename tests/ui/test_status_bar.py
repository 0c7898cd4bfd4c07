"""The status bar and its banner: online/offline, events waiting and their age, sync problems,
printer state; a red banner when events have waited over 24 hours; logging out with events waiting asks."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select

from pos_app.sales import BasketLine, Tender
from pos_app.store.models import Approval
from pos_app.sync import Member
from pos_app.sync.outbox_queries import outbox_stats
from pos_app.till import SyncProblem, TillStatus
from pos_app.ui.qt import QMessageBox, Qt
from pos_app.ui.widgets.status_bar import TillStatusBar, format_age

from .helpers import press, supervisor, wait_idle



def _problem(reference: str, code: str | None = None) -> SyncProblem:
    return SyncProblem(event_id="e1", kind="sale.finished", created_at=datetime.now(timezone.utc), code=code,
                       message="x", reference=reference)

def test_status_bar_shows_the_state(qtbot):
    bar = TillStatusBar()
    qtbot.addWidget(bar)
    bar.show_status(TillStatus(online=True, waiting=3, oldest_age_s=125, problems=(_problem("S1-T1-000002"),),
                               printer="ok"))
    assert bar.printer.text() == "Printer: ready"
    bar.show_printer("error", "paper out.", failed=2)
    assert bar.connection.text() == "● Online"
    assert bar.queue.text() == "Events waiting: 3, oldest 2 min"
    assert not bar.problems.isHidden() and bar.problems.text() == "Sync problems: 1"
    assert bar.printer.text() == "Printer: paper out. Not printed: 2, click to retry."
    assert not bar.overdue
    bar.show_status(TillStatus(online=False, waiting=1, oldest_age_s=90000))
    assert bar.connection.text() == "● Offline" and bar.overdue
    assert bar.problems.isHidden()
    assert format_age(90000) == "1 d 1 h"


def test_banner_and_logout_warning(qtbot, open_till, make_app, login, black_hole):
    till = make_app(open_till(black_hole.url))
    login(till)
    window = till.window
    window.show_status(TillStatus(online=False, waiting=2, oldest_age_s=25 * 3600,
                                  problems=(_problem("S1-T1-000007", "gift_not_returnable"),)))
    assert window.banner.isVisibleTo(window)
    assert "24 hours" in window.banner.text()

    press(qtbot, till, Qt.Key.Key_F10)  # log out: 2 events waiting, so it asks first
    assert window.current.name == "sale"
    box = window._confirm
    assert "2 events" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.current.name == "login", timeout=2000)
    assert till.ctx.cashier is None


def test_a_refused_event_is_shown_and_a_supervisor_can_send_it_again(qtbot, hub, hub_till, make_app, login):
    till = make_app(hub_till)
    login(till)
    # a member this till believes in but the hub does not know: the hub refuses the sale's event
    ghost = Member(phone="+79990001122", member_id="ghost", display_name="Ghost", available=0,
                   pending=(), expiring=(), as_of=datetime.now(timezone.utc), cached=False)
    line = BasketLine(hub_till.find_product("4600000000080"))
    done = hub_till.finish_sale([line], [Tender("cash", line.price)], member=ghost)
    qtbot.waitUntil(lambda: len(hub_till.sync_problems()) == 1, timeout=15000)
    window = till.window
    qtbot.waitUntil(lambda: (window.poll_status(), window.status.problems.isVisible())[1], timeout=10000)
    assert window.status.problems.text() == "Sync problems: 1"

    window.status.problems.click()
    dialog = window._problems
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    assert done.receipt_no in dialog.list.item(0).text() and "member_not_found" in dialog.list.item(0).text()
    dialog.retry_button.click()
    pin = dialog._pin
    qtbot.waitUntil(pin.isVisible, timeout=3000)
    supervisor(qtbot, pin)
    wait_idle(qtbot, till)
    with hub_till.store.read() as session:
        actions = [a.action for a in session.scalars(select(Approval))]
    assert "retry_sync_problem" in actions
    # one snapshot of the outbox: the relay may send the event (and see it refused again) at any moment,
    # so the two counts are read together; the event is in exactly one of them
    stats = outbox_stats(hub_till.store)
    assert stats.waiting + stats.problems == 1
    # sent again, refused again: still set aside, never lost
    qtbot.waitUntil(lambda: len(hub_till.sync_problems()) == 1, timeout=15000)
