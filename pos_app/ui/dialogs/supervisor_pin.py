"""Asks a supervisor's PIN where the rules require it; the check runs off the GUI thread and each
use is recorded by the till layer (``approve`` with the action)."""

from __future__ import annotations

from pos_app.till import Cashier

from ..context import TillContext
from ..qt import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout
from ..texts import error_text, refusal_text


class SupervisorPinDialog(QDialog):
    def __init__(self, ctx: TillContext, action: str, reason: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.action = ctx, action
        self.supervisor: Cashier | None = None
        self.setWindowTitle(self.tr("Supervisor"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Supervisor's PIN required"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(QLabel(reason, self))
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("Supervisor number"))
        self.number.setMaxLength(8)
        layout.addWidget(self.number)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setMaxLength(12)
        layout.addWidget(self.pin)
        self.message = QLabel("", self)
        self.message.setObjectName("error")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enter  Confirm"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Esc  Cancel"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        for b in buttons.buttons():  # Enter moves from number to PIN; it confirms only from the PIN
            b.setAutoDefault(False)
            b.setDefault(False)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        self.number.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.check)
        self.number.setFocus()

    def check(self) -> None:
        number, pin = self.number.text().strip(), self.pin.text().strip()
        if not number or not pin:
            self.message.setText(self.tr("Type the supervisor's number and PIN."))
            return
        self.ok_button.setEnabled(False)
        self.ctx.ops.store.submit(lambda: self.ctx.till.approve(number, pin, self.action),
                                  self._done, self._failed, name="check_supervisor", owner=self)

    def _done(self, supervisor: Cashier) -> None:
        self.supervisor = supervisor
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.pin.clear()
        if getattr(exc, "code", None) == "wrong_pin":
            self.message.setText(error_text("bad_supervisor"))
        else:
            self.message.setText(refusal_text(exc))


def ask_supervisor(ctx: TillContext, action: str, reason: str, on_ok, parent=None) -> SupervisorPinDialog:
    """Open the dialog without blocking; ``on_ok(supervisor)`` runs when a supervisor confirmed."""
    dialog = SupervisorPinDialog(ctx, action, reason, parent)
    dialog.accepted.connect(lambda: on_ok(dialog.supervisor))
    dialog.open()
    return dialog
