"""Typed SQLAlchemy models of the hub. The ledger is movements and lots, never a bare balance column."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, true
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .types import UTCDateTime


class Base(DeclarativeBase):
    pass


class Member(Base):
    __tablename__ = "members"
    member_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    phone: Mapped[str] = mapped_column(String(20), unique=True)
    first_name: Mapped[str | None] = mapped_column(String(100))
    birth_date: Mapped[date | None] = mapped_column(Date)
    email: Mapped[str | None] = mapped_column(String(254))
    consent_rules: Mapped[bool] = mapped_column(Boolean, default=True)
    consent_marketing: Mapped[bool] = mapped_column(Boolean, default=False)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(16), default="hub")  # hub, till, demo, import
    confirmed: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())  # phone confirmed by a code
    card_number: Mapped[str | None] = mapped_column(String(13), unique=True)  # EAN-13 "29...", revision 0005


class Lot(Base):
    """Points earned by one purchase: pending until ``available_at``, expiring at ``expires_at``."""

    __tablename__ = "lots"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.member_id"), index=True)
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"))
    points: Mapped[int] = mapped_column(Integer)
    remaining: Mapped[int] = mapped_column(Integer)
    earned_at: Mapped[datetime] = mapped_column(UTCDateTime)
    available_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    expired: Mapped[bool] = mapped_column(Boolean, default=False)


class LedgerMovement(Base):
    """One line of the ledger. ``effective_at`` is when it counts for the available balance
    (an accrual: when its lot becomes available)."""

    __tablename__ = "movements"
    __table_args__ = (Index("ix_movements_member_at", "member_id", "at", "id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.member_id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    effective_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(24))
    points: Mapped[int] = mapped_column(Integer)
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), index=True)
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("lots.id"))
    receipt_no: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(String(500))
    author: Mapped[str | None] = mapped_column(String(64))
    event_id: Mapped[str | None] = mapped_column(String(36))


class LotSpend(Base):
    """Which lots a spending movement took its points from (refunds give them back there)."""

    __tablename__ = "lot_spends"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    movement_id: Mapped[int] = mapped_column(ForeignKey("movements.id"), index=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lots.id"))
    points: Mapped[int] = mapped_column(Integer)
    restored: Mapped[int] = mapped_column(Integer, default=0)


class LedgerSale(Base):
    __tablename__ = "sales"
    __table_args__ = (Index("ix_sales_flagged_open", "flagged", "reviewed_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    receipt_no: Mapped[str] = mapped_column(String(64), unique=True)
    store: Mapped[str] = mapped_column(String(32))
    till: Mapped[str] = mapped_column(String(32))
    member_id: Mapped[str | None] = mapped_column(ForeignKey("members.member_id"), index=True)
    sold_at: Mapped[datetime] = mapped_column(UTCDateTime)
    offline: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="finished")  # finished, cancelled
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_reason: Mapped[str | None] = mapped_column(String(200))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # a flagged sale's review resolved
    reviewed_by: Mapped[str | None] = mapped_column(String(100))
    review_note: Mapped[str | None] = mapped_column(Text)
    accrual_points: Mapped[int] = mapped_column(Integer, default=0)
    redeem_points: Mapped[int] = mapped_column(Integer, default=0)
    gift_points: Mapped[int] = mapped_column(Integer, default=0)
    event_id: Mapped[str] = mapped_column(String(36))
    rules_version: Mapped[int | None] = mapped_column(Integer)  # the versions the hub recomputed it with
    catalog_version: Mapped[int | None] = mapped_column(Integer)


class LedgerSaleLine(Base):
    __tablename__ = "sale_lines"
    __table_args__ = (UniqueConstraint("sale_id", "line_no"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(64))
    qty: Mapped[int] = mapped_column(Integer)
    accrual_points: Mapped[int] = mapped_column(Integer, default=0)
    redeem_points: Mapped[int] = mapped_column(Integer, default=0)
    gift_points: Mapped[int | None] = mapped_column(Integer)
    returned_qty: Mapped[int] = mapped_column(Integer, default=0)


class Event(Base):
    """An applied till event. The primary key is the till's event id: claiming it is the dedupe."""

    __tablename__ = "events"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    payload_hash: Mapped[str] = mapped_column(String(64))
    store: Mapped[str] = mapped_column(String(32))
    till: Mapped[str] = mapped_column(String(32))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    result: Mapped[Any] = mapped_column(JSON, nullable=True)


