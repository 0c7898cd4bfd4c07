"""The till's screens: PySide6 Qt Widgets. The only package that imports Qt (through ``qt.py``)."""
