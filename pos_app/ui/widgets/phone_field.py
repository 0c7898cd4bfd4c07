"""A phone field that formats as the cashier types: +7 (912) 345-67-89.

Accepts typed digits, a pasted number in any format, or a scanned member card (its digits and
Enter). Leading 8 or 7 of an 11-digit Russian number is taken as the country code. Digits typed from an
empty field that start with 2 (no Russian number does; member cards are "29...") stay as typed: a
card number, emitted as it is on Enter.
"""

from __future__ import annotations

from pos_app.loyalty import normalize_phone
from pos_app.loyalty.cards import is_card_number
from pos_app.loyalty.errors import InvalidPhone

from ..qt import QLineEdit, QRegularExpression, QRegularExpressionValidator, Signal


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def format_partial(digits: str) -> str:
    """Format up to 10 national digits as "+7 (912) 345-67-89"."""
    if len(digits) == 11 and digits[0] in "78":
        digits = digits[1:]
    d = digits[:10]
    out = "+7 "
    if d:
        out += "(" + d[:3]
    if len(d) >= 3:
        out += ") " + d[3:6]
    if len(d) > 6:
        out += "-" + d[6:8]
    if len(d) > 8:
        out += "-" + d[8:10]
    return out.rstrip()


class PhoneField(QLineEdit):
    phone_entered = Signal(str)  # E.164, or a member card number, on Enter with a valid one
    invalid_entered = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9+()\- ]{0,20}"), self))
        self.setPlaceholderText("+7 (912) 345-67-89")
        self.textEdited.connect(self._reformat)
        self.returnPressed.connect(self._enter)

    def _reformat(self, text: str) -> None:
        digits = _digits(text)
        if digits.startswith("2") and not text.lstrip().startswith("+"):  # a member card being scanned
            self.setText(digits[:13])
            self.set_invalid(False)
            return
        if text.startswith("+7") and len(digits) >= 1:
            digits = digits[1:]
        elif len(digits) == 11 and digits[0] in "78":
            digits = digits[1:]
        self.setText(format_partial(digits) if digits else "")
        self.set_invalid(False)

    def phone(self) -> str | None:
        """The E.164 number, or None when the field does not hold a valid one."""
        try:
            return normalize_phone(self.text())
        except InvalidPhone:
            return None

    def set_invalid(self, invalid: bool) -> None:
        self.setProperty("invalid", invalid)
        self.style().unpolish(self)
        self.style().polish(self)

    def card(self) -> str | None:
        """The member card number in the field, or None."""
        text = self.text().strip()
        return text if is_card_number(text) else None

    def _enter(self) -> None:
        phone = self.phone() or self.card()
        if phone:
            self.phone_entered.emit(phone)
        else:
            self.set_invalid(True)
            self.invalid_entered.emit(self.text())
