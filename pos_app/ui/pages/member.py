"""Member look-up for the sale: phone (masked field) or a scanned member card. Shows the masked
name, available points, pending points with their dates, points expiring soon. Offline, the
cached member with its "as of" time. Not a member: offer registration."""

from __future__ import annotations

from ..backend import MemberView
from ..qt import QCoreApplication, QFormLayout, QHBoxLayout, QLabel, QTimer
from ..widgets.keys import key_button
from ..widgets.member_badge import as_of_text, mask_name
from ..widgets.money import points
from ..widgets.phone_field import PhoneField
from .base import Page, card
from pos_app.loyalty import mask_phone


def dated_list(entries, empty: str) -> str:
    if not entries:
        return empty
    return "\n".join(f"{points(e.points)}  →  {e.on.strftime('%d.%m.%Y')}" for e in entries)


class MemberInfo(QFormLayout):
    """The member's figures, shared by the member and the balance pages."""

    def __init__(self, parent) -> None:
        super().__init__()
        self.name, self.phone, self.available = QLabel(parent), QLabel(parent), QLabel(parent)
        self.pending, self.expiring, self.as_of = QLabel(parent), QLabel(parent), QLabel(parent)
        self.available.setObjectName("bigTotal")
        self.as_of.setObjectName("offlineNote")
        self.addRow(QCoreApplication.translate("MemberInfo", "Name"), self.name)
        self.addRow(QCoreApplication.translate("MemberInfo", "Phone"), self.phone)
        self.addRow(QCoreApplication.translate("MemberInfo", "Available points"), self.available)
        self.addRow(QCoreApplication.translate("MemberInfo", "Pending (available on)"), self.pending)
        self.addRow(QCoreApplication.translate("MemberInfo", "Expiring within 30 days"), self.expiring)
        self.addRow("", self.as_of)
        self._parent = parent
        self.show_member(None)

    def show_member(self, member: MemberView | None, full_name: bool = False) -> None:
        if member is None:
            for w in (self.name, self.phone, self.available, self.pending, self.expiring):
                w.setText("—")
            self.as_of.hide()
            return
        self.name.setText(member.display_name if full_name else mask_name(member.display_name))
        self.phone.setText(mask_phone(member.phone))
        self.available.setText(points(member.available))
        self.pending.setText(dated_list(member.pending, QCoreApplication.translate("MemberInfo", "none")))
        self.expiring.setText(dated_list(member.expiring, QCoreApplication.translate("MemberInfo", "none")))
        self.as_of.setVisible(member.cached)
        self.as_of.setText(QCoreApplication.translate("MemberInfo", "Offline: cached balance as of %1")
                            .replace("%1", as_of_text(member)))


class MemberPage(Page):
    name = "member"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.title.setText(self.tr("Member"))
        row = QHBoxLayout()
        self.phone = PhoneField(self)
        self.phone.setObjectName("scan")
        self.phone.phone_entered.connect(self.look_up)
        self.phone.invalid_entered.connect(lambda _t: self.show_error("invalid_phone"))
        row.addWidget(QLabel(self.tr("Phone or member card"), self))
        row.addWidget(self.phone, 1)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.message)
        box, layout = card(self)
        self.info = MemberInfo(self)
        layout.addLayout(self.info)
        self.layout_.addWidget(box)
        self.layout_.addStretch(1)
        keys = QHBoxLayout()
        self.attach_button = key_button(self, "F12", self.tr("Use for this sale"), self.attach, kind="primary")
        self.register_button = key_button(self, "F7", self.tr("Register"), self.register)
        self.detach_button = key_button(self, "F8", self.tr("Remove member"), self.detach)
        back = key_button(self, "Esc", self.tr("Back"), lambda: self.navigate.emit("home"))
        for b in (back, self.detach_button, self.register_button, self.attach_button):
            keys.addWidget(b)
        self.layout_.addLayout(keys)
        self.found: MemberView | None = None
        self.looking_up = False

    def activate(self) -> None:
        self.found = self.ctx.basket.member
        self.info.show_member(self.found)
        self.attach_button.setEnabled(self.found is not None)
        self.register_button.setVisible(False)
        self.clear_message()
        self.phone.clear()
        self.phone.setFocus()

    def look_up(self, phone: str) -> None:
        self.looking_up = True
        self.show_info(self.tr("Looking up…"))
        self.ctx.ops.hub.submit(lambda: self.ctx.backend.find_member(phone),
                                lambda m: self._found(phone, m), self._failed, name="find_member", owner=self)

    def _found(self, phone: str, member: MemberView | None) -> None:
        self.looking_up = False
        self.found = member
        self.phone.selectAll()  # the next number typed or scanned replaces this one
        self.info.show_member(member)
        self.attach_button.setEnabled(member is not None)
        self.register_button.setVisible(member is None)
        if member is None:
            self._phone_to_register = phone
            self.show_error("member_not_found")
        else:
            self.clear_message()
            self.attach_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.looking_up = False
        self.show_error(exc)

    def attach(self) -> None:
        if self.found is None:
            return
        self.ctx.basket.member = self.found
        self.navigate.emit("sale")

    def detach(self) -> None:
        self.ctx.basket.member = None
        self.found = None
        self.info.show_member(None)
        self.attach_button.setEnabled(False)

    def register(self) -> None:
        self.ctx.pending_phone = getattr(self, "_phone_to_register", None)
        self.navigate.emit("registration")
