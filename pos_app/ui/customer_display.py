"""The customer display: a second window for a second monitor, facing the customer.

It shows ``pos_app.till.display.CustomerDisplay``'s screens: the basket as it is scanned with the total,
the points the basket may take and those being spent, what is left to pay and the points the purchase
earns; after payment the balance and when the new points become available; between sales the store's
idle text and the program's rules in two lines; during registration the rules and the consent text.
Large type sized from its screen (readable from 1.5 m). It never takes keyboard focus: the cashier's
keys and the scanner stay with the till's window.
"""

from __future__ import annotations

from pos_app.till.display import DONE, IDLE, REGISTRATION, SALE, CustomerDisplay, CustomerScreen

from .qt import (QAbstractItemView, QFrame, QGridLayout, QGuiApplication, QHeaderView, QLabel,
                 QObject, QStackedWidget, QTableWidget, QTableWidgetItem, Qt, QVBoxLayout, QWidget, Signal)
from .widgets.money import money, points

SETTING = "customer_display_screen"  # which of Qt's screens shows it (index; absent: no customer window)


class _Relay(QObject):
    """Brings ``CustomerDisplay`` changes onto the GUI thread (they may come from any thread)."""

    changed = Signal(object)


class CustomerWindow(QWidget):
    def __init__(self, display: CustomerDisplay, locale: str = "ru", parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("customerDisplay")
        self.setWindowTitle(self.tr("Customer display"))
        self.locale = locale
        self.pages = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self._build_idle()
        self._build_sale()
        self._build_done()
        self._build_registration()
        for w in self.findChildren(QWidget):
            w.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._relay = _Relay(self)
        self._relay.changed.connect(self.show_screen, Qt.ConnectionType.QueuedConnection)
        self.screen_shown: CustomerScreen | None = None
        self._unsubscribe = display.subscribe(self._relay.changed.emit)

    # -- pages ---------------------------------------------------------------------------------
    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 30, 40, 30)
        self.pages.addWidget(page)
        return page, layout

    def _label(self, parent, role: str, wrap: bool = True) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(role)
        label.setWordWrap(wrap)
        return label

    def _build_idle(self) -> None:
        self.idle_page, layout = self._page()
        self.idle_text = self._label(self.idle_page, "cdHuge")
        self.idle_text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        self.idle_rules = self._label(self.idle_page, "cdText")
        self.idle_rules.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.idle_text, 1)  # wrapped labels take their share of the height, never clipped
        layout.addSpacing(30)
        layout.addWidget(self.idle_rules, 1)

    def _figure(self, grid: QGridLayout, row: int, col: int, caption: str, role: str = "cdFigure") -> QLabel:
        name = self._label(self.sale_page, "cdText", wrap=col > 0)  # points captions wrap: 1024 px wide fits
        name.setText(caption)
        value = self._label(self.sale_page, role, wrap=False)
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(name, row, col)
        grid.addWidget(value, row, col + 1)
        return value

    def _build_sale(self) -> None:
        """The lines on top, as wide as the screen (names elide last); the figures under them in two
        columns: money on the left, points on the right."""
        self.sale_page, layout = self._page()
        body = QVBoxLayout()
        self.lines = QTableWidget(0, 3, self.sale_page)
        self.lines.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Qty"), self.tr("Sum")])
        self.lines.verticalHeader().hide()
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        body.addWidget(self.lines, 1)
        panel = QFrame(self.sale_page)
        panel.setObjectName("card")
        grid = QGridLayout(panel)
        grid.setHorizontalSpacing(24)
        self.total = self._figure(grid, 0, 0, self.tr("Total"), "cdFigure")
        self.to_pay = self._figure(grid, 1, 0, self.tr("To pay"), "cdBig")
        self.max_points = self._figure(grid, 0, 2, self.tr("Points can pay up to"))
        self.spent = self._figure(grid, 1, 2, self.tr("Points spent"))
        self.earned = self._figure(grid, 2, 2, self.tr("Points earned"))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        body.addWidget(panel)
        layout.addLayout(body, 1)

    def _build_done(self) -> None:
        self.done_page, layout = self._page()
        self.thanks = self._label(self.done_page, "cdHuge")
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        self.done_detail = self._label(self.done_page, "cdFigure")
        self.done_detail.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.thanks, 1)
        layout.addSpacing(20)
        layout.addWidget(self.done_detail, 1)

    def _build_registration(self) -> None:
        self.registration_page, layout = self._page()
        title = self._label(self.registration_page, "cdBig")
        title.setText(self.tr("Join the bonus program"))
        self.reg_rules = self._label(self.registration_page, "cdText")
        self.consent = self._label(self.registration_page, "cdText")
        layout.addWidget(title)
        layout.addWidget(self.reg_rules)
        layout.addSpacing(20)
        layout.addWidget(self.consent, 1)

    # -- showing ----------------------------------------------------------------------------------
    def show_screen(self, screen: CustomerScreen) -> None:
        self.screen_shown = screen
        if screen.mode == IDLE:
            self.idle_text.setText(screen.idle_text or self.tr("Welcome!"))
            self.idle_rules.setText("\n".join(screen.rules_lines))
            self.pages.setCurrentWidget(self.idle_page)
        elif screen.mode == SALE:
            self._show_sale(screen)
        elif screen.mode == DONE:
            self.thanks.setText(self.tr("Thank you!"))
            detail = [self.tr("Paid %1").replace("%1", money(screen.to_pay, screen.currency))]
            if screen.points_earned is not None:
                detail.append(self.tr("Points earned: %1").replace("%1", points(screen.points_earned)))
            if screen.balance_after is not None:
                detail.append(self.tr("Your points now: %1").replace("%1", points(screen.balance_after)))
            if screen.available_on is not None and screen.points_earned:
                detail.append(self.tr("New points can be spent from %1")
                              .replace("%1", screen.available_on.strftime("%d.%m.%Y")))
            self.done_detail.setText("\n".join(detail))
            self.pages.setCurrentWidget(self.done_page)
        elif screen.mode == REGISTRATION:
            self.reg_rules.setText("\n".join(screen.rules_lines))
            self.consent.setText(screen.consent_text)
            self.pages.setCurrentWidget(self.registration_page)

    def _show_sale(self, screen: CustomerScreen) -> None:
        self.lines.setRowCount(len(screen.lines))
        for row, line in enumerate(screen.lines):
            what = (self.tr("%1 pts").replace("%1", points(line.gift_points * line.qty))
                    if line.gift_points is not None else money(line.amount, screen.currency))
            for col, text in enumerate((line.name, str(line.qty), what)):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines.setItem(row, col, item)
        self.lines.scrollToBottom()
        self.total.setText(money(screen.total, screen.currency))
        self.max_points.setText(points(screen.max_points) if screen.max_points is not None else "—")
        self.spent.setText(points(screen.points_spent) if screen.points_spent else "—")
        self.to_pay.setText(money(screen.to_pay, screen.currency))
        self.earned.setText(points(screen.points_earned) if screen.points_earned is not None else "—")
        self.pages.setCurrentWidget(self.sale_page)

    def place_on(self, index: int) -> bool:
        """Show full screen on Qt's screen ``index`` with type sized from it; False when there is no such
        screen (an unplugged monitor: the till goes on without it)."""
        screens = QGuiApplication.screens()
        if not 0 <= index < len(screens):
            self.hide()
            return False
        geometry = screens[index].geometry()
        self.setGeometry(geometry)
        self.size_type(geometry.height())
        self.showFullScreen() if len(screens) > 1 else self.show()
        return True

    def size_type(self, height: int) -> None:
        """Type from the screen: a line of body text is 1/24 of its height (about 45 px on 1080 lines)."""
        base = max(18, height // 24)
        self.setStyleSheet(
            f"QWidget#customerDisplay, QWidget#customerDisplay QStackedWidget > QWidget {{ background: #12324f; }}"
            f"QLabel#cdText {{ color: #e8eef5; font-size: {base}px; }}"
            f"QLabel#cdFigure {{ color: white; font-size: {int(base * 1.2)}px; font-weight: bold; }}"
            f"QLabel#cdBig {{ color: white; font-size: {int(base * 1.6)}px; font-weight: bold; }}"
            f"QLabel#cdHuge {{ color: white; font-size: {int(base * 2.2)}px; font-weight: bold; }}"
            f"QFrame#card {{ background: #1b4267; border: none; }}"
            f"QTableWidget {{ font-size: {base}px; background: white; }}"
            f"QTableWidget::item {{ padding: 0px {base // 2}px; }}"
            f"QHeaderView::section {{ font-size: {int(base * 0.8)}px; }}")
        self.lines.verticalHeader().setDefaultSectionSize(int(base * 1.8))

    def closeEvent(self, event) -> None:  # noqa: N802
        self._unsubscribe()
        super().closeEvent(event)
