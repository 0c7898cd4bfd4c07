"""``pos-till``: the till application."""

from __future__ import annotations

import argparse
import json
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pos-till", description="The loyalty-aware point-of-sale till.")
    parser.add_argument("--print-test", action="store_true", help="print a test page on the receipt printer")
    parser.add_argument("--printer", metavar="JSON", help="printer settings file for --print-test")
    parser.add_argument("--self-check", nargs="?", const="all", metavar="startup",
                        help="check this installation (database, receipts, translations, window) and exit")
    from pos_app.ui.launch import add_arguments, run

    add_arguments(parser)
    args = parser.parse_args(argv)
    if args.self_check:
        from pos_app.selfcheck import run as self_check

        _exit_without_teardown(self_check(args.self_check))
    if args.print_test:
        return print_test(args.printer)
    return run(args)


def _exit_without_teardown(code: int) -> None:
    """End the process now, with ``code``. The self-check has printed its verdict and closed all it
    opened; what is left is the interpreter tearing down Qt's objects, where PySide6 can crash in rare
    runs (a SIGSEGV after "all passed" was seen once in CI), which would turn a passed check into a
    failed exit status. So the self-check skips that teardown (and never returns from ``main``)."""
    import logging
    import os

    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code)


def print_test(settings_file: str | None) -> int:
    from pos_app.printing import PrinterSettings, PrinterSettingsError, TemplateError
    from pos_app.printing.test_page import print_test_page
    from pos_app.printing.transport import PrintError

    try:
        data = json.loads(open(settings_file, encoding="utf-8").read()) if settings_file else {}
        page = print_test_page(PrinterSettings.from_dict(data))
    except (OSError, ValueError, PrinterSettingsError, TemplateError) as exc:
        print(f"pos-till: printer settings: {exc}", file=sys.stderr)
        return 2
    except PrintError as exc:
        print(f"pos-till: {exc} ({exc.detail})", file=sys.stderr)
        return 1
    print(page.preview, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
