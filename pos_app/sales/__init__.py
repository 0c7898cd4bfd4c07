"""Finishing a sale, a return, a cancellation: each one durable transaction with its outbox event."""

from .cancel import FinishedCancellation, cancel_sale
from .draft import BasketLine, Product, SaleDraft, Tender
from .errors import SaleError
from .finish import FinishedSale, finish_sale, quote_draft
from .journal import ReturnLineRecord, ReturnRecord, SaleLineRecord, SaleRecord, find_return, find_sale, last_receipt
from .pending import PendingDocument, draft_from_dict, draft_to_dict, pending_documents
from .returns import FinishedReturn, ReturnLinePreview, ReturnPreview, perform_return, preview_return

__all__ = [
    "BasketLine", "FinishedCancellation", "FinishedReturn", "FinishedSale", "Product", "ReturnLineRecord", "ReturnRecord", "find_return", "ReturnLinePreview", "ReturnPreview",
    "PendingDocument", "draft_from_dict", "draft_to_dict", "pending_documents",
    "SaleDraft", "SaleError", "SaleLineRecord", "SaleRecord", "Tender", "cancel_sale", "find_sale", "finish_sale",
    "last_receipt", "perform_return", "preview_return", "quote_draft",
]
