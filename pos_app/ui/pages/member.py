"""Member look-up for the sale: phone (masked field) or a scanned member card. Shows the masked
name, available points, pending points with their dates, points expiring soon. Offline, the
cached member with its "as of" time. Not a member: offer registration. An unconfirmed member (registered
offline): the card says so, F9 sends the code and the code typed confirms the phone."""

from __future__ import annotations

from pos_app.loyalty.cards import is_card_number
from pos_app.till import Member

from ..qt import QLineEdit, QRegularExpression, QRegularExpressionValidator
from ..widgets.keys import key_button
from ..widgets.responsive import KeyRow
from .member_lookup import MemberLookupPage


class MemberPage(MemberLookupPage):
    name = "member"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.title.setText(self.tr("Member"))
        self.layout_.addWidget(self.info_box)
        self.layout_.addStretch(1)
        self.attach_button = key_button(self, "F12", self.tr("Use for this sale"), self.attach, kind="primary")
        self.register_button = key_button(self, "F7", self.tr("Register"), self.register)
        self.detach_button = key_button(self, "F8", self.tr("Remove member"), self.detach)
        self.send_code_button = key_button(self, "F9", self.tr("Send the code"), self.send_code)
        self.code_edit = QLineEdit(self)
        self.code_edit.setMaxLength(6)
        self.code_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self))
        self.code_edit.setPlaceholderText(self.tr("6-digit code from the SMS"))
        self.code_edit.returnPressed.connect(self.confirm_code)
        self.layout_.insertWidget(self.layout_.indexOf(self.info_box) + 1, self.code_edit)
        back = key_button(self, "Esc", self.tr("Back"), lambda: self.navigate.emit("home"))
        self.layout_.addLayout(KeyRow([back, self.detach_button, self.register_button, self.send_code_button,
                                       self.attach_button]))
        self.found: Member | None = None
        self.looking_up = False
        self._attach_when_found = False
        self.phone.textEdited.connect(self._phone_edited)
        self._show_confirmation(None)

    def _show_confirmation(self, member: Member | None) -> None:
        """F9 only for an unconfirmed member looked up online; the code field once the code is sent."""
        self.send_code_button.setVisible(member is not None and not member.confirmed and not member.cached)
        self.code_edit.clear()
        self.code_edit.setVisible(False)

    def send_code(self) -> None:
        member = self.found
        if member is None or member.confirmed:
            return
        self.show_info(self.tr("Sending the code…"))
        self.ctx.ops.hub.submit(lambda: self.ctx.till.request_confirmation_code(member.phone),
                                lambda _sent: self._code_sent(), self.show_error, name="confirmation_code", owner=self)

    def _code_sent(self) -> None:
        self.show_info(self.tr("The code was sent to the member's phone: type it and press Enter."))
        self.code_edit.setVisible(True)
        self.code_edit.setFocus()

    def confirm_code(self) -> None:
        member, code = self.found, self.code_edit.text()
        if member is None or len(code) != 6:
            return
        self.ctx.ops.hub.submit(lambda: self.ctx.till.confirm_member(member.phone, code), self._confirmed,
                                self.show_error, name="confirm_member", owner=self)

    def _confirmed(self, member: Member) -> None:
        self.found = member
        if self.ctx.basket.member is not None and self.ctx.basket.member.phone == member.phone:
            self.ctx.basket.member = member
        self.info.show_member(member)
        self._show_confirmation(member)
        self.show_info(self.tr("The phone is confirmed: the member may spend points."))

    def home_widget(self):
        return self.phone

    def _phone_edited(self, _text: str) -> None:
        self.clear_message()  # an old refusal does not stay under a new number
        self.register_button.setVisible(False)
        self.attach_button.setEnabled(self.found is not None or self.phone.phone() is not None)

    def activate(self) -> None:
        self.found = self.ctx.basket.member
        self._attach_when_found = False
        self.info.show_member(self.found)
        self.attach_button.setEnabled(self.found is not None)
        self.register_button.setVisible(False)
        self._show_confirmation(self.found)
        self.clear_message()
        self.phone.clear()
        self.phone.setFocus()

    def look_up(self, phone: str) -> None:
        self.looking_up = True
        self.show_info(self.tr("Looking up…"))
        self.ctx.ops.hub.submit(lambda: self.ctx.till.lookup_member(phone), lambda m: self._found(phone, m),
                                lambda exc: self._failed(phone, exc), name="find_member", owner=self)

    def _found(self, phone: str, member: Member | None) -> None:
        self.looking_up = False
        self.found = member
        self.phone.setFocus()  # the scanner and the keys stay on the phone field
        self.phone.selectAll()  # the next number typed or scanned replaces this one
        self.info.show_member(member)
        self._show_confirmation(member)
        self.attach_button.setEnabled(member is not None)
        self.register_button.setVisible(member is None)
        if member is None:
            self._phone_to_register = None if is_card_number(phone) else phone  # a card is not a phone
            self.show_error("member_not_found")
            self._attach_when_found = False
        else:
            self.clear_message()
            if self._attach_when_found:
                self._attach_when_found = False
                self.attach()

    def _failed(self, phone: str, exc: BaseException) -> None:
        self.looking_up = False
        if getattr(exc, "code", None) != "member_not_found":
            self._attach_when_found = False
        if getattr(exc, "code", None) == "member_not_found":
            self._found(phone, None)
        else:
            self.show_error(exc)

    def attach(self) -> None:
        """F12: the member whose number is in the field. A new number typed without Enter is looked up
        first (never the member shown before it)."""
        typed = self.phone.phone() or self.phone.card()
        if self.looking_up:
            self._attach_when_found = True
            return
        if typed is not None and (self.found is None or typed not in (self.found.phone, self.found.card_number)):
            self._attach_when_found = True
            self.look_up(typed)
            return
        if self.found is None:
            return
        self.ctx.basket.member = self.found
        self.navigate.emit("sale")

    def detach(self) -> None:
        self.ctx.basket.member = None
        self.found = None
        self.info.show_member(None)
        self._show_confirmation(None)
        self.attach_button.setEnabled(False)

    def register(self) -> None:
        self.ctx.pending_phone = getattr(self, "_phone_to_register", None)
        self.navigate.emit("registration")
