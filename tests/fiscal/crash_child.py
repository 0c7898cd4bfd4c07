"""The fiscal crash test's child: a zygote that imports everything once, then for each "go SEED" line on
stdin forks a worker that first settles what the last kill left (``recover``, as a restarted till does),
then sells on the emulator until it is killed with SIGKILL.

Each worker appends "receipt_no fiscal_number" to LOG (one write(2)) right after ``register_sale``
returns, and keeps its phase in the first byte of LOG.phase: "R" recovering, "P" writing the pending
row, "B" before the register call, "D" during it (the register is printing, before it signs), "S" signed
and not yet committed, "C" committed.

usage: python crash_child.py DB FISCAL_MEMORY LOG
"""

from __future__ import annotations

import os
import random
import sys
from decimal import Decimal

from pos_app.fiscal.drivers.emulator import EmulatorRegister
from pos_app.loyalty import Rules
from pos_app.sales import BasketLine, Product, SaleDraft, Tender
from pos_app.store import open_store
from pos_app.till.fiscal_sale import recover, register_sale

PHONE = "+79123456789"


def work(db: str, memory: str, log: str, seed: int) -> None:
    rng = random.Random(seed)
    phase = os.open(log + ".phase", os.O_WRONLY | os.O_CREAT, 0o644)
    mark = lambda p: os.pwrite(phase, p.encode(), 0)  # noqa: E731
    steps = {"pending": "B", "signing": "S", "signed": "S"}
    register = EmulatorRegister(memory, delay=rng.choice([0.0, 0.004, 0.01]),
                                on_step=lambda s: mark("S" if s == "signed" else "D"))
    store = open_store(db)
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    print("ready", flush=True)
    mark("R")
    recover(store, register)
    while True:
        price = Decimal(rng.randrange(100, 100_000)) / 100
        line = BasketLine(Product(f"SKU{rng.randrange(50)}", "Item", price, "misc", bonus_points=rng.randrange(1, 50),
                                  vat=rng.choice(["vat22", "vat10", "none"])), rng.randint(1, 3))
        draft = SaleDraft((line,), (Tender(rng.choice(["cash", "card"]), price * line.qty),), "1", member_phone=PHONE)
        mark("P")
        done = register_sale(store, register, draft, Rules(), store_id="S1", till_id="T1",
                             step=lambda s: mark(steps.get(s, "S")) if s == "pending" else None)
        mark("C")
        os.write(fd, f"{done.receipt_no} {done.fiscal['number']}\n".encode())


def main(argv: list[str]) -> int:
    db, memory, log = argv
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
    for command in sys.stdin:
        seed = int(command.split()[1])
        pid = os.fork()
        if pid == 0:
            print(os.getpid(), flush=True)
            try:
                work(db, memory, log, seed)
            finally:
                os._exit(0)
        _, status = os.waitpid(pid, 0)
        print(f"exit {status}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
