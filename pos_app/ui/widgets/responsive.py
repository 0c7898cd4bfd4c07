"""What lets a screen fit from 800x600 to 1920x1080: labels that elide instead of widening the window,
key rows that wrap onto a second row, boxes that stack, and the width classes the pages switch on."""

from __future__ import annotations

from ..qt import QBoxLayout, QEvent, QObject, QFontMetrics, QGridLayout, QLabel, QPushButton, QSizePolicy, Qt, QWidget

XWIDE, WIDE, MEDIUM, NARROW = "xwide", "wide", "medium", "narrow"
KEY_ROWS = {XWIDE: 1, WIDE: 2, MEDIUM: 2, NARROW: 3}  # rows of key buttons a page of 8-10 keys takes


def width_class(width: int) -> str:
    """xwide: 1600 px and more (1920); wide: 1200-1599 (1366); medium: 900-1199 (1024); narrow: below
    (800)."""
    if width >= 1600:
        return XWIDE
    if width >= 1200:
        return WIDE
    return MEDIUM if width >= 900 else NARROW


def screen_scale(height: int) -> float:
    """Font scale from the screen height: 1.0 at 768 px (1024x768 and 1366x768), larger on a 1080p
    monitor, a little smaller on 600 px. The width is the layout's business (elide, wrap, stack)."""
    return round(max(0.85, min(1.3, height / 768)), 2)


class ElidedLabel(QLabel):
    """A one-line label that shows "…" instead of pushing the window wider; the whole text is the tooltip."""

    def __init__(self, text: str = "", parent=None, min_width: int = 40) -> None:
        super().__init__(parent)
        self._full = ""
        self.setMinimumWidth(min_width)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802
        self._full = text or ""
        self.setToolTip(self._full if "\n" not in self._full else "")
        self._elide()

    def text(self) -> str:
        return self._full

    def minimumSizeHint(self):  # noqa: N802
        hint = super().minimumSizeHint()
        hint.setWidth(self.minimumWidth())
        return hint

    def sizeHint(self):  # noqa: N802
        hint = super().sizeHint()
        hint.setWidth(QFontMetrics(self.font()).horizontalAdvance(self._full) + 8)
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        width = max(self.width() - 4, 10)
        shown = "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                          for line in self._full.split("\n"))
        QLabel.setText(self, shown)


class KeyRow(QGridLayout):
    """The page's key buttons: one row when there is room, two (or three) rows when not. Hidden buttons
    leave no gap."""

    def __init__(self, buttons: list[QPushButton] | None = None) -> None:
        super().__init__()
        self.setHorizontalSpacing(8)
        self.setVerticalSpacing(6)
        self.buttons: list[QPushButton] = []
        self.rows = 1
        for b in buttons or []:
            self.add(b)

    def add(self, button: QPushButton) -> None:
        self.buttons.append(button)
        button.installEventFilter(self)
        self.reflow()

    def set_rows(self, rows: int) -> None:
        self.rows = max(1, rows)
        self.reflow()

    def reflow(self) -> None:
        for b in self.buttons:
            self.removeWidget(b)
        shown = [b for b in self.buttons if not b.isHidden()]
        for c in range(self.columnCount()):
            self.setColumnStretch(c, 0)
        if not shown:
            return
        columns = -(-len(shown) // self.rows)
        wants = [0] * columns
        for i, b in enumerate(shown):
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self.addWidget(b, i // columns, i % columns)
            full = b.property("full_text") or b.text()
            wants[i % columns] = max(wants[i % columns], QFontMetrics(b.font()).horizontalAdvance(full) + 40)
        for c in range(columns):  # a longer label gets a wider column, so fewer labels elide
            self.setColumnStretch(c, wants[c])

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self.reflow()  # a button shown or hidden: no gap, no button outside the grid
        elif event.type() == QEvent.Type.Resize:
            elide_button(obj)
        return False


def set_stacked(layout: QBoxLayout, stacked: bool) -> None:
    """Side by side, or one under the other (a narrow screen)."""
    layout.setDirection(QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight)


class _ButtonElider(QObject):
    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            elide_button(obj)
        return False


_ELIDER = None


def fit_button(button: QPushButton) -> None:
    """A key button whose text elides rather than widening the row."""
    global _ELIDER
    button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    button.setMinimumWidth(60)
    if _ELIDER is None:
        _ELIDER = _ButtonElider()
    button.installEventFilter(_ELIDER)


def elide_button(button: QPushButton) -> None:
    """Fit the button's text ("F12  Finish sale") to its width: the key stays, the words elide; the
    whole text is the tooltip then."""
    full = button.property("full_text")
    if full is None:
        full = button.text()
        button.setProperty("full_text", full)
    room = button.width() - 22  # the style sheet's padding and border
    metrics = QFontMetrics(button.font())
    shown = full if metrics.horizontalAdvance(full) <= room else metrics.elidedText(
        full, Qt.TextElideMode.ElideRight, max(room, 10))
    if shown != button.text():
        button.setText(shown)
        button.setToolTip(full if shown != full else "")


def widgets_outside(window: QWidget, page: QWidget) -> list[str]:
    """The visible buttons, fields and figure labels of ``page`` that do not lie wholly inside the
    window's visible area (for the layout tests)."""
    from ..qt import QAbstractButton, QLineEdit, QRect

    bad = []
    inside = window.rect()
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(window) or not isinstance(w, (QAbstractButton, QLineEdit, QLabel)):
            continue
        if isinstance(w, QLabel) and not w.text():
            continue
        top_left = w.mapTo(window, w.rect().topLeft())
        rect = QRect(top_left, w.size())
        if not inside.contains(rect) or w.width() < 8 or w.height() < 8:
            bad.append(f"{type(w).__name__} {w.objectName() or ''} {getattr(w, 'text', lambda: '')()!r} {rect}")
    return bad
