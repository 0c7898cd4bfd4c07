"""``python -m pos_app.loyalty quote FILE``: the rules engine from the command line."""

from __future__ import annotations

import argparse
import json
import sys

from .errors import InvalidInput, LoyaltyError
from .quote import quote_json

DESCRIPTION = """\
The bonus rules engine of the till, from the command line.

  quote FILE   read a basket as JSON from FILE (or - for stdin) and print its quote:
               which lines may be paid with points and why not, the most points the
               basket may take, how the points spread over the lines, what is left
               to pay and how many points the purchase earns.

This is the same function the till runs at the payment screen, so support staff can
use it to answer "why could this basket not be paid with bonuses?": each line's
"reason" says why it is ineligible (gift, excluded_category, sale_item, credit).
Refusals print {"error": {"code", "message", "field"}} and exit with status 2.
"""


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def _emit(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pos_app.loyalty", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    q = sub.add_parser("quote", help="quote a basket given as JSON (FILE or - for stdin)")
    q.add_argument("file", metavar="FILE", help="JSON input file, or - for stdin")
    args = parser.parse_args(argv)

    try:
        text = _read(args.file)
    except OSError as exc:
        _emit(InvalidInput(f"cannot read {args.file}: {exc.strerror}", None).as_dict())
        return 2
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except ValueError as exc:
        _emit(InvalidInput(f"input is not valid JSON: {exc}", None).as_dict())
        return 2
    try:
        result = quote_json(data)
    except LoyaltyError as exc:
        _emit(exc.as_dict())
        return 2
    _emit(result)
    return 0


def _reject_constant(text: str) -> None:
    raise ValueError(f"{text} is not allowed")


if __name__ == "__main__":
    raise SystemExit(main())
