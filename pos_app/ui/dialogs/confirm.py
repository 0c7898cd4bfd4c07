"""A yes/no question with keys: Enter confirms, Esc cancels."""

from __future__ import annotations

from ..qt import QMessageBox


def confirm(parent, title: str, text: str, on_yes) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(box.tr("Enter  Yes"))
    box.button(QMessageBox.StandardButton.No).setText(box.tr("Esc  No"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    box.accepted.connect(on_yes)
    box.open()
    return box
