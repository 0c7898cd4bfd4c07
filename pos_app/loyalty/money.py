"""Money as exact decimals: parsed from strings, printed with two decimals."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .errors import InvalidInput

_DECIMAL_RE = re.compile(r"^-?\d+(\.\d+)?$")
CENT = Decimal("0.01")


def parse_decimal(value: Any, field: str, max_places: int | None = 2) -> Decimal:
    """Read a decimal string such as "12999.00". Numbers are refused on purpose:
    a JSON float cannot hold money exactly."""
    if isinstance(value, bool) or isinstance(value, (int, float)):
        raise InvalidInput(f"{field} must be a decimal string such as \"12.50\", not a number", field)
    if not isinstance(value, str) or not _DECIMAL_RE.match(value):
        raise InvalidInput(f"{field} must be a decimal string such as \"12.50\", got {value!r}", field)
    if max_places is not None and "." in value and len(value.split(".", 1)[1]) > max_places:
        raise InvalidInput(f"{field} has more than {max_places} decimals: {value!r}", field)
    return Decimal(value)


def parse_money(value: Any, field: str) -> Decimal:
    """A non-negative amount with at most two decimals."""
    amount = parse_decimal(value, field)
    if amount < 0:
        raise InvalidInput(f"{field} must not be negative, got {value!r}", field)
    return amount


def format_money(amount: Decimal) -> str:
    """Two decimals, no exponent, no thousands separator: "12999.00"."""
    return str(amount.quantize(CENT))


def format_amount(amount: Decimal, currency: str = "RUB", locale: str = "ru") -> str:
    """Money for people: "53 996,00 ₽", "53 996,00 €" (Babel's CLDR data, exact on ``Decimal``; the
    spaces are no-break spaces). ``currency`` is the program's ISO code, ``locale`` the screen's or
    the receipt's language."""
    from babel.numbers import format_currency

    return format_currency(amount.quantize(CENT), currency, locale=locale)


def currency_symbol(currency: str = "RUB", locale: str = "ru") -> str:
    """"₽" for RUB, "€" for EUR in that locale (a printer without the sign prints its fallback)."""
    from babel.numbers import get_currency_symbol

    return get_currency_symbol(currency, locale=locale)


def to_minor_units(amount: Decimal) -> int:
    """Kopecks/cents as an integer (exact for amounts with at most two decimals)."""
    return int((amount * 100).to_integral_exact())


def from_minor_units(minor: int) -> Decimal:
    return (Decimal(minor) / 100).quantize(CENT)


@dataclass(frozen=True)
class Tender:
    """How part of a sale (or a refund) is paid: ``kind`` cash | card | credit, ``amount`` exact."""

    kind: str
    amount: Decimal
