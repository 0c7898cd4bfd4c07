"""A lost member card replaced from the balance screen: the supervisor's number and PIN. The PIN check
(recorded) and the hub call run on the hub queue; online only. The old number stops working at once."""

from __future__ import annotations

from pos_app.loyalty import mask_phone
from pos_app.loyalty.cards import mask_card

from pos_app.till import Member

from ..context import TillContext
from ..qt import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout
from ..texts import error_text, refusal_text


class ReplaceCardDialog(QDialog):
    def __init__(self, ctx: TillContext, member: Member, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.member = ctx, member
        self.renewed: Member | None = None  # the member with the new card, once the hub made it
        self.setWindowTitle(self.tr("Replace member card"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Replace member card"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        old = mask_card(member.card_number) if member.card_number else "—"
        who = QLabel(self.tr("%1, %2, card %3. The old card stops working at once.")
                     .replace("%1", member.display_name).replace("%2", mask_phone(member.phone)).replace("%3", old),
                     self)
        who.setWordWrap(True)
        layout.addWidget(who)
        form = QFormLayout()
        self.number = QLineEdit(self)
        self.number.setMaxLength(8)
        self.number.setPlaceholderText(self.tr("Supervisor number"))
        form.addRow(self.tr("Supervisor"), self.number)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setPlaceholderText(self.tr("PIN"))
        form.addRow(self.tr("PIN"), self.pin)
        layout.addLayout(form)
        self.message = QLabel("", self)
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Enter  Replace"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Esc  Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        for b in buttons.buttons():  # Enter moves field to field; it confirms only from the PIN
            b.setAutoDefault(False)
            b.setDefault(False)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)
        self.number.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)
        self.number.setFocus()

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return  # already sent: waiting for the hub
        number, pin = self.number.text().strip(), self.pin.text().strip()
        if not number or not pin:
            self.message.setText(self.tr("Type the supervisor's number and PIN."))
            return (self.number if not number else self.pin).setFocus()
        self.ok_button.setEnabled(False)
        self.message.setText(self.tr("Asking the hub for a new card…"))
        member, till = self.member, self.ctx.till
        self.ctx.ops.hub.submit(lambda: till.replace_card(member, supervisor=number, pin=pin), self._done,
                                self._failed, name="replace_card", owner=self)

    def _done(self, renewed: Member) -> None:
        self.renewed = renewed
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.pin.clear()
        if getattr(exc, "code", None) == "wrong_pin":
            self.message.setText(error_text("bad_supervisor"))
        else:
            self.message.setText(refusal_text(exc))
        self.pin.setFocus()


def replace_card(ctx: TillContext, member: Member, on_done, parent=None) -> ReplaceCardDialog:
    """Open the dialog without blocking; ``on_done(renewed_member)`` runs after the hub made the new card."""
    dialog = ReplaceCardDialog(ctx, member, parent)
    dialog.accepted.connect(lambda: on_done(dialog.renewed))
    dialog.open()
    return dialog
