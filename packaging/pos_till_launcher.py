"""Entry script of the packaged till (PyInstaller runs this file as ``__main__``)."""

import multiprocessing
import sys

from pos_app.till_cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless when unused; needed if a worker process is ever spawned
    sys.exit(main())
