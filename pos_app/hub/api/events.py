"""``POST /v1/events``: a till's outbox batch, one result per event in the same order."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter

from ..events import EventIn, apply_batch
from .deps import HubDep, TillDep
from .errors import responses
from .schemas import EventsIn, EventsOut

router = APIRouter(prefix="/v1", tags=["events"])


def _created(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


@router.post("/events", response_model=EventsOut, operation_id="post_events", responses=responses("busy", body=True))
def post_events(hub: HubDep, till: TillDep, body: EventsIn) -> dict:
    events = [EventIn(id=e.id, kind=e.kind, created_at=_created(e.created_at), payload=e.payload)
              for e in body.events]
    return {"results": apply_batch(hub, till, events)}
