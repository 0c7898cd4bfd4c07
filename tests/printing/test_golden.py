"""Golden ESC/POS bytes of every template, in CP866 and CP1251, from python-escpos's Dummy printer.

To regenerate after a deliberate change of a template or of the renderer:
    POS_UPDATE_GOLDENS=1 .venv/bin/python -m pytest tests/printing/test_golden.py
Each rewritten file fails its test once, so a regeneration is never silent; review `git diff --stat`
and the preview text, then run again without the variable.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pos_app.printing.receipts import render_document
from pos_app.printing.settings import PrinterSettings

from . import samples
from .escpos_text import split, text_of

GOLDEN = Path(__file__).parent / "golden"
DOCUMENTS = {
    "sale": samples.sale,
    "return": samples.return_receipt,
    "balance": samples.balance_slip,
    "registration": samples.registration_slip,
    "shift_report": samples.shift_report,
}
CASES = [(name, cp, 48) for name in DOCUMENTS for cp in ("CP866", "CP1251")] + [("sale", "CP866", 32)]
SLOTS = {"CP866": 17, "CP1251": 46}  # the "default" profile's ESC t numbers


def render(name: str, code_page: str, columns: int):
    settings = PrinterSettings(kind="dummy", code_page=code_page, columns=columns)
    return render_document(DOCUMENTS[name](), settings)


@pytest.mark.parametrize("name,code_page,columns", CASES)
def test_bytes_match_golden(name, code_page, columns):
    data = render(name, code_page, columns).data
    path = GOLDEN / f"{name}.{code_page.lower()}.{columns}.bin"
    if os.environ.get("POS_UPDATE_GOLDENS") == "1":
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
            pytest.fail(f"rewrote {path.name}: review it and run again without POS_UPDATE_GOLDENS")
    assert path.exists(), f"{path.name} missing: run with POS_UPDATE_GOLDENS=1 to create it deliberately"
    assert data == path.read_bytes(), f"{path.name} differs; if the change is intended, regenerate (see module doc)"


@pytest.mark.parametrize("name,code_page,columns", CASES)
def test_golden_decodes_to_the_preview(name, code_page, columns):
    """The paper says what the screen says: decoding the golden bytes gives the preview's text lines."""
    path = GOLDEN / f"{name}.{code_page.lower()}.{columns}.bin"
    rendered = render(name, code_page, columns)
    printed = text_of(path.read_bytes(), code_page)
    assert "?" not in printed
    screen = [line for line in rendered.preview.splitlines() if line and not line.lstrip().startswith(("[", "~"))]
    paper = [line for line in printed.splitlines() if line.strip()]
    assert [line.replace(" ", "") for line in paper] == [line.replace(" ", "") for line in screen]
    for line in paper:
        assert len(line) <= columns


@pytest.mark.parametrize("code_page", ["CP866", "CP1251"])
def test_sale_receipt_reads_in_russian(code_page):
    data = (GOLDEN / f"sale.{code_page.lower()}.48.bin").read_bytes()
    text = text_of(data, code_page)
    for expected in (
        "ЧЕК ПОКУПКИ",
        "Не является кассовым чеком",
        "Кассовый чек ФД                               42",
        "Смартфон Galaxy A55 8/256 ГБ, тёмно-синий",
        "ИТОГО                              15297.50 руб.",
        "Оплачено баллами (5000)            -5000.00 руб.",
        "* без оплаты баллами: акционный товар",
        "Участник                        +7 *** ***-67-89",
        "Начислено баллов                            +399",
        "Станут доступны                       06.12.2026",
        "Доступно баллов                             1250",
        "Сдача                                202.50 руб.",
    ):
        assert expected in text
    assert "9123456789" not in text and "₽" not in text


@pytest.mark.parametrize("code_page", ["CP866", "CP1251"])
def test_code_page_is_selected_once_after_init(code_page):
    data = (GOLDEN / f"sale.{code_page.lower()}.48.bin").read_bytes()
    _, commands = split(data)
    assert commands[:2] == [b"\x1b@", b"\x1bt" + bytes([SLOTS[code_page]])]
    assert sum(1 for c in commands if c.startswith(b"\x1bt")) == 1


def test_receipt_number_is_in_the_qr_code():
    _, commands = split((GOLDEN / "sale.cp866.48.bin").read_bytes())
    store = [c for c in commands if c.startswith(b"\x1d(k") and c[5:8] == b"1P0"]
    assert store == [b"\x1d(k" + bytes([15, 0]) + b"1P0S1-T1-000123"]
    assert commands[-1].startswith(b"\x1dV")  # the receipt ends with a cut
