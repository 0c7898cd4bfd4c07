"""Payment: the total, the most that points can pay and why not more, the points to spend, the
SMS code when the hub asks for one (for every point spent: redeemed and gifts' together), then tenders
(cash with change, card, credit, or cash + card).
Finishing commits the sale, then prints; a printer failure leaves the sale done."""

from __future__ import annotations

from decimal import Decimal

from pos_app.loyalty import Quote
from pos_app.till import FinishedSale, Tender

from ..amounts import parse_amount
from ..dialogs.supervisor_pin import ask_supervisor
from ..qt import (QBoxLayout, QButtonGroup, QFormLayout, QGridLayout, QLabel, QLineEdit, QPushButton,
                  QRegularExpression, QRegularExpressionValidator, QStackedWidget, QVBoxLayout, QWidget)

from ..widgets.keys import key_button
from ..widgets.money import money, points
from ..widgets.points_field import PointsField
from ..widgets.responsive import NARROW, WIDE, XWIDE, KeyRow, set_stacked
from ..widgets.sale_done import SaleDoneView
from .base import Page, card
from .payment_reasons import why_not_more

TENDERS = ("cash", "card", "credit", "mixed")


class PaymentPage(Page):
    name = "payment"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.title.setText(self.tr("Payment"))
        self.tender = "cash"
        self.quote: Quote | None = None
        self.redeem_token: str | None = None
        self.challenge_id: str | None = None
        self.code_points = 0  # the points the code was asked for
        self.supervisor: str | None = None
        self.busy = False
        self.done: FinishedSale | None = None

        self.body = body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        left_box, left = card(self)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("bigTotal")
        left.addWidget(QLabel(self.tr("Total"), self))
        left.addWidget(self.total_label)
        self.member_label = QLabel(self)
        self.member_label.setWordWrap(True)
        left.addWidget(self.member_label)
        self.forms = [form := QFormLayout()]
        self.max_label = QLabel(self)
        self.max_label.setObjectName("figure")
        form.addRow(self.tr("Payable with points, at most"), self.max_label)
        self.why_label = QLabel(self)
        self.why_label.setObjectName("mark")
        self.why_label.setWordWrap(True)
        form.addRow(self.tr("Why not more"), self.why_label)
        self.points_spin = PointsField(self)  # typed as typed: above the limit it says so, never cuts
        self.points_spin.setRange(0, 0)
        self.points_spin.setMaximumWidth(220)
        self.points_spin.valueChanged.connect(self.recalculate)
        form.addRow(self.tr("Points to spend"), self.points_spin)
        self.code_edit = QLineEdit(self)
        self.code_edit.setMaxLength(6)
        self.code_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self))
        self.code_edit.setPlaceholderText(self.tr("6-digit code from the SMS"))
        self.code_edit.returnPressed.connect(self.verify_code)
        self.code_row_label = QLabel(self.tr("SMS code"), self)
        form.addRow(self.code_row_label, self.code_edit)
        left.addLayout(form)
        left.addStretch(1)
        body.addWidget(left_box, 3)

        right_box, right = card(self)
        right.addWidget(QLabel(self.tr("Tender"), self))
        tenders = QGridLayout()
        self.tender_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        for i, (kind, key, text) in enumerate((("cash", "F4", self.tr("Cash")), ("card", "F5", self.tr("Card")),
                                               ("credit", "F6", self.tr("Credit")),
                                               ("mixed", "F7", self.tr("Cash + card")))):
            b = key_button(self, key, text, lambda _=False, k=kind: self.set_tender(k))
            b.setCheckable(True)
            group.addButton(b)
            self.tender_buttons[kind] = b
            tenders.addWidget(b, i // 2, i % 2)
        right.addLayout(tenders)
        tform = QFormLayout()
        self.forms.append(tform)
        self.to_pay_label = QLabel(self)
        self.to_pay_label.setObjectName("bigTotal")
        tform.addRow(self.tr("To pay"), self.to_pay_label)
        self.cash_edit = QLineEdit(self)
        self.cash_edit.setPlaceholderText(self.tr("amount received"))
        self.cash_edit.textChanged.connect(self.recalculate)
        self.cash_edit.returnPressed.connect(self.finish)
        self.cash_label = QLabel(self.tr("Cash received"), self)
        tform.addRow(self.cash_label, self.cash_edit)
        self.change_label = QLabel(self)
        self.change_label.setObjectName("figure")
        self.change_caption = QLabel(self.tr("Change"), self)
        tform.addRow(self.change_caption, self.change_label)
        self.card_part_label = QLabel(self)  # cash + card: what goes on the card once the cash is typed
        self.card_part_label.setObjectName("figure")
        self.card_part_caption = QLabel(self.tr("Card part"), self)
        tform.addRow(self.card_part_caption, self.card_part_label)
        self.accrual_label = QLabel(self)
        tform.addRow(self.tr("Points to earn"), self.accrual_label)
        right.addLayout(tform)
        self.credit_note = QLabel(self.tr("On credit no line can be paid with points."), self)
        self.credit_note.setObjectName("mark")
        self.credit_note.setWordWrap(True)
        right.addWidget(self.credit_note)
        right.addStretch(1)
        body.addWidget(right_box, 2)

        self.pages = QStackedWidget(self)
        form_page = QWidget(self)
        fl = QVBoxLayout(form_page)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addLayout(body)
        self.pages.addWidget(form_page)
        self.done_view = SaleDoneView(ctx, self)
        self.done_view.next_item.connect(self._next_item)
        self.pages.addWidget(self.done_view)
        self.layout_.addWidget(self.pages, 1)
        self.layout_.addWidget(self.message)

        self.back_button = key_button(self, "Esc", self.tr("Back to sale"), self.back)
        self.max_button = key_button(self, "F2", self.tr("Spend the most"), self.spend_max)
        self.points_button = key_button(self, "F3", self.tr("Type points"), self.points_spin.setFocus)
        self.reprint_button = key_button(self, "F9", self.tr("Print again"),
                                         lambda: self.done_view.print_receipt(copy=True))
        self.preview_button = key_button(self, "F8", self.tr("Show receipt"), self.done_view.preview)
        self.finish_button = key_button(self, "F12", self.tr("Finish sale"), self.finish, kind="primary")
        self.new_button = key_button(self, "F11", self.tr("New sale"), self.new_sale, kind="primary")
        self.keys = KeyRow([self.back_button, self.max_button, self.points_button, self.preview_button,
                            self.reprint_button, self.new_button, self.finish_button])
        self.layout_.addLayout(self.keys)
        self.cash_edit.textEdited.connect(lambda _t: self.clear_message())
        self.code_edit.textEdited.connect(lambda _t: self.clear_message())

    def relayout(self) -> None:
        """Side by side from 1024 up (labels over their fields at 1024); at 800 the tender card goes under
        the points card and the page scrolls."""
        cls = self.width_class
        set_stacked(self.body, cls == NARROW)
        policy = (QFormLayout.RowWrapPolicy.DontWrapRows if cls in (WIDE, XWIDE)
                  else QFormLayout.RowWrapPolicy.WrapLongRows)
        for form in self.forms:
            form.setRowWrapPolicy(policy)
        self.keys.set_rows(2 if cls == NARROW else 1)

    def home_widget(self):
        if self.done is not None:
            return self.done_view.next_scan
        if self.code_edit.isVisible():
            return self.code_edit
        return self.cash_edit if self.cash_edit.isVisible() else self.points_spin

    # -- state --------------------------------------------------------------------------------
    def activate(self) -> None:
        self.done = None
        self.redeem_token = self.challenge_id = self.supervisor = None
        self.busy = False
        self.pages.setCurrentIndex(0)
        self.clear_message()
        self.cash_edit.clear()
        self.code_edit.clear()
        self.points_spin.setValue(0)
        self.set_tender("cash")
        self._show_mode()

    def _show_mode(self) -> None:
        done = self.done is not None
        for b in (self.back_button, self.max_button, self.points_button, self.finish_button):
            b.setVisible(not done)
        self.new_button.setVisible(done)
        self.reprint_button.setVisible(done)
        self.preview_button.setVisible(done)
        member = self.ctx.basket.member
        self.max_button.setEnabled(member is not None)
        self.points_button.setEnabled(member is not None)
        waiting_code = self.challenge_id is not None and self.redeem_token is None
        self.code_edit.setVisible(waiting_code)
        self.code_row_label.setVisible(waiting_code)

    def set_tender(self, kind: str) -> None:
        self.tender = kind
        self.tender_buttons[kind].setChecked(True)
        self.redeem_token = self.challenge_id = None
        self.recalculate()
        if kind in ("cash", "mixed"):
            self.cash_edit.setFocus()

    def spend_max(self) -> None:
        if self.quote is not None:
            self.points_spin.setValue(self.quote.max_redeem_points)

    def recalculate(self) -> None:
        basket, credit = self.ctx.basket, self.tender == "credit"
        base, refusal = self.ctx.quote(0, credit)
        if base is None:
            self.quote = None
            self.show_error(refusal)
            self.finish_button.setEnabled(False)
            return
        limit = self._offline_limit(base.max_redeem_points)
        self.points_spin.blockSignals(True)
        self.points_spin.setRange(0, limit)
        self.points_spin.blockSignals(False)
        q, _refusal = self.ctx.quote(min(self.points_spin.value(), limit), credit)
        self.quote = q = q or base
        member = basket.member
        self.total_label.setText(money(q.total, self.ctx.rules.currency))
        self.member_label.setText(self.tr("No member: points cannot be spent or earned.") if member is None
                                  else self.tr("Member has %1 pts").replace("%1", points(member.available)))
        self.max_label.setText(points(limit))
        self.why_label.setText(why_not_more(self.ctx, q, limit))
        self.to_pay_label.setText(money(q.to_pay, self.ctx.rules.currency))
        self.accrual_label.setText(points(q.accrual_points) if member else "—")
        if self.points_spin.over():
            self.show_problem(self.tr("At most %1 points can be spent on this sale.").replace("%1", points(limit)))
        self.credit_note.setVisible(self.tender == "credit")
        cash_visible = self.tender in ("cash", "mixed")
        self.cash_edit.setVisible(cash_visible)
        self.cash_label.setVisible(cash_visible)
        self.cash_label.setText(self.tr("Cash part") if self.tender == "mixed" else self.tr("Cash received"))
        change = self._change(q)
        self.change_caption.setVisible(self.tender == "cash")
        self.change_label.setVisible(self.tender == "cash")
        self.change_label.setText(money(change, self.ctx.rules.currency) if change is not None else "—")
        mixed = self.tender == "mixed"
        self.card_part_caption.setVisible(mixed)
        self.card_part_label.setVisible(mixed)
        cash = self._cash()
        self.card_part_label.setText(self._money(q.to_pay - cash) if mixed and cash is not None and 0 < cash < q.to_pay
                                     else "—")
        self.finish_button.setEnabled(not self.busy)
        self._show_mode()
        if self.done is None:  # the customer sees the points being spent and what is left to pay
            self.ctx.till.display.show_basket(basket.lines, q, member is not None)

    def _offline_limit(self, max_points: int) -> int:
        member = self.ctx.basket.member
        if member is None:
            return 0
        if member.spendable is not None:
            return max(0, min(max_points, member.spendable))
        return max_points

    def _cash(self) -> Decimal | None:
        return parse_amount(self.cash_edit.text())

    def _change(self, q: Quote) -> Decimal | None:
        cash = self._cash()
        if self.tender != "cash" or cash is None or cash < q.to_pay:
            return None
        return cash - q.to_pay

    def _money(self, amount) -> str:
        return money(amount, self.ctx.rules.currency)

    def tenders(self, q: Quote) -> tuple[Tender, ...] | str:
        """The tenders for the sale, or a refusal text."""
        to_pay = q.to_pay
        if to_pay == 0:
            return ()
        if self.tender == "cash":
            cash = self._cash()
            if cash is None or cash < to_pay:
                return self.tr("Type the cash received: at least %1.").replace("%1", self._money(to_pay))
            return (Tender("cash", cash),)  # as received: the till records the change
        if self.tender in ("card", "credit"):
            return (Tender(self.tender, to_pay),)
        cash = self._cash()
        if cash is None or cash <= 0 or cash >= to_pay:
            return self.tr("Type the cash part: more than 0 and less than %1.").replace("%1", self._money(to_pay))
        return (Tender("cash", cash), Tender("card", to_pay - cash))

    # -- finishing ----------------------------------------------------------------------------
    def finish(self) -> None:
        if self.done is not None or self.busy or self.quote is None:
            return
        q = self.quote
        if self.points_spin.over():
            self.show_problem(self.tr("At most %1 points can be spent on this sale.")
                              .replace("%1", points(self.points_spin.maximum())))
            self.points_spin.setFocus()
            return
        tenders = self.tenders(q)
        if isinstance(tenders, str):
            self.show_problem(tenders)
            return
        member = self.ctx.basket.member
        if (self.challenge_id or self.redeem_token is not None) and q.points_spent != self.code_points:
            self.redeem_token = self.challenge_id = None  # other points than the code was asked for: a new code
        if q.points_spent > 0 and member is not None:  # redeemed points and gifts: one code for all
            if member.cached and self.supervisor is None:
                self._pin = ask_supervisor(self.ctx, "offline_redeem",
                                           self.tr("Paying with points while offline needs a supervisor."),
                                           self._supervisor_ok, self)
                return
            if not member.cached and self.redeem_token is None:
                if self.challenge_id is None:
                    self.request_code(member.phone, q.points_spent)
                else:
                    self.verify_code()
                return
        self.commit(q, tenders)

    def _supervisor_ok(self, supervisor) -> None:
        self.supervisor = supervisor.number
        self.finish()

    def request_code(self, phone: str, pts: int) -> None:
        self.busy = True
        self.code_points = pts
        self.show_info(self.tr("Asking the hub for an SMS code…"))
        self.ctx.ops.hub.submit(lambda: self.ctx.till.request_redemption_code(phone, pts), self._code_sent,
                                self._failed, name="redeem_code", owner=self)

    def _code_sent(self, answer: dict) -> None:
        self.busy = False
        if not answer.get("required"):
            self.redeem_token = answer.get("token") or ""
            self.finish()
            return
        self.challenge_id = answer["challenge_id"]
        self._show_mode()
        self.show_info(self.tr("The customer got an SMS code: type it and press Enter."))
        self.code_edit.setFocus()

    def verify_code(self) -> None:
        code = self.code_edit.text().strip()
        if len(code) != 6 or self.challenge_id is None:
            self.show_problem(self.tr("Type the 6-digit code from the SMS."))
            return
        self.busy = True
        challenge = self.challenge_id
        self.ctx.ops.hub.submit(lambda: self.ctx.till.verify_redemption(challenge, code), self._verified,
                                self._failed, name="verify_code", owner=self)

    def _verified(self, token: str) -> None:
        self.busy = False
        self.redeem_token = token
        self.clear_message()
        self.finish()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.code_edit.clear()
        self.show_error(exc)
        self.recalculate()

    def commit(self, q: Quote, tenders) -> None:
        basket = self.ctx.basket
        member = basket.member
        lines, till = tuple(basket.lines), self.ctx.till
        if self.tender == "credit" and not tenders:
            tenders = (Tender("credit", Decimal(0)),)  # all paid with points: the credit still says so
        redeem, token, supervisor = q.redeem_points, self.redeem_token or None, self.supervisor
        cash = self._cash() if self.tender == "cash" else None
        self.busy = True
        self.finish_button.setEnabled(False)
        self.show_info(self.tr("Saving the sale…"))

        def finish() -> FinishedSale:
            done = till.finish_sale(lines, tenders, member=member, redeem_points=redeem, redeem_token=token,
                                    supervisor=supervisor)
            till.customer_done(lines, done, member)  # the customer sees the balance after (never raises)
            return done

        self.ctx.ops.store.submit(finish, lambda done: self._committed(done, q, cash), self._failed,
                                  name="finish_sale", owner=self)

    def _committed(self, done: FinishedSale, q: Quote, cash: Decimal | None) -> None:
        self.busy = False
        self.done = done
        self.ctx.basket.clear()
        self.pages.setCurrentIndex(1)
        self.clear_message()
        self._show_mode()
        self.done_view.show_done(done, q, cash)
        self.done_view.next_scan.setFocus()  # the next item scanned starts the next sale

    def new_sale(self) -> None:
        self.navigate.emit("sale")

    def _next_item(self, code: str) -> None:
        self.ctx.pending_scan = code
        self.navigate.emit("sale")

    def back(self) -> None:
        if self.done is None and not self.busy:
            self.navigate.emit("sale")
