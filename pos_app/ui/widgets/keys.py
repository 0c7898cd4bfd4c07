"""Buttons that carry their key: "F12  Pay" on the face, the shortcut on the window."""

from __future__ import annotations

from ..qt import QKeySequence, QPushButton, QShortcut, Qt, QWidget


def key_button(parent: QWidget, key: str, text: str, slot, *, kind: str = "",
               context=Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QPushButton:
    """A button labelled ``"<key>  <text>"`` whose key works anywhere on ``parent``."""
    seq = QKeySequence(key)
    # the key cap's own name ("Esc", "F12"): Qt's Slovak catalogue would spell Esc out as "Escape"
    label = seq.toString(QKeySequence.SequenceFormat.PortableText)
    button = QPushButton(f"{label}  {text}", parent)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    if kind:
        button.setObjectName(kind)
    button.clicked.connect(slot)
    shortcut = QShortcut(seq, parent)
    shortcut.setContext(context)
    shortcut.activated.connect(lambda: button.isEnabled() and button.isVisible() and button.click())
    button.shortcut_key = seq  # for tests and the help line
    return button
