"""A basket: the lines of a purchase as the rules engine sees them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .errors import InvalidInput
from .money import parse_money
from .validate import reject_unknown_keys, require_bool, require_int, require_object, require_str

TENDERS = ("cash", "card", "credit")

_LINE_KEYS = frozenset(
    {"sku", "category", "price", "qty", "bonus_points", "on_sale", "credit", "gift_points", "name", "barcode"}
)


@dataclass(frozen=True)
class Line:
    """One basket line. A *gift line* has ``gift_points`` per unit instead of a price
    and is paid with points only."""

    sku: str
    price: Decimal = Decimal("0")  # per unit
    qty: int = 1
    category: str | None = None
    bonus_points: int = 0  # printed on the price tag, per unit
    on_sale: bool = False
    credit: bool = False
    gift_points: int | None = None  # per unit; set only on gift lines

    @property
    def is_gift(self) -> bool:
        return self.gift_points is not None

    @property
    def amount(self) -> Decimal:
        return Decimal(0) if self.is_gift else self.price * self.qty

    @property
    def base_accrual(self) -> int:
        return 0 if self.is_gift else self.bonus_points * self.qty

    @classmethod
    def from_dict(cls, data: Any, path: str) -> "Line":
        data = require_object(data, path)
        reject_unknown_keys(data, _LINE_KEYS, path)
        if "sku" not in data:
            raise InvalidInput(f"{path}.sku is required", f"{path}.sku")
        sku = require_str(data["sku"], f"{path}.sku")
        qty = require_int(data.get("qty", 1), f"{path}.qty", 1)
        category = data.get("category")
        if category is not None:
            category = require_str(category, f"{path}.category", allow_empty=True)
        on_sale = require_bool(data.get("on_sale", False), f"{path}.on_sale")
        credit = require_bool(data.get("credit", False), f"{path}.credit")
        if "gift_points" in data and data["gift_points"] is not None:
            if "price" in data:
                raise InvalidInput(f"{path} is a gift line: give gift_points or price, not both", f"{path}.price")
            gift_points = require_int(data["gift_points"], f"{path}.gift_points", 0)
            return cls(sku=sku, qty=qty, category=category, on_sale=on_sale, credit=credit, gift_points=gift_points)
        if "price" not in data:
            raise InvalidInput(f"{path}.price is required (or gift_points for a gift line)", f"{path}.price")
        price = parse_money(data["price"], f"{path}.price")
        bonus_points = require_int(data.get("bonus_points", 0), f"{path}.bonus_points", 0)
        return cls(
            sku=sku, price=price, qty=qty, category=category,
            bonus_points=bonus_points, on_sale=on_sale, credit=credit,
        )


def parse_lines(value: Any, path: str = "lines") -> list[Line]:
    if not isinstance(value, list):
        raise InvalidInput(f"{path} must be a list of lines", path)
    return [Line.from_dict(item, f"{path}[{i}]") for i, item in enumerate(value)]
