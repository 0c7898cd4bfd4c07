"""What the machine was doing while a benchmark ran: the share of CPU time that went to other guests
of the host ("steal", /proc/stat on Linux), and how busy the CPUs were. A figure measured while a fifth
of the CPU was stolen is not the machine's figure; each benchmark module's lines say so."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class CpuTimes:
    busy: int
    idle: int
    steal: int

    @staticmethod
    def now() -> CpuTimes | None:
        try:
            with open("/proc/stat") as f:
                fields = [int(x) for x in f.readline().split()[1:]]
        except (OSError, ValueError):
            return None
        user, nice, system, idle, iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
        return CpuTimes(busy=user + nice + system + irq + softirq, idle=idle + iowait, steal=steal)


def describe(before: CpuTimes | None, after: CpuTimes | None) -> str | None:
    if before is None or after is None:
        return None
    busy, idle, steal = after.busy - before.busy, after.idle - before.idle, after.steal - before.steal
    total = busy + idle + steal
    if total <= 0:
        return None
    return (f"machine during the run: {os.cpu_count()} CPUs, {busy * 100 / total:.0f}% busy, "
            f"{idle * 100 / total:.0f}% idle, {steal * 100 / total:.0f}% stolen by the host")
