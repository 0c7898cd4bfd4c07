"""Cashier login: number and PIN. The role decides the first screen."""

from __future__ import annotations

from pos_app.till import Cashier

from ..qt import (QFormLayout, QLabel, QLineEdit, QPushButton, QRegularExpression, QRegularExpressionValidator, Qt,
                  QTimer)
from .base import Page, card


STAFF_RECHECK_MS = 1000


class LoginPage(Page):
    name = "login"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.title.setText(self.tr("Log in"))
        box, layout = card(self)
        box.setMaximumWidth(460)
        form = QFormLayout()
        self.number = QLineEdit(box)
        self.number.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{1,8}"), self))
        self.number.setPlaceholderText(self.tr("e.g. 101"))
        self.pin = QLineEdit(box)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        form.addRow(self.tr("Cashier number"), self.number)
        form.addRow(self.tr("PIN"), self.pin)
        layout.addLayout(form)
        self.login_button = QPushButton(self.tr("Enter  Log in"), box)
        self.login_button.setObjectName("primary")
        self.login_button.clicked.connect(self.submit)
        layout.addWidget(self.login_button)
        hint = QLabel(self.tr("Type your number, Enter, then your PIN, Enter."), box)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.no_staff = QLabel(self.tr("Nobody can log in yet: the hub has sent no staff to this till. "
                                       "Ask IT to add staff at the hub (pos-hub staff add)."), box)
        self.no_staff.setObjectName("warning")
        self.no_staff.setWordWrap(True)
        self.no_staff.setVisible(False)
        layout.addWidget(self.no_staff)
        layout.addWidget(self.message)
        self.layout_.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        self.layout_.addStretch(1)
        self.number.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)

    def home_widget(self):
        return self.number

    def activate(self) -> None:
        self.number.clear()
        self.pin.clear()
        self.number.setFocus()
        self.ctx.ops.store.submit(self.ctx.till.has_staff, self._show_staff, lambda _exc: None, name="has_staff",
                                  owner=self)

    def _show_staff(self, has_staff: bool) -> None:
        self.no_staff.setVisible(not has_staff)
        if not has_staff:  # a new till's first pull may still be under way: look again while this page shows
            QTimer.singleShot(STAFF_RECHECK_MS, self._recheck_staff)

    def _recheck_staff(self) -> None:
        if self.isVisible() and self.no_staff.isVisibleTo(self):
            self.ctx.ops.store.submit(self.ctx.till.has_staff, self._show_staff, lambda _exc: None,
                                      name="has_staff", owner=self)

    def submit(self) -> None:
        number, pin = self.number.text().strip(), self.pin.text()
        if not number or not pin:
            self.show_error("wrong_pin")
            return
        self.login_button.setEnabled(False)
        till = self.ctx.till

        def log_in():
            cashier = till.login(number, pin)
            return cashier, till.shift.opened_at if till.shift else None

        self.ctx.ops.store.submit(log_in, lambda r: self._logged_in(*r), self._failed, name="login", owner=self)

    def _logged_in(self, cashier: Cashier, started=None) -> None:
        self.ctx.shift_started = started.astimezone().strftime("%H:%M") if started else ""
        self.login_button.setEnabled(True)
        self.clear_message()
        self.ctx.cashier = cashier
        self.navigate.emit("service" if cashier.role == "service" else "sale")

    def _failed(self, exc: BaseException) -> None:
        self.login_button.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        self.show_error(exc)
