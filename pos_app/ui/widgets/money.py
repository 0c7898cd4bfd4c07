"""Money and points as the screen shows them: "12 999,00 ₽" in Russian, "12,999.00 ₽" in English."""

from __future__ import annotations

from decimal import Decimal

from ..qt import QLocale


def money(amount: Decimal) -> str:
    loc = QLocale()
    text = loc.toString(float(amount.quantize(Decimal("0.01"))), "f", 2)  # display only
    return f"{text} ₽"


def points(value: int) -> str:
    return QLocale().toString(int(value))
