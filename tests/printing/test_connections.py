"""Printer objects built from settings (USB and serial hardware cannot run here; they are built, not opened)."""

from __future__ import annotations

import pytest
from escpos.printer import Dummy, File, Network, Serial, Usb

from pos_app.printing import PrinterSettings
from pos_app.printing.connections import AppendFile, describe, make_printer
from pos_app.printing.transport import PrintError, send


def test_each_kind_becomes_its_python_escpos_printer():
    net = make_printer(PrinterSettings(kind="network", host="10.0.0.5", timeout=4, profile="TM-T20II"))
    assert isinstance(net, Network)
    assert [net.host, net.port, net.timeout] == ["10.0.0.5", 9100, 4]
    assert net.profile.profile_data["name"] == "TM-T20II"
    device = make_printer(PrinterSettings(kind="device", path="/dev/usb/lp0"))
    assert type(device) is File
    assert device.devfile == "/dev/usb/lp0"
    assert isinstance(make_printer(PrinterSettings(kind="file")), AppendFile)
    assert isinstance(make_printer(PrinterSettings(kind="dummy")), Dummy)
    assert describe(PrinterSettings(kind="usb", usb_vendor_id=0x416, usb_product_id=0x5011)) == "usb 0416:5011"


def test_usb_printer_settings_or_a_clear_message_without_pyusb():
    settings = PrinterSettings(kind="usb", usb_vendor_id="0x0416", usb_product_id="0x5011", timeout=2)
    if not Usb.is_usable():
        with pytest.raises(PrintError, match="нет драйвера подключения") as info:
            send(b"x", settings)
        assert "pip install pyusb" in info.value.detail
        return
    usb = make_printer(settings)
    assert isinstance(usb, Usb)
    assert usb.usb_args == {"idVendor": 0x0416, "idProduct": 0x5011}
    assert usb.timeout == 2000


def test_serial_printer_settings_or_a_clear_message_without_pyserial():
    settings = PrinterSettings(kind="serial", serial_port="/dev/ttyUSB0", baudrate=19200, timeout=3)
    if not Serial.is_usable():
        with pytest.raises(PrintError, match="нет драйвера подключения") as info:
            send(b"x", settings)
        assert "pip install pyserial" in info.value.detail
        return
    serial = make_printer(settings)
    assert isinstance(serial, Serial)
    assert [serial.devfile, serial.baudrate, serial.timeout] == ["/dev/ttyUSB0", 19200, 3]


def test_file_printer_appends_and_device_printer_overwrites(tmp_path):
    path = tmp_path / "out.bin"
    send(b"one", PrinterSettings(kind="file", path=str(path)))
    send(b"two", PrinterSettings(kind="file", path=str(path)))
    assert path.read_bytes() == b"onetwo"
    send(b"three", PrinterSettings(kind="device", path=str(path)))
    assert path.read_bytes() == b"three"
