"""The program's rules: every one a setting, defaults follow DNS ProZaPass."""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers

from .errors import InvalidInput
from .money import format_money, parse_decimal, parse_money
from .validate import (
    reject_unknown_keys,
    require_bool,
    require_choice,
    require_int,
    require_object,
    require_str,
)

ACCRUAL_MODES = ("proportional", "none", "full")


@dataclass(frozen=True)
class Rules:
    point_value: Decimal = Decimal("1.00")  # currency per point
    currency: str = "RUB"
    region: str = "RU"  # the program's country: phones without a + code are read as its numbers
    timezone: str = "Europe/Moscow"  # the program's calendar: points turn available/expire at 00:00 here
    max_redeem_share: Decimal = Decimal("1")  # share of the eligible amount payable with points
    max_points_per_order: int | None = None  # ProzisPoints: 9000
    excluded_categories: tuple[str, ...] = ("gift_card",)
    exclude_sale_items: bool = True
    exclude_credit: bool = True
    accrual_on_redeemed: str = "proportional"
    min_money_payment: Decimal = Decimal("0")  # per receipt
    hold_days: int = 15  # used by the ledger
    expiry_days: int = 365  # used by the ledger

    @property
    def zone(self) -> ZoneInfo:
        """The program's time zone (``timezone``)."""
        return ZoneInfo(self.timezone)

    @classmethod
    def from_dict(cls, data: Any, prefix: str = "rules") -> "Rules":
        """Build rules from a partial JSON object; missing keys take defaults."""
        data = require_object(data, prefix)
        names = {f.name for f in fields(cls)}
        reject_unknown_keys(data, names, prefix)
        kw: dict[str, Any] = {}
        p = lambda key: f"{prefix}.{key}"  # noqa: E731
        if "point_value" in data:
            pv = parse_decimal(data["point_value"], p("point_value"), max_places=4)
            if pv <= 0 or (pv * 100) != (pv * 100).to_integral_value():
                raise InvalidInput(
                    f"{p('point_value')} must be positive and a whole number of kopecks/cents, got {data['point_value']!r}",
                    p("point_value"),
                )
            kw["point_value"] = pv
        if "currency" in data:
            cur = require_str(data["currency"], p("currency"))
            if len(cur) != 3 or not cur.isalpha() or not cur.isupper():
                raise InvalidInput(f"{p('currency')} must be an ISO 4217 code such as RUB, got {cur!r}", p("currency"))
            kw["currency"] = cur
        if "region" in data:
            region = require_str(data["region"], p("region"))
            if region not in phonenumbers.SUPPORTED_REGIONS:
                raise InvalidInput(f"{p('region')} must be a country code such as RU or SK, got {region!r}", p("region"))
            kw["region"] = region
        if "timezone" in data:
            kw["timezone"] = _require_zone(data["timezone"], p("timezone"))
        if "max_redeem_share" in data:
            share = parse_decimal(data["max_redeem_share"], p("max_redeem_share"), max_places=4)
            if not (0 <= share <= 1):
                raise InvalidInput(f"{p('max_redeem_share')} must be between 0 and 1", p("max_redeem_share"))
            kw["max_redeem_share"] = share
        if "max_points_per_order" in data:
            cap = data["max_points_per_order"]
            kw["max_points_per_order"] = None if cap is None else require_int(cap, p("max_points_per_order"), 0)
        if "excluded_categories" in data:
            cats = data["excluded_categories"]
            if not isinstance(cats, list):
                raise InvalidInput(f"{p('excluded_categories')} must be a list of strings", p("excluded_categories"))
            kw["excluded_categories"] = tuple(
                require_str(c, f"{p('excluded_categories')}[{i}]") for i, c in enumerate(cats)
            )
        for key in ("exclude_sale_items", "exclude_credit"):
            if key in data:
                kw[key] = require_bool(data[key], p(key))
        if "accrual_on_redeemed" in data:
            kw["accrual_on_redeemed"] = require_choice(data["accrual_on_redeemed"], p("accrual_on_redeemed"), ACCRUAL_MODES)
        if "min_money_payment" in data:
            kw["min_money_payment"] = parse_money(data["min_money_payment"], p("min_money_payment"))
        if "hold_days" in data:
            kw["hold_days"] = require_int(data["hold_days"], p("hold_days"), 0)
        if "expiry_days" in data:
            kw["expiry_days"] = require_int(data["expiry_days"], p("expiry_days"), 1)
        return cls(**kw)

    def to_dict(self) -> dict:
        """The JSON form (the inverse of ``from_dict``)."""
        return {
            "point_value": format_money(self.point_value),
            "currency": self.currency,
            "region": self.region,
            "timezone": self.timezone,
            "max_redeem_share": str(self.max_redeem_share),
            "max_points_per_order": self.max_points_per_order,
            "excluded_categories": list(self.excluded_categories),
            "exclude_sale_items": self.exclude_sale_items,
            "exclude_credit": self.exclude_credit,
            "accrual_on_redeemed": self.accrual_on_redeemed,
            "min_money_payment": format_money(self.min_money_payment),
            "hold_days": self.hold_days,
            "expiry_days": self.expiry_days,
        }


def _require_zone(value: Any, field: str) -> str:
    """An IANA time zone name such as Europe/Moscow or Europe/Bratislava."""
    name = require_str(value, field)
    try:
        if not name or name != name.strip() or name.startswith("/") or ".." in name:
            raise ValueError(name)
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InvalidInput(f"{field} must be a time zone such as Europe/Moscow, got {name!r}", field) from None
    return name
