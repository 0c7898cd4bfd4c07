"""Readable fallbacks for characters the code page lacks: never "?"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.printing.charset import encode, printable
from pos_app.printing.layout import row, wrap


@pytest.mark.parametrize("code_page", ["CP866", "CP1251"])
def test_rouble_sign_prints_as_rub(code_page):
    assert printable("100 ₽", code_page) == "100 руб."
    assert encode("100 ₽", code_page).decode(code_page) == "100 руб."


def test_cp866_and_cp1251_differ_only_where_they_must():
    text = "«Ёлка» — №5 ×2 café…"
    assert printable(text, "CP866") == '"Ёлка" - №5 x2 cafe...'
    assert printable(text, "CP1251") == "«Ёлка» — №5 x2 cafe…"
    assert printable(text, None) == text


@given(st.text())
def test_anything_encodes_without_question_marks(text):
    for code_page in ("CP866", "CP1251"):
        data = encode(text, code_page)
        assert data.count(b"?") == text.count("?")
        assert not any(byte < 0x20 for byte in data)


@given(st.text(alphabet="абв где ёжз 12345 -", max_size=200), st.text(alphabet="0123456789.- ", max_size=40),
       st.sampled_from([32, 48]))
def test_layout_never_exceeds_the_width(left, right, width):
    for line in row(left, right, width) + wrap(left, width):
        assert len(line) <= width
    assert "".join(row(left, right, width)).replace(" ", "") == (left + right).replace(" ", "")
