"""Receipt and return numbers: ``S1-T1-000123`` and ``S1-T1-R000012``, gap-free per till.

The next number is read inside the writer's BEGIN IMMEDIATE transaction, so two
writers never get the same one; the unique constraints are the last guard.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_app.store.models import SaleRow, SaleReturn


def next_sale_seq(session: Session) -> int:
    return (session.scalar(select(func.max(SaleRow.seq))) or 0) + 1


def next_return_seq(session: Session) -> int:
    return (session.scalar(select(func.max(SaleReturn.seq))) or 0) + 1


def receipt_number(store: str, till: str, seq: int) -> str:
    return f"{store}-{till}-{seq:06d}"


def return_number(store: str, till: str, seq: int) -> str:
    return f"{store}-{till}-R{seq:06d}"
