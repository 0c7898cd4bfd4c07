"""Manual points adjustments: what the till checks before asking the hub (which keeps the ledger)."""

from __future__ import annotations

from pos_app.loyalty.errors import CodedError

MAX_REASON = 200


class AdjustmentError(CodedError):
    """A bad adjustment request; nothing was sent. ``code``: invalid_points, reason_required, adjust_offline."""


def checked_adjustment(points, reason) -> tuple[int, str]:
    """(points, reason) as the hub takes them, or ``AdjustmentError`` saying what to fix."""
    if isinstance(points, bool) or not isinstance(points, int) or points == 0:
        raise AdjustmentError("invalid_points", "An adjustment is a whole number of points other than 0 "
                                                "(negative takes points away).")
    reason = " ".join(str(reason or "").split())
    if not reason:
        raise AdjustmentError("reason_required", "Say why the points are adjusted.")
    if len(reason) > MAX_REASON:
        raise AdjustmentError("reason_required", f"The reason is too long: at most {MAX_REASON} characters.")
    return points, reason
