"""What an event handler gets: the session of its transaction, the moment, the till, the hub."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from ..context import Hub
from ..db.models import Till


@dataclass(frozen=True)
class EventContext:
    session: Session
    hub: Hub
    till: Till
    event_id: str
    now: datetime
