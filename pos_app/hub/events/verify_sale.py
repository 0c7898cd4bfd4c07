"""The hub recomputes a sale: the same quote (``pos_app.loyalty.quote``) for that basket, with the rules
and catalog items at the versions the till quoted with (an event without versions: those current at its
``sold_at``).

The sale that happened is never lost: it is applied, each line earning what the till claimed but never
more than the hub computes, and every difference is a flag for review:

- ``unknown_sku``: a line's SKU was not in the catalog at that version (it earns nothing);
- ``price_mismatch``: a line's price (or a gift's points) is not the catalog's at that version; the hub
  quotes with the lower of the two prices;
- ``accrual_mismatch``: a line claims other points than the hub computes;
- ``redeem_exceeds_max``: more points redeemed than the basket can take (or spread otherwise over its
  lines than the quote spreads them), gifts over the order's cap;
- ``unknown_version``: a version the hub never made (the sale is checked at its ``sold_at`` instead).

The points redeemed and spent on gifts are applied as the till took them (the customer left with the
goods); the ledger's own checks (the redemption token, the balance below zero) come after this."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ...loyalty import Line, QuoteRequest, Rules, quote
from ...loyalty.money import from_minor_units, to_minor_units
from ..catalog.versions import catalog_version_at, item_at, known_catalog_version, rules_at, rules_version_at
from .payloads import SaleFinished, SaleLineIn

FLAG_CODES = ("unknown_sku", "price_mismatch", "accrual_mismatch", "redeem_exceeds_max", "unknown_version")


@dataclass
class Verdict:
    """What the hub applies of a sale: ``accrual`` per line (in the payload's order), the versions it used,
    and its flags as (code, detail)."""

    accrual: list[int]
    rules_version: int
    catalog_version: int
    rules: Rules
    flags: list[tuple[str, str]] = field(default_factory=list)

    @property
    def accrual_points(self) -> int:
        return sum(self.accrual)


def _versions(tx: Session | Connection, p: SaleFinished, at: datetime, flags: list) -> tuple[int, Rules, int]:
    rules_version = p.rules_version
    rules = rules_at(tx, rules_version) if rules_version is not None else None
    if rules is None:
        if rules_version is not None:
            flags.append(("unknown_version", f"rules version {rules_version} unknown"))
        rules_version = rules_version_at(tx, at)
        rules = rules_at(tx, rules_version) or Rules()
    catalog_version = p.catalog_version
    if catalog_version is not None and not known_catalog_version(tx, catalog_version):
        flags.append(("unknown_version", f"catalog version {catalog_version} unknown"))
        catalog_version = None
    if catalog_version is None:
        catalog_version = catalog_version_at(tx, at)
    return rules_version, rules, catalog_version


def _hub_line(tx, line: SaleLineIn, catalog_version: int, flags: list) -> Line:
    """The line as the hub quotes it: the catalog's item at that version, the sale's quantity."""
    item = item_at(tx, line.sku, catalog_version)
    if item is None:
        flags.append(("unknown_sku", f"line {line.line_no}: {line.sku} not in catalog version {catalog_version}"))
        if line.gift_points is not None:
            return Line(sku=line.sku, qty=line.qty, category=line.category, gift_points=line.gift_points)
        price = Decimal(line.price) if line.price is not None else Decimal(0)
        return Line(sku=line.sku, price=price, qty=line.qty, category=line.category, on_sale=line.on_sale,
                    credit=line.credit)
    if item.gift_points is not None:
        if line.gift_points != item.gift_points:
            flags.append(("price_mismatch", f"line {line.line_no}: gift of {line.gift_points} points, "
                                            f"catalog {item.gift_points}"))
        return Line(sku=line.sku, qty=line.qty, category=item.category, gift_points=item.gift_points)
    price_minor = item.price_minor
    if line.gift_points is not None or (line.price is not None and to_minor_units(Decimal(line.price)) != price_minor):
        flags.append(("price_mismatch", f"line {line.line_no}: price {line.price}, catalog "
                                        f"{from_minor_units(price_minor)}"))
        if line.gift_points is None and line.price is not None:
            price_minor = min(price_minor, to_minor_units(Decimal(line.price)))
    return Line(sku=line.sku, price=from_minor_units(price_minor), qty=line.qty, category=item.category,
                bonus_points=item.bonus_points, on_sale=item.on_sale, credit=line.credit)


def verify_sale(tx: Session | Connection, p: SaleFinished, at: datetime) -> Verdict:
    """Recompute ``p`` (a sale with a member) at its versions; see the module's docstring."""
    flags: list[tuple[str, str]] = []
    rules_version, rules, catalog_version = _versions(tx, p, at, flags)
    lines = tuple(_hub_line(tx, line, catalog_version, flags) for line in p.lines)
    credit = p.tender == "credit" or any(t.kind == "credit" for t in p.tenders)
    tender = "credit" if credit else "cash"
    gifts = sum(line.gift_points * line.qty for line in lines if line.gift_points is not None)
    cap = rules.max_points_per_order
    if cap is not None and gifts > cap:
        flags.append(("redeem_exceeds_max", f"gifts cost {gifts} points, over the cap of {cap}"))
        rules = replace(rules, max_points_per_order=None)
    request = QuoteRequest(lines=lines, rules=rules, available_points=gifts + p.redeem_points, tender=tender)
    q = quote(request)  # cannot refuse: the points are there, the cap is lifted for over-cap gifts
    if p.redeem_points:
        if p.redeem_points > q.max_redeem_points:
            flags.append(("redeem_exceeds_max", f"{p.redeem_points} points redeemed, at most "
                                                f"{q.max_redeem_points}"))
        q = quote(replace(request, redeem_points=min(p.redeem_points, q.max_redeem_points)))
        spread = [lq.redeem_points for lq in q.lines]
        if p.redeem_points <= q.max_redeem_points and spread != [line.redeem_points for line in p.lines]:
            flags.append(("redeem_exceeds_max", f"points spread over the lines as {[x.redeem_points for x in p.lines]}"
                                                f", the quote spreads them as {spread}"))
    accrual = []
    for line, lq in zip(p.lines, q.lines):
        if line.accrual_points != lq.accrual_points:
            flags.append(("accrual_mismatch", f"line {line.line_no}: {line.accrual_points} points claimed, "
                                              f"{lq.accrual_points} computed"))
        accrual.append(min(line.accrual_points, lq.accrual_points))
    return Verdict(accrual=accrual, rules_version=rules_version, catalog_version=catalog_version, rules=rules,
                   flags=flags)


def flag_text(flags: list[tuple[str, str]], limit: int = 200) -> str | None:
    """The flags as the sale records them: "code: detail; code: detail", cut to ``limit`` characters."""
    if not flags:
        return None
    text = "; ".join(f"{code}: {detail}" for code, detail in flags)
    return text if len(text) <= limit else text[: limit - 1] + "…"
