"""The sale: scan or type a barcode/SKU, change quantities, remove lines, see the total, the
points the basket may take and why a line may not."""

from __future__ import annotations

from pos_app.loyalty.cards import is_card_number
from pos_app.till import CodedError, Product

from ..dialogs.confirm import confirm
from ..dialogs.supervisor_pin import ask_supervisor
from ..qt import QBoxLayout, QEvent, QGridLayout, QInputDialog, QLabel, QLineEdit, QObject, Qt
from ..texts import print_error_text
from ..widgets.basket_table import BasketTable
from ..widgets.keys import key_button
from ..widgets.member_badge import MemberBadge
from ..widgets.money import money, points
from ..widgets.responsive import KEY_ROWS, NARROW, WIDE, XWIDE, ElidedLabel, KeyRow, fit_button, set_stacked
from .base import Page, card
from ..amounts import parse_amount


class SalePage(Page):
    name = "sale"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.title.setText(self.tr("Sale"))
        self.top = top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.scan = QLineEdit(self)
        self.scan.setObjectName("scan")
        self.scan.setPlaceholderText(self.tr("Scan or type a barcode or SKU, then Enter"))
        self.scan.returnPressed.connect(self.scan_entered)
        self.scan.installEventFilter(self)
        self.scan.textEdited.connect(lambda _t: self.clear_message())
        top.addWidget(self.scan, 3)
        self.member_badge = MemberBadge(self)
        top.addWidget(self.member_badge, 2)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.message)

        middle = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.table = BasketTable(ctx.basket, self, lambda: ctx.rules.currency)
        middle.addWidget(self.table, 1)
        totals, tl = card(self)
        self.totals = totals
        totals.setMinimumWidth(280)
        grid = QGridLayout()
        self.total_label = QLabel(self)
        self.total_label.setObjectName("bigTotal")
        self.items_label = QLabel(self)
        self.max_points_label = QLabel(self)
        self.max_points_label.setObjectName("figure")
        self.gift_label = ElidedLabel("", self)
        self.accrual_label = QLabel(self)
        self.accrual_label.setObjectName("figure")
        grid.addWidget(QLabel(self.tr("Total"), self), 0, 0)
        grid.addWidget(self.total_label, 1, 0, 1, 2)
        grid.addWidget(self.items_label, 2, 0, 1, 2)
        payable = QLabel(self.tr("Payable with points"), self)
        payable.setWordWrap(True)  # two lines on a narrow totals card, never cut
        grid.addWidget(payable, 3, 0)
        grid.addWidget(self.max_points_label, 3, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(QLabel(self.tr("Points to earn"), self), 4, 0)
        grid.addWidget(self.accrual_label, 4, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.gift_label, 5, 0, 1, 2)
        tl.addLayout(grid)
        tl.addStretch(1)
        self.pay_button = key_button(self, "F12", self.tr("Payment"), self.to_payment, kind="primary")
        self.pay_button.setMinimumHeight(54)
        tl.addWidget(self.pay_button)
        middle.addWidget(totals)
        self.layout_.addLayout(middle, 1)

        buttons = [
            key_button(self, "F2", self.tr("Member"), lambda: self.navigate.emit("member")),
            key_button(self, "F3", self.tr("Quantity"), self.ask_quantity),
            key_button(self, "F4", self.tr("Remove line"), self.remove_line),
            key_button(self, "F5", self.tr("Return"), lambda: self.navigate.emit("return")),
            key_button(self, "F6", self.tr("Balance"), lambda: self.navigate.emit("service")),
            key_button(self, "F7", self.tr("Register"), lambda: self.navigate.emit("registration")),
            key_button(self, "F8", self.tr("Clear sale"), self.ask_clear, kind="danger"),
            key_button(self, "F9", self.tr("Settings"), self.open_settings),
            key_button(self, "F10", self.tr("Log out"), lambda: self.navigate.emit("logout")),
        ]
        self.close_shift_button = key_button(self, "Ctrl+F10", self.tr("Close shift"), self.close_shift)
        buttons.append(self.close_shift_button)
        self.register_button = key_button(self, "Ctrl+F9", self.tr("Cash register"), self.open_register_menu)
        buttons.append(self.register_button)
        self.reprint_button = key_button(self, "F1", self.tr("Reprint last receipt"), self.reprint_last_receipt)
        self.price_button = key_button(self, "F11", self.tr("Change price (supervisor)"), self.ask_price_override)
        for b in (self.reprint_button, self.price_button):  # above Payment: the key row has no room
            fit_button(b)
            tl.insertWidget(tl.count() - 1, b)

        self.remove_button, self.clear_button = buttons[2], buttons[6]
        self.keys = KeyRow(buttons)
        self.layout_.addLayout(self.keys)
        self.refresh()

    def relayout(self) -> None:
        """1920: one row of keys; 1366 and 1024: two; 800: three, the member card under the scan field."""
        cls = self.width_class
        self.keys.set_rows(KEY_ROWS[cls])
        set_stacked(self.top, cls == NARROW)
        self.top.setStretch(0, 3 if cls in (WIDE, XWIDE) else 1)  # the member card gets room for its figures
        self.top.setStretch(1, 2 if cls in (WIDE, XWIDE) else 1)
        width = {XWIDE: 380, WIDE: 320, NARROW: 230}.get(cls, 270)
        self.totals.setMinimumWidth(width)
        self.totals.setMaximumWidth(width + (60 if cls in (WIDE, XWIDE) else 20))
        self.table.fit_columns(cls)

    def home_widget(self):
        return self.scan

    # -- life cycle ---------------------------------------------------------------------------
    def activate(self) -> None:
        self.member_badge.show_member(self.ctx.basket.member)
        self.clear_message()
        self.refresh()
        self.scan.setFocus()
        code, self.ctx.pending_scan = self.ctx.pending_scan, None
        if code:
            self.scan.setText(code)
            self.scan_entered()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.scan and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                row = self.table.current_row() + (-1 if key == Qt.Key.Key_Up else 1)
                self.table.select_row(max(0, min(row, self.table.basket_model.rowCount() - 1)))
                return True
        return super().eventFilter(obj, event)

    # -- scanning -----------------------------------------------------------------------------
    def scan_entered(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        if not code:
            return
        if is_card_number(code):  # a member card: the member for this sale, as found by phone
            self.show_info(self.tr("Looking up…"))
            self.ctx.ops.hub.submit(lambda: self.ctx.till.lookup_member(code), self._member_found, self.show_error,
                                    name="find_member", owner=self)
            return
        self.ctx.ops.store.submit(lambda: self.ctx.till.find_product(code), self._item_found, self.show_error,
                                  name="find_item", owner=self)

    def _member_found(self, member) -> None:
        self.ctx.basket.member = member
        self.member_badge.show_member(member)
        self.clear_message()
        self.refresh()

    def _item_found(self, item: Product) -> None:
        basket = self.ctx.basket
        if item.is_gift:
            if basket.member is None:
                self.show_problem(self.tr("A gift for points needs a member: find the member first (F2)."))
                return
            row = basket.add(item)
            _q, refusal = self.ctx.quote()
            if refusal is not None and refusal.code in ("insufficient_points", "order_points_cap"):
                basket.set_qty(row, basket.lines[row].qty - 1) if basket.lines[row].qty > 1 else basket.remove(row)
                self.show_problem(self.tr("Not enough points for this gift.") if refusal.code == "insufficient_points"
                                  else self.tr("This gift would pass the points cap per order."))
                self.refresh()
                return
        else:
            row = basket.add(item)
        self.clear_message()
        self.refresh(select=row)

    # -- lines --------------------------------------------------------------------------------
    def ask_quantity(self) -> None:
        row = self.table.current_row()
        if row < 0:
            return
        line = self.ctx.basket.lines[row]
        dialog = QInputDialog(self)
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, 999)
        dialog.setIntValue(line.qty)
        dialog.setWindowTitle(self.tr("Quantity"))
        dialog.setLabelText(line.name)
        dialog.intValueSelected.connect(lambda qty: self.set_quantity(row, qty))
        dialog.open()
        self._qty_dialog = dialog

    def set_quantity(self, row: int, qty: int) -> None:
        basket = self.ctx.basket
        old = basket.lines[row].qty
        try:
            basket.set_qty(row, qty)
        except CodedError:
            self.show_problem(self.tr("The quantity must be between 1 and 999."))
        else:
            _q, refusal = self.ctx.quote()
            if refusal is not None and refusal.code in ("insufficient_points", "order_points_cap"):
                basket.set_qty(row, old)
                self.show_problem(self.tr("Not enough points for this gift."))
        self.refresh(select=row)

    def ask_price_override(self) -> None:
        """A new price for the selected line, with a supervisor's PIN (recorded as price_override)."""
        row = self.table.current_row()
        if row < 0 or row >= len(self.ctx.basket.lines) or self.ctx.basket.lines[row].is_gift:
            return
        item = self.ctx.basket.lines[row].product
        self._pin = ask_supervisor(self.ctx, "price_override",
                                   self.tr("A new price for %1 needs a supervisor.").replace("%1", item.name),
                                   lambda _sup: self._ask_price(row), self)

    def _ask_price(self, row: int) -> None:
        item = self.ctx.basket.lines[row].product
        dialog = QInputDialog(self)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setWindowTitle(self.tr("Price"))
        dialog.setLabelText(item.name)
        dialog.setTextValue(str(item.price))
        dialog.textValueSelected.connect(lambda text: self.set_price(row, text))
        dialog.open()
        self._price_dialog = dialog

    def set_price(self, row: int, text: str) -> None:
        price = parse_amount(text)
        if price is None:
            self.show_problem(self.tr("A price is a positive amount such as 1999.00."))
            return
        self.ctx.basket.set_price(row, price)
        self.clear_message()
        self.refresh(select=row)

    def remove_line(self) -> None:
        row = self.table.current_row()
        if row < 0 or row >= len(self.ctx.basket.lines):
            return
        self.ctx.basket.remove(row)
        self.refresh(select=min(row, len(self.ctx.basket.lines) - 1))

    def ask_clear(self) -> None:
        if not self.ctx.basket.lines and self.ctx.basket.member is None:
            return
        self._confirm = confirm(self, self.tr("Clear sale"), self.tr("Remove every line and the member from this sale?"),
                                self.clear_sale)

    def clear_sale(self) -> None:
        self.ctx.basket.clear()
        self.member_badge.show_member(None)
        self.clear_message()
        self.refresh()
        self.scan.setFocus()

    def open_settings(self) -> None:
        if self.ctx.cashier and self.ctx.cashier.is_supervisor:
            self.navigate.emit("settings")
            return
        self._pin = ask_supervisor(self.ctx, "settings", self.tr("Settings are for supervisors."),
                                   lambda _sup: self.navigate.emit("settings"), self)

    # -- the last receipt again ---------------------------------------------------------------------
    def reprint_last_receipt(self) -> None:
        """A copy marked ДУБЛИКАТ of the last receipt, through the print queue (built on the store queue)."""
        self.show_info(self.tr("Printing a copy of the last receipt…"))
        self.ctx.printing.submit(self.ctx.till.reprint_last_receipt, self._reprint_changed, self._reprint_failed,
                                 owner=self)

    def _reprint_changed(self, job) -> None:
        if job.state == "done":
            self.show_info(self.tr("A copy of the last receipt is printed."))
        elif job.state == "failed":
            self.show_problem(self.tr("The copy did not print: %1").replace("%1", print_error_text(job)) + " "
                              + self.tr("Click the printer in the status bar to print it again."))

    def _reprint_failed(self, exc: BaseException) -> None:
        if getattr(exc, "code", None) == "nothing_to_print":
            self.show_problem(self.tr("No receipt has been printed since the till started."))
        else:
            self.show_error(exc)

    def open_register_menu(self) -> None:
        """The X report and cash in/out, for a supervisor (``dialogs/fiscal.py``)."""
        from ..dialogs.fiscal import register_menu

        register_menu(self.ctx, self)

    def close_shift(self) -> None:
        from ..dialogs.close_shift import close_shift

        self._close_shift = close_shift(self.ctx, self, self._shift_closed)

    def _shift_closed(self, result) -> None:
        self.last_shift = result  # the figures, for the login screen's note and the tests
        self.clear_message()
        self.navigate.emit("login")

    def to_payment(self) -> None:
        if not self.ctx.basket.lines:
            self.show_problem(self.tr("The basket is empty: scan an item first."))
            return
        self.navigate.emit("payment")

    # -- totals -------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        basket = self.ctx.basket
        q, _refusal = self.ctx.quote()
        reasons = [lq.reason for lq in q.lines] if q else []
        self.table.refresh(reasons, select)
        self.total_label.setText(money(basket.total, self.ctx.rules.currency))
        count = sum(line.qty for line in basket.lines)
        self.items_label.setText(self.tr("Items: %1").replace("%1", str(count)))
        if basket.member is None:
            self.max_points_label.setText("—")
        else:
            self.max_points_label.setText(points(q.max_redeem_points) if q else "—")
        self.accrual_label.setText(points(q.accrual_points) if q and basket.member else "—")
        self.ctx.till.display.show_basket(basket.lines, q, basket.member is not None)  # the customer's view
        gifts = basket.gift_points
        self.gift_label.setText(self.tr("Gifts for points: %1 pts").replace("%1", points(gifts)) if gifts else "")
        self.pay_button.setEnabled(bool(basket.lines))
