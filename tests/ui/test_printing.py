"""Printing through the one print queue: a printer that refuses fails the job (never the sale), the
screen says so, and once the printer is fixed in the settings the kept job prints on a retry."""

from __future__ import annotations

import socket

from pos_app.sales import BasketLine, Tender
from pos_app.ui.qt import Qt

from .conftest import CATALOG
from .helpers import press, scan, type_enter, wait_idle


def _refused_port() -> int:
    """A loopback port nothing listens on: connecting is refused at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _sell(qtbot, till, code: str = "4600000000097", cash: str = "3000"):
    scan(qtbot, till, code)
    press(qtbot, till, Qt.Key.Key_F12)
    pay = till.window.pages["payment"]
    type_enter(qtbot, pay.cash_edit, cash)
    qtbot.waitUntil(lambda: pay.done is not None, timeout=10000)
    wait_idle(qtbot, till)
    return pay


def test_failed_print_is_kept_shown_and_retried_after_fixing_the_printer(qtbot, hub_till, make_app, login, tmp_path):
    hub_till.update_settings(printer={"kind": "network", "host": "127.0.0.1", "port": _refused_port(),
                                      "timeout": 1.0, "status_check": False})
    till = make_app(hub_till)
    login(till, "9", "9999")  # a supervisor sells and may open the settings
    pay = _sell(qtbot, till)
    receipt_no = pay.done.receipt_no
    bar = till.window.status

    # the sale is done and saved; the receipt did not print, and the screen says so
    assert receipt_no in pay.done_view.title.text()
    assert hub_till.find_sale(receipt_no).receipt_no == receipt_no
    qtbot.waitUntil(lambda: "did not print" in pay.done_view.print_label.text(), timeout=5000)
    # in the UI's language (English here), with the technical reason in the tooltip
    assert "The printer cannot be reached: check its power and cable." in pay.done_view.print_label.text()
    assert "The sale is saved" in pay.done_view.print_label.text()
    assert "127.0.0.1" in pay.done_view.print_label.toolTip()
    assert bar.printer.text().startswith("Printer: The printer cannot be reached")
    assert not any("а" <= ch <= "я" for ch in bar.printer.text().lower())
    assert "127.0.0.1" in bar.printer.toolTip()
    assert "Not printed: 1" in bar.printer.text()
    assert bar.printer.objectName() == "printerError"

    press(qtbot, till, Qt.Key.Key_F9)  # print again: the same job, still refused
    wait_idle(qtbot, till)
    [failed] = till.ctx.printing.failed
    assert failed.attempts == 2 and "Not printed: 1" in bar.printer.text()

    # a supervisor fixes the printer in the settings (a file printer here)
    receipts = tmp_path / "fixed.bin"
    press(qtbot, till, Qt.Key.Key_F11)  # new sale
    press(qtbot, till, Qt.Key.Key_F9)  # settings
    settings = till.window.pages["settings"]
    assert till.window.current is settings
    wait_idle(qtbot, till)
    settings.printer_kind.setCurrentIndex(settings.printer_kind.findData("file"))
    settings.printer_target.setText(str(receipts))
    settings.language.setCurrentIndex(settings.language.findData("en"))  # as shown (a change rebuilds the window)
    press(qtbot, till, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: "Saved" in settings.message.text(), timeout=5000)

    bar.printer.click()  # retry the failed jobs
    wait_idle(qtbot, till)
    assert bar.printer.text() == "Printer: ready"
    assert till.ctx.printing.failed == []
    printed = receipts.read_bytes()
    assert receipt_no.encode() in printed and "ДУБЛИКАТ".encode("cp866") not in printed
    assert pay.done_view.print_label.text() == "Receipt printed."

    # the next sale prints straight away; F9 on its done screen prints a copy
    press(qtbot, till, Qt.Key.Key_Escape)
    pay = _sell(qtbot, till)
    assert pay.done_view.print_label.text() == "Receipt printed."
    press(qtbot, till, Qt.Key.Key_F9)
    wait_idle(qtbot, till)
    printed = receipts.read_bytes()
    assert printed.count(pay.done.receipt_no.encode()) >= 2
    assert "ДУБЛИКАТ".encode("cp866") in printed


def test_no_printer_set_up_says_so_and_the_sale_is_done(qtbot, hub_till, make_app, login):
    hub_till.update_settings(printer=None)
    till = make_app(hub_till)
    login(till)
    pay = _sell(qtbot, till)
    assert "No printer is set up" in pay.done_view.print_label.text()
    assert hub_till.find_sale(pay.done.receipt_no)
    till.window.poll_status()
    wait_idle(qtbot, till)
    assert till.window.status.printer.text() == "Printer: none"


def test_a_printer_that_never_answers_does_not_hold_the_next_sale(qtbot, open_till, make_app, login, black_hole):
    services = open_till(black_hole.url, catalog=CATALOG)  # the hub is silent too: the sale is offline
    services.update_settings(printer={"kind": "network", "host": "127.0.0.1", "port": black_hole.port,
                                      "timeout": 2.0, "status_check": True})
    till = make_app(services)
    login(till)
    scan(qtbot, till, "PHONE1")
    press(qtbot, till, Qt.Key.Key_F12)
    pay = till.window.pages["payment"]
    type_enter(qtbot, pay.cash_edit, "33000")
    qtbot.waitUntil(lambda: pay.done is not None, timeout=10000)
    bar = till.window.status
    qtbot.waitUntil(lambda: bar.printer.text() == "Printer: printing…", timeout=3000)
    assert pay.done_view.print_label.text() == "Printing the receipt…"

    press(qtbot, till, Qt.Key.Key_F11)  # the next customer, while the printer still says nothing
    sale = till.window.pages["sale"]
    type_enter(qtbot, sale.scan, "TV55")
    qtbot.waitUntil(lambda: len(till.ctx.basket.lines) == 1, timeout=1000)
    assert till.ctx.printing.busy

    # the job fails within its timeout, is kept, and the sale stays done
    qtbot.waitUntil(lambda: not till.ctx.printing.busy, timeout=10000)
    assert "The printer does not answer." in bar.printer.text() and "Not printed: 1" in bar.printer.text()
    assert services.find_sale(pay.done.receipt_no)


def test_f1_on_the_sale_screen_reprints_the_last_receipt_as_a_copy(qtbot, hub_till, make_app, login, tmp_path):
    receipts = tmp_path / "receipts.bin"
    hub_till.update_settings(printer={"kind": "file", "path": str(receipts)})
    till = make_app(hub_till)
    login(till)
    sale = till.window.pages["sale"]
    assert sale.reprint_button.text() == "F1  Reprint last receipt"

    press(qtbot, till, Qt.Key.Key_F1)  # nothing printed since start-up: it says so, nothing is queued
    wait_idle(qtbot, till)
    assert sale.message.text() == "No receipt has been printed since the till started."

    pay = _sell(qtbot, till)
    receipt_no = pay.done.receipt_no
    assert pay.done_view.print_label.text() == "Receipt printed."
    original = receipts.read_bytes()
    press(qtbot, till, Qt.Key.Key_F11)  # the next customer's sale screen
    assert till.window.current is sale
    scan(qtbot, till, "4600000000097")  # a basket in progress is kept
    press(qtbot, till, Qt.Key.Key_F1)
    wait_idle(qtbot, till)
    assert sale.message.text() == "A copy of the last receipt is printed."
    printed = receipts.read_bytes()
    assert printed.startswith(original) and "ДУБЛИКАТ".encode("cp866") not in original
    copy = printed[len(original):]
    assert receipt_no.encode() in copy and "ДУБЛИКАТ".encode("cp866") in copy
    assert len(till.ctx.basket.lines) == 1


def test_after_a_restart_f1_prints_a_copy_of_the_newest_sale_in_the_journal(qtbot, hub_till, make_app, login,
                                                                           tmp_path):
    """The till stopped right after a sale (its receipt may not have printed): the next start has no
    print history, so F1 takes the newest sale from the journal."""
    receipts = tmp_path / "receipts.bin"
    hub_till.update_settings(printer={"kind": "file", "path": str(receipts)})
    line = BasketLine(hub_till.find_product("4600000000080"))
    hub_till.login("1", "1111")
    older = hub_till.finish_sale([line], [Tender("cash", line.price)])
    newest = hub_till.finish_sale([line], [Tender("card", line.price)])
    till = make_app(hub_till)  # a fresh start: nothing printed yet
    login(till)
    press(qtbot, till, Qt.Key.Key_F1)
    wait_idle(qtbot, till)
    sale = till.window.pages["sale"]
    qtbot.waitUntil(lambda: sale.message.text() == "A copy of the last receipt is printed.", timeout=10000)
    copy = receipts.read_bytes()
    assert newest.receipt_no.encode() in copy and older.receipt_no.encode() not in copy
    assert "ДУБЛИКАТ".encode("cp866") in copy
