"""Money and points as the screen shows them: "12 999,00 ₽" in Russian, "12,999.00 ₽" in English."""

from __future__ import annotations

from decimal import Decimal

from ..qt import QLocale


def money(amount: Decimal) -> str:
    """Exact: the kopecks never pass through a float."""
    loc = QLocale()
    minor = int(amount.quantize(Decimal("0.01")) * 100)
    whole, kopecks = divmod(abs(minor), 100)
    sign = loc.negativeSign() if minor < 0 else ""
    return f"{sign}{loc.toString(whole)}{loc.decimalPoint()}{kopecks:02d} ₽"


def points(value: int) -> str:
    return QLocale().toString(int(value))
