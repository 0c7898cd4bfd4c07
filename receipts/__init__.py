"""Receipt templates (``*.txt``), installed as the package data ``pos_app.receipts``.

Read them through :mod:`pos_app.data_files`, never by a path relative to the source tree."""
