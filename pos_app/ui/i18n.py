"""Translations: English source strings, Russian by default, Slovak for the store in Slovakia, from Qt
``.qm`` files.

Two translators per language: the till's own (``till_<lang>.qm``) and Qt's (``qtbase_<lang>.qm`` from the
Qt installation or the bundle), so that the texts Qt draws itself (the Yes/No/Cancel buttons of a
message box, a line edit's context menu) speak the same language as the screens.

The ``.ts`` sources live in ``resources/translations/``; ``make`` compiles them with
``pyside6-lrelease``. When a ``.qm`` is missing or older than its ``.ts`` (a fresh clone run
without make), it is compiled here with the ``lrelease`` that ships inside PySide6.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

from pos_app.data_files import translations_dir

from .qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = {"ru": "Русский", "en": "English", "sk": "Slovenčina"}
DEFAULT_LANGUAGE = "ru"
# numbers and money on the screens (decimal comma, grouping) follow the screen language
LOCALES = {"ru": QLocale.Language.Russian, "en": QLocale.Language.English, "sk": QLocale.Language.Slovak}
TRANSLATIONS_DIR = translations_dir()  # the .qm files (and in a checkout their .ts sources)


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


def qt_translations_dir() -> Path:
    """Where Qt keeps its own ``qtbase_*.qm`` (inside PySide6, or the bundle's copy of it)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


class Translations:
    """Installs the translators for one language; switching languages swaps them."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def use(self, language: str) -> bool:
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        self.clear()
        self.language = language
        QLocale.setDefault(QLocale(LOCALES[language]))
        if language != "en":  # Qt's own texts are English already
            self._install(qt_translations_dir() / f"qtbase_{language}.qm", required=False)
        qm = ensure_compiled(language)
        if qm is None:
            log.warning("no translation file for %r; showing English", language)
            return language == "en"
        return self._install(qm, required=True)

    def clear(self) -> None:
        """Remove this object's translators from the application (the till is closing, or switching)."""
        for old in self._translators:
            self._app.removeTranslator(old)
        self._translators = []

    def _install(self, qm: Path, required: bool) -> bool:
        translator = QTranslator(self._app)
        if not translator.load(str(qm)):
            if required or qm.exists():
                log.warning("could not load %s", qm)
            else:
                log.info("no Qt translation at %s; Qt's own buttons stay in English", qm)
            return False
        self._app.installTranslator(translator)
        self._translators.append(translator)
        return True
