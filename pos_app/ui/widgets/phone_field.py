"""A phone field that formats as the cashier types, for the program's country: "+7 912 345-67-89"
(RU), "0905 123 456" (SK), and any number typed with its own + code in its own country's format
("+421 905 123 456"), through phonenumbers' as-you-type formatter (``format_as_typed``).

Accepts typed digits, a pasted number in any format, or a scanned member card (its digits and
Enter). Without a + code the number is read as one of the program's region (``normalize_phone``).
"""

from __future__ import annotations

from collections.abc import Callable

from pos_app.loyalty import example_phone, format_as_typed, normalize_phone
from pos_app.loyalty.errors import InvalidPhone

from ..qt import QLineEdit, QRegularExpression, QRegularExpressionValidator, Signal


class PhoneField(QLineEdit):
    phone_entered = Signal(str)  # E.164, on Enter with a valid number
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

    def _enter(self) -> None:
        phone = self.phone()
        if phone:
            self.phone_entered.emit(phone)
        else:
            self.set_invalid(True)
            self.invalid_entered.emit(self.text())
