"""``pos-till``: the till application."""

from __future__ import annotations

import argparse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pos-till", description="The loyalty-aware point-of-sale till.")
    parser.parse_args(argv)
    print("pos-till: the till app is not built yet; see `pos-till --help`.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
