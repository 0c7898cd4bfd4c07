"""What every page has: the shared context, a title, a message line, and a way to navigate."""

from __future__ import annotations

from ..context import TillContext
from ..qt import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget, Qt, Signal
from ..texts import error_text, refusal_text
from ..widgets.money import example_phone


class Page(QWidget):
    name = "page"
    navigate = Signal(str)  # the name of the page to show

    def __init__(self, ctx: TillContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # so the page itself can hold focus (its F-keys work)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(18, 12, 18, 12)
        self.layout_.setSpacing(10)
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.layout_.addWidget(self.title)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)

    width_class = "wide"

    def activate(self) -> None:
        """Called each time the page is shown."""

    def set_width_class(self, cls: str) -> None:
        """wide (1366 and up), medium (1024) or narrow (800): the window's width decides how the page lays
        out (see ``widgets.responsive``)."""
        self.width_class = cls
        self.relayout()

    def relayout(self) -> None:
        """Pages that stack or wrap on narrow windows do it here."""

    def home_widget(self) -> QWidget | None:
        """Where keys and the scanner go when nothing else has focus."""
        return None

    def focus_home(self) -> None:
        widget = self.home_widget()
        if widget is not None and widget.isVisible() and widget.isEnabled():
            widget.setFocus()
        else:
            self.setFocus()  # at least on the page: its F-keys work

    def show_error(self, exc_or_code, **details) -> None:
        """A refusal (an exception, by its code) or a code with its details, in the cashier's language."""
        example = example_phone(self.ctx.rules.region)  # invalid_phone says how to type a number here
        if isinstance(exc_or_code, str):
            text = error_text(exc_or_code, {"example": example, **details})
        else:
            text = refusal_text(exc_or_code, example=example)
        self.message.setObjectName("error")
        self._restyle(text)

    def show_problem(self, text: str) -> None:
        """An already translated refusal."""
        self.message.setObjectName("error")
        self._restyle(text)

    def show_info(self, text: str) -> None:
        self.message.setObjectName("ok")
        self._restyle(text)

    def clear_message(self) -> None:
        self.message.setText("")

    def _restyle(self, text: str) -> None:
        self.message.setText(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)


def card(parent: QWidget, vertical: bool = True) -> tuple[QFrame, QVBoxLayout | QHBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName("card")
    layout = QVBoxLayout(frame) if vertical else QHBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 10)
    return frame, layout
