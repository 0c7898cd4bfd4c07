"""The customer display window follows the sale through ``CustomerDisplay`` and never takes the focus."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pos_app.loyalty import QuoteRequest, Rules, quote
from pos_app.till import BasketLine, Product
from pos_app.till.display import CustomerDisplay
from pos_app.ui.customer_display import CustomerWindow
from pos_app.ui.qt import QApplication, QLineEdit, Qt
from pos_app.ui.widgets.money import money, points

PHONE = Product("PH-001", "Smartphone Nova 8 128 GB", Decimal("24999.00"), "phones", bonus_points=1250)


def _quote(lines, redeem=0):
    return quote(QuoteRequest(lines=tuple(ln.to_line() for ln in lines), rules=Rules(), available_points=5000,
                              tender="cash", redeem_points=redeem))


def test_the_window_shows_each_step_of_the_sale(qtbot):
    display = CustomerDisplay(Rules(), idle_text="Techno store")
    window = CustomerWindow(display)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.size_type(768)
    qtbot.waitUntil(lambda: window.screen_shown is not None)
    assert window.pages.currentWidget() is window.idle_page and window.idle_text.text() == "Techno store"
    assert window.idle_rules.text().startswith("1 балл = 1,00")

    lines = [BasketLine(PHONE, 2)]
    display.show_basket(lines, _quote(lines), member=True)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sale_page)
    assert window.lines.item(0, 0).text() == "Smartphone Nova 8 128 GB" and window.lines.item(0, 1).text() == "2"
    assert (window.total.text(), window.max_points.text(), window.spent.text(), window.earned.text()) == (
        money(Decimal("49998.00"), "RUB"), points(5000), "—", points(2500))

    display.show_basket(lines, _quote(lines, redeem=4000), member=True)
    qtbot.waitUntil(lambda: window.spent.text() == points(4000))
    assert window.to_pay.text() == money(Decimal("45998.00"), "RUB")

    display.show_done(lines, _quote(lines, redeem=4000), balance_after=1000, available_on=date(2026, 12, 16))
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.done_page)
    assert window.done_detail.text() == (f"Paid {money(Decimal('45998.00'), 'RUB')}\nPoints earned: {points(2299)}\n"
                                         f"Your points now: {points(1000)}\nNew points can be spent from 16.12.2026")


def test_the_customer_window_never_takes_the_keyboard(qtbot):
    cashier = QLineEdit()
    qtbot.addWidget(cashier)
    cashier.show()
    cashier.activateWindow()
    cashier.setFocus()
    before = QApplication.focusWidget()
    window = CustomerWindow(CustomerDisplay(Rules()))
    qtbot.addWidget(window)
    assert window.place_on(0)
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert window.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert all(w.focusPolicy() == Qt.FocusPolicy.NoFocus for w in window.findChildren(type(window)))
    qtbot.keyClicks(cashier, "4600")
    assert cashier.text() == "4600" and QApplication.focusWidget() is before and not window.isActiveWindow()
    assert not window.place_on(5)  # no such monitor (unplugged): hidden, nothing else happens
    assert not window.isVisible()
