"""Return: find the sale by receipt number (scan the receipt's code), pick lines and quantities, see
the points to be annulled and refunded; gifts bought with points cannot be returned; a supervisor
confirms; a return receipt prints."""

from __future__ import annotations

from decimal import Decimal

from pos_app.till import FinishedReturn, ReturnPreview, SaleRecord

from ..dialogs.supervisor_pin import ask_supervisor
from ..qt import (QAbstractItemView, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QSpinBox,
                  QTableWidget, QTableWidgetItem)
from ..texts import print_error_text, refusal_text
from ..widgets.keys import key_button
from ..widgets.money import money, points
from ..widgets.responsive import KeyRow
from .base import Page, card


class ReturnPage(Page):
    name = "return"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.title.setText(self.tr("Return"))
        row = QHBoxLayout()
        self.receipt_edit = QLineEdit(self)
        self.receipt_edit.setObjectName("scan")
        self.receipt_edit.setPlaceholderText(self.tr("Scan the receipt's code or type its number"))
        self.receipt_edit.returnPressed.connect(lambda: self.find())
        self.receipt_edit.textEdited.connect(lambda _t: self.clear_message())
        row.addWidget(QLabel(self.tr("Receipt"), self))
        row.addWidget(self.receipt_edit, 1)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.message)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Price"), self.tr("Sold"),
                                              self.tr("Returned"), self.tr("Return now"), self.tr("Note")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name and the note elide
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(36)
        self.layout_.addWidget(self.table, 1)
        box, layout = card(self, vertical=False)
        form = QFormLayout()
        self.annul_label, self.refund_label = QLabel(self), QLabel(self)
        self.annul_label.setObjectName("figure")
        self.refund_label.setObjectName("figure")
        form.addRow(self.tr("Points earned to annul"), self.annul_label)
        form.addRow(self.tr("Points paid to give back"), self.refund_label)
        self.money_label = QLabel(self)
        self.money_label.setObjectName("figure")
        self.money_caption = QLabel(self.tr("Money to give back"), self)
        form.addRow(self.money_caption, self.money_label)
        layout.addLayout(form)
        layout.addStretch(1)
        self.layout_.addWidget(box)
        back = key_button(self, "Esc", self.tr("Back"), lambda: self.navigate.emit("home"))
        self.all_button = key_button(self, "F3", self.tr("Return all"), self.return_all)
        self.confirm_button = key_button(self, "F12", self.tr("Return (supervisor)"), self.confirm, kind="primary")
        self.layout_.addLayout(KeyRow([back, self.all_button, self.confirm_button]))
        self.receipt: SaleRecord | None = None
        self.spins: list[QSpinBox] = []
        self.last_result: FinishedReturn | None = None

    def activate(self) -> None:
        self.receipt = None
        self.last_result = None
        self.table.setRowCount(0)
        self.spins = []
        self.receipt_edit.clear()
        self.clear_message()
        self.update_points()
        self.receipt_edit.setFocus()

    def home_widget(self):
        return self.receipt_edit

    def find(self, keep_message: bool = False) -> None:
        number = self.receipt_edit.text().strip()
        if not number:
            return
        self.ctx.ops.store.submit(lambda: self.ctx.till.find_sale(number),
                                  lambda r: self._found(r, keep_message), self.show_error,
                                  name="find_receipt", owner=self)

    def _found(self, receipt: SaleRecord, keep_message: bool = False) -> None:
        if not keep_message:
            self.clear_message()
            self.last_result = None
        self.receipt = receipt
        self.receipt_edit.setFocus()  # off the spin boxes before they are rebuilt: the keys keep working
        self.table.setRowCount(len(receipt.lines))
        self.spins = []
        for r, line in enumerate(receipt.lines):
            self.table.setItem(r, 0, QTableWidgetItem(line.name))
            self.table.setItem(r, 1, QTableWidgetItem(
                self.tr("%1 pts").replace("%1", points(line.points_spent)) if line.is_gift
                else money(line.price, self.ctx.rules.currency)))
            self.table.setItem(r, 2, QTableWidgetItem(str(line.qty)))
            self.table.setItem(r, 3, QTableWidgetItem(str(line.returned_qty)))
            spin = QSpinBox(self.table)
            spin.setRange(0, 0 if line.is_gift else line.qty - line.returned_qty)
            spin.setEnabled(not line.is_gift and line.qty > line.returned_qty)
            spin.valueChanged.connect(self.update_points)
            self.table.setCellWidget(r, 4, spin)
            self.spins.append(spin)
            note = self.tr("gift for points: not returnable") if line.is_gift else ""
            self.table.setItem(r, 5, QTableWidgetItem(note))
        first = next((s for s in self.spins if s.isEnabled()), None)
        if first is not None and self.last_result is None:
            first.setFocus()
        self.update_points()

    def chosen(self) -> dict[int, int]:
        if self.receipt is None:
            return {}
        return {line.line_no: spin.value() for line, spin in zip(self.receipt.lines, self.spins) if spin.value()}

    def update_points(self) -> None:
        """Ask the till what the chosen quantities annul and refund (its figures go to the hub)."""
        lines = self.chosen()
        self.confirm_button.setEnabled(bool(lines))
        if self.receipt is None or not lines:
            self._show_preview(None)
            return
        receipt_no = self.receipt.receipt_no
        self.ctx.ops.store.submit(lambda: self.ctx.till.preview_return(receipt_no, lines), self._show_preview,
                                  self.show_error, name="preview_return", owner=self)

    def _show_preview(self, preview: ReturnPreview | None) -> None:
        """What the chosen lines annul, refund and pay back (nothing chosen: zeros); after a return, what
        that return did: the money to hand back."""
        done = self.last_result
        if preview is None and done is not None:
            self.money_caption.setText(self.tr("Hand back to the customer"))
            self.annul_label.setText(points(done.preview.annulled_points))
            self.refund_label.setText(points(done.preview.refunded_points))
            self.money_label.setText(money(done.preview.refund, self.ctx.rules.currency))
            return
        self.money_caption.setText(self.tr("Money to give back"))
        self.annul_label.setText(points(preview.annulled_points if preview else 0))
        self.refund_label.setText(points(preview.refunded_points if preview else 0))
        self.money_label.setText(money(preview.refund if preview else Decimal("0.00"), self.ctx.rules.currency))

    def return_all(self) -> None:
        for spin in self.spins:
            spin.setValue(spin.maximum())

    def confirm(self) -> None:
        lines = self.chosen()
        if not lines or self.receipt is None:
            self.show_problem(self.tr("Choose what to return: set a quantity on a line."))
            return
        self._pin = ask_supervisor(self.ctx, "return", self.tr("A return needs a supervisor."),
                                   lambda sup: self._do_return(lines, sup.number), self)

    def _do_return(self, lines: dict[int, int], supervisor: str) -> None:
        receipt_no = self.receipt.receipt_no
        self.confirm_button.setEnabled(False)
        self.ctx.ops.store.submit(lambda: self.ctx.till.perform_return(receipt_no, lines, supervisor=supervisor),
                                  self._returned, self._failed, name="return", owner=self)

    def _returned(self, result: FinishedReturn) -> None:
        self.last_result = result
        return_no = result.return_no
        done = self.tr("Return %1 done.").replace("%1", return_no)
        self.show_info(done + " " + self.tr("The return receipt is printing."))
        self.ctx.printing.submit(
            lambda: self.ctx.till.print_return(return_no), lambda job: self._print_changed(done, job),
            lambda exc: self.show_problem(done + " " + self.tr("The return receipt did not print: %1")
                                          .replace("%1", refusal_text(exc))), owner=self)
        self.receipt_edit.setText(self.receipt.receipt_no)
        self.receipt_edit.setFocus()  # Esc and the F-keys work at once
        self.receipt_edit.selectAll()  # the next receipt scanned replaces this one
        self.find(keep_message=True)

    def _print_changed(self, done: str, job) -> None:
        if job.state == "done":
            self.show_info(done + " " + self.tr("The return receipt is printed."))
        elif job.state == "failed":
            self.show_problem(done + " " + self.tr("The return receipt did not print: %1")
                              .replace("%1", print_error_text(job)) + " " + self.tr("Click the printer in the status bar "
                                                                              "to print it again."))

    def _failed(self, exc: BaseException) -> None:
        self.confirm_button.setEnabled(True)
        self.show_error(exc)
