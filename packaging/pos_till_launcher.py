"""Entry script of the packaged till (PyInstaller runs this file as ``__main__``)."""

import multiprocessing
import os
import sys
from pathlib import Path


def cache_escpos_capabilities() -> None:
    """python-escpos parses its printer database on import and caches it in a new temporary folder each
    time unless told where; keep the cache in the user cache dir so start-up parses it once."""
    if "ESCPOS_CAPABILITIES_PICKLE_DIR" in os.environ:
        return
    from platformdirs import user_cache_dir

    folder = Path(user_cache_dir("pos-till", appauthor=False)) / "escpos"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(folder)


if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless when unused; needed if a worker process is ever spawned
    cache_escpos_capabilities()
    from pos_app.till_cli import main

    sys.exit(main())
