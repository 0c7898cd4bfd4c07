"""The ATOL driver: the JSON tasks the till sends (golden files, like the receipt bytes), the answers read
in ATOL's recorded format, find(key) after a lost answer, and the libfptr10 wrapper's use.

To regenerate after a deliberate change:  POS_UPDATE_GOLDENS=1 .venv/bin/python -m pytest tests/fiscal/test_atol.py
(each rewritten file fails once; review ``git diff`` and run again)."""

from __future__ import annotations

import json
import os
import types
from datetime import datetime, timezone
from decimal import Decimal as D
from pathlib import Path

import pytest

from pos_app.fiscal import FiscalError
from pos_app.fiscal.drivers.atol import AtolRegister, Libfptr10Transport
from pos_app.sync import Member
from pos_app.sync.members import cache_member
from pos_app.sync.pulls import apply_catalog
from pos_app.till import BasketLine, Tender, TillServices

GOLDEN = Path(__file__).parent / "golden"
ITEMS = [
    {"sku": "PH1", "barcode": "4600000000011", "name": "Смартфон Nova 8", "price": "12999.00", "category": "phones",
     "on_sale": False, "bonus_points": 650, "gift_points": None, "vat": "vat22"},
    {"sku": "CB", "barcode": "4600000000028", "name": "Кабель USB-C", "price": "499.00", "category": "accessories",
     "on_sale": False, "bonus_points": 25, "gift_points": None, "vat": "vat10"},
    {"sku": "GC", "barcode": "4600000001001", "name": "Подарочная карта 1000", "price": "1000.00",
     "category": "gift_card", "on_sale": False, "bonus_points": 0, "gift_points": None, "vat": "none"},
]


class RecordedAtol:
    """Answers JSON tasks the way an ATOL register does (answers as in ATOL's driver v10 JSON manual);
    keeps every task it was sent."""

    def __init__(self):
        self.sent: list[dict] = []
        self.number = 40
        self.shift = {"state": "closed", "number": 7}
        self.lose_next_answer = False
        self.cancelled = 0

    def params(self, total=0.0):
        return {"fiscalParams": {"fiscalDocumentDateTime": "2026-12-01T12:30:00+03:00",
                                 "fiscalDocumentNumber": self.number, "fiscalDocumentSign": f"{3295008800 + self.number}",
                                 "fiscalReceiptNumber": 3, "fnNumber": "9999078902004155", "fnsUrl": "www.nalog.gov.ru",
                                 "registrationNumber": "0000000001002292", "shiftNumber": self.shift["number"],
                                 "total": total}}

    def __call__(self, task: dict) -> dict:
        self.sent.append(task)
        kind = task["type"]
        if kind == "getShiftStatus":
            return {"shiftStatus": {**self.shift, "expiredTime": "2026-12-02T09:00:00+03:00"}}
        if kind == "getDeviceStatus":
            return {"deviceStatus": {"paperPresent": True, "coverOpened": False, "fiscal": True}}
        if kind == "getFnInfo":
            return {"fnInfo": {"serial": "9999078902004155", "validityDate": "2027-11-30T00:00:00+03:00"}}
        if kind == "ofdExchangeStatus":
            return {"status": {"notSentCount": 2, "notSentFirstDocDateTime": "2026-11-30T10:00:00+03:00"}}
        if kind == "getLastFiscalParams":
            return self.params(self.last_total if hasattr(self, "last_total") else 0.0)
        if kind in ("openShift", "closeShift"):
            self.shift["state"] = "opened" if kind == "openShift" else "closed"
            self.number += 1
            return self.params()
        if kind in ("sell", "sellReturn"):
            self.number += 1
            self.last_total = task["total"]
            if self.lose_next_answer:
                self.lose_next_answer = False
                raise FiscalError("fiscal_no_answer", registered=None)
            return self.params(task["total"])
        return {}

    def cancel_open_receipt(self):
        self.cancelled += 1


