"""Issue 12 #1 at the till: staff come from the hub (PIN hashes only), PINs are checked offline against
them, and no till has the 1111/2222/9999 people unless its hub is the demo."""

from __future__ import annotations

import pytest

from pos_app.hub.testing import running_hub
from pos_app.hub.tills import add_staff, remove_staff
from pos_app.till import AuthError, TillServices


def test_a_till_pulls_its_staff_and_logs_them_in_offline(tmp_path):
    with running_hub(demo=False) as hub:
        till = TillServices.open(tmp_path / "till.db", hub_url=hub.url, till_token=hub.token, start_sync=False)
        try:
            assert till.has_staff() is False  # no default people on a real till
            with pytest.raises(AuthError):
                till.login("1", "1111")
            till.pull_now()
            assert till.has_staff() is False  # the hub has sent nobody yet
            with hub.hub.db.write() as s:
                add_staff(s, "S1", "101", "Иванова", "cashier", "4821")
                add_staff(s, "S1", "900", "Петров", "supervisor", "739104")
                add_staff(s, "S2", "555", "Other store", "supervisor", "555555")
            till.pull_now()
            hub.stop()  # offline from here: the PINs are checked against the pulled hashes
            assert till.login("101", "4821").role == "cashier"
            assert till.approve("900", "739104", "return").role == "supervisor"
            for number, pin in (("101", "1111"), ("555", "555555"), ("9", "9999")):
                with pytest.raises(AuthError):
                    till.login(number, pin)
            hub.start()
            with hub.hub.db.write() as s:
                remove_staff(s, "S1", "101")
            till.pull_now()
            with pytest.raises(AuthError):
                till.login("101", "4821")
        finally:
            till.close()


def test_the_demo_hub_sends_the_demo_people(tmp_path):
    with running_hub(demo=True) as hub:
        till = TillServices.open(tmp_path / "till.db", hub_url=hub.url, till_token=hub.token, start_sync=False)
        try:
            till.pull_now()
            assert [till.login(n, p).role for n, p in (("1", "1111"), ("2", "2222"), ("9", "9999"))] == [
                "cashier", "service", "supervisor"]
        finally:
            till.close()


def test_the_old_default_pins_are_switched_off_by_the_migration(tmp_path):
    from pos_app.store import open_store
    from pos_app.till.seed import seed_default_cashiers

    store = open_store(tmp_path / "till.db")
    seed_default_cashiers(store)  # what every empty till did before
    from sqlalchemy import text

    with store.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0005'"))  # before 0006_staff_from_hub
        session.execute(text("ALTER TABLE cashiers DROP COLUMN from_hub"))
        session.execute(text("DROP INDEX ix_member_cache_card_number"))  # and before 0007_card_numbers
        session.execute(text("ALTER TABLE member_cache DROP COLUMN card_number"))
    store.close()
    till = TillServices.open(tmp_path / "till.db", hub_url="", start_sync=False)
    try:
        assert till.has_staff() is False
        with pytest.raises(AuthError):
            till.login("9", "9999")
    finally:
        till.close()
