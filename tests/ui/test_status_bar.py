"""The status bar and its banner: online/offline, events waiting and their age, sync problems,
printer state; a red banner when events have waited over 24 hours; logging out with events waiting asks."""

from __future__ import annotations

from pos_app.ui.backend import SyncStatus
from pos_app.ui.qt import QMessageBox, Qt
from pos_app.ui.widgets.status_bar import TillStatusBar, format_age

from .helpers import press


def test_status_bar_shows_the_state(qtbot):
    bar = TillStatusBar()
    qtbot.addWidget(bar)
    bar.show_status(SyncStatus(online=True, waiting=3, oldest_age_s=125, problems=("S1-T1-000002: x",),
                               printer="error", printer_message="paper out"))
    assert bar.connection.text() == "● Online"
    assert bar.queue.text() == "Events waiting: 3, oldest 2 min"
    assert not bar.problems.isHidden() and bar.problems.text() == "Sync problems: 1"
    assert bar.printer.text() == "Printer: error paper out"
    assert not bar.overdue
    bar.show_status(SyncStatus(online=False, waiting=1, oldest_age_s=90000))
    assert bar.connection.text() == "● Offline" and bar.overdue
    assert bar.problems.isHidden()
    assert format_age(90000) == "1 d 1 h"


def test_banner_and_problems_dialog_and_logout_warning(qtbot, open_till, make_app, login, black_hole):
    till = make_app(open_till(black_hole.url))
    login(till)
    window = till.window
    window.show_status(SyncStatus(online=False, waiting=2, oldest_age_s=25 * 3600,
                                  problems=("S1-T1-000007: gift_not_returnable",)))
    assert window.banner.isVisibleTo(window)
    assert "24 hours" in window.banner.text()
    window.status.problems.click()
    assert window._problems.list.item(0).text() == "S1-T1-000007: gift_not_returnable"
    window._problems.reject()

    press(qtbot, till, Qt.Key.Key_F10)  # log out: 2 events waiting, so it asks first
    assert window.current.name == "sale"
    box = window._confirm
    assert "2 events" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.current.name == "login", timeout=2000)
    assert till.ctx.cashier is None
