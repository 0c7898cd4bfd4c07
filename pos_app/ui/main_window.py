"""The window: a header, the red banner, the pages in a stack, the status bar. Thin on purpose:
pages do the work and ask for navigation by name."""

from __future__ import annotations

from datetime import datetime

from pos_app.till import TillStatus

from .context import TillContext
from .dialogs.confirm import confirm
from .dialogs.sync_problems import SyncProblemsDialog
from .qt import QFrame, QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QTimer, QVBoxLayout, QWidget
from .pages import build_pages
from .pages.base import Page
from .texts import refusal_text
from .widgets.status_bar import TillStatusBar

STATUS_INTERVAL_MS = 2000


class MainWindow(QMainWindow):
    def __init__(self, ctx: TillContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Till"))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QFrame(central)
        header.setObjectName("header")
        hl = QHBoxLayout(header)
        hl.setContentsMargins(16, 6, 16, 6)
        brand = QLabel(self.tr("Till · loyalty"), header)
        brand.setObjectName("brand")
        hl.addWidget(brand)
        hl.addStretch(1)
        self.clock = QLabel(header)
        hl.addWidget(self.clock)
        layout.addWidget(header)
        self.banner = QLabel(central)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.stack = QStackedWidget(central)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = TillStatusBar(self)
        self.status.problems_clicked.connect(self.show_problems)
        self.status.printer_clicked.connect(self.retry_printing)
        ctx.printing.changed.connect(self._show_printer)
        self.setStatusBar(self.status)

        self.pages: dict[str, Page] = {}
        for page in build_pages(ctx, self):
            self.pages[page.name] = page
            self.stack.addWidget(page)
            page.navigate.connect(self.go)

        self._status_busy = False
        self._rules_version: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(STATUS_INTERVAL_MS)
        self.timer.timeout.connect(self.poll_status)
        self.timer.start()
        self._tick()
        self.go("login")
        self.poll_status()

    @property
    def current(self) -> Page:
        return self.stack.currentWidget()

    def go(self, name: str) -> None:
        waiting = self.status.status.waiting if self.status.status else 0
        if name == "logout" and waiting and not getattr(self, "_logout_confirmed", False):
            text = self.tr("%1 events have not reached the hub yet. They are kept and sent later. Log out?")
            self._confirm = confirm(self, self.tr("Log out"), text.replace("%1", str(waiting)), self._logout)
            return
        self._logout_confirmed = False
        if name == "logout":
            self.ctx.cashier = None
            self.ctx.basket.clear()
            self.ctx.ops.store.submit(self.ctx.till.logout, name="logout", owner=self)  # the till signs out too
            name = "login"
        if name == "home":
            cashier = self.ctx.cashier
            name = "service" if cashier and cashier.role == "service" else "sale"
        page = self.pages[name]
        self.stack.setCurrentWidget(page)
        page.activate()
        self._show_cashier()

    def _logout(self) -> None:
        self._logout_confirmed = True
        self.go("logout")

    def _show_cashier(self) -> None:
        c = self.ctx.cashier
        if c is None:
            self.status.show_cashier(self.tr("Not logged in"))
        else:
            self.status.show_cashier(self.tr("%2 (No. %1) · shift since %3")
                                     .replace("%1", c.number).replace("%2", c.name)
                                     .replace("%3", self.ctx.shift_started or "—"))

    def _tick(self) -> None:
        self.clock.setText(datetime.now().strftime("%d.%m.%Y  %H:%M"))

    def poll_status(self) -> None:
        self._tick()
        if self._status_busy:
            return
        self._status_busy = True
        self.ctx.ops.store.submit(self.ctx.till.till_status, self.show_status, self._status_failed,
                                  name="sync_status", owner=self)

    def _rules_loaded(self, rules) -> None:
        self.ctx.rules = rules
        page = self.current
        if page is not None and page.name == "sale":
            page.refresh()

    def _status_failed(self, exc: BaseException) -> None:
        self._status_busy = False
        self.show_status(TillStatus(online=False))

    def show_status(self, status: TillStatus) -> None:
        self._status_busy = False
        self.status.show_status(status)
        if status.rules_version is not None and status.rules_version != self._rules_version:
            self._rules_version = status.rules_version  # new program rules pulled: quote with them
            self.ctx.ops.store.submit(self.ctx.till.rules, self._rules_loaded, name="rules", owner=self)
        if self.status.overdue:
            self.banner.setText(self.tr("Sales have waited over 24 hours to reach the hub. Check the network "
                                        "and tell the supervisor."))
            self.banner.show()
        else:
            self.banner.hide()

    def _show_printer(self) -> None:
        printing = self.ctx.printing
        self.status.show_printer(printing.state, printing.message, len(printing.failed), printing.detail)

    def retry_printing(self) -> None:
        """Print the failed jobs again (the printer as set up now)."""
        self.ctx.printing.retry_failed(on_error=lambda exc: self.status.show_printer(
            "error", refusal_text(exc),
            len(self.ctx.printing.failed), str(exc)))

    def show_problems(self) -> None:
        self._problems = SyncProblemsDialog(self.ctx, self)
        self._problems.open()

    def closeEvent(self, event) -> None:  # noqa: N802
        waiting = self.status.status.waiting if self.status.status else 0
        if waiting and self.isVisible() and not getattr(self, "_quit_confirmed", False):
            event.ignore()
            text = self.tr("%1 events have not reached the hub yet. They are kept and sent next time. Quit?")
            self._confirm = confirm(self, self.tr("Quit"), text.replace("%1", str(waiting)), self._quit)
            return
        self.timer.stop()
        super().closeEvent(event)

    def _quit(self) -> None:
        self._quit_confirmed = True
        self.close()
