"""Refusals raised by the rules engine.

Every refusal carries a machine-readable ``code`` (the till translates it for
the cashier), an English ``message`` for logs and support staff, and the JSON
path of the offending value in ``field`` (or ``None``).
"""

from __future__ import annotations


class LoyaltyError(Exception):
    """Base class of everything the rules engine refuses."""

    code = "loyalty_error"

    def __init__(self, message: str, field: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
        if code is not None:
            self.code = code

    def as_dict(self) -> dict:
        return {"error": {"code": self.code, "message": self.message, "field": self.field}}


class InvalidInput(LoyaltyError):
    code = "invalid_input"


class InsufficientPoints(LoyaltyError):
    code = "insufficient_points"


class OrderPointsCap(LoyaltyError):
    code = "order_points_cap"


class RedeemExceedsMax(LoyaltyError):
    code = "redeem_exceeds_max"


class InvalidPhone(InvalidInput):
    """A phone number that cannot belong to a member."""
