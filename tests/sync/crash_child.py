"""The crash test's child: a zygote that imports everything once, then for each "go SEED" line
on stdin forks a worker that sells and syncs until it is killed with SIGKILL.

Each worker appends "receipt_no event_id" to LOG (one write(2) per line) right after
``finish_sale`` returns, so the parent knows which finishes returned.

It also keeps its current phase in the first byte of LOG.phase ("S" writing a sale, "R" relaying
to the hub), so the parent can tell where each kill landed.

usage: python crash_child.py DB HUB_URL TOKEN LOG
"""

from __future__ import annotations

import os
import random
import sys
from decimal import Decimal

from pos_app.loyalty import Rules
from pos_app.sales import BasketLine, Product, SaleDraft, Tender, finish_sale
from pos_app.store import open_store
from pos_app.sync import Backoff, HubClient, HubUnavailable, OutboxRelay

PHONE = "+79123456789"
CATALOG = [Product(f"SKU{k}", "Item", Decimal(100 + 997 * k) / 100, "misc", bonus_points=1 + k % 49) for k in range(50)]
"""What the child sells; the crash test's hub has these items in its catalog (a sale is recomputed there)."""


def work(db: str, hub_url: str, token: str, log: str, seed: int) -> None:
    rng = random.Random(seed)
    store = open_store(db)
    relay = OutboxRelay(store, HubClient(hub_url, token, timeout=(1.0, 2.0)), batch_size=rng.choice([1, 5, 20]),
                        backoff=Backoff(base=0.001, cap=0.01))
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    phase = os.open(log + ".phase", os.O_WRONLY | os.O_CREAT, 0o644)
    print("ready", flush=True)  # the parent kills at a random moment after this
    while True:
        if rng.random() < 0.7:
            os.pwrite(phase, b"S", 0)
            line = BasketLine(rng.choice(CATALOG), rng.randint(1, 3))
            draft = SaleDraft((line,), (Tender("cash", line.amount),), "1", member_phone=PHONE)
            done = finish_sale(store, draft, Rules(), store_id="S1", till_id="T1")
            os.write(fd, f"{done.receipt_no} {done.event_id}\n".encode())
        else:
            os.pwrite(phase, b"R", 0)
            try:
                relay.send_once()
            except HubUnavailable:
                pass


def main(argv: list[str]) -> int:
    db, hub_url, token, log = argv
    from sqlalchemy.orm import configure_mappers

    configure_mappers()  # warm the zygote so that forked workers start selling at once
    import requests  # noqa: F401 - HubClient imports it on first use; the zygote pays for it once

    for command in sys.stdin:
        seed = int(command.split()[1])
        pid = os.fork()
        if pid == 0:
            print(os.getpid(), flush=True)
            try:
                work(db, hub_url, token, log, seed)
            finally:
                os._exit(0)
        _, status = os.waitpid(pid, 0)
        print(f"exit {status}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