def golden(name: str, task: dict) -> None:
    path = GOLDEN / f"atol_{name}.json"
    text = json.dumps(task, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if os.environ.get("POS_UPDATE_GOLDENS"):
        old = path.read_text(encoding="utf-8") if path.exists() else None
        path.write_text(text, encoding="utf-8")
        assert old == text, f"{path.name} rewritten; review it and run again"
    assert text == path.read_text(encoding="utf-8"), f"the {name} task differs from {path}"


@pytest.fixture
def till(tmp_path):
    t = TillServices.open(tmp_path / "till.db", hub_url="", start_sync=False, seed=True)
    apply_catalog(t.store, {"version": 1, "full": True, "items": ITEMS, "removed": []})
    t.update_settings(fiscal={"driver": "atol"})
    t.atol = RecordedAtol()
    t._register = AtolRegister(t.atol, tmp_path / "atol-keys.jsonl")
    cache_member(t.store, Member("+79123456789", "m1", "Анна", 5000, (), (), datetime.now(timezone.utc), False))
    yield t
    t.close()


def sent(till, kind):
    return [task for task in till.atol.sent if task["type"] == kind]


def anna(till):
    return Member("+79123456789", "m1", "Анна", 5000, (), (), datetime.now(timezone.utc), False, spendable=5000)


def test_shift_sale_with_points_return_x_and_z_as_golden_tasks(till):
    till.login("1", "1111")  # Кассир 1
    golden("open_shift", sent(till, "openShift")[0])
    lines = [BasketLine(till.find_product("PH1")), BasketLine(till.find_product("CB"), 3),
             BasketLine(till.find_product("GC"))]
    q = till.quote(lines, member=anna(till), redeem_points=1001)
    done = till.finish_sale(lines, [Tender("card", D("10000.00")), Tender("cash", q.to_pay - D("10000.00") + D("3.00"))],
                            member=anna(till), redeem_points=1001, receipt_contact="+79123456789")
    golden("sell_points_discount", sent(till, "sell")[0])
    assert done.fiscal["number"] == 42 and done.fiscal["fn_number"] == "9999078902004155"
    assert done.fiscal["qr"] == f"t=20261201T1230&s={q.to_pay:.2f}&fn=9999078902004155&i=42&fp=3295008842&n=1"
    back = till.perform_return(done.receipt_no, {2: 2}, supervisor="9")
    golden("sell_return_points_discount", sent(till, "sellReturn")[0])
    assert back.fiscal["original"]["number"] == 42
    till.x_report(supervisor="9")
    golden("report_x", sent(till, "reportX")[0])
    till.close_shift(supervisor="9")  # events wait for the hub (there is none): a supervisor closes it
    golden("close_shift", sent(till, "closeShift")[0])


def test_points_as_payment_golden(till):
    till.update_settings(points_on_fiscal_receipt="payment")
    till.login("1", "1111")
    lines = [BasketLine(till.find_product("PH1")), BasketLine(till.find_product("CB"), 3)]
    q = till.quote(lines, member=anna(till), redeem_points=1001)
    done = till.finish_sale(lines, [Tender("cash", q.to_pay)], member=anna(till), redeem_points=1001)
    golden("sell_points_payment", sent(till, "sell")[0])
    back = till.perform_return(done.receipt_no, {1: 1}, supervisor="9")
    golden("sell_return_points_payment", sent(till, "sellReturn")[0])
    assert back.fiscal["points_on_receipt"] == "payment"


def test_status_from_recorded_answers(till):
    status = till.fiscal_status()
    assert status.driver == "atol" and not status.shift_open and status.shift_number == 7
    assert status.fn_number == "9999078902004155" and str(status.fn_expires_on) == "2027-11-30"
    assert status.unsent == 2 and status.oldest_unsent_at.isoformat() == "2026-11-30T10:00:00+03:00"


def test_lost_answer_is_found_by_key_and_an_unsigned_one_is_cancelled(till, tmp_path):
    till.login("1", "1111")
    till.atol.lose_next_answer = True
    done = till.finish_sale([BasketLine(till.find_product("CB"))], [Tender("cash", D("499.00"))])
    assert done.fiscal["number"] == 42  # find(key): the register's last receipt is newer and has our total
    reg = till.fiscal_register()
    reg._note({"key": "k-unsigned", "kind": "sale", "before": 42, "total": "12.00"})
    assert reg.find("k-unsigned") is None and till.atol.cancelled == 1
    assert reg.find("never-sent") is None


def test_without_atols_driver_the_message_says_what_to_install():
    with pytest.raises(FiscalError) as exc:
        Libfptr10Transport({"port": "usb"})
    assert exc.value.code == "fiscal_driver_missing" and "Драйвер ККТ v10" in exc.value.message


def test_the_wrapper_is_driven_as_atols_manual_says():
    calls = []

    class IFptr:
        LIBFPTR_SETTING_MODEL, LIBFPTR_SETTING_PORT, LIBFPTR_SETTING_COM_FILE, LIBFPTR_SETTING_BAUDRATE = "Model", "Port", "ComFile", "BaudRate"
        LIBFPTR_SETTING_IPADDRESS, LIBFPTR_SETTING_IPPORT = "IPAddress", "IPPort"
        LIBFPTR_MODEL_ATOL_AUTO, LIBFPTR_PORT_COM, LIBFPTR_PORT_USB, LIBFPTR_PORT_TCPIP = 500, 0, 1, 2
        LIBFPTR_PARAM_JSON_DATA = 65645
        LIBFPTR_ERROR_NO_PAPER = 44

        def __init__(self, path):
            self.json = ""
            self.code = 0

        def __getattr__(self, name):
            return lambda *a: calls.append((name, *a)) or 0

        def setParam(self, param, value):
            self.json = value

        def processJson(self):
            calls.append(("processJson", json.loads(self.json)["type"]))
            self.code = 44 if json.loads(self.json)["type"] == "sell" else 0
            return -1 if self.code else 0

        def getParamString(self, param):
            return '{"shiftStatus": {"state": "opened", "number": 1}}'

        def errorCode(self):
            return self.code

        def errorDescription(self):
            return "Нет бумаги"

    transport = Libfptr10Transport({"port": "com", "device": "/dev/ttyS3", "baudrate": 57600},
                                   module=types.SimpleNamespace(IFptr=IFptr))
    assert calls[:5] == [("setSingleSetting", "Model", "500"), ("setSingleSetting", "Port", "0"),
                         ("setSingleSetting", "ComFile", "/dev/ttyS3"), ("setSingleSetting", "BaudRate", "57600"),
                         ("applySingleSettings",)]
    assert transport({"type": "getShiftStatus"}) == {"shiftStatus": {"state": "opened", "number": 1}}
    with pytest.raises(FiscalError) as exc:
        transport({"type": "sell"})
    assert exc.value.code == "fiscal_paper_out" and exc.value.registered is None and "Нет бумаги" in exc.value.message
