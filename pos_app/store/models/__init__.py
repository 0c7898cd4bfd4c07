"""Typed models of the till's store. Import them from here."""

from .base import Base, utcnow
from .catalog import CatalogItem, ProgramRules, SyncVersion
from .members import CachedMember
from .outbox import OutboxEvent
from .sales import Cancellation, ReturnLine, Sale, SaleLine, SaleReturn, SaleTender
from .settings import Setting
from .staff import ROLES, Approval, Cashier, Shift

__all__ = [
    "Approval", "Base", "CachedMember", "Cancellation", "Cashier", "CatalogItem", "OutboxEvent",
    "ProgramRules", "ROLES", "ReturnLine", "Sale", "SaleLine", "SaleReturn", "SaleTender", "Setting",
    "Shift", "SyncVersion", "utcnow",
]
