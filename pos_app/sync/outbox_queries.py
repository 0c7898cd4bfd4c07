"""Queries on the outbox: what is waiting, how old it is, what the hub rejected."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update

from pos_app.store import Store
from pos_app.store.models import OutboxEvent


@dataclass(frozen=True)
class OutboxStats:
    waiting: int
    oldest_created_at: datetime | None
    problems: int


@dataclass(frozen=True)
class SyncProblem:
    event_id: str
    kind: str
    created_at: datetime
    code: str | None
    message: str | None
    reference: str | None  # the receipt or return number


def outbox_stats(store: Store) -> OutboxStats:
    with store.read() as session:
        waiting, oldest = session.execute(
            select(func.count(), func.min(OutboxEvent.created_at)).where(OutboxEvent.problem.is_(False))
        ).one()
        problems = session.scalar(select(func.count()).where(OutboxEvent.problem.is_(True)))
    return OutboxStats(waiting=waiting, oldest_created_at=oldest, problems=problems)


def sync_problems(store: Store) -> list[SyncProblem]:
    with store.read() as session:
        rows = session.scalars(select(OutboxEvent).where(OutboxEvent.problem.is_(True)).order_by(OutboxEvent.seq))
        out = []
        for row in rows:
            payload = json.loads(row.payload_json)
            out.append(SyncProblem(
                event_id=row.event_id, kind=row.kind, created_at=row.created_at, code=row.problem_code,
                message=row.last_error, reference=payload.get("return_no") or payload.get("receipt_no"),
            ))
        return out


def retry_problem(store: Store, event_id: str) -> bool:
    """Put a rejected event back in the queue (e.g. after the hub's data was fixed). Its place
    in creation order is kept."""
    with store.write() as session:
        result = session.execute(
            update(OutboxEvent).where(OutboxEvent.event_id == event_id, OutboxEvent.problem.is_(True))
            .values(problem=False, problem_code=None)
        )
        return result.rowcount == 1
