"""Printer settings: round trip, clear refusals, code page slots from the python-escpos profile."""

from __future__ import annotations

import pytest

from pos_app.printing import PrinterSettings, PrinterSettingsError
from pos_app.printing.escpos_output import code_page_slot


def test_round_trip_through_a_dict():
    settings = PrinterSettings(kind="usb", usb_vendor_id="0x04b8", usb_product_id="0x0202", columns=32)
    assert settings.usb_vendor_id == 0x04B8
    assert PrinterSettings.from_dict(settings.to_dict()) == settings


@pytest.mark.parametrize(
    "data,message",
    [
        ({"kind": "bluetooth"}, "kind must be one of"),
        ({"code_page": "UTF-8"}, "code_page must be one of CP866, CP1251, CP852"),
        ({"columns": 200}, "columns must be 32"),
        ({"kind": "network"}, "needs host"),
        ({"timeout": 0}, "timeout must be a positive"),
        ({"usb_vendor_id": "epson"}, "usb_vendor_id must be a USB id"),
        ({"colour": "red"}, "unknown printer settings: colour"),
    ],
)
def test_bad_settings_say_what_is_wrong(data, message):
    with pytest.raises(PrinterSettingsError, match=message):
        PrinterSettings.from_dict(data)


@pytest.mark.parametrize(
    "profile,code_page,slot",
    [("default", "CP866", 17), ("default", "CP1251", 46), ("POS-5890", "CP866", 59), ("POS-5890", "CP1251", 73)],
)
def test_code_page_slot_comes_from_the_profile(profile, code_page, slot):
    assert code_page_slot(PrinterSettings(profile=profile, code_page=code_page)) == slot


def test_a_profile_without_the_code_page_needs_an_explicit_slot():
    with pytest.raises(PrinterSettingsError, match="has no CP1251"):
        code_page_slot(PrinterSettings(profile="TM-T88IV", code_page="CP1251"))
    assert code_page_slot(PrinterSettings(profile="TM-T88IV", code_page="CP1251", code_page_slot=46)) == 46
    with pytest.raises(PrinterSettingsError, match="unknown printer profile"):
        code_page_slot(PrinterSettings(profile="no-such-printer"))
