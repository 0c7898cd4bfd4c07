"""Typed models of the till's store. Import them from here."""

from .base import Base, utcnow
from .catalog import CatalogRow, ProgramRules, SyncVersion
from .members import CachedMember
from .outbox import OutboxEvent
from .sales import Cancellation, FiscalPending, ReturnLineRow, SaleRow, SaleLineRow, SaleReturn, SaleTender
from .settings import Setting
from .staff import ROLES, Approval, CashierRow, Shift

__all__ = [
    "Approval", "Base", "CachedMember", "Cancellation", "CashierRow", "CatalogRow", "FiscalPending", "OutboxEvent",
    "ProgramRules", "ROLES", "ReturnLineRow", "SaleRow", "SaleLineRow", "SaleReturn", "SaleTender", "Setting",
    "Shift", "SyncVersion", "utcnow",
]
