"""Phone numbers: a member's identity. Normalised to E.164 with ``phonenumbers``.

"8 912 345-67-89", "+7 (912) 345 67 89" and "9123456789" are the same member.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

from .errors import InvalidPhone

DEFAULT_REGION = "RU"
PHONE_CHARACTERS = re.compile(r"[0-9+() \-]{1,40}")
"""What a phone may be typed with: ASCII digits, ``+ ( ) -`` and spaces (no other scripts' digits, no
direction marks or other invisible characters)."""
MAX_PHONE_LENGTH = 40


def mobile_e164_pattern(regions: tuple[str, ...]) -> str:
    """A JSON Schema (ECMA 262) pattern matching exactly the E.164 mobile numbers of ``regions``, built from
    the metadata ``phonenumbers`` validates with: every string it matches is a valid number (the form a
    till sends: ``normalize_phone`` of what the cashier typed)."""
    alternatives = []
    for region in regions:
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        national = meta.mobile.national_number_pattern.replace(r"\d", "[0-9]")  # ASCII digits only
        alternatives.append(rf"\+{meta.country_code}(?:{national})")
    return "^(?:" + "|".join(alternatives) + ")$"


def _parse(text: str, region: str) -> phonenumbers.PhoneNumber:
    example = example_phone(region)  # the hint shows a number of the program's country (cached)
    if not isinstance(text, str) or not text.strip():
        raise InvalidPhone(f"Enter the phone number, for example {example}.", "phone")
    if not PHONE_CHARACTERS.fullmatch(text.strip()):
        raise InvalidPhone(f"Type the phone with digits 0-9 and + ( ) - only, for example {example}.", "phone")
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException:
        raise InvalidPhone(f"{text!r} is not a phone number; type it as {example}.", "phone") from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone(f"{text!r} is not a valid phone number; check the digits (for example {example}).",
                           "phone")
    return number


def normalize_phone(text: str, region: str = DEFAULT_REGION) -> str:
    """The E.164 form ("+79123456789") or ``InvalidPhone`` with a message saying what to do."""
    return phonenumbers.format_number(_parse(text, region), PhoneNumberFormat.E164)


@lru_cache(maxsize=256)
def example_phone(region: str = DEFAULT_REGION) -> str:
    """A number of the region to show as an example: "+7 912 345-67-89" (RU), "+421 912 123 456" (SK):
    phonenumbers' example mobile number, formatted internationally."""
    number = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    if number is None:
        number = phonenumbers.example_number(DEFAULT_REGION)
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def format_as_typed(text: str, region: str = DEFAULT_REGION) -> str:
    """What a phone field shows while the cashier types: "+7 912 345-67-89", "0905 123 456" (SK),
    "+421 905 123 456" (any number typed with its own + code), through phonenumbers' as-you-type
    formatter for the program's region. Characters other than digits and a leading "+" are ignored."""
    formatter = phonenumbers.AsYouTypeFormatter(region)
    shown = ""
    for i, char in enumerate(text.strip()):
        if char.isdigit() and char.isascii() or (char == "+" and i == 0):
            shown = formatter.input_digit(char)
    return shown


def format_phone(e164: str) -> str:
    """For display: "+7 (912) 345-67-89" for Russian numbers, international format otherwise."""
    number = _parse(e164, DEFAULT_REGION)
    national = str(number.national_number)
    if number.country_code == 7 and len(national) == 10:
        return f"+7 ({national[:3]}) {national[3:6]}-{national[6:8]}-{national[8:]}"
    return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


def mask_phone(e164: str) -> str:
    """For receipts and logs: "+7 *** ***-67-89". Only the country code and last four digits show."""
    try:
        number = _parse(e164, DEFAULT_REGION)
    except InvalidPhone:
        return "***"
    national = str(number.national_number)
    tail = national[-4:]
    if number.country_code == 7 and len(national) == 10:
        return f"+7 *** ***-{tail[:2]}-{tail[2:]}"
    # other countries: the international grouping with every national digit but the last four hidden
    shown = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    code = f"+{number.country_code}"
    rest, keep, out = shown[len(code):], 4, []
    for char in reversed(rest):
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep -= 1
        else:
            out.append(char)
    return code + "".join(reversed(out))
