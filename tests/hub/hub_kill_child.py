"""The hub kill test's child: a zygote that imports the hub once, then for each "go" line on stdin
forks a worker that runs ``pos-hub --db URL serve --port PORT`` (``pos_app.hub.cli.main``, the console
script's own entry) until the parent kills it with SIGKILL.

A fresh ``pos-hub serve`` takes seconds to import on a busy machine; forking a warmed process makes a
restart cost what the serve command itself does (open the database, check its migrations, bind, serve),
so the test can kill the hub often. The test also runs the installed console script once.

Protocol: the parent writes "go"; the zygote answers the worker's pid, then "exit STATUS" when it dies.
The worker's own output goes to LOG (appended), never to the zygote's stdout.

usage: python hub_kill_child.py DB_URL PORT LOG
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str]) -> int:
    db_url, port, log = argv
    import fastapi  # noqa: F401 - warm the zygote: the forked workers start serving at once
    import uvicorn  # noqa: F401
    from sqlalchemy.orm import configure_mappers

    import pos_app.hub.app  # noqa: F401
    import pos_app.hub.db.models  # noqa: F401
    from pos_app.hub import cli
    from pos_app.hub.db import upgrade  # noqa: F401 - alembic too

    configure_mappers()
    for _ in sys.stdin:
        pid = os.fork()
        if pid == 0:
            print(os.getpid(), flush=True)
            out = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            os.dup2(out, 1)
            os.dup2(out, 2)
            sys.stdin.close()
            try:
                cli.main(["--db", db_url, "serve", "--port", port])
            finally:
                os._exit(0)
        _, status = os.waitpid(pid, 0)
        print(f"exit {status}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
