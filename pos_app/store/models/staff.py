"""Cashiers, their shifts, and the log of supervisor approvals."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

ROLES = ("cashier", "service", "supervisor")


class CashierRow(Base):
    __tablename__ = "cashiers"

    number: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200))  # "pbkdf2_sha256$iterations$salt$hash"
    active: Mapped[bool] = mapped_column(default=True)
    from_hub: Mapped[bool] = mapped_column(default=False, server_default="0")  # pulled from the hub (0004)

    __table_args__ = (CheckConstraint("role IN ('cashier', 'service', 'supervisor')", name="role"),)


class Shift(Base):
    __tablename__ = "shifts"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    cashier: Mapped[str] = mapped_column(ForeignKey("cashiers.number"))
    opened_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]


class Approval(Base):
    """Every use of a supervisor's PIN (revision 0002)."""

    __tablename__ = "approvals"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    supervisor: Mapped[str] = mapped_column(ForeignKey("cashiers.number"))
    cashier: Mapped[str | None] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(32))  # return, cancel, offline_redeem, price_override, ...
    reference: Mapped[str | None] = mapped_column(String(64))  # e.g. a receipt number
    detail: Mapped[str | None] = mapped_column(Text)
