"""The customer display's state through a sale, and the pole display's exact bytes (golden files)."""

from __future__ import annotations

import os
import threading
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.display import PoleDisplay, pole_bytes, pole_lines
from pos_app.loyalty import QuoteRequest, Rules, quote
from pos_app.sales import BasketLine, Product
from pos_app.till.display import DONE, IDLE, REGISTRATION, SALE, CustomerDisplay

GOLDEN = Path(__file__).parent / "golden"
PHONE = Product("PH-001", "Смартфон Nova 8 128 ГБ", Decimal("24999.00"), "phones", bonus_points=1250)
CASE = Product("GF-001", "Подарок: чехол", Decimal("0"), "gifts", gift_points=500)


def _quote(lines, redeem=0, available=5000):
    return quote(QuoteRequest(lines=tuple(ln.to_line() for ln in lines), rules=Rules(), available_points=available,
                              tender="cash", redeem_points=redeem))


def _sale_screens():
    display = CustomerDisplay(Rules(), idle_text="Магазин Техно")
    seen = []
    display.subscribe(seen.append)
    lines = [BasketLine(PHONE)]
    display.show_basket(lines, _quote(lines), member=True)
    lines = [BasketLine(PHONE), BasketLine(CASE)]
    display.show_basket(lines, _quote(lines), member=True)
    display.show_basket(lines, _quote(lines, redeem=3000), member=True)
    display.show_done(lines, _quote(lines, redeem=3000), balance_after=1500, available_on=date(2026, 12, 16))
    display.show_idle()
    return seen


def test_the_display_follows_the_sale():
    seen = _sale_screens()
    assert [s.mode for s in seen] == [IDLE, SALE, SALE, SALE, DONE, IDLE]
    first, with_gift, paying, done = seen[1:5]
    assert (first.total, first.max_points, first.points_spent, first.to_pay, first.points_earned) == (
        Decimal("24999.00"), 5000, 0, Decimal("24999.00"), 1250)
    assert [(ln.name, ln.qty, ln.gift_points) for ln in with_gift.lines] == [
        ("Смартфон Nova 8 128 ГБ", 1, None), ("Подарок: чехол", 1, 500)]
    assert (paying.points_spent, paying.to_pay) == (3500, Decimal("21999.00"))  # 3000 redeemed + a 500 gift
    assert (done.balance_after, done.available_on, done.points_earned) == (1500, date(2026, 12, 16), 1099)
    assert seen[0].rules_lines == ("1 балл = 1,00\xa0₽. Баллами можно оплатить до 100% покупки.",
                                   "Баллы доступны через 15 дней после покупки и действуют 365 дней.")


def test_registration_shows_the_rules_and_the_consent():
    display = CustomerDisplay(Rules(currency="EUR", point_value=Decimal("0.01")), locale="sk")
    display.show_registration("Súhlasím s pravidlami programu.")
    screen = display.screen
    assert screen.mode == REGISTRATION and screen.consent_text == "Súhlasím s pravidlami programu."
    assert screen.rules_lines[0] == "1 bod = 0,01\xa0€. Body platia až 100 % nákupu."


def test_pole_lines_through_the_sale():
    shown = [pole_lines(s) for s in _sale_screens()]
    assert shown == [
        ("Магазин Техно", "Копите баллы"),
        ("Смартфон N 24999.00р", "Итого      24999.00р"),  # the last line scanned, cut to fit 20
        ("Подарок: чехол  500Б", "К оплате   24999.00р"),  # a gift costs points, not money
        ("Баллами -3500       ", "К оплате   21999.00р"),
        ("Начислено      +1099", "Баланс          1500"),
        ("Магазин Техно", "Копите баллы"),
    ]


@pytest.mark.parametrize("step", range(6))
def test_pole_bytes_match_golden(step):
    screen = _sale_screens()[step]
    data = pole_bytes(*pole_lines(screen))
    path = GOLDEN / f"pole.sale.{step}.bin"
    if os.environ.get("POS_UPDATE_GOLDENS") == "1" and (not path.exists() or path.read_bytes() != data):
        GOLDEN.mkdir(exist_ok=True)
        path.write_bytes(data)
        pytest.fail(f"rewrote {path.name}")
    assert data == path.read_bytes()
    assert data.startswith(b"\x1b@\x1bt\x11\x0c\x1f$\x01\x01") and len(data) == 2 + 3 + 1 + 4 + 20 + 4 + 20


def test_an_unplugged_pole_never_disturbs_the_sale():
    attempts = []
    gate = threading.Event()

    def unplugged(data: bytes) -> None:
        attempts.append(data)
        gate.wait(5)  # a display that hangs...
        raise OSError("[Errno 19] No such device")  # ...then is gone

    pole = PoleDisplay(unplugged)
    display = CustomerDisplay(Rules())
    display.subscribe(pole.show)
    started = time.monotonic()
    for n in range(1, 50):  # the cashier keeps scanning while the pole hangs
        lines = [BasketLine(PHONE, n)]
        display.show_basket(lines, _quote(lines), member=False)
    assert time.monotonic() - started < 1.0  # never waited for the display
    gate.set()
    deadline = time.monotonic() + 5
    while pole.last_error is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert pole.last_error == "OSError: [Errno 19] No such device"
    assert len(attempts) <= 3  # only the newest waiting screen is sent, not 50 stale ones
    pole.stop()
