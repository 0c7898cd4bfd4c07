"""Issue 16 done-when: a sale with a member, points and payment updates the customer display at each
step, the display window on the second offscreen screen (tests/ui/two_screens.json, see conftest); a
scanned member card finds the member online and offline; a replaced card stops working."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from pos_app.ui.qt import QGuiApplication, Qt
from pos_app.ui.widgets.money import money, points

from .helpers import find_member, press, scan, type_enter, wait_idle

ANNA = "+79123456789"  # demo member: 5 000 available


def test_a_member_sale_shows_on_the_customer_display_on_the_second_screen(qtbot, hub, hub_till, make_app, login):
    hub_till.update_settings(customer_display_screen=1, display_idle_text="Techno store")
    till = make_app(hub_till)
    screens = QGuiApplication.screens()
    assert len(screens) == 2, "the offscreen platform gives the till's and the customer's screens"
    shown = till.customer_window
    assert shown is not None and shown.isVisible()
    assert shown.geometry() == screens[1].geometry() and shown.geometry().x() == 800
    assert till.window.screen() is screens[0]  # the till stays on its own screen
    qtbot.waitUntil(lambda: shown.screen_shown is not None)
    assert shown.pages.currentWidget() is shown.idle_page and shown.idle_text.text() == "Techno store"
    assert shown.idle_rules.text().startswith("1 point = ")  # the rules in the screens' language (en)

    login(till)
    find_member(qtbot, till, "8 912 345 67 89")
    press(qtbot, till, Qt.Key.Key_F12)
    scan(qtbot, till, "4600000000011")  # smartphone 24 999, 1 250 points on the tag
    qtbot.waitUntil(lambda: shown.pages.currentWidget() is shown.sale_page)
    assert shown.lines.rowCount() == 1 and shown.lines.item(0, 1).text() == "1"
    assert (shown.total.text(), shown.max_points.text(), shown.spent.text(), shown.to_pay.text(),
            shown.earned.text()) == (money(Decimal("24999.00"), "RUB"), points(5000), "—", money(Decimal("24999.00"), "RUB"),
                                     points(1250))
    scan(qtbot, till, "4600000001001")  # gift card 1 000
    qtbot.waitUntil(lambda: shown.lines.rowCount() == 2)
    assert shown.total.text() == money(Decimal("25999.00"), "RUB")

    press(qtbot, till, Qt.Key.Key_F12)  # to payment
    pay = till.window.pages["payment"]
    pay.points_spin.setValue(3000)
    qtbot.waitUntil(lambda: shown.spent.text() == points(3000))
    assert shown.to_pay.text() == money(Decimal("22999.00"), "RUB") and shown.earned.text() == points(1099)
    type_enter(qtbot, pay.cash_edit, "23000")
    wait_idle(qtbot, till)
    type_enter(qtbot, pay.code_edit, hub.last_sms_code(ANNA))
    qtbot.waitUntil(lambda: pay.done is not None, timeout=10000)
    qtbot.waitUntil(lambda: shown.pages.currentWidget() is shown.done_page)
    available_on = (pay.done.sold_at.astimezone() + timedelta(days=till.ctx.rules.hold_days)).date()
    assert available_on > date.today()
    assert shown.done_detail.text() == (
        f"Paid {money(Decimal('22999.00'), 'RUB')}\nPoints earned: {points(1099)}\nYour points now: {points(2000)}\n"
        f"New points can be spent from {available_on:%d.%m.%Y}")
    assert hub_till.find_sale(pay.done.receipt_no).balance_after == 2000  # what the display said: the journal's

    press(qtbot, till, Qt.Key.Key_F11)  # new sale: the idle screen again
    qtbot.waitUntil(lambda: shown.pages.currentWidget() is shown.idle_page)
    assert not shown.isActiveWindow()  # it never took the keyboard
    wait_idle(qtbot, till)


def test_a_customer_screen_that_is_not_there_never_disturbs_the_sale(qtbot, hub, hub_till, make_app, login):
    hub_till.update_settings(customer_display_screen=5)  # unplugged
    till = make_app(hub_till)
    assert till.customer_window is not None and not till.customer_window.isVisible()
    login(till)
    scan(qtbot, till, "4600000000011")
    assert till.window.pages["sale"].table.model().rowCount() == 1
    assert till.ctx.till.display.screen.mode == "sale"


def test_a_scanned_card_finds_the_member_online_and_offline_and_a_replaced_card_stops_working(
        qtbot, hub, hub_till, make_app, login):
    card = hub_till.lookup_member(ANNA).card_number
    till = make_app(hub_till)
    login(till)
    sale = till.window.pages["sale"]
    scan(qtbot, till, card)  # in the sale's scan field: the member for this sale
    assert till.ctx.basket.member is not None and till.ctx.basket.member.phone == ANNA
    assert "5,000" in sale.member_badge.detail.text()
    assert sale.table.model().rowCount() == 0  # not an item

    press(qtbot, till, Qt.Key.Key_F2)  # the member field takes a card as a phone
    member = till.window.pages["member"]
    type_enter(qtbot, member.phone, card)
    wait_idle(qtbot, till)
    assert member.found is not None and member.found.phone == ANNA and not member.found.cached
    assert member.info.card.text() == card[:2] + "*" * 7 + card[-4:]

    hub.stop()  # offline: the member cache knows the card
    type_enter(qtbot, member.phone, card)
    wait_idle(qtbot, till)
    assert member.found is not None and member.found.cached and member.found.phone == ANNA
    hub.start()

    # the service zone replaces the lost card (a supervisor's PIN); the old number stops working
    till.ctx.basket.member = None
    press(qtbot, till, Qt.Key.Key_Escape)
    till.window.go("service")
    service = till.window.pages["service"]
    type_enter(qtbot, service.phone, card)
    wait_idle(qtbot, till)
    assert service.member is not None and service.card_button.isEnabled()
    press(qtbot, till, Qt.Key.Key_F6)
    dialog = service._replace
    type_enter(qtbot, dialog.number, "9")
    type_enter(qtbot, dialog.pin, "9999")
    wait_idle(qtbot, till)
    qtbot.waitUntil(lambda: service.member is not None and service.member.card_number not in (None, card))
    new = service.member.card_number
    assert service.info.card.text() == new[:2] + "*" * 7 + new[-4:]
    assert "the old one no longer works" in service.message.text()
    type_enter(qtbot, service.phone, card)  # the old card
    wait_idle(qtbot, till)
    assert service.member is None


def test_the_settings_choose_the_customer_screen_from_the_screens_qt_reports(qtbot, open_till, make_app, login,
                                                                            black_hole):
    services = open_till(black_hole.url)
    till = make_app(services)
    assert till.customer_window is None  # "none" by default
    login(till, "9", "9999")
    till.window.go("settings")
    page = till.window.pages["settings"]
    wait_idle(qtbot, till)
    assert [page.customer_screen.itemData(i) for i in range(page.customer_screen.count())] == [None, 0, 1]
    assert page.customer_screen.itemText(2) == "Screen 2 (1024×768)"
    page.language.setCurrentIndex(page.language.findData(till.ctx.language))  # no rebuild of the window
    page.customer_screen.setCurrentIndex(2)
    page.save()
    wait_idle(qtbot, till)
    qtbot.waitUntil(lambda: till.customer_window is not None)
    assert services.customer_display_screen() == 1
    assert till.customer_window.geometry() == QGuiApplication.screens()[1].geometry()
    till.window.go("settings")
    wait_idle(qtbot, till)
    assert page.customer_screen.currentData() == 1
    page.customer_screen.setCurrentIndex(0)
    page.save()
    wait_idle(qtbot, till)
    qtbot.waitUntil(lambda: till.customer_window is None)
    assert services.customer_display_screen() is None
