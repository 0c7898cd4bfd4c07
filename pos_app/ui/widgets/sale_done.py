"""The finished sale: receipt number, what was paid and earned, the receipt text beside it, and the
printer's answer. Printing runs on the one print queue; a failure leaves the sale done, and F9 sends
the failed job again (or, once it printed, prints a copy)."""

from __future__ import annotations

from decimal import Decimal

from pos_app.loyalty import Quote

from pos_app.till import FinishedSale
from ..context import TillContext
from ..dialogs.receipt_preview import ReceiptPreviewDialog
from ..qt import QFont, QFontMetrics, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget, Signal
from ..texts import print_error_text
from .money import money, points


class SaleDoneView(QWidget):
    next_item = Signal(str)  # a code scanned or typed after the sale: the next sale starts with it

    def __init__(self, ctx: TillContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.done: FinishedSale | None = None
        self.job = None  # the newest print job of this receipt (pos_app.printing.PrintJob)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        outer.addLayout(left, 3)
        self.receipt_view = QPlainTextEdit(self)
        self.receipt_view.setReadOnly(True)
        self.receipt_view.setObjectName("receipt")  # monospace, from the style sheet
        self.receipt_view.setFont(QFont("DejaVu Sans Mono", 9))
        self.receipt_view.ensurePolished()  # the style sheet's monospace size, not the default font's
        columns = QFontMetrics(self.receipt_view.font()).horizontalAdvance("M" * 49)
        self.receipt_view.setMinimumWidth(min(columns + 40, 560))  # the printer's 48 columns, no sideways scroll
        self.receipt_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        outer.addWidget(self.receipt_view, 2)
        self.title = QLabel(self)
        self.title.setObjectName("bigTotal")
        self.detail = QLabel(self)
        self.detail.setObjectName("figure")
        self.print_label = QLabel(self)
        self.print_label.setWordWrap(True)
        self.title.setWordWrap(True)
        self.next_scan = QLineEdit(self)
        self.next_scan.setObjectName("scan")
        self.next_scan.setPlaceholderText(self.tr("Scan the next item to start the next sale"))
        self.next_scan.returnPressed.connect(self._next)
        for w in (self.title, self.detail, self.print_label, self.next_scan):
            left.addWidget(w)
        left.addStretch(1)
        self.preview_dialog: ReceiptPreviewDialog | None = None

    def show_done(self, done: FinishedSale, q: Quote, cash: Decimal | None) -> None:
        self.done, self.job = done, None
        self.title.setText(self.tr("Sale %1 done").replace("%1", done.receipt_no))
        detail = self.tr("Paid %1").replace("%1", money(q.to_pay, self.ctx.rules.currency))
        if q.redeem_points:
            detail += "  ·  " + self.tr("with points: %1").replace("%1", points(q.redeem_points))
        if cash is not None:
            detail += "\n" + self.tr("Change: %1").replace("%1", money(cash - q.to_pay, self.ctx.rules.currency))
        if done.accrual_points:  # recorded as 0 without a member: nothing is earned
            detail += "\n" + self.tr("Points earned: %1").replace("%1", points(done.accrual_points))
        self.detail.setText(detail)
        self.receipt_view.clear()
        self.next_scan.clear()
        receipt_no = done.receipt_no
        self.ctx.ops.store.submit(lambda: self.ctx.till.preview_receipt(receipt_no), self.receipt_view.setPlainText,
                                  lambda exc: self.receipt_view.setPlainText(str(exc)), name="preview", owner=self)
        self.print_receipt()

    def _next(self) -> None:
        code = self.next_scan.text().strip()
        self.next_scan.clear()
        if code:
            self.next_item.emit(code)

    def print_receipt(self, copy: bool = False) -> None:
        if self.done is None:
            return
        self.print_label.setText(self.tr("Printing the receipt…"))
        job = self.job
        if copy and job is not None and job.state == "failed" and job.data:
            self.ctx.printing.retry(job.id, self._print_failed, owner=self)  # the same receipt, not a copy
            return
        receipt_no = self.done.receipt_no
        self.ctx.printing.submit(lambda: self.ctx.till.print_receipt(receipt_no, copy), self._job_changed,
                                 self._print_failed, owner=self)

    def _job_changed(self, job) -> None:
        self.job = job
        self.print_label.setToolTip((job.detail or "") if job.state == "failed" else "")
        if job.state == "done":
            self.print_label.setText(self.tr("Receipt printed."))
        elif job.state == "failed":
            self.print_label.setText(self.tr("The receipt did not print: %1 The sale is saved; print again (F9).")
                                     .replace("%1", print_error_text(job)))
        else:
            self.print_label.setText(self.tr("Printing the receipt…"))

    def _print_failed(self, exc: BaseException) -> None:
        if getattr(exc, "code", None) == "no_printer":
            self.print_label.setText(self.tr("No printer is set up: the receipt can be shown on screen (F8)."))
            return
        self.print_label.setText(self.tr("The receipt did not print: %1 The sale is saved; print again (F9).")
                                 .replace("%1", str(exc)))

    def preview(self) -> None:
        """The receipt in a dialog (the same text the printer gets)."""
        if self.done is None:
            return
        self.preview_dialog = ReceiptPreviewDialog(self.receipt_view.toPlainText(), self)
        self.preview_dialog.open()
