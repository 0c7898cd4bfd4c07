"""Spreading redeemed points over the eligible lines (largest remainder, exact).

Works in integer minor units (kopecks/cents): every share is a quotient and a
remainder over the same denominator, so comparing fractional parts is comparing
remainders. No floats, no rounding.
"""

from __future__ import annotations

from decimal import Decimal

from .money import to_minor_units


def allocate(redeem: int, amounts: list[Decimal], point_value: Decimal) -> list[int]:
    """Split ``redeem`` points over lines with the given amounts.

    Each line first gets floor(redeem x amount / total); the points left go one at
    a time to the lines with the largest fractional part (ties: earlier line first),
    in repeated rounds, never past a line's floor(amount / pv). ``redeem`` must not
    exceed the sum of the line limits.
    """
    return allocate_minor(redeem, [to_minor_units(a) for a in amounts], to_minor_units(point_value))


def allocate_minor(redeem: int, cents: list[int], pv_cents: int) -> list[int]:
    """``allocate`` with amounts and the point value already in minor units."""
    if redeem == 0 or not cents:
        return [0] * len(cents)
    total = sum(cents)
    if total <= 0:
        raise ValueError("cannot allocate points over lines that cost nothing")
    limits = [c // pv_cents for c in cents]
    if redeem > sum(limits):
        raise ValueError("more points than the lines can take")
    result: list[int] = []
    remainders: list[int] = []
    for c, limit in zip(cents, limits):
        whole, rest = divmod(redeem * c, total)
        result.append(min(whole, limit))
        remainders.append(rest)
    left = redeem - sum(result)
    if left:
        order = sorted(range(len(cents)), key=lambda i: (-remainders[i], i))
        while left > 0:
            for i in order:
                if left == 0:
                    break
                if result[i] < limits[i]:
                    result[i] += 1
                    left -= 1
    return result
