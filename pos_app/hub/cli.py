"""``pos-hub``: serve, migrate, till tokens, catalog import, demo store.

The database is ``--db URL`` (or ``$POS_HUB_DB``), by default a SQLite file under the user data dir."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from .errors import ApiError

DB_HELP = "SQLAlchemy URL, e.g. postgresql+psycopg://user:pw@127.0.0.1:5432/hub (default: SQLite in the user data dir)"


def _parser() -> argparse.ArgumentParser:
    """``--db`` works before or after the sub-command (``pos-hub --db URL serve`` = ``pos-hub serve --db
    URL``): only the top level has a default; a sub-command's ``--db`` is set only when given there."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help=DB_HELP)
    parser = argparse.ArgumentParser(prog="pos-hub", description="The loyalty hub: members, points and the ledger.")
    parser.add_argument("--db", default=os.environ.get("POS_HUB_DB"), help=DB_HELP)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", parents=[common], help="serve the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--sms", default="console", help="SMS gateway: console (default) or a provider URL")
    serve.add_argument("--demo", action="store_true", help="seed the demo store first")
    serve.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    program_help = ("the demo program: ru (electronics, RUB, Russia; the default) or prozis (sports nutrition, "
                    "EUR, Slovakia)")
    serve.add_argument("--program", choices=("ru", "prozis"), default="ru", help=program_help)
    serve.add_argument("--exit-with-stdin", action="store_true",
                       help="stop when standard input closes (the process that started the hub holds its other end)")
    sub.add_parser("migrate", parents=[common], help="create or upgrade the database schema")
    sub.add_parser("expire", parents=[common],
                   help="write every points expiry due now, once (serve does it every minute; for cron)")
    review = sub.add_parser("review", parents=[common], help="the review queue of flagged sales").add_subparsers(
        dest="review_cmd", required=True)
    rlist = review.add_parser("list", parents=[common], help="flagged sales (open ones by default)")
    rlist.add_argument("--status", choices=("open", "resolved", "all"), default="open")
    rres = review.add_parser("resolve", parents=[common], help="resolve a flagged sale's review (audited)")
    rres.add_argument("id", type=int, help="the sale's id from review list")
    rres.add_argument("--note", required=True, help="what was checked and decided")
    rres.add_argument("--by", help="who resolves it (default: the logged-in user)")
    demo = sub.add_parser("demo", parents=[common], help="seed the demo store (idempotent)")
    demo.add_argument("--program", choices=("ru", "prozis"), default="ru", help=program_help)
    till = sub.add_parser("till", parents=[common], help="till tokens").add_subparsers(dest="till_cmd", required=True)
    for name, text in (("add", "issue a token (printed once)"), ("revoke", "revoke a till's tokens")):
        p = till.add_parser(name, parents=[common], help=text)
        p.add_argument("store")
        p.add_argument("till")
    till.add_parser("list", parents=[common], help="tills with a live token, and when each last sent events")
    catalog = sub.add_parser("catalog", parents=[common], help="catalog").add_subparsers(dest="catalog_cmd",
                                                                                        required=True)
    imp = catalog.add_parser("import", parents=[common], help="import a CSV (see pos_app.hub.catalog.csv_import)")
    imp.add_argument("file")
    rules = sub.add_parser("rules", parents=[common], help="program rules").add_subparsers(dest="rules_cmd",
                                                                                          required=True)
    rules.add_parser("show", parents=[common], help="print the current rules as JSON")
    rset = rules.add_parser("set", parents=[common], help="publish new rules from a JSON file (partial: defaults fill in)")
    rset.add_argument("file")
    rset.add_argument("--author", default="cli")
    staff = sub.add_parser("staff", parents=[common], help="people acting through tills").add_subparsers(
        dest="staff_cmd", required=True)
    sadd = staff.add_parser("add", parents=[common], help="add (or change) a cashier, service or supervisor with a PIN")
    for name in ("store", "code", "name", "role"):
        sadd.add_argument(name)
    sadd.add_argument("--pin-file", help="read the PIN from this file's first line (default: prompt twice)")
    staff.add_parser("list", parents=[common], help="a store's staff").add_argument("store")
    srm = staff.add_parser("remove", parents=[common], help="deactivate a person (tills drop them on their next pull)")
    srm.add_argument("store")
    srm.add_argument("code")
    token = sub.add_parser("token", parents=[common], help="other tokens").add_subparsers(dest="token_cmd", required=True)
    tadd = token.add_parser("add", parents=[common], help="issue a back-office token (printed once)")
    tadd.add_argument("name", help="whose token (shown in the audit log)")
    tadd.add_argument("--role", choices=("back-office",), required=True)
    return parser


