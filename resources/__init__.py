"""Style sheet and compiled translations, installed as the package data ``pos_app.resources``.

Read them through :mod:`pos_app.data_files`. ``screenshots/`` and the ``.ts`` sources stay in the repository."""
