"""QtGui for the till: only the Qt plugins a Qt Widgets till uses.

Replaces PyInstaller's hook (same collection, then filtered) so that the dropped plugins' own
library dependencies (GTK, cairo, pango, Wayland, EGL...) are never analysed or collected."""

import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

if sys.platform.startswith("win"):
    PLATFORMS = {"qwindows", "qoffscreen", "qminimal"}
elif sys.platform == "darwin":
    PLATFORMS = {"libqcocoa", "libqoffscreen", "libqminimal"}
else:
    PLATFORMS = {"libqxcb", "libqoffscreen", "libqminimal"}  # X11 (XWayland too), offscreen for the self-check

DROP_FOLDERS = {
    "egldeviceintegrations", "generic", "platformthemes", "xcbglintegrations", "accessiblebridge",
    "wayland-decoration-client", "wayland-graphics-integration-client", "wayland-shell-integration",
}
IMAGE_FORMATS = {"qgif", "qico", "qjpeg", "qsvg"}  # PNG is built into QtGui


def wanted(src: str) -> bool:
    path = Path(src)
    folder = path.parent.name
    stem = path.stem.split(".")[0]
    if folder in DROP_FOLDERS:
        return False
    if folder == "platforms":
        return stem in PLATFORMS
    if folder == "imageformats":
        return stem.removeprefix("lib") in IMAGE_FORMATS
    return True


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if wanted(entry[0])]