def _read_pin(args) -> str:
    if args.pin_file:
        with open(args.pin_file, encoding="utf-8") as f:
            return f.readline().strip()
    import getpass

    first = getpass.getpass(f"PIN for {args.code}: ")
    if getpass.getpass("The same PIN again: ") != first:
        raise ApiError("The two PINs differ; nothing was changed.", code="pin_mismatch")
    return first.strip()


def _staff(args, hub, now) -> int:
    from .audit import audit
    from .tills import add_staff, remove_staff, store_staff

    if args.staff_cmd == "list":
        with hub.db.read() as s:
            for p in store_staff(s, args.store):
                print(f"{p.code}\t{p.role}\t{p.name}\t{'active' if p.active else 'removed'}")
        return 0
    if args.staff_cmd == "remove":
        with hub.db.write() as s:
            remove_staff(s, args.store, args.code)
            audit(s, at=now, actor="cli", action="staff.remove", details={"store": args.store, "code": args.code})
        print(f"pos-hub: {args.code} removed from store {args.store}")
        return 0
    pin = _read_pin(args)
    with hub.db.write() as s:
        add_staff(s, args.store, args.code, args.name, args.role, pin)
        audit(s, at=now, actor="cli", action="staff.add",
              details={"store": args.store, "code": args.code, "role": args.role})
    print(f"pos-hub: {args.role} {args.code} added to store {args.store} (tills get them on their next pull)")
    return 0


def _rules(args, hub, now) -> int:
    import json

    from ..loyalty import LoyaltyError, Rules
    from .catalog import current_rules, set_rules

    if args.rules_cmd == "show":
        with hub.db.read() as s:
            version, current = current_rules(s)
        print(json.dumps({"version": version, "rules": current.to_dict()}, indent=2, ensure_ascii=False))
        return 0
    try:
        with open(args.file, encoding="utf-8") as f:
            new = Rules.from_dict(json.load(f))
    except (ValueError, LoyaltyError) as exc:
        raise ApiError(f"{args.file}: {getattr(exc, 'message', exc)}", code="invalid_rules") from None
    with hub.db.write() as s:
        version = set_rules(s, new, at=now, author=args.author)
    print(f"pos-hub: rules version {version} published")
    return 0


def _review(args, hub, now) -> int:
    from .review import resolve, review_list

    if args.review_cmd == "list":
        with hub.db.read() as s:
            sales = review_list(s, args.status)
        for r in sales:
            print(f"{r['id']}\t{r['status']}\t{r['sold_at']}\t{r['store']}/{r['till']}\t{r['receipt_no']}\t"
                  f"{r['member_phone'] or '-'}\taccrued {r['accrual_points']} redeemed {r['redeem_points']} "
                  f"gifts {r['gift_points']}\t{r['reason']}"
                  + (f"\tresolved by {r['resolved_by']} at {r['resolved_at']}: {r['note']}" if r["resolved_at"] else ""))
        print(f"pos-hub: {len(sales)} {args.status if args.status != 'all' else 'flagged'} sale(s)", file=sys.stderr)
        return 0
    import getpass

    who = args.by or getpass.getuser()
    with hub.db.write() as s:
        resolve(s, args.id, actor=who, note=args.note, at=now)
    print(f"pos-hub: review of sale {args.id} resolved by {who}")
    return 0


