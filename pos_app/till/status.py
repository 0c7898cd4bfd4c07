"""What the status bar shows: the sync state, the events set aside, the printer, the rules version."""

from __future__ import annotations

from dataclasses import dataclass

from pos_app.fiscal import FiscalStatus
from pos_app.sync import SyncProblem


@dataclass(frozen=True)
class TillStatus:
    """One snapshot for the status bar (sync state plus what else the till knows)."""

    online: bool | None  # None: not known yet (no exchange with the hub so far)
    waiting: int = 0
    oldest_age_s: float | None = None
    problems: tuple[SyncProblem, ...] = ()
    printer: str = "ok"  # ok (a printer is set up) | none; print jobs report their own state
    rules_version: int | None = None  # the program rules the till quotes with (pulled from the hub)
    fiscal: FiscalStatus | None = None  # the register: shift, drive expiry, operator backlog; ``level()``
