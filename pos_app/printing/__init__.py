"""Receipts on thermal printers: documents, templates in ``receipts/``, ESC/POS bytes, the print queue.

Never imports Qt: the UI adapts the queue's listeners to signals.
"""

from .documents import (
    BalanceSlip,
    ReceiptLine,
    RegistrationSlip,
    ReturnReceipt,
    ReturnReceiptLine,
    SaleReceipt,
    ShiftLoyaltyReport,
    StoreInfo,
)
from .jobs import DONE, FAILED, PRINTING, QUEUED, PrintJob
from .print_queue import PrintQueue
from .receipts import RenderedReceipt, preview_document, render_document
from .settings import PrinterSettings, PrinterSettingsError
from .template import TemplateError
from .test_page import print_test_page, render_test_page
from .transport import PrintError

__all__ = [
    "DONE", "FAILED", "PRINTING", "QUEUED", "PrintError", "PrintJob", "PrintQueue", "print_test_page",
    "render_test_page", "BalanceSlip", "PrinterSettings", "PrinterSettingsError",
    "ReceiptLine", "RegistrationSlip", "RenderedReceipt", "ReturnReceipt", "ReturnReceiptLine", "SaleReceipt",
    "ShiftLoyaltyReport", "StoreInfo", "TemplateError", "preview_document", "render_document",
]
