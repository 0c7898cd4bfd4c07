"""QtCore for the till: Qt's own translations only for the till's languages (Russian, English, Slovak)."""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

LANGUAGES = ("_ru.qm", "_en.qm", "_sk.qm")


def wanted(src: str) -> bool:
    path = Path(src)
    return path.suffix != ".qm" or path.name.endswith(LANGUAGES)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
datas = [entry for entry in datas if wanted(entry[0])]
