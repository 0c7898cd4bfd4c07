"""``pos-till --self-check``: does this installation work? For the packaged app and support staff.

Opens and migrates a database in a temporary data directory, renders every receipt template to a
file printer, loads the translations, starts the main window (offscreen unless QT_QPA_PLATFORM is
set) and closes it. Prints one ``ok``/``FAIL`` line per check; the exit status is 0 only when every
check passed. ``--self-check=startup`` runs only the window check (it opens a new store first), for timing start-up.
"""

from __future__ import annotations

import sys
from typing import TextIO

from .clock import seconds_since_start
from .runner import Check, run_checks
from .workspace import Workspace

MODES = ("all", "startup")


def checks(ws: Workspace, mode: str = "all") -> list[Check]:
    from . import core, gui

    window = ("main window", lambda: gui.check_main_window(ws))
    if mode == "startup":
        return [window]  # what a first start does: create and migrate the store, show the window
    return [
        ("config", core.check_config),
        ("store", lambda: core.check_store(ws)),
        ("phones", core.check_phones),
        ("escpos data", core.check_escpos_profiles),
        ("printer links", core.check_printer_links),
        ("receipts", lambda: core.check_receipts(ws)),
        ("translations", gui.check_translations),
        window,
    ]


def run(mode: str = "all", out: TextIO | None = None) -> int:
    out = out or sys.stdout
    if mode not in MODES:
        print(f"pos-till: --self-check takes one of {', '.join(MODES)}, got {mode!r}", file=out)
        return 2
    from .gui import use_offscreen_unless_set

    platform = use_offscreen_unless_set()
    ws = Workspace()
    try:
        print(f"pos-till self-check ({mode}) in {ws.root}, Qt platform {platform}", file=out, flush=True)
        outcomes = run_checks(checks(ws, mode), out)
    finally:
        ws.close()
    failed = [o.name for o in outcomes if not o.ok]
    verdict = f"FAILED: {', '.join(failed)}" if failed else "all passed"
    print(f"self-check: {len(outcomes) - len(failed)}/{len(outcomes)} ok, {verdict} "
          f"({seconds_since_start():.2f} s since process start)", file=out, flush=True)
    return 1 if failed else 0