def _serve(args, hub) -> int:
    import uvicorn

    from .app import create_app
    from .sms import make_gateway

    if args.sms != "console":
        hub.sms = make_gateway(args.sms)
    if args.exit_with_stdin:
        _exit_when_stdin_closes()
    if args.demo:
        from dataclasses import replace

        from .demo import program_named, seed_demo

        seed_demo(hub, program=args.program)
        # registration codes go to the demo program's country (a real hub sets sms_countries itself)
        hub.settings = replace(hub.settings, sms_countries=program_named(args.program).sms_countries)
    from .ledger.expiry_runner import ExpiryThread

    print(f"pos-hub: serving {_safe_url(hub.db.url)} on http://{args.host}:{args.port}", flush=True)
    ExpiryThread(hub).start()  # due expiries written every minute (this process only, also with --workers)
    if args.workers > 1:
        os.environ["POS_HUB_DB"], os.environ["POS_HUB_SMS"] = hub.db.url, args.sms
        hub.db.dispose()
        uvicorn.run("pos_app.hub.asgi:app_from_env", factory=True, workers=args.workers, host=args.host,
                    port=args.port, log_level="info", access_log=False)
        return 0
    uvicorn.run(create_app(hub), host=args.host, port=args.port, log_level="info", access_log=False)
    return 0


def _exit_when_stdin_closes() -> None:
    """The demo hub ends with its till, however the till ends (SIGKILL, ``os._exit``, a Qt abort): the till
    holds the write end of our stdin pipe and the kernel closes it when the till is gone; then we stop as
    on SIGTERM (uvicorn finishes cleanly), or at once if that does not end us."""
    import signal
    import threading
    import time

    def watch() -> None:
        try:
            while sys.stdin.buffer.read(4096):
                pass
        except (OSError, ValueError):
            pass
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(10)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-stdin", daemon=True).start()


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def run(args) -> int:
    from .server import open_hub

    hub = open_hub(args.db)
    now = hub.clock.now()
    if args.command == "serve":
        return _serve(args, hub)
    if args.command == "migrate":
        print(f"pos-hub: database at {_safe_url(hub.db.url)} is up to date")
    elif args.command == "expire":
        from .ledger.expiry_runner import expire_all

        members, points = expire_all(hub)
        print(f"pos-hub: expired {points} points of {members} member(s)")
    elif args.command == "review":
        return _review(args, hub, now)
    elif args.command == "demo":
        from .demo import seed_demo

        seeded = seed_demo(hub, program=args.program)
        print(f"pos-hub: demo store ready (catalog version {seeded['catalog_version']}); members:")
        for name, phone in seeded["members"].items():
            print(f"  {name}: {phone}")
    elif args.command == "till":
        from .tills import active_tills, add_till, revoke_till

        if args.till_cmd == "list":
            with hub.db.read() as s:
                for row in active_tills(s):
                    last = row.last_batch_at.strftime("%Y-%m-%d %H:%M UTC") if row.last_batch_at else "never"
                    print(f"{row.store}/{row.till}\tadded {row.created_at:%Y-%m-%d}\tlast events {last}")
            return 0
        with hub.db.write() as s:
            if args.till_cmd == "add":
                token = add_till(s, args.store, args.till, at=now)
                print(token)
                print(f"pos-hub: token for till {args.store}/{args.till}; it is shown only once.", file=sys.stderr)
            else:
                revoke_till(s, args.store, args.till, at=now)
                print(f"pos-hub: till {args.store}/{args.till} revoked")
    elif args.command == "rules":
        return _rules(args, hub, now)
    elif args.command == "staff":
        return _staff(args, hub, now)
    elif args.command == "token":
        from .tills import add_till

        with hub.db.write() as s:
            print(add_till(s, "*", args.name, at=now, role=args.role))
        print(f"pos-hub: {args.role} token for {args.name}; it is shown only once.", file=sys.stderr)
    elif args.command == "catalog":
        from .catalog import import_csv

        with hub.db.write() as s:
            version, count = import_csv(s, args.file, at=now)
        print(f"pos-hub: imported {count} items, catalog version {version}")
    return 0


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    args = _parser().parse_args(argv)
    try:
        return run(args)
    except ApiError as exc:
        print(f"pos-hub: {exc.message} ({exc.code})", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"pos-hub: {exc}", file=sys.stderr)
        return 2
