"""Sale receipt variants and the preview the UI shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from decimal import Decimal

import pytest

from pos_app.printing import PrinterSettings, PrintQueue, preview_document, render_document
from pos_app.printing.documents import ReceiptLine
from pos_app.printing.jobs import DONE

from . import samples
from .escpos_text import text_of

ALL = [samples.sale, samples.return_receipt, samples.balance_slip, samples.registration_slip, samples.shift_report]


@pytest.mark.parametrize("make", ALL)
@pytest.mark.parametrize("columns", [32, 48])
def test_preview_is_the_rendering_and_fits_the_paper(make, columns):
    settings = PrinterSettings(kind="dummy", columns=columns)
    preview = preview_document(make(), settings)
    assert preview == render_document(make(), settings).preview
    assert all(len(line) <= columns for line in preview.splitlines())


def test_sale_without_a_member_has_no_loyalty_block():
    sale = replace(samples.sale(), member_phone=None, points_earned=0, balance_after=None,
                   bonus_payment=Decimal("0.00"), points_spent=0)
    text = preview_document(sale, PrinterSettings(kind="dummy"))
    assert "БОНУСНАЯ ПРОГРАММА" not in text and "+7" not in text and "Оплачено баллами" not in text
    assert "ИТОГО" in text and "S1-T1-000123" in text


def test_offline_sale_with_a_gift_says_the_balance_is_an_estimate():
    gift = ReceiptLine("Наушники (подарок)", 1, Decimal("0.00"), Decimal("0.00"), points_spent=3000,
                    not_payable_reason="gift")
    sale = replace(samples.sale(), lines=samples.sale().lines + (gift,), gift_points=3000, offline=True,
                   balance_after=0)
    text = preview_document(sale, PrinterSettings(kind="dummy"))
    assert "без оплаты баллами: подарок" not in text  # a gift is paid with points, not "without paying with points"
    assert "Наушники (подарок)*" not in text
    assert "   списано баллов: 3000" in text
    assert [line for line in text.splitlines() if line.startswith("Списано баллов за подарки")] == [
        "Списано баллов за подарки" + " " * 19 + "3000"]  # the unit is in the words
    assert "Баланс будет уточнён при связи с сервером." in text
    assert [line for line in text.splitlines() if line.startswith("Доступно баллов")] == [
        "Доступно баллов" + " " * 32 + "0"
    ]


def test_aware_times_print_in_local_time():
    moment = datetime(2026, 11, 21, 10, 0, tzinfo=timezone.utc)
    sale = replace(samples.sale(), sold_at=moment)
    text = preview_document(sale, PrinterSettings(kind="dummy"))
    assert moment.astimezone().strftime("%d.%m.%Y %H:%M") in text


def test_barcode_setting_prints_code128_instead_of_qr():
    data = render_document(samples.sale(), PrinterSettings(kind="dummy", barcode="barcode")).data
    assert b"\x1dkI\x0e{BS1-T1-000123" in data and b"\x1d(k" not in data


def test_queue_prints_the_test_page(tmp_path):
    q = PrintQueue(PrinterSettings(kind="file", path=str(tmp_path / "p.bin"), columns=32))
    job = q.print_test_page()
    assert q.wait_idle(10)
    q.stop(10)
    assert job.state == DONE
    assert "ТЕСТ ПРИНТЕРА" in text_of((tmp_path / "p.bin").read_bytes(), "cp866")
