"""Service zone: look a member up by phone and see available, pending (with dates), expiring, and
the history of movements with running totals; print a balance slip; adjust points by hand (with a
supervisor's PIN, online only). Service-zone staff open it on their own."""

from __future__ import annotations

from pos_app.loyalty.cards import is_card_number, mask_card
from pos_app.till import Member, Movement

from ..dialogs.adjust_points import adjust_points
from ..dialogs.replace_card import replace_card
from ..qt import QAbstractItemView, QBoxLayout, QFormLayout, QHeaderView, QTableWidget, QTableWidgetItem, Qt
from ..texts import movement_text, print_error_text
from ..widgets.keys import key_button
from ..widgets.money import points
from ..widgets.responsive import NARROW, WIDE, XWIDE, KeyRow, set_stacked
from .member_lookup import MemberLookupPage


class ServicePage(MemberLookupPage):
    name = "service"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.title.setText(self.tr("Balance check"))
        self.body = body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.info_layout.addStretch(1)
        body.addWidget(self.info_box, 2)
        self.history = QTableWidget(0, 5, self)
        self.history.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Movement"), self.tr("Points"),
                                                self.tr("Balance"), self.tr("Receipt")])
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setAlternatingRowColors(True)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.history.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.history.setWordWrap(False)
        body.addWidget(self.history, 3)
        self.layout_.addLayout(body, 1)
        self.back_button = key_button(self, "Esc", self.tr("Back to sale"), lambda: self.navigate.emit("sale"))
        self.print_button = key_button(self, "F9", self.tr("Print balance slip"), self.print_slip)
        self.register_button = key_button(self, "F7", self.tr("Register"), self.register)
        self.adjust_button = key_button(self, "F8", self.tr("Adjust points"), self.adjust)
        self.card_button = key_button(self, "F6", self.tr("Replace card"), self.replace_card)
        self.logout_button = key_button(self, "F10", self.tr("Log out"), lambda: self.navigate.emit("logout"))
        self.info_layout.addWidget(self.card_button)  # with the card it replaces (the key row is full at 800 px)
        self.layout_.addLayout(KeyRow([self.back_button, self.register_button, self.adjust_button,
                                       self.print_button, self.logout_button]))
        self.phone.textEdited.connect(lambda _t: self.clear_message())
        self.member: Member | None = None
        self._phone_to_register: str | None = None
        self.movements: list[Movement] = []
        self._note = ""  # said once the member is shown again (after an adjustment)

    def relayout(self) -> None:
        cls = self.width_class
        set_stacked(self.body, cls == NARROW)
        self.info.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows if cls in (WIDE, XWIDE)
                                   else QFormLayout.RowWrapPolicy.WrapLongRows)

    def home_widget(self):
        return self.phone

    def activate(self) -> None:
        cashier = self.ctx.cashier
        self.back_button.setVisible(cashier is None or cashier.role != "service")
        self.phone.clear()
        self.clear_message()
        self.phone.setFocus()
        self.print_button.setEnabled(self.member is not None)
        self.adjust_button.setEnabled(self.member is not None and not self.member.cached)
        self.card_button.setEnabled(self.member is not None and not self.member.cached)

    def look_up(self, phone: str) -> None:
        self.show_info(self.tr("Looking up…"))
        till = self.ctx.till

        def fetch():
            member = till.lookup_member(phone)
            return member, (till.member_history(member.member_id) if not member.cached else [])

        def failed(exc: BaseException) -> None:
            if getattr(exc, "code", None) == "member_not_found":
                self._found(phone, None, [])
            else:
                self.show_error(exc)

        self.ctx.ops.hub.submit(fetch, lambda r: self._found(phone, *r), failed, name="balance", owner=self)

    def _found(self, phone: str, member: Member | None, movements: list[Movement]) -> None:
        self.member, self.movements = member, movements
        self.phone.selectAll()  # the next number typed or scanned replaces this one
        self.info.show_member(member, full_name=True)
        self.print_button.setEnabled(member is not None)
        self.adjust_button.setEnabled(member is not None and not member.cached)
        self.card_button.setEnabled(member is not None and not member.cached)
        self.history.setRowCount(len(movements))
        for r, m in enumerate(movements):
            kind = movement_text(m.kind)
            if m.under_review:  # a sale the hub flagged: back office has not resolved it yet
                marked = self.tr("under review")
                kind = f"{kind} · {marked}"
            cells = [m.at.astimezone().strftime("%d.%m.%Y %H:%M"), kind,
                     f"{m.points:+d}", points(m.balance_after), m.receipt_no or (m.note or "")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if m.under_review:
                    item.setToolTip(self.tr("The hub flagged this sale; its points are under review."))
                self.history.setItem(r, c, item)
        self.history.scrollToBottom()
        if member is None:
            self._phone_to_register = None if is_card_number(phone) else phone  # a card is not a phone
            self.show_error("member_not_found")
        elif member.cached:
            self.show_problem(self.tr("Offline: the history needs the hub; the balance is the cached one."))
        elif self._note:
            self.show_info(self._note)
        else:
            self.clear_message()
        self._note = ""

    def print_slip(self) -> None:
        if self.member is None:
            return
        member, movements = self.member, list(self.movements)
        self.show_info(self.tr("Printing the balance slip…"))
        self.ctx.printing.submit(lambda: self.ctx.till.print_balance(member, movements), self._print_changed,
                                 lambda exc: self.show_problem(self.tr("The slip did not print: %1")
                                                               .replace("%1", str(exc))), owner=self)

    def _print_changed(self, job) -> None:
        if job.state == "done":
            self.show_info(self.tr("Balance slip printed."))
        elif job.state == "failed":
            self.show_problem(self.tr("The slip did not print: %1").replace("%1", print_error_text(job)) + " "
                              + self.tr("Click the printer in the status bar to print it again."))

    def adjust(self) -> None:
        """Points by hand (a supervisor's PIN); then the balance and history are read again from the hub."""
        member = self.member
        if member is None or member.cached:
            return
        self._adjust = adjust_points(self.ctx, member, lambda pts, available: self._adjusted(member, pts, available),
                                     self)

    def _adjusted(self, member: Member, pts: int, available: int | None) -> None:
        self._note = (self.tr("Adjusted by %1 pts; available now %2.").replace("%1", f"+{points(pts)}" if pts > 0 else points(pts))
                      .replace("%2", points(available if available is not None else member.available)))
        self.look_up(member.phone)

    def replace_card(self) -> None:
        """F6: a lost card replaced (a supervisor's PIN, online only); the old number stops working."""
        member = self.member
        if member is None or member.cached:
            return
        self._replace = replace_card(self.ctx, member, self._card_replaced, self)

    def _card_replaced(self, renewed: Member) -> None:
        self._note = self.tr("New card %1; the old one no longer works.").replace(
            "%1", mask_card(renewed.card_number or ""))
        self.look_up(renewed.phone)

    def register(self) -> None:
        """F7: the number just found not to be a member goes to the registration form, nothing else."""
        self.ctx.pending_phone = self._phone_to_register if self.member is None else None
        self.navigate.emit("registration")
