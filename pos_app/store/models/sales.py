"""The sales journal: sales, their lines and tenders, returns and cancellations."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base


class SaleRow(Base):
    __tablename__ = "sales"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    seq: Mapped[int] = mapped_column(unique=True)  # the till's receipt counter
    receipt_no: Mapped[str] = mapped_column(String(40), unique=True)
    store: Mapped[str] = mapped_column(String(16))
    till: Mapped[str] = mapped_column(String(16))
    sold_at: Mapped[datetime]
    cashier: Mapped[str] = mapped_column(String(16))
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"))
    member_phone: Mapped[str | None] = mapped_column(String(20), index=True)
    tender: Mapped[str] = mapped_column(String(8))
    total_minor: Mapped[int]
    bonus_payment_minor: Mapped[int]
    to_pay_minor: Mapped[int]
    change_minor: Mapped[int] = mapped_column(default=0)
    redeem_points: Mapped[int]
    gift_points: Mapped[int]
    accrual_points: Mapped[int]
    offline: Mapped[bool]
    supervisor: Mapped[str | None] = mapped_column(String(16))
    redeem_token: Mapped[str | None] = mapped_column(String(200))
    rules_version: Mapped[int | None]  # the versions the sale was quoted with (None: before the first pull)
    catalog_version: Mapped[int | None]
    balance_after: Mapped[int | None]  # the member's available points after this sale (None: no member)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    fiscal_json: Mapped[str | None] = mapped_column(Text)  # the register's answer (revision 0004f)

    lines: Mapped[list["SaleLineRow"]] = relationship(order_by="SaleLineRow.line_no", cascade="all, delete-orphan")
    tenders: Mapped[list["SaleTender"]] = relationship(order_by="SaleTender.idx", cascade="all, delete-orphan")


class SaleLineRow(Base):
    __tablename__ = "sale_lines"

    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(64))
    price_minor: Mapped[int]
    qty: Mapped[int]
    bonus_points: Mapped[int]
    on_sale: Mapped[bool]
    credit: Mapped[bool]
    gift_points: Mapped[int | None]
    eligible: Mapped[bool]
    reason: Mapped[str | None] = mapped_column(String(32))
    redeem_points: Mapped[int]
    bonus_payment_minor: Mapped[int]
    accrual_points: Mapped[int]
    vat: Mapped[str] = mapped_column(String(8), default="none", server_default="none")  # revision 0004f


class SaleTender(Base):
    __tablename__ = "sale_tenders"

    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), primary_key=True)
    idx: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    amount_minor: Mapped[int]


class SaleReturn(Base):
    __tablename__ = "sale_returns"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    seq: Mapped[int] = mapped_column(unique=True)
    return_no: Mapped[str] = mapped_column(String(40), unique=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    returned_at: Mapped[datetime]
    cashier: Mapped[str] = mapped_column(String(16))
    supervisor: Mapped[str | None] = mapped_column(String(16))
    refund_minor: Mapped[int]
    annulled_points: Mapped[int]
    refunded_points: Mapped[int]
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    fiscal_json: Mapped[str | None] = mapped_column(Text)  # the register's answer (revision 0004f)

    lines: Mapped[list["ReturnLineRow"]] = relationship(order_by="ReturnLineRow.line_no", cascade="all, delete-orphan")


class ReturnLineRow(Base):
    __tablename__ = "return_lines"

    return_id: Mapped[int] = mapped_column(ForeignKey("sale_returns.id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(primary_key=True)
    qty: Mapped[int]
    annulled_points: Mapped[int] = mapped_column(default=0)
    refunded_points: Mapped[int] = mapped_column(default=0)
    refund_minor: Mapped[int] = mapped_column(default=0)


class Cancellation(Base):
    __tablename__ = "cancellations"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"))
    cancelled_at: Mapped[datetime]
    cashier: Mapped[str] = mapped_column(String(16))
    supervisor: Mapped[str | None] = mapped_column(String(16))
    event_id: Mapped[str] = mapped_column(String(36), unique=True)

    __table_args__ = (UniqueConstraint("sale_id"),)


class FiscalPending(Base):
    """A sale or a return being registered on the fiscal register (revision 0004f), written durably with its
    ``key`` before the register is asked. ``state``: ``registering`` (outcome not known yet: a restarted
    till asks the register ``find(key)``), ``unsigned`` (the register did not sign it: the cashier gets the
    basket back). Deleted in the transaction that writes the signed sale or return."""

    __tablename__ = "fiscal_pending"

    key: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # sale | return
    state: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime]
    cashier: Mapped[str] = mapped_column(String(16))
    payload_json: Mapped[str] = mapped_column(Text)
