"""Printer connections from settings, as python-escpos printer objects."""

from __future__ import annotations

from escpos.escpos import Escpos
from escpos.printer import Dummy, File, Network, Serial, Usb

from .settings import PrinterSettings

READABLE = ("network", "serial", "usb")  # connections that can answer a status request


class AppendFile(File):
    """A file printer that keeps every job (appends), for tests and for a till without a printer."""

    def open(self, raise_not_found: bool = True) -> None:
        if self._device:
            self.close()
        self.device = open(self.devfile, "ab")


def make_printer(settings: PrinterSettings) -> Escpos:
    """An unopened python-escpos printer for the settings (USB needs pyusb, serial needs pyserial)."""
    profile = settings.profile
    if settings.kind == "network":
        return Network(settings.host, port=settings.port, timeout=settings.timeout, profile=profile)
    if settings.kind == "usb":
        _require(Usb, "USB", "pyusb")
        timeout_ms = int(settings.timeout * 1000)
        return Usb(settings.usb_vendor_id, settings.usb_product_id, timeout=timeout_ms, profile=profile)
    if settings.kind == "serial":
        _require(Serial, "serial", "pyserial")
        return Serial(settings.serial_port, baudrate=settings.baudrate, timeout=settings.timeout, profile=profile)
    if settings.kind == "device":
        return File(settings.path, profile=profile)
    if settings.kind == "file":
        return AppendFile(settings.path, profile=profile)
    return Dummy(profile=profile)


def _require(printer_class: type, what: str, package: str) -> None:
    # Checked before construction: a half-built python-escpos printer raises again from __del__.
    if not printer_class.is_usable():
        raise RuntimeError(f"{what} printers need the {package} package: pip install {package}")


def describe(settings: PrinterSettings) -> str:
    """Where the printer is, for messages: "network 10.0.0.5:9100"."""
    where = {
        "network": f"{settings.host}:{settings.port}",
        "usb": f"{settings.usb_vendor_id:04x}:{settings.usb_product_id:04x}",
        "serial": settings.serial_port,
        "device": settings.path,
        "file": settings.path,
        "dummy": "memory",
    }[settings.kind]
    return f"{settings.kind} {where}"
