"""What a member's points look like over time: dated amounts and the movements of the history.

The hub writes these; the till reads them from the hub's answers, shows them and prints them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class PointsOn:
    """``points`` that become available (pending) or expire (expiring) on ``on``."""

    points: int
    on: date


@dataclass(frozen=True)
class Movement:
    """One entry of a member's history. ``kind``: accrual, redemption, gift_redemption, return_annulment,
    return_refund, expiry, adjustment, ... ``balance_after`` is the running total after it.
    ``under_review``: a movement of a sale the hub flagged, not yet resolved in its review queue."""

    at: datetime
    kind: str
    points: int
    balance_after: int
    receipt_no: str | None = None
    note: str | None = None
    under_review: bool = False
