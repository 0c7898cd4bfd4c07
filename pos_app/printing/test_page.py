"""The printer test page: settings, a column ruler, the Cyrillic alphabet, styles, a QR code and a barcode."""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from .connections import describe
from .escpos_output import code_page_slot, to_escpos
from .preview import to_text
from .receipts import RenderedReceipt, find_template
from .render import render
from .settings import PrinterSettings
from .transport import send


def ruler(columns: int) -> str:
    """"1234567890123..." exactly ``columns`` long: the last digit must sit at the right edge."""
    return "".join(str(i % 10) for i in range(1, columns + 1))


def render_test_page(settings: PrinterSettings, now: datetime | None = None) -> RenderedReceipt:
    context = {
        "printer": describe(settings), "profile": settings.profile, "code_page": settings.code_page,
        "slot": code_page_slot(settings), "columns": settings.columns, "ruler": ruler(settings.columns),
        "time": (now or datetime.now()).strftime("%d.%m.%Y %H:%M"),
    }
    commands = render(find_template(settings, "test_page"), context, settings.columns, settings.code_page)
    return RenderedReceipt("test page", tuple(commands), to_escpos(commands, settings), to_text(commands, settings.columns))


def print_test_page(
    settings: PrinterSettings, sender: Callable[[bytes, PrinterSettings], None] = send
) -> RenderedReceipt:
    """Print the test page now (blocking; call it off the UI thread). Raises ``PrintError`` on failure."""
    page = render_test_page(settings)
    sender(page.data, settings)
    return page
