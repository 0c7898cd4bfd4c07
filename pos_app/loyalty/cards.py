"""Member cards: EAN-13 numbers in the in-store range, so a card scans like a product and never is one.

A card number is "29", ten digits of the card's serial, and the EAN-13 check digit ("2900000000018").
Prefix 2 is the GS1 range for a store's own numbers; "29" keeps clear of the "20"-"28" prefixes that
scales print on weighed goods. The hub hands them out; the till only checks and masks them.
"""

from __future__ import annotations

CARD_PREFIX = "29"
SERIAL_DIGITS = 10


def ean13_check_digit(first12: str) -> str:
    """The EAN-13 check digit of twelve digits (weights 1, 3, 1, 3, ... from the left)."""
    if len(first12) != 12 or not first12.isascii() or not first12.isdigit():
        raise ValueError(f"an EAN-13 body is 12 digits, got {first12!r}")
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def card_number(serial: int) -> str:
    """The card number for the hub's card serial ``serial`` (1 .. 9_999_999_999)."""
    if not 0 < serial < 10**SERIAL_DIGITS:
        raise ValueError(f"a card serial is 1 to {10**SERIAL_DIGITS - 1}, got {serial}")
    body = f"{CARD_PREFIX}{serial:0{SERIAL_DIGITS}d}"
    return body + ean13_check_digit(body)


def is_card_number(text: str) -> bool:
    """True for a well-formed member card number (13 ASCII digits, prefix "29", right check digit)."""
    text = (text or "").strip()
    return (len(text) == 13 and text.isascii() and text.isdigit() and text.startswith(CARD_PREFIX)
            and ean13_check_digit(text[:12]) == text[12])


def mask_card(number: str) -> str:
    """For receipts and logs, like a phone: "29*******0018" shows the prefix and the last four digits."""
    if not is_card_number(number):
        return "***"
    return f"{number[:2]}{'*' * 7}{number[-4:]}"
