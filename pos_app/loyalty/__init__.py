"""The bonus rules engine: pure Python, no I/O, no Qt, no SQL, no HTTP.

Rules, money, phones, the basket and the quote, and the limits of a sale event (``limits``). The till, the hub and the
``python -m pos_app.loyalty`` CLI all call the same ``quote`` function.
"""

from . import limits
from .basket import Line, parse_lines
from .errors import (
    CodedError,
    InsufficientPoints,
    InvalidInput,
    InvalidPhone,
    LoyaltyError,
    OrderPointsCap,
    RedeemExceedsMax,
)
from .money import currency_symbol, format_amount, format_money, parse_money
from .phones import example_phone, format_as_typed, format_phone, mask_phone, normalize_phone
from .quote import Quote, QuoteRequest, quote, quote_json
from .rules import Rules

__all__ = [
    "CodedError", "InsufficientPoints", "InvalidInput", "InvalidPhone", "Line", "LoyaltyError", "OrderPointsCap",
    "Quote", "QuoteRequest", "RedeemExceedsMax", "Rules", "currency_symbol", "example_phone", "format_amount", "format_as_typed",
    "format_money", "format_phone", "limits", "mask_phone",
    "normalize_phone", "parse_lines", "parse_money", "quote", "quote_json",
]
