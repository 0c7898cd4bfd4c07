"""Run every benchmark module in this package and print its figures."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import benchmarks
from benchmarks.machine import CpuTimes, describe


def main(argv: list[str]) -> int:
    wanted = set(argv)
    for mod in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda m: m.name):
        if not mod.name.startswith("bench_") or (wanted and mod.name not in wanted):
            continue
        module = importlib.import_module(f"benchmarks.{mod.name}")
        print(f"== {mod.name}")
        before = CpuTimes.now()
        lines = module.run()
        machine = describe(before, CpuTimes.now())
        for line in lines + ([machine] if machine else []):
            print(f"   {line}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
