"""Every screen at 1024x768 (the usual 15" POS monitor), 1366x768 and 1920x1080: each page's buttons,
fields and figures lie inside the window, nothing needs a scroll bar; at 800x600 the sale and payment
screens scroll up and down but never sideways, and every key can be reached."""

from __future__ import annotations

import pytest

from pos_app.ui.qt import QApplication, QPushButton, QScrollArea, Qt
from pos_app.ui.widgets.responsive import widgets_outside

from .conftest import CATALOG
from .helpers import press, scan, wait_idle

PAGES = ("login", "sale", "member", "payment", "registration", "return", "service", "settings")


def _show(qtbot, till, name: str) -> None:
    window = till.window
    if name == "login":
        window.stack.setCurrentWidget(window.pages["login"].parentWidget().parentWidget())
    else:
        window.go(name)
    wait_idle(qtbot, till)
    QApplication.processEvents()


def _scroll(page) -> QScrollArea:
    return page.parentWidget().parentWidget()


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1920, 1080)])
def test_every_page_fits_the_window(qtbot, open_till, make_app, login, black_hole, size):
    till = make_app(open_till(black_hole.url, catalog=CATALOG))
    login(till)
    window = till.window
    window.resize(*size)
    for code in ("PHONE1", "GC1000", "TV55", "PHONE1"):
        scan(qtbot, till, code)
    assert window.width() == size[0] and window.height() == size[1]
    for name in PAGES:
        _show(qtbot, till, name)
        page = window.pages[name]
        assert window.current is page
        qtbot.waitUntil(lambda: not widgets_outside(window, page), timeout=2000)
        scroll = _scroll(page)
        assert scroll.verticalScrollBar().maximum() == 0, name  # no scrolling from 1024x768 up
        assert scroll.horizontalScrollBar().maximum() == 0, name


def test_the_window_can_be_made_as_small_as_800x600(qtbot, open_till, make_app, login, black_hole):
    till = make_app(open_till(black_hole.url, catalog=CATALOG))
    login(till)
    window = till.window
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800 and window.height() == 600, timeout=2000)
    scan(qtbot, till, "PHONE1")
    for name in ("sale", "payment"):
        _show(qtbot, till, name)
        page = window.pages[name]
        scroll = _scroll(page)
        assert scroll.horizontalScrollBar().maximum() == 0, name  # up and down only
        for button in page.findChildren(QPushButton):
            if button.isVisibleTo(page):
                scroll.ensureWidgetVisible(button, 0, 0)  # scrolled to, each key is whole on the screen
                QApplication.processEvents()
                assert button.visibleRegion().boundingRect().size() == button.size(), (name, button.text())
    press(qtbot, till, Qt.Key.Key_F4)  # the keys still work on a small window
    assert till.window.pages["payment"].tender == "cash"
