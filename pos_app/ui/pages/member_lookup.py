"""What the member and the balance pages share: a phone (or member card) field that looks the member
up on Enter, the message line under it, and a card with the member's figures (placed by the page)."""

from __future__ import annotations

from ..qt import QCoreApplication, QHBoxLayout, QLabel
from ..widgets.member_info import MemberInfo
from ..widgets.phone_field import PhoneField
from .base import Page, card


class MemberLookupPage(Page):
    """A page of this kind defines ``look_up(phone)``: called with the normalized phone (or card code) on
    Enter."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        row = QHBoxLayout()
        self.phone = PhoneField(self, lambda: ctx.rules.region)
        self.phone.setObjectName("scan")
        self.phone.phone_entered.connect(self.look_up)
        self.phone.invalid_entered.connect(lambda _t: self.show_error("invalid_phone"))
        row.addWidget(QLabel(QCoreApplication.translate("MemberLookupPage", "Phone or member card"), self))
        row.addWidget(self.phone, 1)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.message)
        self.info_box, self.info_layout = card(self)
        self.info = MemberInfo(self)
        self.info_layout.addLayout(self.info)
