"""The emulator refuses what a real register refuses and keeps its memory across processes; documents
are exact whichever way the points are shown."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal as D

import pytest

from pos_app.fiscal import FiscalDocument, FiscalError, FiscalReceipt, SourceLine, build_document, open_register
from pos_app.fiscal.drivers.emulator import EmulatorRegister

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self):
        self.now = NOW

    def __call__(self):
        return self.now


def sale_doc(qty=2, cash=D("998.00")):
    return build_document("sale", [SourceLine(1, "Cable", D("499.00"), qty, "vat10")], [("cash", cash)], cashier="Ivan")


def test_numbering_shift_age_and_memory_in_the_file(tmp_path):
    clock = Clock()
    reg = EmulatorRegister(tmp_path / "fm.json", clock=clock)
    with pytest.raises(FiscalError, match="shift is closed"):
        reg.register(sale_doc(), "k1")
    assert reg.open_shift("Ivan").number == 1
    first = reg.register(sale_doc(), "k1")
    assert first.number == 2 and reg.register(sale_doc(), "k1") == first  # the same key: the same document
    again = EmulatorRegister(tmp_path / "fm.json", clock=clock)  # another process, the same memory
    assert again.find("k1") == first and again.find("k2") is None
    clock.now = NOW + timedelta(hours=24, minutes=1)
    with pytest.raises(FiscalError) as exc:
        again.register(sale_doc(), "k2")
    assert exc.value.code == "fiscal_shift_expired" and exc.value.registered is False
    z = again.close_shift("Ivan")
    assert z.details["sale"] == "998.00" and z.number == 3
    again.open_shift("Ivan")
    assert again.status().shift_number == 2


def test_a_return_of_more_than_sold_is_refused_by_the_register(tmp_path):
    reg = EmulatorRegister(tmp_path / "fm.json")
    reg.open_shift("Ivan")
    sold = reg.register(sale_doc(qty=2), "s")

    def ret(qty, key):
        doc = build_document("return", [SourceLine(1, "Cable", D("499.00"), qty, "vat10")],
                             [("cash", D("499.00") * qty)], cashier="Ivan", original=sold.ref())
        return reg.register(doc, key)

    ret(1, "r1")
    with pytest.raises(FiscalError) as exc:
        ret(2, "r2")
    assert exc.value.code == "fiscal_return_exceeds_sale"
    assert ret(1, "r3").kind == "return"


def test_faults_apply_in_the_order_injected_and_the_backlog_shows(tmp_path):
    reg = EmulatorRegister(tmp_path / "fm.json", ofd_online=False)
    reg.open_shift("Ivan")
    reg.inject("no_answer")
    reg.inject("paper_out")
    with pytest.raises(FiscalError) as exc:
        reg.register(sale_doc(), "k1")
    assert exc.value.code == "fiscal_no_answer" and reg.find("k1") is None
    with pytest.raises(FiscalError) as exc:
        reg.register(sale_doc(), "k2")
    assert exc.value.code == "fiscal_paper_out" and exc.value.outcome_unknown
    assert reg.find("k2") is not None and reg.status().paper is False
    status = reg.status()
    assert status.unsent == 2 and status.level() == "red"
    reg.load_paper()
    assert reg.send_to_operator() == 2 and reg.status().level() == "ok"


def test_points_as_discount_or_payment_keep_the_document_exact():
    lines = [SourceLine(1, "Phone", D("12999.00"), 1, "vat22", "phones", D("898.00")),
             SourceLine(2, "Cable", D("499.00"), 3, "vat10", "accessories", D("103.00")),
             SourceLine(3, "Gift card", D("1000.00"), 1, "none", "gift_card")]
    discount = build_document("sale", lines, [("card", D("14495.00"))], cashier="Ivan")
    assert [ln.amount for ln in discount.lines] == [D("12101.00"), D("1394.00"), D("1000.00")]
    assert discount.lines[1].price == D("464.67") and discount.lines[1].discount == D("103.00")
    assert (discount.lines[2].method, discount.lines[2].object) == ("advance", "payment")
    payment = build_document("sale", lines, [("cash", D("14495.00"))], cashier="Ivan", points_mode="payment")
    assert payment.total == D("15496.00") and {p.kind: p.amount for p in payment.payments} == {
        "cash": D("14495.00"), "points": D("1001.00")}
    assert FiscalDocument.from_dict(payment.to_dict()) == payment
    with pytest.raises(FiscalError, match="do not add up"):
        build_document("sale", lines, [("cash", D("1.00"))], cashier="Ivan")


def test_receipt_round_trip_and_qr():
    r = FiscalReceipt("k", "return", 7, "0123456789", "9999078900001234",
                      datetime(2026, 12, 1, 15, 4, tzinfo=timezone(timedelta(hours=3))), D("10.50"))
    assert r.qr == "t=20261201T1504&s=10.50&fn=9999078900001234&i=7&fp=0123456789&n=2"
    assert FiscalReceipt.from_dict(r.to_dict()) == r


def test_the_setting_chooses_the_driver(tmp_path):
    assert open_register(None).name == "none" and not open_register({"driver": "none"}).fiscalizes
    assert open_register({"driver": "emulator"}, data_dir=tmp_path).path == tmp_path / "fiscal-emulator.json"
    with pytest.raises(FiscalError) as exc:
        open_register({"driver": "epson"})
    assert exc.value.code == "fiscal_unknown_driver"
    with pytest.raises(FiscalError) as exc:
        open_register({"driver": "atol"}, data_dir=tmp_path)
    assert exc.value.code == "fiscal_driver_missing"
