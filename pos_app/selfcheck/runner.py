"""Running named checks and printing one line each: ``ok``/``FAIL``, the name, what was checked, the time."""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TextIO

Check = tuple[str, Callable[[], str]]  # a name and a function that returns what it verified or raises


@dataclass(frozen=True)
class Outcome:
    name: str
    ok: bool
    detail: str
    seconds: float


def run_check(name: str, fn: Callable[[], str]) -> Outcome:
    started = time.perf_counter()
    try:
        detail = fn()
        ok = True
    except Exception as exc:  # noqa: BLE001 - every failure is reported, none stops the others
        detail = f"{type(exc).__name__}: {exc}"
        last = traceback.extract_tb(exc.__traceback__)[-1:]  # where it failed, for support staff
        if last:
            detail += f" [{last[0].filename.rsplit('/', 1)[-1]}:{last[0].lineno}]"
        ok = False
    return Outcome(name, ok, detail, time.perf_counter() - started)


def run_checks(checks: Iterable[Check], out: TextIO) -> list[Outcome]:
    outcomes = []
    for name, fn in checks:
        outcome = run_check(name, fn)
        mark = "ok  " if outcome.ok else "FAIL"
        print(f"{mark}  {name:<14} {outcome.detail} ({outcome.seconds * 1000:.0f} ms)", file=out, flush=True)
        outcomes.append(outcome)
    return outcomes