class Till(Base):
    __tablename__ = "tills"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    store: Mapped[str] = mapped_column(String(32))
    till: Mapped[str] = mapped_column(String(32))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_batch_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # its last batch of events applied
    role: Mapped[str] = mapped_column(String(16), default="till", server_default="till")  # till, back-office


class Staff(Base):
    """People who act through a till: cashier, service (service zone) or supervisor."""

    __tablename__ = "staff"
    __table_args__ = (UniqueConstraint("store", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    store: Mapped[str] = mapped_column(String(32))
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str | None] = mapped_column(String(200))  # pos_app.loyalty.pins: salted PBKDF2, never the PIN
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class SmsCode(Base):
    """A one-time code sent by SMS; only its salted hash is kept. ``id`` is the challenge id."""

    __tablename__ = "sms_codes"
    __table_args__ = (Index("ix_sms_codes_phone_created", "phone", "created_at"),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    phone: Mapped[str] = mapped_column(String(20))
    purpose: Mapped[str] = mapped_column(String(16))  # registration, redemption, confirmation
    code_hash: Mapped[str] = mapped_column(String(64))
    salt: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    tries_left: Mapped[int] = mapped_column(Integer)
    used: Mapped[bool] = mapped_column(Boolean, default=False)
    member_id: Mapped[str | None] = mapped_column(String(32))
    points: Mapped[int | None] = mapped_column(Integer)


class RegistrationToken(Base):
    """A registration whose SMS code the hub verified (``POST /v1/registrations``): a ``member.registered``
    event carrying the token (for that phone, before ``expires_at``) makes a confirmed member."""

    __tablename__ = "registration_tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    phone: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RedeemToken(Base):
    """A verified online redemption: it reserves ``points`` of the member's until it is used or expires."""

    __tablename__ = "redeem_tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    member_id: Mapped[str] = mapped_column(String(32), index=True)
    points: Mapped[int] = mapped_column(Integer)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_by: Mapped[str | None] = mapped_column(String(64))


class CatalogEntry(Base):
    __tablename__ = "catalog_items"
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    barcode: Mapped[str | None] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(200))
    price_minor: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(64))
    on_sale: Mapped[bool] = mapped_column(Boolean, default=False)
    bonus_points: Mapped[int] = mapped_column(Integer, default=0)
    gift_points: Mapped[int | None] = mapped_column(Integer)
    vat: Mapped[str] = mapped_column(String(8), default="none", server_default="none")  # revision 0003v
    version: Mapped[int] = mapped_column(Integer, index=True)
    removed: Mapped[bool] = mapped_column(Boolean, default=False)


class CatalogItemVersion(Base):
    """Every version of every catalog item (what a sale quoted at that catalog version is checked against):
    the item at catalog version V is its row with the highest ``version`` <= V."""

    __tablename__ = "catalog_item_versions"
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    price_minor: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(64))
    on_sale: Mapped[bool] = mapped_column(Boolean, default=False)
    bonus_points: Mapped[int] = mapped_column(Integer, default=0)
    gift_points: Mapped[int | None] = mapped_column(Integer)
    removed: Mapped[bool] = mapped_column(Boolean, default=False)


class CatalogVersion(Base):
    """When each catalog version was made (an event without versions is checked at its ``sold_at``)."""

    __tablename__ = "catalog_versions"
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class Counter(Base):
    """Named counters (``catalog`` versions, ``card`` serials of member cards)."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class RulesVersion(Base):
    __tablename__ = "rules_versions"
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    rules: Mapped[Any] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    author: Mapped[str] = mapped_column(String(64))


class ReviewAward(Base):
    __tablename__ = "review_awards"
    review_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("members.member_id"))
    movement_id: Mapped[int] = mapped_column(ForeignKey("movements.id"))


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64))
    details: Mapped[Any] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text)
