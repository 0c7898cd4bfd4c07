from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from pos_app.loyalty import InvalidPhone, format_as_typed, format_phone, mask_phone, normalize_phone


@pytest.mark.parametrize("text", ["8 912 345-67-89", "+7 (912) 345 67 89", "9123456789", "89123456789", "+79123456789"])
def test_the_same_member_in_every_spelling(text):
    assert normalize_phone(text) == "+79123456789"


@pytest.mark.parametrize("text", ["", "   ", "12345", "abc", "+7 912 345", "8 000 000-00-00", None])
def test_invalid_phones_are_refused_with_a_hint(text):
    with pytest.raises(InvalidPhone) as info:
        normalize_phone(text)
    assert info.value.code == "invalid_phone" and info.value.field == "phone"
    assert "+7 912 345-67-89" in info.value.message


def test_display_and_mask():
    assert format_phone("+79123456789") == "+7 (912) 345-67-89"
    assert mask_phone("+79123456789") == "+7 *** ***-67-89"


def test_foreign_numbers_keep_country_code_and_last_four():
    e164 = normalize_phone("+421 905 123 456")
    assert e164 == "+421905123456"
    assert mask_phone(e164) == "+421 *** **3 456"


def test_mask_of_garbage_hides_everything():
    assert mask_phone("not a phone") == "***"


@given(st.integers(min_value=900_000_0000, max_value=999_999_9999))
def test_mask_never_shows_more_than_the_last_four_digits(n):
    try:
        e164 = normalize_phone(f"+7{n}")
    except InvalidPhone:
        e164 = None
    assume(e164 is not None)  # not every +7 number is a valid one
    masked = mask_phone(e164)
    assert masked.endswith(f"{e164[-4:-2]}-{e164[-2:]}")
    assert sum(ch.isdigit() for ch in masked) == 5  # "7" and the last four


def test_slovak_numbers_in_the_programs_region():
    assert normalize_phone("0905 123 456", "SK") == "+421905123456"
    assert normalize_phone("+7 912 345-67-89", "SK") == "+79123456789"  # its own + code wins
    with pytest.raises(InvalidPhone):
        normalize_phone("0905 123 456")  # read as a Russian number, it is not one


@pytest.mark.parametrize(("typed", "region", "shown"), [
    ("0905123456", "SK", "0905 123 456"),
    ("+421905123456", "RU", "+421 905 123 456"),
    ("89123456789", "RU", "8 912 345-67-89"),
    ("+7 (912) 345", "RU", "+7 912 345"),
    ("٩١٢", "RU", ""),  # other scripts' digits are not typed into a phone
])
def test_as_you_type_follows_the_region(typed, region, shown):
    assert format_as_typed(typed, region) == shown


def test_masks_keep_the_grouping_and_the_last_four_digits():
    assert mask_phone("+421905123456") == "+421 *** **3 456"


def test_the_hint_shows_a_number_of_the_programs_country():
    with pytest.raises(InvalidPhone) as info:
        normalize_phone("123", "SK")
    assert "+421 912 123 456" in info.value.message
