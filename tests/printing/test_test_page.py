"""The printer test page and `pos-till --print-test`."""

from __future__ import annotations

import json

from pos_app.printing import PrinterSettings, print_test_page
from pos_app.till_cli import main

from .escpos_text import split, text_of
from .fake_printer import FakeNetworkPrinter


def test_test_page_shows_the_setup_and_fills_the_width():
    settings = PrinterSettings(kind="dummy", columns=32, code_page="CP1251", profile="POS-5890")
    sent = []
    page = print_test_page(settings, sender=lambda data, s: sent.append(data))
    assert sent == [page.data]
    text = text_of(page.data, "cp1251")
    assert "CP1251 (ESC t 73)" in text and "POS-5890" in text
    assert "12345678901234567890123456789012\n" in text
    assert "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮ" in text and "100 руб." in text
    _, commands = split(page.data)
    assert commands[1] == b"\x1bt" + bytes([73])


def test_pos_till_print_test_on_a_network_printer(tmp_path, capsys):
    printer = FakeNetworkPrinter()
    try:
        config = tmp_path / "printer.json"
        config.write_text(json.dumps({"kind": "network", "host": "127.0.0.1", "port": printer.port, "timeout": 2}))
        assert main(["--print-test", "--printer", str(config)]) == 0
        assert "Т Е С Т   П Р И Н Т Е Р А" in capsys.readouterr().out
        assert "ТЕСТ ПРИНТЕРА" in printer.jobs()[0].decode("cp866", errors="replace")
    finally:
        printer.close()


def test_pos_till_print_test_reports_a_bad_setting_and_an_absent_printer(tmp_path, capsys):
    config = tmp_path / "printer.json"
    config.write_text(json.dumps({"kind": "network", "host": "127.0.0.1", "port": 9, "code_page": "koi8"}))
    assert main(["--print-test", "--printer", str(config)]) == 2
    assert "code_page must be one of CP866, CP1251, CP852" in capsys.readouterr().err
    config.write_text(json.dumps({"kind": "device", "path": str(tmp_path / "missing" / "lp0")}))
    assert main(["--print-test", "--printer", str(config)]) == 1
    assert "Принтер недоступен" in capsys.readouterr().err
