"""Entry script of the packaged till (PyInstaller runs this file as ``__main__``; the Windows installer
runs it as ``python -m pos_till_launcher``)."""

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


def utf8_output() -> None:
    """On Windows a redirected stdout/stderr (a pipe, a file, a deployment tool's log) is written in the
    ANSI code page, and cp1252 cannot encode the Russian texts the till prints (the self-check's window
    line): write UTF-8 there instead. A console is Unicode already; Linux is UTF-8 already."""
    if not sys.platform.startswith("win"):
        return
    for stream in (sys.stdout, sys.stderr):  # None under pythonw.exe / a windowed build
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")


if __name__ == "__main__":
    multiprocessing.freeze_support()
    utf8_output()  # harmless when unused; needed if a worker process is ever spawned
    cache_escpos_capabilities()
    from pos_app.till_cli import main

    sys.exit(main())
