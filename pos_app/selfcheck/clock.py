"""Seconds since this process started (to time start-up from the very beginning, bootloader included)."""

from __future__ import annotations

import os
import sys
import time

_IMPORTED_AT = time.time()  # fallback: when this module was first imported


def _linux_start_epoch() -> float | None:
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
    except (OSError, IndexError, ValueError):
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    started_after_boot = int(fields[19]) / ticks  # field 22 of stat: starttime
    return time.time() - uptime + started_after_boot


def _windows_start_epoch() -> float | None:
    try:
        import ctypes
        from ctypes import wintypes

        creation, exit_, kernel, user = (wintypes.FILETIME() for _ in range(4))
        handle = ctypes.windll.kernel32.GetCurrentProcess()
        if not ctypes.windll.kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in (creation, exit_, kernel, user))):
            return None
        ticks = (creation.dwHighDateTime << 32) | creation.dwLowDateTime  # 100 ns since 1601
        return ticks / 1e7 - 11644473600
    except (AttributeError, OSError):
        return None


def process_start_epoch() -> float:
    found = _linux_start_epoch() if sys.platform.startswith("linux") else (
        _windows_start_epoch() if sys.platform.startswith("win") else None)
    return found if found is not None else _IMPORTED_AT


def seconds_since_start() -> float:
    return time.time() - process_start_epoch()
