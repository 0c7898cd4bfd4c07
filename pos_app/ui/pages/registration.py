"""Registration, as at the DNS till: phone, birth date, consent to the rules (the text is shown),
optional e-mail with marketing consent, "send code", the code with tries left and a resend timer."""

from __future__ import annotations

from datetime import date

from pos_app.till import Member

from ..qt import (QBoxLayout, QCheckBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QRegularExpression,
                  QRegularExpressionValidator, QTimer)
from ..texts import print_error_text, refusal_text
from ..widgets.keys import key_button
from ..widgets.responsive import NARROW, WIDE, XWIDE, KeyRow, set_stacked
from ..widgets.money import example_phone, money
from ..widgets.phone_field import PhoneField
from .base import Page, card


RESEND_MIN_S = 30


class RegistrationPage(Page):
    name = "registration"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.title.setText(self.tr("Register a member"))
        self.body = body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        box, layout = card(self)
        self.form = form = QFormLayout()
        self.phone = PhoneField(self, lambda: ctx.rules.region)
        self.birth = QLineEdit(self)  # empty until typed: no made-up date to overlook
        self.birth.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.birth.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9.]{0,10}"), self))
        self.birth.setMaximumWidth(200)
        self.first_name = QLineEdit(self)
        self.first_name.setPlaceholderText(self.tr("optional"))
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("optional"))
        self.consent = QCheckBox(self.tr("The customer accepts the program rules"), self)
        self.marketing = QCheckBox(self.tr("The customer agrees to news and offers by e-mail"), self)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Birth date"), self.birth)
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow("", self.consent)
        form.addRow("", self.marketing)
        self.code = QLineEdit(self)
        self.code.setMaxLength(6)
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self))
        self.code.setPlaceholderText(self.tr("6-digit code from the SMS"))
        self.code.returnPressed.connect(self.register)
        form.addRow(self.tr("SMS code"), self.code)
        self.code_state = QLabel(self)
        self.code_state.setObjectName("hint")
        form.addRow("", self.code_state)
        layout.addLayout(form)
        body.addWidget(box, 3)
        rules_box, rl = card(self)
        rl.addWidget(QLabel(self.tr("Program rules"), self))
        self.rules_text = QPlainTextEdit(self)
        self.rules_text.setReadOnly(True)
        self.rules_text.setPlainText(self.rules_summary())
        rl.addWidget(self.rules_text)
        body.addWidget(rules_box, 2)
        self.layout_.addLayout(body, 1)
        self.layout_.addWidget(self.message)
        back = key_button(self, "Esc", self.tr("Back"), lambda: self.navigate.emit("home"))
        self.send_button = key_button(self, "F5", self.tr("Send code"), self.send_code)
        self.register_button = key_button(self, "F12", self.tr("Register"), self.register, kind="primary")
        self.layout_.addLayout(KeyRow([back, self.send_button, self.register_button]))
        for field in (self.phone, self.birth, self.code):
            field.textEdited.connect(lambda _t: self.clear_message())
        self.resend_left = 0
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.registered: Member | None = None
        self.sends_left = None

    def relayout(self) -> None:
        cls = self.width_class
        set_stacked(self.body, cls == NARROW)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows if cls in (WIDE, XWIDE)
                                   else QFormLayout.RowWrapPolicy.WrapLongRows)

    def home_widget(self):
        return self.phone

    def birth_date(self) -> date | None:
        """The typed birth date (DD.MM.YYYY, or 8 digits), or None."""
        digits = "".join(ch for ch in self.birth.text() if ch.isdigit())
        if len(digits) != 8:
            return None
        try:
            born = date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
        except ValueError:
            return None
        return born if date(1900, 1, 1) <= born <= date.today() else None

    def rules_summary(self) -> str:
        rules = self.ctx.rules
        return self.tr(
            "1 point = %1. Points are earned on purchases (the number is on the price tag) and become "
            "available %2 days after the purchase. Points can pay up to %3% of a purchase, except gift "
            "cards, goods bought on credit and sale items. Points are kept for %4 days. The member is "
            "identified by phone number. Returned goods take back the points earned on them. The customer "
            "must be 18 or older. Personal data are processed to run the program."
        ).replace("%1", money(rules.point_value, rules.currency)).replace("%2", str(rules.hold_days)).replace(
            "%3", str(int(rules.max_redeem_share * 100))).replace("%4", str(rules.expiry_days))

    def activate(self) -> None:
        self.registered = None
        self.clear_message()
        for w in (self.first_name, self.email, self.code, self.birth):
            w.clear()
        self.consent.setChecked(False)
        self.marketing.setChecked(False)
        self.code_state.setText("")
        self.phone.clear()
        phone, self.ctx.pending_phone = self.ctx.pending_phone, None  # only the "not a member" number, once
        if phone:
            self.phone.setText(phone)
            self.phone._reformat(phone)
        self.rules_text.setPlainText(self.rules_summary())
        self.ctx.till.display.show_registration(self.rules_summary())  # for the customer to read
        self.send_button.setEnabled(True)
        self.phone.setFocus()

    def _form_problem(self) -> str:
        if self.phone.phone() is None:
            return self.tr("That is not a phone number. Type it as %1.").replace(
                "%1", example_phone(self.ctx.rules.region))
        if self.birth_date() is None:
            return self.tr("Type the birth date as DD.MM.YYYY.")
        if not self.consent.isChecked():
            return self.tr("The customer must accept the program rules.")
        return ""

    def send_code(self) -> None:
        problem = self._form_problem()
        if problem:
            self.show_problem(problem)
            return
        phone = self.phone.phone()
        self.send_button.setEnabled(False)
        self.show_info(self.tr("Sending the code…"))
        self.ctx.ops.hub.submit(lambda: self.ctx.till.request_registration_code(phone), self._code_sent,
                                self._send_failed, name="registration_code", owner=self)

    def _code_sent(self, answer: dict) -> None:
        # the hub says when it will accept another send; the till waits at least RESEND_MIN_S anyway,
        # so a customer who is still reading the SMS does not get a second code
        self.resend_left = max(int(answer.get("resend_in") or 0), RESEND_MIN_S)
        self.sends_left = answer.get("sends_left")
        self.show_info(self.tr("Code sent. Ask the customer for the code from the SMS."))
        self.timer.start()
        self._tick(first=True)
        self.code.setFocus()

    def _send_failed(self, exc: BaseException) -> None:
        self.send_button.setEnabled(True)
        self.show_error(exc)

    def _tick(self, first: bool = False) -> None:
        if not first:
            self.resend_left -= 1
        if self.resend_left <= 0:
            self.timer.stop()
            self.send_button.setEnabled(True)
            self.code_state.setText(self.tr("You can send the code again (F5)."))
        else:
            text = self.tr("Send again in %1 s").replace("%1", str(self.resend_left))
            if self.sends_left is not None:
                text += " · " + self.tr("sends left: %1").replace("%1", str(self.sends_left))
            self.code_state.setText(text)

    def register(self) -> None:
        problem = self._form_problem()
        if problem:
            self.show_problem(problem)
            return
        code = self.code.text().strip()
        if len(code) != 6:
            self.show_problem(self.tr("Type the 6-digit code from the SMS."))
            return
        birth: date = self.birth_date()
        phone, email, first_name = self.phone.phone(), self.email.text().strip() or None, \
            self.first_name.text().strip() or None
        marketing, till = self.marketing.isChecked(), self.ctx.till
        self.register_button.setEnabled(False)
        self.ctx.ops.hub.submit(
            lambda: till.register_member(phone, birth.isoformat(), code, consent_rules=True, email=email,
                                         consent_marketing=marketing, first_name=first_name),
            self._registered, self._register_failed, name="register", owner=self)

    def _registered(self, member: Member) -> None:
        self.register_button.setEnabled(True)
        self.registered = member
        self.timer.stop()
        self.ctx.basket.member = member
        self.ctx.pending_phone = None
        self.show_info(self.tr("Registered. The member is on the sale."))
        first_name, marketing = self.first_name.text().strip() or None, self.marketing.isChecked()
        self.ctx.printing.submit(  # the welcome slip (a setting, on by default)
            lambda: self.ctx.till.print_registration_slip(member, first_name, marketing), self._slip_changed,
            self._slip_failed, owner=self)
        self.phone.setFocus()

    def _slip_failed(self, exc: BaseException) -> None:
        if getattr(exc, "code", None) != "nothing_to_print":  # the setting is off: nothing to say
            self.show_problem(self.tr("Registered. The slip did not print: %1").replace("%1", refusal_text(exc)))

    def _slip_changed(self, job) -> None:
        if job is None:
            return
        if job.state == "done":
            self.show_info(self.tr("Registered. The member is on the sale. The welcome slip is printed."))
        elif job.state == "failed":
            self.show_problem(self.tr("Registered. The slip did not print: %1").replace("%1", print_error_text(job)))

    def _register_failed(self, exc: BaseException) -> None:
        self.register_button.setEnabled(True)
        self.code.clear()
        if getattr(exc, "code", None) == "wrong_code":
            self.code_state.setText(self.tr("Tries left: %1").replace("%1", str(exc.extra.get("tries_left", "?"))))
        self.show_error(exc)
