"""Print commands to ESC/POS bytes, through python-escpos's ``Dummy`` printer.

The code page is selected explicitly (ESC t with the profile's slot for CP866/CP1251) and text is encoded
here, not by python-escpos's "magic" encoder, which would switch code pages per character and print
"?" for what it cannot encode. The bytes are deterministic: the same receipt gives the same bytes, and
a failed job can be sent again unchanged.
"""

from __future__ import annotations

import contextlib
import io

from escpos.capabilities import get_profile
from escpos.constants import CODEPAGE_CHANGE
from escpos.printer import Dummy

from .charset import encode
from .commands import PLAIN, Barcode, Command, Cut, Feed, QrCode, Style, TextLine
from .settings import PrinterSettings, PrinterSettingsError


def code_page_slot(settings: PrinterSettings) -> int:
    """The ESC t number of the settings' code page on this printer model."""
    if settings.code_page_slot is not None:
        return int(settings.code_page_slot)
    try:
        profile = get_profile(settings.profile)
    except KeyError:
        raise PrinterSettingsError(f"unknown printer profile {settings.profile!r}; see `python-escpos` profiles") from None
    slots = profile.get_code_pages()
    if settings.code_page not in slots:
        raise PrinterSettingsError(
            f"printer profile {settings.profile!r} has no {settings.code_page}; choose another code page, "
            f"or set code_page_slot to the number from the printer's self-test page"
        )
    return int(slots[settings.code_page])


def to_escpos(commands: list[Command], settings: PrinterSettings) -> bytes:
    slot = code_page_slot(settings)
    printer = Dummy(profile=settings.profile)
    printer.hw("INIT")
    printer._raw(CODEPAGE_CHANGE + bytes([slot]))
    style = PLAIN
    for command in commands:
        if isinstance(command, TextLine):
            if command.style != style:
                _set_style(printer, style, command.style)
                style = command.style
            printer._raw(encode(command.text, settings.code_page) + b"\n")
            continue
        if style != PLAIN:
            _set_style(printer, style, PLAIN)
            style = PLAIN
        if isinstance(command, QrCode):
            _qr(printer, command.data)
        elif isinstance(command, Barcode):
            _barcode(printer, command.data)
        elif isinstance(command, Feed):
            printer._raw(b"\n" * command.lines)
        elif isinstance(command, Cut):
            printer.cut()
    return printer.output


def _set_style(printer: Dummy, old: Style, new: Style) -> None:
    """Send only what changes: ESC E for bold, ESC ! for the size."""
    if new.double != old.double:
        printer.set(normal_textsize=not new.double, double_width=new.double, double_height=new.double)
    if new.bold != old.bold or new.double != old.double:
        printer.set(bold=new.bold)


def _qr(printer: Dummy, data: str) -> None:
    if printer.profile.supports("qrCode"):
        printer.set(align="center")
        printer.qr(data, size=6, native=True)
        printer._raw(b"\n")
        printer.set(align="left")
    else:
        with _quiet():
            printer.qr(data, size=6, native=False, center=True)


def _barcode(printer: Dummy, data: str) -> None:
    """CODE128 (code set B), two dots per module: a 12-character receipt number fits 80 mm paper."""
    if printer.profile.supports("barcodeB"):
        # _hw_barcode is what barcode() calls for a hardware barcode, minus its print() to stdout.
        printer._hw_barcode("{B" + data, "CODE128", width=2, height=80, function_type="B", align_ct=True)
        printer._raw(b"\n")
        printer.set(align="left")
    else:
        with _quiet():
            printer.barcode(data, "CODE128", width=2, height=80, align_ct=True, force_software=True)


def _quiet() -> contextlib.AbstractContextManager:
    """python-escpos print()s notes on its software renderers; keep them off the till's stdout."""
    return contextlib.redirect_stdout(io.StringIO())
