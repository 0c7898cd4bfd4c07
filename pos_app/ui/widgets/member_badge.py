"""The member on the sale: masked name and phone, available points; offline, the "as of" time."""

from __future__ import annotations

from pos_app.loyalty import mask_phone
from pos_app.till import Member

from ..qt import QFrame, QLabel, QVBoxLayout
from .money import points
from .responsive import ElidedLabel


def mask_name(name: str) -> str:
    """"Ivan Petrov" -> "Ivan P." : the first name and the initial of the rest."""
    parts = [p for p in (name or "").split() if p]
    if not parts:
        return ""
    return " ".join([parts[0]] + [p[0] + "." for p in parts[1:]])


def as_of_text(member: Member) -> str:
    return member.as_of.astimezone().strftime("%d.%m.%Y %H:%M")


class MemberBadge(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(2)
        self.name = ElidedLabel("", self)
        self.name.setObjectName("figure")
        self.detail = ElidedLabel("", self)
        self.offline = QLabel(self)
        self.offline.setObjectName("offlineNote")
        for w in (self.name, self.detail, self.offline):
            layout.addWidget(w)
        self.show_member(None)

    def show_member(self, member: Member | None) -> None:
        if member is None:
            self.name.setText(self.tr("No member"))
            self.detail.setText(self.tr("F2: find the member by phone"))
            self.offline.hide()
            return
        self.name.setText(f"{mask_name(member.display_name)}  {mask_phone(member.phone)}")
        self.detail.setText(self.tr("Available: %1 pts · pending: %2 pts")
                            .replace("%1", points(member.available)).replace("%2", points(member.pending_total)))
        self.offline.setVisible(member.cached)
        self.offline.setText(self.tr("Offline: balance as of %1").replace("%1", as_of_text(member)))
