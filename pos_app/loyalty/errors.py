"""Refusals raised by the rules engine.

Every refusal carries a machine-readable ``code`` (the till translates it for
the cashier), an English ``message`` for logs and support staff, and the JSON
path of the offending value in ``field`` (or ``None``).
"""

from __future__ import annotations


class CodedError(Exception):
    """The one base of every refusal a person can see, on the till and at the hub.

    ``code`` is a machine code (``wrong_pin``, ``product_not_found``, ...) that screens translate and
    clients branch on; ``message`` is English for logs and support staff and says what to do; ``field``
    names the offending input (a JSON path or form field) or is None; ``extra`` carries figures a
    screen may show (``tries_left``, ``max_points``). Screens map refusals by ``code``, never by class.
    """

    code = "error"

    def __init__(self, code: str | None, message: str, field: str | None = None, **extra):
        super().__init__(message)
        if code is not None:
            self.code = code
        self.message = message
        self.field = field
        self.extra = extra

    def as_dict(self) -> dict:
        return {"error": {"code": self.code, "message": self.message, "field": self.field, **self.extra}}


class LoyaltyError(CodedError):
    """Base class of everything the rules engine refuses."""

    code = "loyalty_error"

    def __init__(self, message: str, field: str | None = None, code: str | None = None):
        super().__init__(code, message, field)


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

    code = "invalid_phone"
