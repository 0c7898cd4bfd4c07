"""Manual points adjustments through the facade, against a real hub: a supervisor's PIN approves
(and is recorded), the hub's ledger keeps the movement with its author and reason; bad input and an
absent hub change nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pos_app.hub.db.models import AuditEntry, LedgerMovement
from pos_app.hub.demo import DEMO_PHONES
from pos_app.hub.testing import running_hub
from pos_app.store.models import Approval
from pos_app.till import AdjustmentError, AuthError, TillServices

ANNA = DEMO_PHONES["anna"]


@pytest.fixture
def hub():
    with running_hub() as handle:
        yield handle


def _till(tmp_path, url: str, token: str = "") -> TillServices:
    return TillServices.open(tmp_path / "till.db", hub_url=url, till_token=token, seed=True, start_sync=False)


def _approvals(till: TillServices) -> list[tuple[str, str, str]]:
    with till.store.read() as s:
        return [(a.supervisor, a.action, a.detail) for a in s.scalars(select(Approval))]


def test_adjustment_reaches_the_ledger_with_author_and_reason(tmp_path, hub):
    till = _till(tmp_path, hub.url, hub.token)
    try:
        till.login("2", "2222")  # service zone
        anna = till.lookup_member(ANNA)
        answer = till.adjust_points(anna.member_id, -300, "  duplicate   accrual ", supervisor="9", pin="9999")
        assert answer["points"] == -300
        assert answer["balance"]["available"] == anna.available - 300
        history = till.member_history(anna.member_id)
        assert (history[-1].kind, history[-1].points, history[-1].note) == ("adjustment", -300,
                                                                                     "duplicate accrual")
        with hub.hub.db.read() as s:
            row = s.get(LedgerMovement, answer["movement_id"])
            assert (row.author, row.note, row.member_id) == ("9", "duplicate accrual", anna.member_id)
            audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "ledger.adjustment")).all()
        assert len(audit) == 1 and audit[0].actor.endswith("/9")
        assert _approvals(till) == [("9", "adjustment", "-300 duplicate accrual")]
    finally:
        till.close()


@pytest.mark.parametrize("points, reason, code", [(0, "x", "invalid_points"), (1.5, "x", "invalid_points"),
                                                  (True, "x", "invalid_points"), (10, "   ", "reason_required")])
def test_bad_input_is_refused_before_anything_is_sent(tmp_path, hub, points, reason, code):
    till = _till(tmp_path, hub.url, hub.token)
    try:
        anna = till.lookup_member(ANNA)
        with pytest.raises(AdjustmentError) as err:
            till.adjust_points(anna.member_id, points, reason, supervisor="9", pin="9999")
        assert err.value.code == code
        assert _approvals(till) == []
        assert till.member_history(anna.member_id)[-1].kind != "adjustment"
    finally:
        till.close()


def test_a_cashier_pin_is_not_enough(tmp_path, hub):
    till = _till(tmp_path, hub.url, hub.token)
    try:
        anna = till.lookup_member(ANNA)
        with pytest.raises(AuthError) as err:
            till.adjust_points(anna.member_id, 100, "goodwill", supervisor="1", pin="1111")
        assert err.value.code == "not_supervisor"
        assert till.member_history(anna.member_id)[-1].kind != "adjustment"
    finally:
        till.close()


def test_offline_says_adjustments_need_the_hub(tmp_path, hub):
    till = _till(tmp_path, hub.url, hub.token)
    try:
        anna = till.lookup_member(ANNA)
        hub.stop()
        with pytest.raises(AdjustmentError) as err:
            till.adjust_points(anna.member_id, 100, "goodwill", supervisor="9", pin="9999")
        assert err.value.code == "adjust_offline" and "online only" in err.value.message
        assert till.sync_state().online is False
        hub.start()
        assert all(m.kind != "adjustment" for m in till.member_history(anna.member_id))
    finally:
        till.close()
