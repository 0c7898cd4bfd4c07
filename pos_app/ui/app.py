"""The QApplication: style, font, translator, and the window; rebuilt when the language changes."""

from __future__ import annotations

import sys

from pos_app.data_files import style_sheet

from pos_app.till import TillServices

from .context import TillContext
from .i18n import DEFAULT_LANGUAGE, Translations
from .main_window import MainWindow
from .print_jobs import PrintJobs
from .qt import QApplication, QFont, QTimer
from .workers import Operations

STYLE = style_sheet()
WINDOW_SIZE = (1366, 768)


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (created on first call) with the till's font and style sheet."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("pos-till")
    app.setOrganizationName("pos-app")
    app.setFont(QFont("DejaVu Sans", 11))
    if STYLE.exists():
        # url(@STYLES@/...) in the style sheet: images beside it, wherever the app is started from
        app.setStyleSheet(STYLE.read_text(encoding="utf-8").replace("@STYLES@", STYLE.parent.as_posix()))
    return app


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
        self.window: MainWindow | None = None
        self.build()

    def build(self) -> MainWindow:
        old = self.window
        self.window = MainWindow(self.ctx)
        self.window.resize(*WINDOW_SIZE)
        settings_page = self.window.pages.get("settings")
        if settings_page is not None:
            settings_page.language_changed.connect(self.set_language)
        if old is not None:
            self.window.setGeometry(old.geometry())
            old.hide()
            old.deleteLater()
        return self.window

    def set_language(self, language: str) -> None:
        self.translations.use(language)
        self.ctx.language = self.translations.language
        # rebuild once the settings page's slot has returned (it belongs to the old window)
        QTimer.singleShot(0, self._rebuild_shown)

    def _rebuild_shown(self) -> None:
        page = self.window.current.name if self.window else "login"
        self.build()
        self.window.show()
        if self.ctx.cashier is not None:
            self.window.go(page)

    def show(self) -> MainWindow:
        self.window.show()
        return self.window

    def close(self) -> None:
        if self.window is not None:
            self.window._quit_confirmed = True  # the app is ending: the question was asked or not needed
            self.window.close()
        self.ctx.printing.stop()
        self.ctx.till.stop_printing()
        self.ctx.ops.stop()
        self.translations.clear()
