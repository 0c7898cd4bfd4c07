"""A yes/no question with keys: Enter confirms, Esc cancels."""

from __future__ import annotations

from ..qt import QCoreApplication, QMessageBox


def confirm(parent, title: str, text: str, on_yes) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("Confirm", "Enter  Yes"))
    box.button(QMessageBox.StandardButton.No).setText(QCoreApplication.translate("Confirm", "Esc  No"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    box.accepted.connect(on_yes)
    if parent is not None:  # the till gets the keys back when the box closes (X without a window manager)
        box.finished.connect(lambda _r: parent.window().activateWindow())
    box.open()
    return box
