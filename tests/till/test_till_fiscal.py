"""The till services on the emulator: a sale with points (both ways of showing them), a return referring
to the sale's fiscal document, the shift with its Z report, X report and cash, faults, recovery."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from pos_app.fiscal import FiscalError
from pos_app.fiscal.drivers.emulator import EmulatorRegister
from pos_app.sales.pending import begin
from pos_app.store.models import OutboxEvent
from pos_app.sync import Member
from pos_app.sync.members import cache_member
from pos_app.sync.pulls import apply_catalog
from pos_app.till import BasketLine, Tender, TillServices

ITEMS = [
    {"sku": "PH1", "barcode": "4600000000011", "name": "Phone", "price": "12999.00", "category": "phones",
     "on_sale": False, "bonus_points": 650, "gift_points": None, "vat": "vat22"},
    {"sku": "CB", "barcode": "4600000000028", "name": "Cable", "price": "499.00", "category": "accessories",
     "on_sale": False, "bonus_points": 25, "gift_points": None, "vat": "vat10"},
]
PHONE = "+79123456789"


@pytest.fixture
def till(tmp_path):
    t = TillServices.open(tmp_path / "till.db", hub_url="", start_sync=False, seed=True,
                          fiscal={"driver": "emulator", "path": str(tmp_path / "fm.json")})
    apply_catalog(t.store, {"version": 1, "full": True, "items": ITEMS, "removed": []})
    yield t
    t.close()


def member(till, available=5000):
    info = Member(PHONE, "m1", "Anna", available, (), (), datetime.now(timezone.utc), False, spendable=available)
    cache_member(till.store, info)
    return info


def emulator(till) -> EmulatorRegister:
    return till.fiscal_register()


def events(till, kind):
    with till.store.read() as s:
        return [json.loads(e.payload_json) for e in s.scalars(select(OutboxEvent).where(OutboxEvent.kind == kind))]


def test_login_opens_the_fiscal_shift_and_closing_makes_the_z_report(till):
    assert till.fiscal_status().shift_open is False
    assert till.fiscal_settings_form()["driver"] == "emulator"
    with pytest.raises(Exception) as exc:
        till.save_fiscal_settings("epson")
    assert exc.value.code == "bad_fiscal_setting" and till.fiscal_settings_form()["driver"] == "emulator"
    till.login("1", "1111")
    status = till.fiscal_status()
    assert status.shift_open and status.shift_number == 1 and status.level() == "ok"
    till.cash_in(D("5000.00"), supervisor="9")
    till.finish_sale([BasketLine(till.find_product("CB"), 2)], [Tender("cash", D("1000.00"))])
    x = till.x_report(supervisor="9")
    assert x.details["sale"] == "998.00" and x.details["cash"] == "5998.00" and x.number is None
    till.cash_out(D("1000.00"), supervisor="9")
    with pytest.raises(FiscalError) as exc:
        till.cash_out(D("99999.00"), supervisor="9")
    assert exc.value.code == "fiscal_not_enough_cash"
    closed = till.close_shift(supervisor="9")  # an event waits for the hub: a supervisor closes the shift
    assert till.last_z_report.kind == "close_shift" and till.last_z_report.details["receipts"] == 1
    report = closed.report
    assert report.sales_total == 1 and report.points_issued == 0 and report.unsynced_events == 1
    assert till.fiscal_status().shift_open is False
    assert till.till_status().fiscal.level() == "warning"  # shift closed


def test_sale_with_points_as_discount_then_a_return_referring_to_it(till):
    till.login("1", "1111")
    anna = member(till)
    lines = [BasketLine(till.find_product("PH1")), BasketLine(till.find_product("CB"), 2)]
    q = till.quote(lines, member=anna, redeem_points=1000)
    done = till.finish_sale(lines, [Tender("card", q.to_pay)], member=anna, redeem_points=1000,
                            receipt_contact="anna@example.com")
    f = done.fiscal
    assert f["number"] == 2 and f["points_on_receipt"] == "discount"  # 1: the shift opening
    assert f["qr"] == (f"t={datetime.fromisoformat(f['registered_at']).strftime('%Y%m%dT%H%M')}&s={q.to_pay:.2f}"
                       f"&fn={f['fn_number']}&i=2&fp={f['fiscal_sign']}&n=1")
    assert till.find_sale(done.receipt_no).fiscal == f
    assert till.find_sale(done.receipt_no).lines[0].vat == "vat22"
    slip = till.preview_receipt(done.receipt_no)  # the till's own paper: a loyalty slip, not the cash receipt
    assert "Не является кассовым чеком" in slip and f"{f['fiscal_sign']}" in slip
    sold = events(till, "sale.finished")[0]
    assert sold["fiscal"]["fiscal_sign"] == f["fiscal_sign"]
    back = till.perform_return(done.receipt_no, {2: 1}, supervisor="9")
    assert back.fiscal["original"] == {"number": 2, "fiscal_sign": f["fiscal_sign"], "fn_number": f["fn_number"]}
    assert back.fiscal["total"] == f"{back.preview.refund:.2f}"
    assert events(till, "sale.returned")[0]["fiscal"]["number"] == back.fiscal["number"]
    assert till.find_return(back.return_no).fiscal == back.fiscal
    with pytest.raises(Exception) as exc:  # the till refuses it before the register is asked
        till.perform_return(done.receipt_no, {2: 2}, supervisor="9")
    assert exc.value.code == "return_exceeds_sale"


def test_points_as_a_payment(till):
    till.update_settings(points_on_fiscal_receipt="payment")
    till.login("1", "1111")
    anna = member(till)
    lines = [BasketLine(till.find_product("CB"))]
    q = till.quote(lines, member=anna, redeem_points=100)
    done = till.finish_sale(lines, [Tender("cash", q.to_pay)], member=anna, redeem_points=100)
    assert done.fiscal["total"] == "499.00" and done.fiscal["points_on_receipt"] == "payment"


def test_closed_or_expired_shift_is_refused_and_nothing_is_written(till, tmp_path):
    till.login("1", "1111")
    till.close_fiscal_shift()
    with pytest.raises(FiscalError) as exc:
        till.finish_sale([BasketLine(till.find_product("CB"))], [Tender("cash", D("499.00"))])
    assert exc.value.code == "fiscal_shift_closed" and exc.value.registered is False
    assert till.last_receipt() is None and till.pending_baskets() == [] and till.events_waiting() == 0
    old = EmulatorRegister(tmp_path / "fm.json", clock=lambda: datetime.now(timezone.utc) - timedelta(hours=25))
    old.open_shift("Ivan")
    with pytest.raises(FiscalError) as exc:
        till.finish_sale([BasketLine(till.find_product("CB"))], [Tender("cash", D("499.00"))])
    assert exc.value.code == "fiscal_shift_expired"


def test_paper_out_mid_document_finishes_the_signed_sale(till):
    till.login("1", "1111")
    emulator(till).inject("paper_out")
    done = till.finish_sale([BasketLine(till.find_product("CB"))], [Tender("cash", D("499.00"))])
    assert done.fiscal_warning == "fiscal_paper_out" and done.fiscal["number"] == 2
    assert till.fiscal_status().paper is False and till.fiscal_status().level() == "red"
    with pytest.raises(FiscalError) as exc:
        till.finish_sale([BasketLine(till.find_product("CB"))], [Tender("cash", D("499.00"))])
    assert exc.value.code == "fiscal_paper_out" and exc.value.registered is False
    emulator(till).load_paper()
    assert till.finish_sale([BasketLine(till.find_product("CB"))], [Tender("cash", D("499.00"))]).fiscal["number"] == 3


def test_cover_open_and_drive_full_refuse_before_signing(till):
    till.login("1", "1111")
    for fault, code in (("cover_open", "fiscal_cover_open"), ("drive_full", "fiscal_drive_full")):
        emulator(till).inject(fault)
        with pytest.raises(FiscalError) as exc:
            till.finish_sale([BasketLine(till.find_product("CB"))], [Tender("cash", D("499.00"))])
        assert exc.value.code == code
        emulator(till).close_cover()
    assert till.last_receipt() is None and len(emulator(till).documents()) == 1


def test_register_not_answering_leaves_the_sale_being_registered_until_it_answers(till):
    till.login("1", "1111")
    reg = emulator(till)
    reg.inject("no_answer_after")  # signs, then stays silent...
    reg.inject("no_answer")  # ...and the find that follows gets no answer either
    with pytest.raises(FiscalError) as exc:
        till.finish_sale([BasketLine(till.find_product("CB"))], [Tender("cash", D("499.00"))])
    assert exc.value.code == "fiscal_no_answer" and exc.value.registered is None
    assert till.last_receipt() is None
    reg.inject("no_answer")
    with pytest.raises(FiscalError) as exc:  # the cashier retries while the register is still silent
        till.finish_sale([BasketLine(till.find_product("CB"))], [Tender("cash", D("499.00"))])
    assert exc.value.code == "fiscal_previous_unknown" and len(reg.documents()) == 2
    with pytest.raises(FiscalError) as exc:  # it answers: the first attempt was signed, so no second sale
        till.finish_sale([BasketLine(till.find_product("CB"))], [Tender("cash", D("499.00"))])
    assert exc.value.code == "fiscal_previous_finished" and len(reg.documents()) == 2
    [receipt_no] = exc.value.extra["finished"]
    assert till.find_sale(receipt_no).fiscal["number"] == 2 and till.recover_fiscal().finished == ()
    reg.inject("no_answer")  # no answer before signing, then find says "not signed"
    with pytest.raises(FiscalError) as exc:
        till.finish_sale([BasketLine(till.find_product("CB"))], [Tender("cash", D("499.00"))])
    assert exc.value.registered is False and till.pending_baskets() == []


def test_restart_gives_back_an_unsigned_basket(till, tmp_path):
    till.login("1", "1111")
    from pos_app.sales import SaleDraft
    from pos_app.sales.pending import draft_to_dict

    draft = SaleDraft((BasketLine(till.find_product("CB")),), (Tender("cash", D("499.00")),), "1")
    begin(till.store, "k-1", "sale", "1", {"draft": draft_to_dict(draft), "document": {"lines": [{"amount": "499.00"}]}},
          datetime.now(timezone.utc))
    till.close()
    again = TillServices.open(tmp_path / "till.db", hub_url="", start_sync=False)
    try:
        assert again.last_recovery.given_back == ("k-1",)
        [basket] = again.pending_baskets()
        assert basket.draft.lines[0].sku == "CB" and basket.total == D("499.00")
        assert again.drop_pending_basket("k-1") and again.pending_baskets() == []
    finally:
        again.close()


def test_closing_the_shift_prints_the_loyalty_report_after_the_z_report(till, tmp_path):
    paper = tmp_path / "paper.bin"
    till.update_settings(printer={"kind": "file", "path": str(paper)})
    till.login("1", "1111")
    anna = member(till)
    till.finish_sale([BasketLine(till.find_product("CB"))], [Tender("cash", D("499.00"))], member=anna)
    closed = till.close_shift(supervisor="9")  # the sale's event waits for the hub
    job = till.print_shift_report(closed.report)  # what the close-shift dialog does next
    assert job is not None and job.kind == "shift_report"
    import time

    for _ in range(100):
        if paper.exists() and paper.stat().st_size:
            break
        time.sleep(0.05)
    assert paper.read_bytes()  # the report reached the printer
    assert till.fiscal_status().shift_open is False
