"""A manual points adjustment from the balance screen: points (+/-), reason, supervisor's number and
PIN. The PIN check (recorded) and the hub call run on the hub queue; online only."""

from __future__ import annotations

from pos_app.loyalty import mask_phone

from pos_app.till import Member

from ..context import TillContext
from ..qt import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout
from ..texts import error_text, refusal_text
from ..widgets.money import points as points_text

LIMIT = 1_000_000


class AdjustPointsDialog(QDialog):
    def __init__(self, ctx: TillContext, member: Member, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.member = ctx, member
        self.available: int | None = None  # the member's available points after the adjustment
        self.setWindowTitle(self.tr("Adjust points"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Adjust points"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        who = QLabel(self.tr("%1, %2: %3 pts available").replace("%1", member.display_name)
                     .replace("%2", mask_phone(member.phone)).replace("%3", points_text(member.available)), self)
        who.setWordWrap(True)
        layout.addWidget(who)
        form = QFormLayout()
        self.points = QSpinBox(self)
        self.points.setRange(-LIMIT, LIMIT)
        self.points.setGroupSeparatorShown(True)
        self.points.setSuffix(self.tr(" pts"))
        form.addRow(self.tr("Points (minus takes away)"), self.points)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("e.g. points missing for receipt S1-T1-000123"))
        form.addRow(self.tr("Reason"), self.reason)
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
        self.ok_button.setText(self.tr("Enter  Adjust"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Esc  Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        for b in buttons.buttons():  # Enter moves field to field; it confirms only from the PIN
            b.setAutoDefault(False)
            b.setDefault(False)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)
        self.points.lineEdit().returnPressed.connect(self.reason.setFocus)
        self.reason.returnPressed.connect(self.number.setFocus)
        self.number.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)
        self.points.setFocus()
        self.points.selectAll()

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return  # already sent: waiting for the hub
        pts, reason = self.points.value(), " ".join(self.reason.text().split())
        number, pin = self.number.text().strip(), self.pin.text().strip()
        if pts == 0:
            return self._refuse(error_text("invalid_points"), self.points)
        if not reason:
            return self._refuse(error_text("reason_required"), self.reason)
        if not number or not pin:
            return self._refuse(self.tr("Type the supervisor's number and PIN."), self.number if not number else self.pin)
        self.ok_button.setEnabled(False)
        self.message.setText(self.tr("Sending the adjustment to the hub…"))
        member_id, till = self.member.member_id, self.ctx.till
        self.ctx.ops.hub.submit(
            lambda: int(till.adjust_points(member_id, pts, reason, supervisor=number, pin=pin)["balance"]["available"]),
            self._done,
                                self._failed, name="adjust_points", owner=self)

    def _refuse(self, text: str, field) -> None:
        self.message.setText(text)
        field.setFocus()

    def _done(self, available: int) -> None:
        self.available = available
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.pin.clear()
        if getattr(exc, "code", None) == "wrong_pin":
            self.message.setText(error_text("bad_supervisor"))
        else:
            self.message.setText(refusal_text(exc))
        self.pin.setFocus()


def adjust_points(ctx: TillContext, member: Member, on_done, parent=None) -> AdjustPointsDialog:
    """Open the dialog without blocking; ``on_done(points, available)`` runs after the hub applied it."""
    dialog = AdjustPointsDialog(ctx, member, parent)
    dialog.accepted.connect(lambda: on_done(dialog.points.value(), dialog.available))
    dialog.open()
    return dialog
