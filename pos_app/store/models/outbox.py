"""The outbox: events waiting to reach the hub, in creation order (``seq``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class OutboxEvent(Base):
    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    payload_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str | None] = mapped_column(Text)
    problem: Mapped[bool] = mapped_column(default=False)  # rejected by the hub: set aside, shown to staff
    problem_code: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_outbox_problem_seq", "problem", "seq"),)
