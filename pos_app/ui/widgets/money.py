"""Money and points as the screen shows them, in the program's currency and the screen language:
"12 999,00 ₽" (RUB, Russian), "12 999,00 €" (EUR, Slovak), "RUB12,999.00" (RUB, English) — Babel's
CLDR formats through ``pos_app.loyalty.format_amount``, exact on ``Decimal``."""

from __future__ import annotations

from decimal import Decimal

from pos_app.loyalty import example_phone as _example_phone
from pos_app.loyalty import format_amount

from ..qt import QLocale


def screen_locale() -> str:
    """The screen language's locale name for Babel ("ru_RU", "sk_SK", "en_US")."""
    return QLocale().name()


def money(amount: Decimal, currency: str) -> str:
    """Exact: the kopecks/cents never pass through a float. ``currency`` is the program's (``ctx.rules``)."""
    return format_amount(amount, currency, screen_locale())


def points(value: int) -> str:
    return QLocale().toString(int(value))


def example_phone(region: str) -> str:
    """A phone number of the program's country as the field shows it: "+7 912 345-67-89" (RU),
    "+421 912 123 456" (SK); phonenumbers' example mobile number, formatted internationally."""
    return _example_phone(region)
