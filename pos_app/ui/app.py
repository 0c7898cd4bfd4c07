"""The QApplication: style, font, translator, and the window; rebuilt when the language changes."""

from __future__ import annotations

import os
import re
import sys

from pos_app.data_files import style_sheet

from pos_app.till import TillServices

from .context import TillContext
from .customer_display import CustomerWindow
from .i18n import DEFAULT_LANGUAGE, Translations
from .main_window import MainWindow
from .print_jobs import PrintJobs
from .qt import QApplication, QFont, QGuiApplication, QTimer
from .widgets.responsive import screen_scale
from .workers import Operations

STYLE = style_sheet()
WINDOW_SIZE = (1366, 768)


def scaled_style(text: str, scale: float) -> str:
    """The style sheet with its sizes (``NNpx``) multiplied by ``scale``."""
    if scale == 1.0:
        return text
    return re.sub(r"(\d+)px", lambda m: f"{max(1, round(int(m.group(1)) * scale))}px", text)


def ui_scale(app: QApplication) -> float:
    """``POS_UI_SCALE`` if set, else from the screen the window opens on."""
    forced = os.environ.get("POS_UI_SCALE")
    if forced:
        return float(forced)
    screen = app.primaryScreen()
    return screen_scale(screen.availableGeometry().height()) if screen is not None else 1.0


def application(argv: list[str] | None = None, scale: float | None = None) -> QApplication:
    """The one QApplication (created on first call) with the till's font and style sheet, its sizes from
    the screen (``scale``: 1.0 at 768 px high)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("pos-till")
    app.setOrganizationName("pos-app")
    scale = ui_scale(app) if scale is None else scale
    app.setProperty("till_scale", scale)
    app.setFont(QFont("DejaVu Sans", round(11 * scale)))
    if STYLE.exists():
        # url(@STYLES@/...) in the style sheet: images beside it, wherever the app is started from
        text = STYLE.read_text(encoding="utf-8").replace("@STYLES@", STYLE.parent.as_posix())
        app.setStyleSheet(scaled_style(text, scale))
    return app


def window_size(app: QApplication) -> tuple[int, int]:
    """1366x768, or the whole screen when it is smaller (a 1024x768 or 800x600 POS monitor)."""
    screen = app.primaryScreen()
    if screen is None:
        return WINDOW_SIZE
    area = screen.availableGeometry()
    return min(WINDOW_SIZE[0], area.width()), min(WINDOW_SIZE[1], area.height())


class TillApp:
    """The running till: context, translator and window. ``set_language`` rebuilds the window."""

    def __init__(self, till: TillServices, language: str | None = None, app: QApplication | None = None) -> None:
        self.app = app or application()
        self.translations = Translations(self.app)
        # read once before the window exists (nothing to freeze yet); later reads go through ``ops``
        settings = till.settings_form()
        language = language or settings.get("language") or DEFAULT_LANGUAGE
        self.translations.use(language)
        self.ctx = TillContext(till=till, ops=Operations(), language=self.translations.language,
                               offline_cap=int(settings.get("offline_cap", 1000)))
        self.ctx.printing = PrintJobs(till, self.ctx.ops)
        self.ctx.rules = till.rules()
        till.display.configure(locale=self.translations.language)  # the customer sees the screens' language
        self.window: MainWindow | None = None
        self.customer_window: CustomerWindow | None = None
        self.customer_screen: int | None = till.customer_display_screen()
        self.build()
        self.app.screenAdded.connect(self._screens_changed)  # a display plugged in or out: place it again
        self.app.screenRemoved.connect(self._screens_changed)

    def build(self) -> MainWindow:
        old = self.window
        self.window = MainWindow(self.ctx)
        self.window.resize(*WINDOW_SIZE)  # show() fits it to a smaller screen
        settings_page = self.window.pages.get("settings")
        if settings_page is not None:
            settings_page.language_changed.connect(self.set_language)
            settings_page.customer_screen_changed.connect(self.set_customer_screen)
        if old is not None:
            self.window.setGeometry(old.geometry())
            old.hide()
            old.deleteLater()
        self.build_customer_window()
        return self.window

    # -- the customer display: a second window on the screen chosen in the settings ------------------
    def build_customer_window(self) -> CustomerWindow | None:
        """(Re)make the customer window in the current language and place it on its screen; none when
        the setting is "none". A screen that is not there hides it: the sale goes on."""
        old, self.customer_window = self.customer_window, None
        if old is not None:
            old.close()
            old.deleteLater()
        if self.customer_screen is None:
            return None
        self.customer_window = CustomerWindow(self.ctx.till.display, self.ctx.language)
        self.customer_window.place_on(self.customer_screen)
        return self.customer_window

    def set_customer_screen(self, index: int | None) -> None:
        self.customer_screen = index
        self.build_customer_window()

    def _screens_changed(self, *_args) -> None:
        if self.customer_window is not None and self.customer_screen is not None:
            self.customer_window.place_on(self.customer_screen)
        elif self.customer_screen is not None:
            self.build_customer_window()

    def set_language(self, language: str) -> None:
        self.translations.use(language)
        self.ctx.language = self.translations.language
        self.ctx.till.display.configure(locale=self.ctx.language)  # the customer's rules lines too
        # rebuild once the settings page's slot has returned (it belongs to the old window)
        QTimer.singleShot(0, self._rebuild_shown)

    def _rebuild_shown(self) -> None:
        page = self.window.current.name if self.window else "login"
        self.build()
        self.window.show()
        if self.ctx.cashier is not None:
            self.window.go(page)

    def show(self) -> MainWindow:
        w, h = window_size(self.app)
        if (w, h) != WINDOW_SIZE and QGuiApplication.platformName() != "offscreen":
            self.window.resize(w, h)
            self.window.showMaximized()
        else:
            self.window.show()
        # kiosk set-ups run X with no window manager: nobody gives the till focus, so it takes it
        if QGuiApplication.platformName() != "offscreen":
            self.window.raise_()
        self.window.activateWindow()
        QTimer.singleShot(0, self._take_focus)
        return self.window

    def _take_focus(self) -> None:
        if self.window is not None:
            self.window.activateWindow()
            self.window.current.focus_home()

    def close(self) -> None:
        if self.window is not None:
            self.window._quit_confirmed = True  # the app is ending: the question was asked or not needed
            self.window.close()
        if self.customer_window is not None:
            self.customer_window.close()
        self.ctx.printing.stop()
        self.ctx.till.stop_printing()
        self.ctx.ops.stop()
        self.translations.clear()
