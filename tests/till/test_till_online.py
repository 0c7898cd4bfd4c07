"""The facade against a real hub: catalog pull, member look-up, paying with points after the SMS
code, the sale reaching the ledger, a return, and a sync problem shown with the hub's message."""

from __future__ import annotations

import threading

import pytest

from pos_app.hub.demo import DEMO_PHONES
from pos_app.hub.testing import running_hub
from pos_app.sync import Backoff, MemberNotFound
from pos_app.till import BasketLine, Tender, TillServices

from tests.common import wait_for

ANNA = DEMO_PHONES["anna"]



@pytest.fixture
def online(tmp_path):
    with running_hub() as hub:
        till = TillServices.open(tmp_path / "till.db", hub_url=hub.url, till_token=hub.token, seed=True,
                                 sync_options={"idle_interval": 0.1, "backoff": Backoff(base=0.05, cap=0.5)})
        assert wait_for(till.status, lambda st: st.online is True and st.catalog_version)
        yield hub, till
        till.close()


def test_pay_with_points_online_then_return(online):
    hub, till = online
    till.login("1", "1111")
    phone = till.find_product("4600000000011")  # pulled from the hub's demo catalog
    anna = till.lookup_member("8 912 345-67-89")
    assert anna.available == 5000 and not anna.cached
    challenge = till.request_redemption_code(anna.phone, 1000)
    token = None
    if challenge["required"]:
        token = till.verify_redemption(challenge["challenge_id"], hub.last_sms_code(ANNA))
    done = till.finish_sale([BasketLine(phone)], [Tender("card", phone.price - 1000)], member=anna,
                            redeem_points=1000, redeem_token=token)
    assert wait_for(till.status, lambda st: st.waiting == 0)
    assert till.sync_state().problems == 0
    after = till.lookup_member(ANNA)
    assert after.available == 4000
    assert after.pending_total == anna.pending_total + done.accrual_points
    till.perform_return(done.receipt_no, {1: 1}, supervisor=till.approve("9", "9999", "return", done.receipt_no).number)
    assert wait_for(till.status, lambda st: st.waiting == 0)
    assert till.lookup_member(ANNA).available == 5000  # the points spent came back
    history = till.member_history(after.member_id)
    kinds = sorted(m.kind for m in history if m.receipt_no == done.receipt_no)
    assert kinds == ["accrual", "redemption", "return_annulment", "return_refund"]


def test_unknown_member_and_a_rejected_event_becomes_a_problem(online):
    hub, till = online
    till.login("1", "1111")
    with pytest.raises(MemberNotFound):
        till.lookup_member("+7 999 000-11-22")
    # a member only this till knows (cached while the hub had them, say): the hub rejects the sale
    from datetime import datetime, timezone

    from pos_app.sync import Member
    from pos_app.sync.members import cache_member

    ghost = Member("+79990001122", "x", "Ghost", 0, (), (), datetime.now(timezone.utc), True)
    cache_member(till.store, ghost)
    cable = till.find_product("4600000000080")
    till.finish_sale([BasketLine(cable)], [Tender("cash", cable.price)], member=ghost)
    ok = till.finish_sale([BasketLine(cable)], [Tender("cash", cable.price)])
    assert wait_for(till.status, lambda st: st.waiting == 0 and st.problems == 1)
    [problem] = till.sync_problems()
    assert problem.code == "member_not_found" and "member" in problem.message.lower()
    assert till.find_sale(ok.receipt_no)  # the sale behind it went through


def test_a_look_up_that_reaches_the_hub_sends_the_waiting_events_at_once(tmp_path):
    """The relay backs off up to 30 s while the hub is away; a member look-up that gets through says the
    hub is back, and the waiting events go without waiting out the delay."""
    with running_hub() as hub:
        till = TillServices.open(tmp_path / "till.db", hub_url=hub.url, till_token=hub.token, seed=True,
                                 sync_options={"idle_interval": 0.1, "backoff": Backoff(base=120, cap=120)})
        try:
            assert wait_for(till.status, lambda st: st.online is True and st.catalog_version)
            till.login("1", "1111")
            cable = till.find_product("4600000000080")
            hub.stop()
            till.finish_sale([BasketLine(cable)], [Tender("cash", cable.price)])
            assert wait_for(till.status, lambda st: st.online is False and st.waiting == 1)
            hub.start()  # the next try would be a minute or two away
            assert not till.lookup_member(ANNA).cached
            assert wait_for(till.status, lambda st: st.online is True and st.waiting == 0, timeout=10)
        finally:
            till.close()


def test_the_return_receipt_shows_the_balance_the_hub_has_after_the_return(online):
    """Issue 13 #3: the return receipt shows the member's available points after the return, as the hub
    answers once it applied the return; the till does not guess (offline: no balance line)."""
    from pos_app.printing import PrinterSettings, preview_document

    hub, till = online
    till.login("1", "1111")
    phone = till.find_product("4600000000011")
    anna = till.lookup_member(ANNA)
    challenge = till.request_redemption_code(anna.phone, 1000)
    token = till.verify_redemption(challenge["challenge_id"], hub.last_sms_code(ANNA)) if challenge["required"] else None
    done = till.finish_sale([BasketLine(phone)], [Tender("card", phone.price - 1000)], member=anna,
                            redeem_points=1000, redeem_token=token)
    assert wait_for(till.status, lambda st: st.waiting == 0)
    assert till.lookup_member(ANNA).available == anna.available - 1000
    ret = till.perform_return(done.receipt_no, {1: 1}, supervisor=till.approve("9", "9999", "return",
                                                                                done.receipt_no).number)
    doc = till.return_document(ret.return_no, balance_wait_s=10)
    assert doc.points_refunded == 1000 and doc.balance_after == anna.available == till.lookup_member(ANNA).available
    text = preview_document(doc, PrinterSettings(language="ru"))
    assert "Доступно баллов" in text
    assert till.return_document(ret.return_no).balance_after is None  # a reprint later: not "after" any more


def test_an_offline_return_receipt_prints_no_balance(tmp_path):
    till = TillServices.open(tmp_path / "till.db", hub_url="http://127.0.0.1:9", till_token="t", seed=True,
                             start_sync=False)
    try:
        till.login("1", "1111")
        assert till.hub is not None
        assert till._balance_after_return("S1-R-000001", ANNA, 0.2) is None  # the hub is unreachable
    finally:
        till.close()
