"""The limits of a sale event, in one place: the till checks a sale with them before it commits it, the
hub's payload models are built from them. A sale within them is one the hub can store; outside them it is
refused ``invalid_input`` at the till (nothing committed) and ``invalid_payload`` at the hub.

- quantities: whole numbers from 1 to ``MAX_QTY``;
- prices and other money: at most two decimals, from 0 to ``MAX_MONEY`` (a finite decimal, never a float);
- points: whole numbers from 0 to ``MAX_POINTS`` (per line and per sale);
- texts: SKUs and receipt numbers at most ``MAX_REF`` characters, store and till codes ``MAX_CODE``,
  names ``MAX_NAME``; no control characters;
- at most ``MAX_LINES`` lines a sale, line numbers 1 to ``MAX_LINE_NO``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from .errors import InvalidInput

MAX_QTY = 100_000
MAX_POINTS = 100_000_000
MAX_MONEY_DIGITS = 12  # before the decimal point
MAX_MONEY = Decimal("999999999999.99")
MAX_REF = 64
MAX_CODE = 32
MAX_NAME = 200
MAX_LINES = 1000
MAX_LINE_NO = 10_000

MONEY_PATTERN = rf"^\d{{1,{MAX_MONEY_DIGITS}}}(\.\d{{1,2}})?$"
"""A money amount as a JSON decimal string ("12999.00")."""
PRINTABLE = r"^[^\x00-\x1f\x7f]+$"
"""A non-empty text without NUL or other control characters."""
_PRINTABLE = re.compile(PRINTABLE)


def check_qty(value: Any, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_QTY:
        raise InvalidInput(f"{field} must be a whole number from 1 to {MAX_QTY}, got {value!r}", field)
    return value


def check_points(value: Any, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_POINTS:
        raise InvalidInput(f"{field} must be a whole number of points from 0 to {MAX_POINTS}, got {value!r}", field)
    return value


def check_money(value: Any, field: str) -> Decimal:
    """A Decimal (or decimal string) with at most two decimals, from 0 to ``MAX_MONEY``: never rounded."""
    try:
        amount = value if isinstance(value, Decimal) else Decimal(str(value)) if isinstance(value, str) else None
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite() or amount < 0 or amount > MAX_MONEY \
            or amount != amount.quantize(Decimal("0.01")):
        raise InvalidInput(f"{field} must be an amount from 0 to {MAX_MONEY} with at most two decimals, "
                           f"got {value!r}", field)
    return amount


def check_text(value: Any, field: str, max_length: int) -> str:
    if not isinstance(value, str) or not _PRINTABLE.match(value) or len(value) > max_length:
        raise InvalidInput(f"{field} must be 1 to {max_length} printable characters", field)
    return value


def check_sale_line(field: str, *, sku: Any, price: Any, qty: Any, bonus_points: Any = 0,
                    gift_points: Any = None, name: Any = None) -> None:
    """One line of a sale as the hub will read it (raises ``InvalidInput`` naming the field)."""
    check_text(sku, f"{field}.sku", MAX_REF)
    if name is not None:
        check_text(name, f"{field}.name", MAX_NAME)
    check_money(price, f"{field}.price")
    check_qty(qty, f"{field}.qty")
    check_points(bonus_points, f"{field}.bonus_points")
    if gift_points is not None:
        check_points(gift_points, f"{field}.gift_points")


def check_sale_points(points: Iterable[tuple[str, Any]]) -> None:
    """Each (field, value) a whole number of points within the limits (redeemed, gift, accrual totals)."""
    for field, value in points:
        check_points(value, field)
