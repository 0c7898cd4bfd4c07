"""Returns and cancellations need a supervisor (SQLite and PostgreSQL): none -> ``supervisor_required``;
a code that is not a supervisor of that store at the hub -> ``role_not_allowed`` (staff belong to the hub:
a store with nobody added accepts no code at all)."""

from __future__ import annotations

import pytest

from hub_builders import add_member, balance, cancelled, line, returned, sale, send
from pos_app.hub.tills.roles import remove_staff

KINDS = ["sale.returned", "sale.cancelled"]


def _reversal(kind: str, receipt: str, at, supervisor: str | None) -> dict:
    payload = returned(receipt, [(1, 1)], at) if kind == "sale.returned" else cancelled(receipt, at)
    return {**payload, "supervisor": supervisor}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("supervisor", [None, ""])
def test_a_reversal_without_a_supervisor_is_rejected_and_changes_nothing(hub, till, clock, kind, supervisor):
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=100)], clock.now()))
    r = send(hub, till, kind, _reversal(kind, "A", clock.now(), supervisor))
    assert (r["status"], r["code"]) == ("rejected", "supervisor_required")
    assert balance(hub, member).pending_total == 100
    again = send(hub, till, kind, _reversal(kind, "A", clock.now(), "900"))  # the sale is still reversible
    assert again["status"] == "applied"


@pytest.mark.parametrize("kind", KINDS)
def test_only_a_supervisor_of_the_store_at_the_hub_may_reverse(hub, till, clock, kind):
    member = add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=100)], clock.now()))
    for code in ("101", "555"):
        r = send(hub, till, kind, _reversal(kind, "A", clock.now(), code))
        assert (r["status"], r["code"]) == ("rejected", "role_not_allowed")
    assert balance(hub, member).pending_total == 100
    assert send(hub, till, kind, _reversal(kind, "A", clock.now(), "900"))["status"] == "applied"
    assert balance(hub, member).pending_total == 0


@pytest.mark.parametrize("kind", KINDS)
def test_a_store_without_staff_at_the_hub_accepts_no_supervisor_code(hub, till, clock, kind):
    """Issue 12 #1: before, a store with no staff at the hub took any string as a supervisor."""
    add_member(hub)
    send(hub, till, "sale.finished", sale("A", [line(accrual=100)], clock.now()))
    with hub.db.write() as s:
        for code in ("101", "700", "900"):
            remove_staff(s, "S1", code)
    r = send(hub, till, kind, _reversal(kind, "A", clock.now(), "900"))
    assert (r["status"], r["code"]) == ("rejected", "role_not_allowed")
