"""The member cache: what the hub said about a member, and when."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class CachedMember(Base):
    __tablename__ = "member_cache"

    phone: Mapped[str] = mapped_column(String(20), primary_key=True)  # E.164
    member_id: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    available: Mapped[int]
    pending: Mapped[int]
    pending_json: Mapped[str] = mapped_column(Text, default="[]")  # [{"points", "available_on"}]
    expiring_json: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")  # revision 0002
    birth_date: Mapped[str | None] = mapped_column(String(10))
    read_at: Mapped[datetime]
    card_number: Mapped[str | None] = mapped_column(String(13), index=True)  # revision 0006; a replaced card is dropped
