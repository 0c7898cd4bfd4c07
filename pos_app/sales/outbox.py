"""Putting an event into the outbox, inside the caller's transaction."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from pos_app.store.models import OutboxEvent

KINDS = ("sale.finished", "sale.returned", "sale.cancelled", "member.registered")


def new_event_id() -> str:
    return str(uuid.uuid4())


def enqueue(session: Session, kind: str, payload: dict, created_at: datetime, event_id: str | None = None) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown event kind {kind!r}")
    event_id = event_id or new_event_id()
    session.add(
        OutboxEvent(
            event_id=event_id,
            kind=kind,
            payload_json=json.dumps(payload, ensure_ascii=False, separators=(",", ":")),
            created_at=created_at,
            next_attempt_at=created_at,
        )
    )
    return event_id


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")
