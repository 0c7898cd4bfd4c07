"""Driving the till as a cashier does: typing and keys."""

from __future__ import annotations

from pos_app.ui.qt import Qt


def wait_idle(qtbot, till, timeout: int = 8000) -> None:
    qtbot.waitUntil(lambda: till.ctx.ops.idle, timeout=timeout)


def type_enter(qtbot, widget, text: str) -> None:
    """Type ``text`` and press Enter (a barcode scanner is exactly this)."""
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def scan(qtbot, till, code: str) -> None:
    type_enter(qtbot, till.window.pages["sale"].scan, code)
    wait_idle(qtbot, till)


def press(qtbot, till, key) -> None:
    """Press a key on the current page (F-keys are the page's shortcuts)."""
    qtbot.keyClick(till.window.current, key)


def cell(table, row: int, col: int) -> str:
    return table.model().index(row, col).data() or ""
