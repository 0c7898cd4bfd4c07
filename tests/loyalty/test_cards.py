"""Member card numbers: EAN-13 in the in-store range, checked and masked like phones."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.loyalty.cards import card_number, ean13_check_digit, is_card_number, mask_card


def test_known_check_digits():
    assert ean13_check_digit("400638133393") == "1"  # 4006381333931, a published EAN-13
    assert ean13_check_digit("290000000001") == "8"
    assert card_number(1) == "2900000000018"


@given(st.integers(min_value=1, max_value=10**10 - 1))
def test_every_card_number_is_valid_and_one_wrong_digit_is_caught(serial):
    number = card_number(serial)
    assert is_card_number(number) and len(number) == 13 and number.startswith("29")
    wrong = number[:5] + str((int(number[5]) + 1) % 10) + number[6:]
    assert not is_card_number(wrong)


@pytest.mark.parametrize("text", ["", "4600000000011", "290000000001", "29000000000180", "2900000000017",
                                  "２９００００００００１８", "+79123456789"])
def test_what_is_not_a_card(text):
    assert not is_card_number(text)


def test_mask():
    assert mask_card("2900000000018") == "29*******0018"
    assert mask_card("garbage") == "***"
