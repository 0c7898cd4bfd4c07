"""Checks of the Qt parts: the compiled translations and the main window (offscreen unless told otherwise).

Imported only when these checks run, so the rest of the self-check works without Qt."""

from __future__ import annotations

import os
import time

from .clock import seconds_since_start
from .workspace import Workspace

UNREACHABLE_HUB = "http://127.0.0.1:9"  # the discard port: nothing answers, the till starts offline


def use_offscreen_unless_set() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return os.environ["QT_QPA_PLATFORM"]


def check_translations() -> str:
    from pos_app.ui.app import application
    from pos_app.ui.i18n import LANGUAGES, TRANSLATIONS_DIR, qm_path, qt_translations_dir
    from pos_app.ui.qt import QTranslator

    app = application()
    loaded = []
    for language in LANGUAGES:
        path = qm_path(language)
        translator = QTranslator(app)
        if not path.is_file() or not translator.load(str(path)):
            raise RuntimeError(f"cannot load {path}")
        if language != "en" and translator.isEmpty():  # English is the source language
            raise RuntimeError(f"{path} holds no translations")
        loaded.append(path.name)
    qt_loaded = []
    for language in (lang for lang in LANGUAGES if lang != "en"):  # Qt's own texts are English already
        path = qt_translations_dir() / f"qtbase_{language}.qm"  # shipped with Qt, collected into the bundle
        if not QTranslator(app).load(str(path)):
            raise RuntimeError(f"cannot load Qt's own translation {path}")
        qt_loaded.append(path.name)
    return f"loaded {', '.join(loaded)} from {TRANSLATIONS_DIR}, Qt's {', '.join(qt_loaded)}"


def check_main_window(ws: Workspace) -> str:
    from pos_app.till import TillServices
    from pos_app.ui.app import STYLE, TillApp
    from pos_app.ui.qt import QApplication

    services = TillServices.open(ws.path("window.db"), hub_url=UNREACHABLE_HUB, start_sync=False)
    till = None
    try:
        till = TillApp(services)
        window = till.show()
        QApplication.processEvents()
        shown_after, cpu = seconds_since_start(), time.process_time()  # CPU: a figure load on the machine barely moves
        if not window.isVisible():
            raise RuntimeError("the main window did not show")
        page = window.current.name
        title = window.windowTitle()
        if till.ctx.language == "ru" and not any("\u0400" <= ch <= "\u04ff" for ch in title):
            raise RuntimeError(f"the window is not in Russian (title {title!r}): translations not applied")
        sheet = till.app.styleSheet()
        if not sheet or "@STYLES@" in sheet:
            raise RuntimeError(f"the style sheet {STYLE} was not applied")
        return (f"window {title!r} on page {page!r}, language {till.ctx.language}, "
                f"platform {QApplication.platformName()}, shown {shown_after:.2f} s after process start "
                f"({cpu:.2f} s CPU), style {STYLE}")
    finally:
        if till is not None:
            till.close()
            QApplication.processEvents()
        services.close()
