from __future__ import annotations

from datetime import timedelta

import pytest



def hub_ledger(handle) -> list[tuple]:
    """Every movement of the hub's ledger in order, as (phone, kind, points, receipt_no)."""
    from sqlalchemy import select

    from pos_app.hub.db.models import Member, LedgerMovement

    with handle.hub.db.read() as session:
        rows = session.execute(
            select(Member.phone, LedgerMovement.kind, LedgerMovement.points, LedgerMovement.receipt_no)
            .join(Member, Member.member_id == LedgerMovement.member_id).order_by(LedgerMovement.id)
        )
        return [tuple(r) for r in rows]


def apply_directly(handle, events: list[dict]) -> list[dict]:
    """Apply till events in the hub's own process, no HTTP in between (the fault-free reference)."""
    from datetime import datetime

    from sqlalchemy import select

    from pos_app.hub.db.models import Till
    from pos_app.hub.events import EventIn
    from pos_app.hub.events.apply import apply_batch

    with handle.hub.db.read() as session:
        till = session.scalar(select(Till).where(Till.store == handle.store, Till.till == handle.till))
    batch = [EventIn(id=e["id"], kind=e["kind"], created_at=datetime.fromisoformat(e["created_at"]), payload=e["payload"])
             for e in events]
    return apply_batch(handle.hub, till, batch)


def accruals_by_receipt(handle):
    from collections import Counter

    return Counter(receipt for _, kind, _, receipt in hub_ledger(handle) if kind == "accrual" and receipt.startswith("S1-"))


@pytest.fixture
def crash_hub():
    """(url, token, applied_receipts): ``applied_receipts()`` counts the hub's accrual movements per receipt."""
    from crash_child import CATALOG
    from pos_app.hub.catalog import upsert_items
    from pos_app.hub.testing import running_hub

    with running_hub() as hub:
        with hub.hub.db.write() as session:  # the items the child sells, made before its sales
            upsert_items(session, CATALOG, at=hub.hub.clock.now() - timedelta(days=1))
        yield hub.url, hub.token, lambda: accruals_by_receipt(hub)


@pytest.fixture
def ledger_hubs():
    """Two real hubs, each with .url, .address (host, port), .token, .phones, .ledger()."""
    from types import SimpleNamespace

    from pos_app.hub.demo import DEMO_PHONES
    from pos_app.hub.testing import running_hub

    from datetime import date

    from pos_app.hub.members.create import create_member

    phones = [DEMO_PHONES["anna"], DEMO_PHONES["boris"]] + [f"+7916000{i:04d}" for i in range(40)]

    def view(hub):
        with hub.hub.db.write() as session:  # members to spread the sales over, as in a real store
            for phone in phones[2:]:
                create_member(session, phone=phone, birth_date=date(1990, 1, 1), at=hub.hub.clock.now())
        return SimpleNamespace(url=hub.url, address=("127.0.0.1", hub.port), token=hub.token, phones=phones,
                               ledger=lambda: hub_ledger(hub), apply_directly=lambda events: apply_directly(hub, events))

    with running_hub() as a, running_hub() as b:
        yield view(a), view(b)


@pytest.fixture
def offline_hub():
    """A real hub that is down until ``start()``: .token, .start() -> context manager yielding (host, port),
    .applied_in_order() -> the event ids of the till's sales in the order the hub applied them."""
    import contextlib
    from types import SimpleNamespace

    from sqlalchemy import select

    from pos_app.hub.db.models import LedgerSale
    from pos_app.hub.testing import running_hub

    with running_hub() as hub:
        hub.stop()

        @contextlib.contextmanager
        def start():
            hub.start()
            try:
                yield ("127.0.0.1", hub.port)
            finally:
                hub.stop()

        def applied_in_order():
            with hub.hub.db.read() as session:
                return list(session.scalars(select(LedgerSale.event_id).where(LedgerSale.store == "S1").order_by(LedgerSale.id)))

        yield SimpleNamespace(token=hub.token, start=start, applied_in_order=applied_in_order)
