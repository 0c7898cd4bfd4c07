"""The window: a header, the red banner, the pages in a stack, the status bar. Thin on purpose:
pages do the work and ask for navigation by name."""

from __future__ import annotations

from datetime import datetime

from pos_app.till import TillStatus

from .context import TillContext
from .dialogs.confirm import confirm
from .dialogs.sync_problems import SyncProblemsDialog
from .qt import (QApplication, QFrame, QHBoxLayout, QLabel, QMainWindow, QScrollArea, QStackedWidget, QTimer,
                 QVBoxLayout, QWidget, Qt)
from .pages import build_pages
from .pages.base import Page
from .texts import refusal_text
from .widgets.responsive import width_class
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
        self._width_class = ""
        for page in build_pages(ctx, self):
            self.pages[page.name] = page
            # each page scrolls when the window is smaller than the page can be (800x600); from
            # 1024x768 up the pages fit and no scroll bar shows
            scroll = QScrollArea(self.stack)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidgetResizable(True)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            page.navigate.connect(self.go)
        self.setMinimumSize(640, 480)
        QApplication.instance().focusChanged.connect(self._focus_changed)

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
        scroll = self.stack.currentWidget()
        return scroll.widget() if scroll is not None else None

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        cls = width_class(self.width())
        if cls != self._width_class:
            self._width_class = cls
            for page in self.pages.values():
                page.set_width_class(cls)

    def _focus_changed(self, _old, new) -> None:
        """Keys and the scanner must always land on the page: when focus is lost (a dialog closed over a
        widget that is hidden now, a table rebuilt under the cursor), the page's own field takes it."""
        if new is None and self.isVisible():
            QTimer.singleShot(0, self._refocus)

    def _refocus(self) -> None:
        if not self.isVisible() or QApplication.activeModalWidget() is not None:
            return
        if QApplication.activeWindow() is None:
            # a dialog closed and nothing took its place (X without a window manager does not hand the
            # focus back): the till takes it, or the F-keys and the scanner go nowhere
            self.activateWindow()
        page = self.current
        focus = QApplication.focusWidget()
        if page is not None and (focus is None or not focus.isVisible()):
            page.focus_home()

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
        if name == "login":
            self._pending_checked = False  # the next cashier is asked about unsigned sales again
        page = self.pages[name]
        self.stack.setCurrentWidget(page.parentWidget().parentWidget())  # its scroll area
        page.activate()
        self._show_cashier()
        if name == "sale" and self.ctx.cashier is not None and not getattr(self, "_pending_checked", False):
            self._pending_checked = True
            self.check_pending_baskets()

    # -- sales the register did not sign (a restart found them): pay again or cancel -------------------
    def check_pending_baskets(self) -> None:
        self.ctx.ops.store.submit(self.ctx.till.pending_baskets, self._offer_pending, lambda _exc: None,
                                  name="pending_baskets", owner=self)

    def _offer_pending(self, pending: list) -> None:
        if not pending or self.ctx.basket.lines:
            return
        from .dialogs.fiscal import PendingBasketDialog

        self._pending_dialog = PendingBasketDialog(pending[0], self._pay_again, self._cancel_pending, self,
                                                   currency=self.ctx.rules.currency)
        self._pending_dialog.open()

    def _pay_again(self, pending) -> None:
        def dropped(_ok) -> None:
            page = self.current
            if pending.draft is not None:
                self.ctx.basket.clear()
                for line in pending.draft.lines:
                    self.ctx.basket.lines.append(line)
                phone = pending.draft.member_phone
                if phone:
                    self.ctx.ops.hub.submit(lambda: self.ctx.till.lookup_member(phone), self._member_back,
                                            lambda _exc: None, name="pending_member", owner=self)
                if page is not None and page.name == "sale":
                    page.refresh()
                    page.show_info(self.tr("The unfinished sale is back: take the payment (F12)."))
                self.check_pending_baskets()
            else:
                self.go("return")
                ret = self.pages["return"]
                ret.receipt_edit.setText(pending.receipt_no or "")
                ret.find()

        self.ctx.ops.store.submit(lambda: self.ctx.till.drop_pending_basket(pending.key), dropped,
                                  lambda exc: self.banner_error(exc), name="drop_pending", owner=self)

    def _member_back(self, member) -> None:
        if member is not None and self.ctx.basket.lines and self.ctx.basket.member is None:
            self.ctx.basket.member = member
            page = self.current
            if page is not None and page.name == "sale":
                page.activate()

    def _cancel_pending(self, pending) -> None:
        def dropped(_ok) -> None:
            page = self.current
            if page is not None and page.name == "sale":
                page.show_info(self.tr("The unfinished sale is cancelled: no money was taken for it."))
            self.check_pending_baskets()

        self.ctx.ops.store.submit(lambda: self.ctx.till.drop_pending_basket(pending.key), dropped,
                                  lambda exc: self.banner_error(exc), name="drop_pending", owner=self)

    def banner_error(self, exc: BaseException) -> None:
        page = self.current
        if page is not None:
            page.show_problem(refusal_text(exc))

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
        basket = self.ctx.basket
        if basket.lines and self.isVisible() and not getattr(self, "_quit_confirmed", False):
            event.ignore()  # Alt+F4 with a sale open: ask first
            text = self.tr("The sale is not finished (%1 lines). Quit and drop it?")
            self._confirm = confirm(self, self.tr("Quit"), text.replace("%1", str(len(basket.lines))), self._quit)
            return
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
