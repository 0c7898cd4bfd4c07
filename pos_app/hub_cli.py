"""``pos-hub``: the loyalty hub, the ledger that owns every point."""

from __future__ import annotations

import argparse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pos-hub", description="The loyalty hub: members, points and the ledger.")
    parser.parse_args(argv)
    print("pos-hub: the hub is not built yet; see `pos-hub --help`.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
