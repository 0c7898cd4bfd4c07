"""The catalog and the program rules pulled from the hub, each with its version."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class CatalogRow(Base):
    __tablename__ = "catalog_items"

    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    barcode: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    price_minor: Mapped[int]
    category: Mapped[str | None] = mapped_column(String(64))
    on_sale: Mapped[bool] = mapped_column(default=False)
    bonus_points: Mapped[int] = mapped_column(default=0)
    gift_points: Mapped[int | None]
    vat: Mapped[str] = mapped_column(String(8), default="none", server_default="none")  # revision 0004f
    version: Mapped[int] = mapped_column(default=0)

    __table_args__ = (Index("ix_catalog_items_barcode", "barcode"),)


class SyncVersion(Base):
    """The version of a pulled data set ("catalog", "rules") this till holds."""

    __tablename__ = "sync_versions"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    version: Mapped[int]
    pulled_at: Mapped[datetime]


class ProgramRules(Base):
    """The rules the till quotes with (one row, id 1): ``Rules.to_dict()`` as JSON."""

    __tablename__ = "program_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int]
    rules_json: Mapped[str] = mapped_column(Text)
    pulled_at: Mapped[datetime]
