"""The one place the till imports Qt from (Anki style).

Every module under ``pos_app/ui`` does ``from .qt import *`` (or names what it
needs from here), so a Qt upgrade or a binding change touches one file.
"""

# ruff: noqa: F401, F403
from PySide6.QtCore import *
from PySide6.QtGui import *
from PySide6.QtWidgets import *
from PySide6.QtCore import Signal, Slot, Property
from PySide6.QtTest import QTest  # benchmarks and screenshots type keys like a cashier
import shiboken6

QT_VERSION = qVersion()


def is_alive(obj) -> bool:
    """False once Qt has deleted the C++ side of ``obj`` (a closed page, a dialog)."""
    try:
        return obj is not None and shiboken6.isValid(obj)
    except TypeError:
        return True
