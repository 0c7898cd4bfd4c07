"""Property tests of the ledger (hypothesis, bounded): replaying with duplicates and retries gives the same
ledger as applying each event once; the balance is the sum of the movements at every moment; lots never
go below zero, and a negative balance only comes from an annulment the history shows."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from hub_builders import PHONE, add_member, cancelled, line, returned, sale
from pos_app.hub.clock import ManualClock
from pos_app.hub.db.models import Lot, LedgerMovement, Till
from pos_app.hub.events import EventIn, apply_event
from pos_app.hub.ledger import balance_as_of
from pos_app.hub.ledger.expiry import pending_expiries
from pos_app.hub.server import open_hub
from pos_app.hub.sms import ConsoleGateway
from pos_app.hub.tills import add_till

START = datetime(2026, 1, 1, 9, 0, tzinfo=timezone.utc)

op = st.one_of(
    st.tuples(st.just("sale"), st.integers(0, 500), st.integers(0, 100), st.integers(1, 4)),
    st.tuples(st.just("return"), st.integers(0, 30), st.integers(1, 3)),
    st.tuples(st.just("cancel"), st.integers(0, 30)),
    st.tuples(st.just("advance"), st.integers(1, 200)),
)
delivery = st.lists(st.integers(1, 3), min_size=40, max_size=40)


def _open(url: str, clock: ManualClock, tmp) -> tuple:
    hub = open_hub(url, clock=clock, sms=ConsoleGateway(None), migrate=False)
    member = add_member(hub)
    with hub.db.write() as s:
        add_till(s, "S1", "T1", at=clock.now())
        till = s.scalar(select(Till))
    return hub, till, member


def _ledger(hub, member) -> list[tuple]:
    with hub.db.read() as s:
        rows = s.scalars(select(LedgerMovement).where(LedgerMovement.member_id == member).order_by(LedgerMovement.id))
        return [(m.kind, m.points, m.at, m.effective_at, m.receipt_no) for m in rows]


def _check_invariants(hub, member) -> None:
    now = hub.clock.now()
    with hub.db.read() as s:
        b = balance_as_of(s, member, now)
        total = s.scalar(select(func.coalesce(func.sum(LedgerMovement.points), 0)).where(LedgerMovement.member_id == member))
        unwritten = sum(p for _, p, _ in pending_expiries(s, member, now))
        assert b.available + b.pending_total == total - unwritten
        for lot in s.scalars(select(Lot)):
            assert 0 <= lot.remaining <= lot.points
        if b.available < 0:
            kinds = set(s.scalars(select(LedgerMovement.kind).where(LedgerMovement.member_id == member)))
            assert kinds & {"return_annulment", "cancellation"}


def _events_from(ops, hub, till, member) -> list[tuple[datetime, EventIn | None]]:
    """Apply ``ops`` once to ``hub`` (checking invariants) and return the timeline to replay."""
    timeline: list[tuple[datetime, EventIn | None]] = []
    sales: list[tuple[str, int]] = []
    for i, o in enumerate(ops):
        now = hub.clock.now()
        if o[0] == "advance":
            hub.clock.advance(days=o[1])
            timeline.append((hub.clock.now(), None))
            _check_invariants(hub, member)
            continue
        if o[0] == "sale":
            with hub.db.read() as s:
                available = max(0, balance_as_of(s, member, now).available)
            redeem = min(available, o[1] * o[2] // 100)
            receipt = f"R{i}"
            ev = EventIn(str(uuid.uuid4()), "sale.finished", None,
                         sale(receipt, [line(qty=o[3], accrual=o[1], redeem=redeem)], now, phone=PHONE))
            sales.append((receipt, o[3]))
        elif not sales:
            continue
        elif o[0] == "return":
            receipt, qty = sales[o[1] % len(sales)]
            ev = EventIn(str(uuid.uuid4()), "sale.returned", None,
                         returned(receipt, [(1, min(qty, o[2]))], now, return_no=f"RET{i}"))
        else:
            receipt, _ = sales[o[1] % len(sales)]
            ev = EventIn(str(uuid.uuid4()), "sale.cancelled", None, cancelled(receipt, now))
        result = apply_event(hub, till, ev)
        assert result["status"] in ("applied", "rejected")
        timeline.append((now, ev))
        _check_invariants(hub, member)
    return timeline


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op, min_size=1, max_size=25), copies=delivery)
def test_replay_with_duplicates_and_retries_gives_the_same_ledger(db_factory, tmp_path, ops, copies):
    once, once_till, once_member = _open(db_factory(), ManualClock(START), tmp_path)
    timeline = _events_from(ops, once, once_till, once_member)
    again, again_till, again_member = _open(db_factory(), ManualClock(START), tmp_path)
    sent: list[EventIn] = []
    for n, (moment, ev) in enumerate(timeline):
        again.clock.set(moment)
        if ev is None:
            continue
        for _ in range(copies[n % len(copies)]):  # a retried request
            first = apply_event(again, again_till, ev)
        sent.append(ev)
        if sent and copies[n % len(copies)] == 3:  # a retried old batch arrives late
            old = sent[n % len(sent)]
            assert apply_event(again, again_till, old)["status"] in ("duplicate", "rejected")
        assert first["status"] in ("applied", "duplicate", "rejected")
    again.clock.set(once.clock.now())
    assert _ledger(once, once_member) == _ledger(again, again_member)
    with once.db.read() as a, again.db.read() as b:
        assert (balance_as_of(a, once_member, once.clock.now()).to_dict()
                == balance_as_of(b, again_member, again.clock.now()).to_dict())
    once.db.dispose()
    again.db.dispose()
