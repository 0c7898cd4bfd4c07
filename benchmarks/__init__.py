"""Benchmarks, run by ``make bench``. Each module has ``run() -> list[str]`` lines to print."""
