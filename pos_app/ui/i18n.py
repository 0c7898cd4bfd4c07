"""Translations: English source strings, Russian by default, from Qt ``.qm`` files.

The ``.ts`` sources live in ``resources/translations/``; ``make`` compiles them with
``pyside6-lrelease``. When a ``.qm`` is missing or older than its ``.ts`` (a fresh clone run
without make), it is compiled here with the ``lrelease`` that ships inside PySide6.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

from .qt import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = {"ru": "Русский", "en": "English"}
DEFAULT_LANGUAGE = "ru"
TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _lrelease() -> str | None:
    try:
        import PySide6

        bundled = Path(PySide6.__file__).parent / "lrelease"
        if bundled.exists():
            return str(bundled)
    except ImportError:  # pragma: no cover
        pass
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def qm_path(language: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"till_{language}.qm"


def ensure_compiled(language: str, directory: Path = TRANSLATIONS_DIR) -> Path | None:
    """The ``.qm`` for ``language``, compiling its ``.ts`` first when needed."""
    ts, qm = directory / f"till_{language}.ts", qm_path(language, directory)
    stale = ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime)
    if stale:
        tool = _lrelease()
        if tool:
            try:
                subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60,
                               capture_output=True)
            except (OSError, subprocess.SubprocessError) as exc:
                log.warning("could not compile %s: %s", ts, exc)
    return qm if qm.exists() else None


class Translations:
    """Installs the translator for one language; switching languages swaps it."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.language = "en"

    def use(self, language: str) -> bool:
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Russian if language == "ru" else QLocale.Language.English))
        qm = ensure_compiled(language)
        if qm is None:
            log.warning("no translation file for %r; showing English", language)
            return language == "en"
        translator = QTranslator(self._app)
        if not translator.load(str(qm)):
            log.warning("could not load %s", qm)
            return False
        self._app.installTranslator(translator)
        self._translator = translator
        return True
