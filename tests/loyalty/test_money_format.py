"""Money for people in the program's currency and the reader's language (Babel, exact on Decimal)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_app.loyalty import Rules, currency_symbol, format_amount
from pos_app.loyalty.errors import InvalidInput

NBSP = "\u00a0"


def test_rubles_and_euros_in_their_languages():
    assert format_amount(Decimal("53996"), "RUB", "ru") == f"53{NBSP}996,00{NBSP}₽"
    assert format_amount(Decimal("9.5"), "EUR", "sk") == f"9,50{NBSP}€"
    assert format_amount(Decimal("1234.5"), "EUR", "en") == "€1,234.50"


def test_no_float_on_the_way_huge_amounts_stay_exact():
    assert format_amount(Decimal("12345678901234567.89"), "EUR", "en") == "€12,345,678,901,234,567.89"


def test_symbols():
    assert (currency_symbol("RUB", "ru"), currency_symbol("EUR", "sk")) == ("₽", "€")


def test_the_program_region_is_a_rules_setting():
    assert Rules().region == "RU"
    assert Rules.from_dict({"region": "SK", "currency": "EUR"}).region == "SK"
    assert Rules.from_dict({"region": "SK"}).to_dict()["region"] == "SK"
    with pytest.raises(InvalidInput) as exc:
        Rules.from_dict({"region": "XX"})
    assert exc.value.field == "rules.region"
