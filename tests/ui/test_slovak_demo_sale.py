"""Issue 18's done-when: a sale on the Slovak demo store (``pos-hub demo --program prozis``) at a till set
up as ``POS_DEMO_PROGRAM=prozis make run`` sets it up (screens and receipts in Slovak, CP852 printer): a
+421 member found from "0905 123 456", points capped at 9 000 a order, amounts in euros on screen, the
receipt's bytes decoded back to Slovak with the balance."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from pos_app.hub.testing import running_hub
from pos_app.sync import Backoff, pull_catalog, pull_rules
from pos_app.till.demo_hub import DEMO_TILL_SETTINGS
from pos_app.ui.qt import Qt

from ..printing.escpos_text import text_of
from .helpers import find_member, member_on_hub, press, scan, type_enter, wait_idle, wait_synced

JANA = "+421905123456"  # prozis demo member: 12 000 available, 500 pending
GOLDEN = Path(__file__).parent / "golden" / "slovak_demo_sale.txt"
NBSP = "\u00a0"


@pytest.fixture
def prozis_hub():
    with running_hub(program="prozis") as handle:
        yield handle


@pytest.fixture
def prozis_till(prozis_hub, open_till, receipts_file):
    demo = DEMO_TILL_SETTINGS["prozis"]
    services = open_till(prozis_hub.url, prozis_hub.token, start_sync=False, idle_interval=0.2,
                         backoff=Backoff(base=0.1, cap=0.5), timeout=(1.0, 3.0))
    services.update_settings(printer={"kind": "file", "path": str(receipts_file), "code_page": demo["code_page"]},
                             receipt_language=demo["receipt_language"], store_name="Prozis Bratislava")
    pull_rules(services.store, services.hub)
    pull_catalog(services.store, services.hub)
    services.start_sync()
    return services


def _stable(text: str) -> str:
    """The receipt without what changes from run to run (the time of the sale, the dates)."""
    text = re.sub(r"\d{2}\.\d{2}\.\d{4}( \d{2}:\d{2})?", lambda m: "DD.MM.YYYY" + (" HH:MM" if m.group(1) else ""),
                  text)
    return text


def test_a_sale_in_the_slovak_demo_store(qtbot, prozis_hub, prozis_till, make_app, login, receipts_file):
    till = make_app(prozis_till, language="sk")
    login(till)
    find_member(qtbot, till, "0905 123 456")
    member_page = till.window.pages["member"]
    assert member_page.phone.text() == "0905 123 456"  # formatted as typed, the Slovak way
    assert member_page.info.available.text() == f"12{NBSP}000"
    press(qtbot, till, Qt.Key.Key_F12)  # use for this sale
    sale = till.window.pages["sale"]
    assert till.window.current is sale

    scan(qtbot, till, "5600000000097")  # treadmill 899.00 EUR: 89 900 points' worth, capped at 9 000
    assert sale.total_label.text() == f"899,00{NBSP}€"
    assert sale.max_points_label.text() == f"9{NBSP}000"

    press(qtbot, till, Qt.Key.Key_F12)  # to payment
    pay = till.window.pages["payment"]
    assert till.window.current is pay
    assert pay.total_label.text() == f"899,00{NBSP}€"
    assert pay.max_label.text() == f"9{NBSP}000"
    assert pay.points_spin.maximum() == 9000
    pay.points_spin.setValue(9000)
    assert pay.to_pay_label.text() == f"809,00{NBSP}€"  # 9 000 points x 0.01 EUR = 90.00 EUR
    type_enter(qtbot, pay.cash_edit, "810")
    wait_idle(qtbot, till)
    assert pay.code_edit.isVisible()
    sms = [m["text"] for m in prozis_hub.sms_messages() if m["phone"] == JANA]
    code = prozis_hub.last_sms_code(JANA)
    assert sms[-1] == f"Kód na platbu 9000 bodmi (90,00{NBSP}€): {code}. Povedzte ho pokladníkovi."
    type_enter(qtbot, pay.code_edit, code)
    qtbot.waitUntil(lambda: pay.done is not None, timeout=10000)
    wait_idle(qtbot, till)
    assert f"Výdavok: 1,00{NBSP}€" in pay.done_view.detail.text()
    qtbot.waitUntil(lambda: pay.done_view.print_label.text() != "", timeout=5000)
    qtbot.waitUntil(lambda: receipts_file.exists() and receipts_file.stat().st_size > 0, timeout=5000)

    data = receipts_file.read_bytes()
    assert b"\x1bt\x12" in data  # ESC t 18: the printer's CP852 slot
    text = _stable(text_of(data, "cp852"))
    receipt_no = pay.done.receipt_no
    text = text.replace(receipt_no, "RECEIPT-NO")
    if os.environ.get("POS_UPDATE_GOLDENS"):  # after a deliberate change to the receipt
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")

    wait_synced(qtbot, prozis_till)
    member = member_on_hub(prozis_hub, JANA)
    assert member["balance"]["available"] == 12000 - 9000
