"""The points to spend: typed digits stay as typed. Above the most that can be spent the field keeps
the number (marked) and the page says the limit; it never cuts 6000 down to 600."""

from __future__ import annotations

from ..qt import QLineEdit, QRegularExpression, QRegularExpressionValidator, Signal


class PointsField(QLineEdit):
    valueChanged = Signal(int)  # noqa: N815 (QSpinBox's name: the page treats it like one)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._max = 0
        self.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9 \u00a0]{0,9}"), self))
        self.setPlaceholderText("0")
        self.textChanged.connect(self._changed)

    def value(self) -> int:
        """What was typed (0 when empty), even above the maximum."""
        digits = "".join(ch for ch in self.text() if ch.isdigit())
        return int(digits) if digits else 0

    def setValue(self, value: int) -> None:  # noqa: N802
        self.setText(str(int(value)) if value else "")

    def maximum(self) -> int:
        return self._max

    def setRange(self, _minimum: int, maximum: int) -> None:  # noqa: N802
        self._max = max(0, int(maximum))
        self._mark()

    def over(self) -> bool:
        return self.value() > self._max

    def _changed(self, _text: str) -> None:
        self._mark()
        self.valueChanged.emit(self.value())

    def _mark(self) -> None:
        if bool(self.property("invalid")) != self.over():
            self.setProperty("invalid", self.over())
            self.style().unpolish(self)
            self.style().polish(self)
