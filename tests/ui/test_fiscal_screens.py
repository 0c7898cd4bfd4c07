"""The register on the screens (issue 15): the status bar's register line and its colours, a day on the
register emulator driven with the keys (login opens the fiscal shift; a sale with points; a return; the
supervisor's X report and cash in; the shift close prints the Z report, then the shift report), the
fiscal settings with a missing driver, and a sale a restart found unsigned offered back."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal as D

from pos_app.till import BasketLine, FiscalStatus, Tender, TillServices
from pos_app.ui.qt import QTest, Qt
from pos_app.ui.widgets.status_bar import TillStatusBar, fiscal_text

from .test_cashier_day import focus, key, settle, type_, wait_box
from .helpers import wait_synced

ANNA = "+79123456789"
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)


def _status(**kw) -> FiscalStatus:
    base = dict(driver="emulator", shift_open=True, shift_number=4, shift_opened_at=NOW - timedelta(hours=2),
                fn_number="9999078900001", fn_expires_on=date(2027, 1, 1))
    return FiscalStatus(**{**base, **kw})


def test_the_register_line_and_its_colours(qtbot):
    opened = (NOW - timedelta(hours=2)).astimezone()
    since = opened.strftime("%H:%M" if opened.date() == NOW.astimezone().date() else "%d.%m %H:%M")
    assert fiscal_text(_status(), NOW) == f"Register: shift 4 since {since}"
    assert fiscal_text(_status(driver="none"), NOW) == ""
    assert fiscal_text(_status(shift_open=False), NOW) == "Register: shift closed"
    soon = fiscal_text(_status(fn_expires_on=date(2026, 3, 20)), NOW)
    assert soon.endswith("fiscal drive: 18 d left")
    late = _status(unsent=3, oldest_unsent_at=NOW - timedelta(days=2, hours=5))
    assert fiscal_text(late, NOW).endswith("not sent to the operator: 3, oldest 2 d 5 h")
    assert fiscal_text(_status(connected=False, error="fiscal_no_answer"), NOW) == (
        "Register: The register does not answer: check its cable and power.")

    bar = TillStatusBar()
    qtbot.addWidget(bar)
    bar.show_fiscal(None)
    assert bar.fiscal.isHidden()
    def _now(**kw) -> FiscalStatus:  # a shift opened just now: only what is tested colours the line
        return _status(**{"shift_opened_at": datetime.now(timezone.utc), **kw})

    for status, name in ((_now(), "fiscalOk"),
                         (_now(unsent=1, oldest_unsent_at=datetime.now(timezone.utc) - timedelta(days=2)),
                          "fiscalWarning"),  # after a day
                         (_now(unsent=1, oldest_unsent_at=datetime.now(timezone.utc) - timedelta(days=21)),
                          "fiscalRed"),  # after 20 of the 30 days
                         (_now(fn_expires_on=date.today() + timedelta(days=10)), "fiscalWarning"),
                         (_now(shift_open=False), "fiscalWarning"),
                         (_now(paper=False), "fiscalRed")):
        bar.show_fiscal(status)
        assert not bar.fiscal.isHidden() and bar.fiscal.objectName() == name, status


def test_a_day_on_the_register_emulator_with_the_keys(qtbot, hub, hub_till, make_app, tmp_path, receipts_file):
    hub_till.save_fiscal_settings("emulator", {"path": str(tmp_path / "fiscal.json")})
    till = make_app(hub_till)
    pages = till.window.pages
    bar = till.window.status
    qtbot.waitUntil(lambda: focus() is pages["login"].number, timeout=3000)
    qtbot.waitUntil(lambda: bar.fiscal.text() == "Register: shift closed", timeout=5000)

    # login opens the fiscal shift, and the status bar says so
    type_(qtbot, "1", enter=True)
    type_(qtbot, "1111", enter=True)
    settle(qtbot, till)
    sale = pages["sale"]
    assert till.window.current is sale and focus() is sale.scan
    qtbot.waitUntil(lambda: (till.window.poll_status(), bar.fiscal.text().startswith("Register: shift 1 since"))[1],
                    timeout=5000)
    assert bar.fiscal.objectName() == "fiscalOk"

    # a sale with points (the member's SMS code), registered on the emulator
    type_(qtbot, "4600000000011", enter=True)
    settle(qtbot, till)
    key(qtbot, Qt.Key.Key_F2)
    type_(qtbot, "9123456789", enter=True)
    settle(qtbot, till)
    key(qtbot, Qt.Key.Key_F12)
    assert till.ctx.basket.member.phone == ANNA
    key(qtbot, Qt.Key.Key_F12)
    pay = pages["payment"]
    key(qtbot, Qt.Key.Key_F3)
    type_(qtbot, "3000")
    key(qtbot, Qt.Key.Key_F4)
    type_(qtbot, "30000", enter=True)
    settle(qtbot, till)
    type_(qtbot, hub.last_sms_code(ANNA), enter=True)
    qtbot.waitUntil(lambda: pay.done is not None, timeout=10000)
    settle(qtbot, till)
    sold = pay.done
    assert sold.fiscal["number"] == 2 and sold.fiscal["points_on_receipt"] == "discount"
    key(qtbot, Qt.Key.Key_F11)
    assert till.window.current is sale

    # a return of one smartphone, with the supervisor's PIN; it refers to the sale's fiscal document
    key(qtbot, Qt.Key.Key_F5)
    ret = pages["return"]
    type_(qtbot, sold.receipt_no, enter=True)
    settle(qtbot, till)
    key(qtbot, Qt.Key.Key_Up)
    settle(qtbot, till)
    key(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: focus() is ret._pin.number, timeout=3000)
    type_(qtbot, "9", enter=True)
    type_(qtbot, "9999", enter=True)
    qtbot.waitUntil(lambda: ret.last_result is not None, timeout=10000)
    settle(qtbot, till)
    assert ret.last_result.fiscal["original"]["number"] == 2
    key(qtbot, Qt.Key.Key_Escape)
    assert till.window.current is sale and focus() is sale.scan

    # the supervisor: Ctrl+F9, PIN, 2 cash in 5000, then Ctrl+F9, PIN, 1 X report
    key(qtbot, Qt.Key.Key_F9, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: focus() is sale._fiscal.number, timeout=3000)
    type_(qtbot, "9", enter=True)
    type_(qtbot, "9999", enter=True)
    qtbot.waitUntil(lambda: type(sale._fiscal).__name__ == "RegisterMenu" and focus() is not None
                    and focus().window() is sale._fiscal, timeout=5000)
    key(qtbot, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: type(sale._fiscal).__name__ == "AmountDialog" and focus() is sale._fiscal.amount,
                    timeout=3000)
    type_(qtbot, "5000", enter=True)
    settle(qtbot, till)
    assert sale.last_fiscal_report.kind == "cash_in"
    assert sale.message.text() == "Cash in registered: RUB5,000.00"
    qtbot.waitUntil(lambda: focus() is sale.scan, timeout=3000)

    key(qtbot, Qt.Key.Key_F9, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: focus() is sale._fiscal.number, timeout=3000)
    type_(qtbot, "9", enter=True)
    type_(qtbot, "9999", enter=True)
    qtbot.waitUntil(lambda: type(sale._fiscal).__name__ == "RegisterMenu" and focus() is not None
                    and focus().window() is sale._fiscal, timeout=5000)
    key(qtbot, Qt.Key.Key_1)
    settle(qtbot, till)
    x = sale.last_fiscal_report
    assert x.kind == "x_report" and x.shift_number == 1 and x.details["cash_in"] == "5000.00"
    assert sale.message.text().startswith("X report printed (shift 1).")
    qtbot.waitUntil(lambda: focus() is sale.scan, timeout=3000)

    # the shift close: the register's Z report, then the shift loyalty report on the printer
    wait_synced(qtbot, hub_till)
    till.window.poll_status()
    settle(qtbot, till)
    size_before = receipts_file.stat().st_size if receipts_file.exists() else 0
    key(qtbot, Qt.Key.Key_F10, Qt.KeyboardModifier.ControlModifier)
    wait_box(qtbot)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.window.current is pages["login"], timeout=10000)
    settle(qtbot, till)
    kinds = [d["kind"] for d in hub_till.fiscal_register().documents()]
    assert kinds[0] == "open_shift" and kinds[-1] == "close_shift"
    assert kinds[1:-1] == ["sale", "return"]  # cash in/out and the X report are not fiscal documents
    assert hub_till.last_z_report.kind == "close_shift"
    qtbot.waitUntil(lambda: receipts_file.exists() and receipts_file.stat().st_size > size_before, timeout=5000)
    qtbot.waitUntil(lambda: (till.window.poll_status(), bar.fiscal.text() == "Register: shift closed")[1],
                    timeout=5000)


def test_settings_choose_the_register_and_say_when_its_driver_is_missing(qtbot, open_till, make_app, login,
                                                                          black_hole):
    from .helpers import wait_idle

    services = open_till(black_hole.url)
    till = make_app(services)
    login(till, "9", "9999")
    till.window.go("settings")
    page = till.window.pages["settings"]
    wait_idle(qtbot, till)
    assert page.fiscal_driver.currentData() == "none" and not page.fiscal_target.isEnabled()
    page.language.setCurrentIndex(page.language.findData("en"))  # the screens stay in English
    page.fiscal_driver.setCurrentIndex(page.fiscal_driver.findData("atol"))
    page.fiscal_target.setText("192.168.1.60:5555")
    page.save()
    wait_idle(qtbot, till)
    assert "driver is not installed" in page.message.text() and "[fiscal_driver_missing]" in page.message.text()
    assert services.fiscal_settings_form()["connection"] == {
        "connection": {"port": "tcp", "host": "192.168.1.60", "tcp_port": 5555}}
    till.window.poll_status()
    wait_idle(qtbot, till)
    assert till.window.status.fiscal.objectName() == "fiscalRed"
    assert "driver is not installed" in till.window.status.fiscal.text()

    page.fiscal_driver.setCurrentIndex(page.fiscal_driver.findData("shtrih"))
    page.fiscal_target.setText("/dev/ttyUSB0:fast")
    page.save()
    assert "a port or speed is a number" in page.message.text()

    page.fiscal_driver.setCurrentIndex(page.fiscal_driver.findData("emulator"))
    page.fiscal_target.clear()
    page.fiscal_points.setCurrentIndex(page.fiscal_points.findData("payment"))
    page.save()
    wait_idle(qtbot, till)
    assert page.message.text() == "Saved."
    assert services.fiscal_settings_form() == {"driver": "emulator", "connection": {},
                                               "points_on_fiscal_receipt": "payment"}


def _unsigned_sale(services, key: str) -> None:
    from pos_app.sales import SaleDraft
    from pos_app.sales.pending import begin, draft_to_dict

    line = BasketLine(services.find_product("4600000000028"), 2)
    draft = SaleDraft((line,), (Tender("cash", D("2000.00")),), "1")
    begin(services.store, key, "sale", "1", {"draft": draft_to_dict(draft), "document": {"lines": [
        {"amount": "2000.00"}]}}, datetime.now(timezone.utc))


def test_a_sale_the_register_did_not_sign_is_offered_back(qtbot, tmp_path, make_app, login, black_hole):
    from .conftest import CATALOG
    from pos_app.sync import apply_catalog
    from .helpers import wait_idle

    fiscal = {"driver": "emulator", "path": str(tmp_path / "fiscal.json")}
    services = TillServices.open(tmp_path / "till.db", hub_url=black_hole.url, seed=True, start_sync=False,
                                 fiscal=fiscal)
    apply_catalog(services.store, CATALOG)
    _unsigned_sale(services, "k-1")
    _unsigned_sale(services, "k-2")
    services.close()
    services = TillServices.open(tmp_path / "till.db", start_sync=False)  # the restart
    try:
        assert len(services.pending_baskets()) == 2
        till = make_app(services)
        login(till)
        window = till.window
        qtbot.waitUntil(lambda: getattr(window, "_pending_dialog", None) is not None
                        and window._pending_dialog.isVisible(), timeout=5000)
        dialog = window._pending_dialog
        assert "Gift card 1000 × 2" in dialog.text.text() and "RUB2,000.00" in dialog.text.text()
        QTest.keyClick(focus() or dialog, Qt.Key.Key_Escape)  # cancel the first one
        wait_idle(qtbot, till)
        qtbot.waitUntil(lambda: window._pending_dialog is not dialog and window._pending_dialog.isVisible(),
                        timeout=5000)
        assert len(services.pending_baskets()) == 1
        QTest.keyClick(focus() or window._pending_dialog, Qt.Key.Key_Return)  # pay the second one again
        wait_idle(qtbot, till)
        assert services.pending_baskets() == []
        assert [(ln.sku, ln.qty) for ln in till.ctx.basket.lines] == [("GC1000", 2)]
        sale = window.pages["sale"]
        assert sale.message.text() == "The unfinished sale is back: take the payment (F12)."
        assert sale.total_label.text() == "RUB2,000.00"
    finally:
        services.close()
