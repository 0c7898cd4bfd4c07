"""The member's figures (masked name and phone, available, pending with dates, expiring soon, the
offline "as of" note), shared by the member and the balance pages."""

from __future__ import annotations

from pos_app.loyalty import mask_phone
from pos_app.loyalty.cards import mask_card
from pos_app.till import Member

from ..qt import QCoreApplication, QFormLayout, QLabel
from .member_badge import as_of_text, mask_name
from .money import points


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
        self.total = QLabel(parent)  # available + pending: what the history's running total shows
        self.unconfirmed = QLabel(QCoreApplication.translate(
            "MemberInfo", "Unconfirmed: registered offline, points cannot be spent until the phone is confirmed "
                          "with a code"), parent)
        self.unconfirmed.setObjectName("offlineNote")
        self.unconfirmed.setWordWrap(True)
        self.available.setObjectName("bigTotal")
        self.as_of.setObjectName("offlineNote")
        self.addRow(QCoreApplication.translate("MemberInfo", "Name"), self.name)
        self.addRow(QCoreApplication.translate("MemberInfo", "Phone"), self.phone)
        self.card = QLabel(parent)  # the member card, masked like the phone
        self.addRow(QCoreApplication.translate("MemberInfo", "Member card"), self.card)
        self.addRow(QCoreApplication.translate("MemberInfo", "Available points"), self.available)
        self.addRow(QCoreApplication.translate("MemberInfo", "Pending (available on)"), self.pending)
        self.addRow(QCoreApplication.translate("MemberInfo", "Balance (available + pending)"), self.total)
        self.addRow(QCoreApplication.translate("MemberInfo", "Expiring within 30 days"), self.expiring)
        self.addRow("", self.as_of)
        self.addRow("", self.unconfirmed)
        self._parent = parent
        self.show_member(None)

    def show_member(self, member: Member | None, full_name: bool = False) -> None:
        if member is None:
            for w in (self.name, self.phone, self.card, self.available, self.pending, self.expiring, self.total):
                w.setText("—")
            self.as_of.hide()
            self.unconfirmed.hide()
            return
        self.name.setText(member.display_name if full_name else mask_name(member.display_name))
        self.phone.setText(mask_phone(member.phone))
        self.card.setText(mask_card(member.card_number) if member.card_number else "—")
        self.available.setText(points(member.available))
        self.pending.setText(dated_list(member.pending, QCoreApplication.translate("MemberInfo", "none")))
        self.total.setText(points(member.available + member.pending_total))
        self.expiring.setText(dated_list(member.expiring, QCoreApplication.translate("MemberInfo", "none")))
        self.as_of.setVisible(member.cached)
        self.unconfirmed.setVisible(not member.confirmed)
        self.as_of.setText(QCoreApplication.translate("MemberInfo", "Offline: cached balance as of %1")
                            .replace("%1", as_of_text(member)))
