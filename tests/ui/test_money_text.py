"""Money on screen is exact (the cents never pass through a float), in the program's currency and the
screen language (Babel's CLDR formats)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_app.ui.qt import QLocale
from pos_app.ui.widgets.money import example_phone, money


@pytest.fixture
def locale_named():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def test_english_and_russian_grouping(locale_named):
    locale_named("en_US")
    assert money(Decimal("25999.00"), "RUB") == "RUB25,999.00"
    assert money(Decimal("-0.50"), "RUB") == "-RUB0.50"
    assert money(Decimal("25999.00"), "EUR") == "€25,999.00"
    locale_named("ru_RU")
    assert money(Decimal("25999.5"), "RUB") == "25\u00a0999,50\u00a0₽"


def test_slovak_euros(locale_named):
    locale_named("sk_SK")
    assert money(Decimal("1234.5"), "EUR") == "1\u00a0234,50\u00a0€"
    assert money(Decimal("-0.01"), "EUR") == "-0,01\u00a0€"


def test_amounts_a_float_cannot_hold_keep_their_kopecks(locale_named):
    locale_named("en_US")
    # 2**53 kopecks and more: a float would round the last digits
    assert money(Decimal("123456789012345678.91"), "RUB") == "RUB123,456,789,012,345,678.91"


def test_phone_examples_follow_the_region():
    assert example_phone("RU") == "+7 912 345-67-89"
    assert example_phone("SK") == "+421 912 123 456"
