"""A Slovak store's receipts: CP852 (Slovak letters on ESC/POS), Slovak templates from ``receipts/sk``,
amounts in euros. Golden bytes decoded back to Slovak text; "€" (not in CP852) prints as "EUR".

Regenerate after a deliberate change: POS_UPDATE_GOLDENS=1 .venv/bin/python -m pytest tests/printing/test_golden_slovak.py
"""

from __future__ import annotations

import os
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.loyalty.history import Movement, PointsOn
from pos_app.loyalty.money import Tender
from pos_app.printing import (BalanceSlip, PrinterSettings, ReceiptLine, ReturnReceipt, ReturnReceiptLine, SaleReceipt,
                              StoreInfo, preview_document, render_document)

from .escpos_text import split, text_of

GOLDEN = Path(__file__).parent / "golden"
STORE = StoreInfo(name="Predajňa Žilina – Mariánske nám.", till="T1", currency="EUR")
PHONE = "+421905123456"
SETTINGS = PrinterSettings(kind="dummy", code_page="CP852", columns=48, language="sk")


def sale() -> SaleReceipt:
    return SaleReceipt(
        store=STORE, receipt_no="SK1-T1-000042", sold_at=datetime(2026, 11, 21, 13, 5), cashier="Ľubica",
        lines=(
            ReceiptLine("Srvátkový proteín Žltý melón 1 kg", 2, Decimal("34.99"), Decimal("69.98"),
                        points_spent=2500, bonus_payment=Decimal("25.00")),
            ReceiptLine("Darčeková karta 50 €", 1, Decimal("50.00"), Decimal("50.00"),
                        not_payable_reason="excluded_category"),
        ),
        total=Decimal("119.98"), bonus_payment=Decimal("25.00"), points_spent=2500,
        tenders=(Tender("card", Decimal("94.98")),), member_phone=PHONE, points_earned=450,
        points_available_on=date(2026, 12, 21), balance_after=6500,
    )


def return_receipt() -> ReturnReceipt:
    return ReturnReceipt(
        store=STORE, return_no="SK1-T1-R000003", original_receipt_no="SK1-T1-000042",
        returned_at=datetime(2026, 11, 22, 10, 30), cashier="Ľubica", supervisor="Ondrej",
        lines=(ReturnReceiptLine("Srvátkový proteín Žltý melón 1 kg", 1, Decimal("34.99"), Decimal("22.49")),),
        refund_total=Decimal("22.49"), member_phone=PHONE, points_refunded=1250, points_annulled=225,
    )


def balance_slip() -> BalanceSlip:
    return BalanceSlip(
        store=STORE, printed_at=datetime(2026, 11, 23, 9, 0), member_phone=PHONE, available=6500,
        pending=(PointsOn(450, date(2026, 12, 21)),), expiring=(PointsOn(100, date(2026, 12, 1)),),
        history=(Movement(datetime(2026, 11, 21, 13, 5), "redemption", -2500, 6500, "SK1-T1-000042"),),
        card_number="2900000000025",
    )


DOCUMENTS = {"sale": sale, "return": return_receipt, "balance": balance_slip}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_bytes_match_golden(name):
    data = render_document(DOCUMENTS[name](), SETTINGS).data
    path = GOLDEN / f"{name}.sk.cp852.48.bin"
    if os.environ.get("POS_UPDATE_GOLDENS") == "1" and (not path.exists() or path.read_bytes() != data):
        path.write_bytes(data)
        pytest.fail(f"rewrote {path.name}: review it and run again without POS_UPDATE_GOLDENS")
    assert path.exists(), f"{path.name} missing: run with POS_UPDATE_GOLDENS=1 to create it deliberately"
    assert data == path.read_bytes()


@pytest.mark.parametrize("name", DOCUMENTS)
def test_golden_decodes_to_the_preview(name):
    printed = text_of((GOLDEN / f"{name}.sk.cp852.48.bin").read_bytes(), "cp852")
    screen = [ln for ln in preview_document(DOCUMENTS[name](), SETTINGS).splitlines()
              if ln and not ln.lstrip().startswith(("[", "~"))]
    paper = [ln for ln in printed.splitlines() if ln.strip()]
    assert [ln.replace(" ", "") for ln in paper] == [ln.replace(" ", "") for ln in screen]
    assert "?" not in printed and "_" not in printed.replace("SK1-T1", "")


def test_sale_receipt_reads_in_slovak_with_euros():
    data = (GOLDEN / "sale.sk.cp852.48.bin").read_bytes()
    text = text_of(data, "cp852")
    for expected in (
        "DOKLAD O PREDAJI",
        "Predajňa Žilina - Mariánske nám.",
        "Doklad č. SK1-T1-000042",
        "Pokladňa T1                     Pokladník Ľubica",
        "Srvátkový proteín Žltý melón 1 kg",
        "SPOLU                                 119,98 EUR",
        "Zaplatené bodmi (2500)                -25,00 EUR",
        "* nedá sa platiť bodmi: tovar nie je v",  # wraps at 48 columns
        "Darčeková karta 50 EUR*",
        "Platobná karta                         94,98 EUR",
        "Člen                            +421 *** **3 456",
        "Pripísané body                              +450",
        "Dostupné od                           21.12.2026",
        "Dostupné body                               6500",
        "Ďakujeme za nákup!",
    ):
        assert expected in text, expected
    assert "905123" not in text and "€" not in text
    _, commands = split(data)
    assert commands[:2] == [b"\x1b@", b"\x1bt" + bytes([18])]  # CP852 in the default profile


def test_a_letter_the_code_page_lacks_gets_a_readable_fallback():
    receipt = sale()
    odd = SaleReceipt(**{**receipt.__dict__, "lines": (ReceiptLine("Jalapeño ŋ čaj", 1, Decimal("1.00"), Decimal("1.00")),),
                         "total": Decimal("1.00"), "bonus_payment": Decimal("0"), "points_spent": 0,
                         "tenders": (Tender("cash", Decimal("1.00")),)})
    text = text_of(render_document(odd, SETTINGS).data, "cp852")
    assert "Jalapeno _ čaj" in text  # ñ (not in CP852) -> n, its base letter; ŋ has none -> "_"; never "?"
