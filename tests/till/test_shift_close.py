"""The cashier's day in the till layer: receipt numbers as typed or scanned, the shift close with its
loyalty report from the journal, the registration slip, and signing out."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal as D

import pytest

from pos_app.printing import PrinterSettings, RegistrationSlip, ShiftLoyaltyReport, preview_document
from pos_app.sync import Member
from pos_app.sync.members import cache_member
from pos_app.sync.pulls import apply_catalog
from pos_app.till import AuthError, BasketLine, Tender, TillServices
from pos_app.till.receipt_numbers import normalize_receipt_no
from pos_app.till.shifts import count_registration

ITEMS = [
    {"sku": "PH1", "barcode": "4600000000011", "name": "Phone", "price": "12999.00", "category": "phones",
     "on_sale": False, "bonus_points": 650, "gift_points": None},
    {"sku": "MUG", "barcode": "4600000000028", "name": "Mug", "price": "0.00", "category": "gifts",
     "on_sale": False, "bonus_points": 0, "gift_points": 300},
]


@pytest.fixture
def till(tmp_path):
    t = TillServices.open(tmp_path / "till.db", hub_url="", start_sync=False, seed=True)  # the demo people (a real till gets its staff from the hub)
    apply_catalog(t.store, {"version": 1, "full": True, "items": ITEMS, "removed": []})
    t.update_settings(printer={"kind": "file", "path": str(tmp_path / "receipts.bin")})
    yield t
    t.close()


@pytest.mark.parametrize("typed", ["S1-T1-000001", "s1-t1-000001", "Ы1-Е1-000001", "ы1-е1-000001",
                                   " S1-T1-000001\n", "https://receipt.example/?n=S1-T1-000001"])
def test_receipt_numbers_in_any_case_layout_or_qr_text(typed):
    assert normalize_receipt_no(typed) == "S1-T1-000001"


def test_return_numbers_too():
    assert normalize_receipt_no("ы1-е1-к000002") == "S1-T1-R000002"


def test_find_sale_accepts_the_russian_layout(till):
    till.login("1", "1111")
    done = till.finish_sale([BasketLine(till.find_product("PH1"))], [Tender("cash", D("12999.00"))])
    typed = done.receipt_no.lower().translate(str.maketrans("qwertyuiopasdfghjklzxcvbnm", "йцукенгшщзфывапролдячсмить"))
    assert till.find_sale(typed).receipt_no == done.receipt_no


def test_close_shift_reports_the_shift_from_the_journal_and_signs_out(till):
    till.login("1", "1111")
    member = Member("+79123456789", "m1", "Anna", 5000, (), (), datetime(2026, 11, 1, tzinfo=timezone.utc), True)
    cache_member(till.store, member)
    member = till.with_spendable(member)
    till.finish_sale([BasketLine(till.find_product("PH1"))], [Tender("cash", D("12999.00"))])  # no member
    with_member = till.finish_sale([BasketLine(till.find_product("PH1")), BasketLine(till.find_product("MUG"))],
                                   [Tender("card", D("12999.00"))], member=member, supervisor="9")
    till.perform_return(with_member.receipt_no, {1: 1}, supervisor="9")
    count_registration(till.store, till.shift.id)
    assert till.close_shift_needs_supervisor()  # three events wait for the hub (offline)
    with pytest.raises(AuthError) as exc:
        till.close_shift()
    assert exc.value.code == "supervisor_required" and till.shift is not None

    closed = till.close_shift(supervisor="9")
    f = closed.figures
    assert (f.sales, f.member_sales, f.offline_sales, f.returns, f.registrations) == (2, 1, 1, 1, 1)  # the cached member marks its sale offline
    assert f.points_earned == with_member.accrual_points and f.gift_points == 300 and f.gifts == 1
    assert f.unsynced_events == 3
    assert till.cashier is None and till.shift is None  # signed out of the till services
    assert closed.shift.closed_at is not None
    assert isinstance(closed.report, ShiftLoyaltyReport)
    text = preview_document(closed.report, PrinterSettings(kind="dummy"))
    assert "ОТЧЁТ ПО БОНУСНОЙ ПРОГРАММЕ" in text
    assert "Продаж без связи" in text and "Не отправлено на сервер" in text
    job = till.print_shift_report(closed.report)
    assert job.kind == "shift_report"


def test_a_supervisor_closes_their_own_shift_without_a_second_pin(till):
    till.login("9", "9999")
    assert not till.close_shift_needs_supervisor()
    closed = till.close_shift()
    assert closed.figures.sales == 0
    text = preview_document(closed.report, PrinterSettings(kind="dummy"))
    assert "Все события отправлены на сервер." in text


def test_registration_slip_is_a_setting_on_by_default(till):
    member = Member("+79995550011", "m9", "Olga", 0, (), (), datetime(2026, 11, 1, tzinfo=timezone.utc), False)
    assert till.registration_slip_enabled()
    job = till.print_registration_slip(member, "Ольга", True)
    assert job is not None and job.kind == "registration"
    slip = RegistrationSlip(store=till._store_info(), registered_at=datetime(2026, 11, 1), member_phone=member.phone,
                            first_name="Ольга")
    assert "Ольга, спасибо за регистрацию!" in preview_document(slip, PrinterSettings(kind="dummy"))
    till.update_settings(print_registration_slip=False)
    assert till.print_registration_slip(member) is None


def test_logout_signs_out_of_the_till(till):
    till.login("1", "1111")
    till.logout()
    assert till.cashier is None and till.shift is None
    with pytest.raises(AuthError):
        till.finish_sale([BasketLine(till.find_product("PH1"))], [Tender("cash", D("12999.00"))])
