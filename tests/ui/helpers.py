"""Driving the till as a cashier does: typing and keys."""

from __future__ import annotations

from pos_app.ui.qt import Qt


def wait_idle(qtbot, till, timeout: int = 8000) -> None:
    """No worker job pending and no print job queued or printing (as the screens know it)."""
    qtbot.waitUntil(lambda: till.ctx.ops.idle and not till.ctx.printing.busy, timeout=timeout)


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


def hub_get(hub, path: str) -> dict:
    """Read the hub's own answer (its ledger is the truth the screens must agree with)."""
    import requests

    response = requests.get(f"{hub.url}/v1{path}", headers=hub.headers, timeout=(2, 5))
    response.raise_for_status()
    return response.json()


def member_on_hub(hub, phone: str) -> dict:
    return hub_get(hub, f"/members/by-phone/{phone}")


def history_on_hub(hub, phone: str) -> list[dict]:
    member = member_on_hub(hub, phone)
    return hub_get(hub, f"/members/{member['member_id']}/history")["movements"]


def wait_synced(qtbot, services, timeout: int = 15000) -> None:
    """Wait until the till's outbox is empty (read from its store, not from the cached sync state)."""
    services.sync_now()
    qtbot.waitUntil(lambda: services.events_waiting() == 0, timeout=timeout)


def find_member(qtbot, till, phone_digits: str) -> None:
    """F2, type the phone, Enter, wait for the answer, F12 to put the member on the sale."""
    press(qtbot, till, Qt.Key.Key_F2)
    page = till.window.pages["member"]
    assert till.window.current is page
    type_enter(qtbot, page.phone, phone_digits)
    wait_idle(qtbot, till)


def supervisor(qtbot, dialog, number: str = "9", pin: str = "9999") -> None:
    """A supervisor types their number and PIN into the dialog."""
    dialog.number.clear()
    dialog.pin.clear()
    type_enter(qtbot, dialog.number, number)
    type_enter(qtbot, dialog.pin, pin)
