"""Receipt numbers as a cashier types or scans them: any case, the Russian keyboard layout left on
("Ы1-Е1-000001" is S1-T1-000001 typed on ЙЦУКЕН), or the receipt's QR code (its text holds the number,
alone or inside a longer text such as a URL)."""

from __future__ import annotations

import re

# the Russian layout's letters on the keys of the Latin ones (ЙЦУКЕН over QWERTY)
_RU = "йцукенгшщзфывапролдячсмить"
_EN = "qwertyuiopasdfghjklzxcvbnm"
LAYOUT = str.maketrans(_RU + _RU.upper(), _EN + _EN.upper())

RECEIPT_NO = re.compile(r"([A-Z0-9]+-[A-Z0-9]+-(?:R)?\d+)")


def normalize_receipt_no(text: str) -> str:
    """The receipt number in the journal's form (upper-case Latin). Text that holds no number-like part is
    returned upper-cased and trimmed (the look-up then says "not found")."""
    latin = (text or "").strip().translate(LAYOUT).upper()
    found = RECEIPT_NO.findall(latin)
    return found[-1] if found else latin
