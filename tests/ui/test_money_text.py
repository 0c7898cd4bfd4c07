"""Money on screen is exact: the kopecks never pass through a float."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_app.ui.qt import QLocale
from pos_app.ui.widgets.money import money


@pytest.fixture
def locale_named():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def test_english_and_russian_grouping(locale_named):
    locale_named("en_US")
    assert money(Decimal("25999.00")) == "25,999.00 ₽"
    assert money(Decimal("-0.50")) == "-0.50 ₽"
    locale_named("ru_RU")
    assert money(Decimal("25999.5")) == "25\u00a0999,50 ₽"


def test_amounts_a_float_cannot_hold_keep_their_kopecks(locale_named):
    locale_named("en_US")
    # 2**53 kopecks and more: a float would round the last digits
    assert money(Decimal("123456789012345678.91")) == "123,456,789,012,345,678.91 ₽"
