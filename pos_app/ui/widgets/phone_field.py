"""A phone field that formats as the cashier types, for the program's country: "+7 912 345-67-89"
(RU), "0905 123 456" (SK), and any number typed with its own + code in its own country's format
("+421 905 123 456"), through phonenumbers' as-you-type formatter (``format_as_typed``).

Accepts typed digits, a pasted number in any format, or a scanned member card (its digits and
Enter). Without a + code the number is read as one of the program's region (``normalize_phone``).
Digits typed from an empty field that start with 2 (no phone number typed without its + code does
in the programs' regions; member cards are "29...") stay as typed: a card number, emitted as it is on Enter.
"""

from __future__ import annotations

from collections.abc import Callable

from pos_app.loyalty import example_phone, format_as_typed, normalize_phone
from pos_app.loyalty.cards import is_card_number
from pos_app.loyalty.errors import InvalidPhone

from ..qt import QLineEdit, QRegularExpression, QRegularExpressionValidator, Signal



def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isascii() and ch.isdigit())

class PhoneField(QLineEdit):
    phone_entered = Signal(str)  # E.164, or a member card number, on Enter with a valid one
    invalid_entered = Signal(str)

    def __init__(self, parent=None, region: Callable[[], str] = lambda: "RU") -> None:
        super().__init__(parent)
        self.region = region  # the program's region (ctx.rules.region), read each time: the rules may change
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9+()\- ]{0,20}"), self))
        self.setPlaceholderText(example_phone(region()))
        self.textEdited.connect(self._reformat)
        self.returnPressed.connect(self._enter)

    def showEvent(self, event) -> None:
        self.setPlaceholderText(example_phone(self.region()))
        super().showEvent(event)

    def _reformat(self, text: str) -> None:
        digits = _digits(text)
        if digits.startswith("2") and not text.lstrip().startswith("+"):  # a member card being scanned
            self.setText(digits[:13])
            self.set_invalid(False)
            return
        self.setText(format_as_typed(text, self.region()))
        self.set_invalid(False)

    def phone(self) -> str | None:
        """The E.164 number, or None when the field does not hold a valid one."""
        try:
            return normalize_phone(self.text(), self.region())
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
