"""The status bar: online/offline, events waiting and the oldest one's age, sync problems,
printer state (click it to print failed jobs again), the fiscal register (shift, drive expiry, documents
not yet sent to the operator), cashier and shift."""

from __future__ import annotations

from datetime import datetime, timezone

from pos_app.till import FiscalStatus, TillStatus
from ..qt import QCoreApplication, QLabel, QPushButton, QStatusBar, Signal
from ..texts import fiscal_error_text
from .responsive import ElidedLabel

DAY_S = 24 * 3600


def format_age(seconds: float | None) -> str:
    if seconds is None:
        return ""
    s = int(seconds)
    if s < 60:
        return QCoreApplication.translate("Age", "%1 s").replace("%1", str(s))
    if s < 3600:
        return QCoreApplication.translate("Age", "%1 min").replace("%1", str(s // 60))
    if s < DAY_S:
        return QCoreApplication.translate("Age", "%1 h %2 min").replace("%1", str(s // 3600)).replace(
            "%2", str(s % 3600 // 60))
    return QCoreApplication.translate("Age", "%1 d %2 h").replace("%1", str(s // DAY_S)).replace(
        "%2", str(s % DAY_S // 3600))



def fiscal_text(status: FiscalStatus, now: datetime | None = None) -> str:
    """The register in one line: its shift, the drive's expiry within 30 days, the documents the fiscal
    data operator has not received and the oldest one's age, paper and cover; "" without a register."""
    if status.driver == "none":
        return ""
    now = now or datetime.now(timezone.utc)
    if not status.connected or status.error:
        return QCoreApplication.translate("Fiscal", "Register: %1").replace("%1", fiscal_error_text(status.error or "fiscal_no_answer"))
    if status.shift_open:
        opened = status.shift_opened_at.astimezone() if status.shift_opened_at else None
        since = "—" if opened is None else opened.strftime(
            "%H:%M" if opened.date() == now.astimezone().date() else "%d.%m %H:%M")
        parts = [QCoreApplication.translate("Fiscal", "Register: shift %1 since %2").replace("%1", str(status.shift_number or "")).replace(
            "%2", since)]
        if status.shift_expired(now):
            parts.append(QCoreApplication.translate("Fiscal", "over 24 h, close it"))
    else:
        parts = [QCoreApplication.translate("Fiscal", "Register: shift closed")]
    days = status.drive_days_left(now.astimezone().date())
    if days is not None and days <= 0:
        parts.append(QCoreApplication.translate("Fiscal", "fiscal drive expired"))
    elif days is not None and days <= 30:
        parts.append(QCoreApplication.translate("Fiscal", "fiscal drive: %1 d left").replace("%1", str(days)))
    if status.unsent:
        age = (now - status.oldest_unsent_at).total_seconds() if status.oldest_unsent_at else None
        parts.append(QCoreApplication.translate("Fiscal", "not sent to the operator: %1, oldest %2").replace("%1", str(status.unsent)).replace(
            "%2", format_age(age) or "—"))
    if not status.paper:
        parts.append(QCoreApplication.translate("Fiscal", "no paper"))
    if status.cover_open:
        parts.append(QCoreApplication.translate("Fiscal", "cover open"))
    return " · ".join(parts)


class TillStatusBar(QStatusBar):
    problems_clicked = Signal()
    printer_clicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.connection = QLabel(self)
        self.queue = QLabel(self)
        self.problems = QPushButton(self)
        self.problems.setObjectName("link")
        self.problems.clicked.connect(self.problems_clicked)
        self.printer = QPushButton(self)
        self.printer.setObjectName("statusItem")
        self.printer.clicked.connect(self.printer_clicked)
        self._printer_set_up = True
        self._print_state, self._print_message, self._print_failed, self._print_detail = "ok", "", 0, ""
        self.fiscal = ElidedLabel("", self, min_width=120)  # the register; hidden without one (driver "none")
        self.fiscal.hide()
        self.cashier = QLabel(self)
        for w in (self.connection, self.queue, self.problems, self.printer, self.fiscal):
            self.addWidget(w)
        self.addPermanentWidget(self.cashier)
        self.status: TillStatus | None = None
        self.show_status(TillStatus(online=None))
        self.problems.hide()

    def show_status(self, status: TillStatus) -> None:
        self.status = status
        if status.online is None:
            self.connection.setText(self.tr("● Connecting…"))
        else:
            self.connection.setText(self.tr("● Online") if status.online else self.tr("● Offline"))
        self.connection.setObjectName("online" if status.online else "offline" if status.online is False else "")
        self.connection.style().unpolish(self.connection)
        self.connection.style().polish(self.connection)
        if status.waiting:
            self.queue.setText(self.tr("Events waiting: %1, oldest %2")
                               .replace("%1", str(status.waiting)).replace("%2", format_age(status.oldest_age_s)))
        else:
            self.queue.setText(self.tr("All events sent"))
        self.problems.setVisible(bool(status.problems))
        self.problems.setText(self.tr("Sync problems: %1").replace("%1", str(len(status.problems))))
        self._printer_set_up = status.printer != "none"
        self._show_printer()
        self.show_fiscal(status.fiscal)

    def show_fiscal(self, status: FiscalStatus | None) -> None:
        """The register's line, coloured by ``level()``: ok, warning (shift closed, drive expiring within
        30 days, documents unsent over a day) or red (unsent over 20 days, drive expired, fault)."""
        text = fiscal_text(status) if status is not None else ""
        self.fiscal.setVisible(bool(text))
        self.fiscal.setText(text)
        level = status.level() if status is not None else "ok"
        self.fiscal.setObjectName({"warning": "fiscalWarning", "red": "fiscalRed"}.get(level, "fiscalOk"))
        if text and status.fn_number:  # the whole line and the drive's number (the line may be cut short)
            self.fiscal.setToolTip(text + "\n" + QCoreApplication.translate("Fiscal", "Fiscal drive %1").replace(
                "%1", status.fn_number))
        self.fiscal.style().unpolish(self.fiscal)
        self.fiscal.style().polish(self.fiscal)

    def show_printer(self, state: str, message: str = "", failed: int = 0, detail: str = "") -> None:
        """The print queue's state: ok, printing or error (``failed`` jobs kept, ``message`` the newest error,
        ``detail`` its technical reason, shown in the tooltip)."""
        self._print_state, self._print_message, self._print_failed = state, message, failed
        self._print_detail = detail
        self._show_printer()

    def _show_printer(self) -> None:
        error = self._print_state == "error"
        self.printer.setObjectName("printerError" if error else "statusItem")
        self.printer.style().unpolish(self.printer)
        self.printer.style().polish(self.printer)
        tip = self.tr("Click to print the failed receipts again.") if error else ""
        self.printer.setToolTip(f"{tip}\n{self._print_detail}" if error and self._print_detail else tip)
        if error:
            self.printer.setText(self.tr("Printer: %1 Not printed: %2, click to retry.")
                                 .replace("%1", self._print_message).replace("%2", str(self._print_failed)))
        elif not self._printer_set_up:
            self.printer.setText(self.tr("Printer: none"))
        elif self._print_state == "printing":
            self.printer.setText(self.tr("Printer: printing…"))
        else:
            self.printer.setText(self.tr("Printer: ready"))

    def show_cashier(self, text: str) -> None:
        self.cashier.setText(text)

    @property
    def overdue(self) -> bool:
        s = self.status
        return bool(s and s.waiting and s.oldest_age_s is not None and s.oldest_age_s > DAY_S)
