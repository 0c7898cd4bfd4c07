"""The till against a real hub (issue 11): its sales carry the versions it quoted with and apply unflagged,
a gift asks the one SMS code, and a sale the hub would refuse is refused before it is committed."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from pos_app.hub.db.models import LedgerSale
from pos_app.hub.demo import DEMO_PHONES
from pos_app.hub.testing import running_hub
from pos_app.store.models import SaleRow
from pos_app.sync import Backoff
from pos_app.till import BasketLine, SaleError, Tender, TillServices

from tests.common import wait_for

ANNA = DEMO_PHONES["anna"]


@pytest.fixture
def online(tmp_path):
    with running_hub() as hub:
        till = TillServices.open(tmp_path / "till.db", hub_url=hub.url, till_token=hub.token,
                                 sync_options={"idle_interval": 0.1, "backoff": Backoff(base=0.05, cap=0.5)})
        assert wait_for(till.status, lambda st: st.online is True and st.catalog_version)
        till.login("1", "1111")
        yield hub, till
        till.close()


def _hub_sale(hub, receipt_no: str) -> LedgerSale:
    with hub.hub.db.read() as s:
        return s.scalar(select(LedgerSale).where(LedgerSale.receipt_no == receipt_no))


def test_the_demo_ledger_is_clean(online):
    hub, _till = online
    with hub.hub.db.read() as s:
        assert s.scalar(select(func.count()).select_from(LedgerSale).where(LedgerSale.flagged.is_(True))) == 0


def test_a_sale_carries_its_versions_and_a_gift_asks_the_one_code(online):
    hub, till = online
    anna = till.lookup_member(ANNA)
    laptop, gift = till.find_product("NB-001"), till.find_product("GF-002")
    lines = [BasketLine(laptop), BasketLine(gift)]
    q = till.quote(lines, member=anna)
    assert (q.points_spent, q.accrual_points) == (1500, 3250)
    challenge = till.request_redemption_code(anna.phone, q.points_spent)  # the gift's points ask the code
    assert challenge["required"] is True
    token = till.verify_redemption(challenge["challenge_id"], hub.last_sms_code(ANNA))
    done = till.finish_sale(lines, [Tender("card", laptop.price)], member=anna, redeem_token=token)
    with till.store.read() as s:
        row = s.scalar(select(SaleRow).where(SaleRow.receipt_no == done.receipt_no))
        assert (row.rules_version, row.catalog_version) == (1, 1)
    assert wait_for(till.status, lambda st: st.waiting == 0)
    ledger = _hub_sale(hub, done.receipt_no)
    assert (ledger.flagged, ledger.accrual_points, ledger.gift_points) == (False, 3250, 1500)
    assert (ledger.rules_version, ledger.catalog_version) == (1, 1)
    assert till.lookup_member(ANNA).available == 3500


@pytest.mark.parametrize("make, code", [
    (lambda p: (BasketLine(p, 1_000_000_000), 0), "invalid_qty"),
    (lambda p: (BasketLine(p, 100_001), 0), "invalid_qty"),
    (lambda p: (BasketLine(p, 10 ** 30), 0), "invalid_qty"),
    (lambda p: (BasketLine(replace(p, bonus_points=-25)), 0), "invalid_line"),
    (lambda p: (BasketLine(replace(p, sku="S" * 2000)), 0), "invalid_line"),
    (lambda p: (BasketLine(replace(p, price=Decimal("10.005"))), 0), "invalid_line"),
    (lambda p: (BasketLine(replace(p, price=Decimal("NaN"))), 0), "invalid_line"),
    (lambda p: (BasketLine(p), -100), "invalid_points"),
])
def test_the_till_refuses_what_the_hub_would_refuse_and_commits_nothing(online, make, code):
    hub, till = online
    anna = till.lookup_member(ANNA)
    line, redeem = make(till.find_product("AC-001"))
    with pytest.raises(SaleError) as exc:
        till.finish_sale([line], [Tender("cash", Decimal("599.00"))], member=anna, redeem_points=redeem)
    assert exc.value.code == code
    with till.store.read() as s:
        assert s.scalar(select(func.count()).select_from(SaleRow)) == 0
    assert till.events_waiting() == 0 and till.sync_state().problems == 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_data_folder_and_store_are_private(tmp_path, monkeypatch):
    monkeypatch.setenv("POS_TILL_DATA_DIR", str(tmp_path / "data"))
    os.umask(0o022)
    till = TillServices.open(start_sync=False)
    try:
        folder = tmp_path / "data"
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for f in folder.iterdir():
            assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
        assert (folder / "till.db").exists()
    finally:
        till.close()
