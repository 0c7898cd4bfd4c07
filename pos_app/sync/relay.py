"""The outbox relay: sends waiting events to the hub in creation order, in batches, and forgets
an event only when the hub's answer acknowledges *that event's id*.

- ``applied`` / ``duplicate`` for an id: the row is deleted.
- ``rejected``: the row is set aside as a sync problem with the hub's code and message; the
  events behind it go on.
- Transport failure, timeout, 5xx or a garbled answer: the whole batch stays, the relay backs
  off exponentially with jitter and sends the same events (same ids) again; the hub dedupes.
- The whole request refused with a 4xx (say 422 for one malformed event): the events are sent
  one by one so that only the bad one is set aside. 401/403/429 are retried (a token problem
  or a busy hub is not the events' fault).
The queue head's ``next_attempt_at`` holds the backoff, so order is never overtaken."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update

from pos_app.store import Store
from pos_app.store.models import OutboxEvent, utcnow

from .backoff import Backoff
from .client import HubClient
from .errors import HubError, HubUnavailable
from .outbox_queries import OutboxStats

MAX_BATCH = 500  # the contract's limit
ACKED = ("applied", "duplicate")
RETRYABLE_REFUSALS = (401, 403, 408, 409, 425, 429)  # the till's token or the hub's mood, not the events


def _wire(row: OutboxEvent) -> dict:
    return {"id": row.event_id, "kind": row.kind, "created_at": row.created_at.isoformat(timespec="seconds"),
            "payload": json.loads(row.payload_json)}


@dataclass(frozen=True)
class RelayOutcome:
    sent: int = 0
    acknowledged: int = 0
    rejected: int = 0
    error: str | None = None  # set when the batch must be retried
    retry_in: float | None = None  # seconds until the head of the queue is due (None: nothing waiting)

    @property
    def failed(self) -> bool:
        return self.error is not None


@dataclass
class OutboxRelay:
    store: Store
    client: HubClient
    batch_size: int = 200
    backoff: Backoff = field(default_factory=Backoff)

    def _due_batch(self, now: datetime) -> tuple[list[OutboxEvent], float | None]:
        with self.store.read() as session:
            rows = list(session.scalars(
                select(OutboxEvent).where(OutboxEvent.problem.is_(False)).order_by(OutboxEvent.seq)
                .limit(min(self.batch_size, MAX_BATCH))
            ))
        if not rows:
            return [], None
        wait = (rows[0].next_attempt_at - now).total_seconds()
        return (rows, 0.0) if wait <= 0 else ([], wait)

    def send_once(self, now: datetime | None = None) -> RelayOutcome:
        """Send at most one batch (if one is due)."""
        now = now or utcnow()
        rows, wait = self._due_batch(now)
        if not rows:
            return RelayOutcome(retry_in=wait)
        try:
            results = self.client.post_events([_wire(r) for r in rows])
        except HubUnavailable as exc:
            return self._failed(rows, str(exc))
        except HubError as exc:
            if exc.status in RETRYABLE_REFUSALS:
                return self._failed(rows, f"{exc.code}: {exc.message}")
            return self._one_by_one(rows, exc)
        return self._apply(rows, results)

    def _one_by_one(self, rows: list[OutboxEvent], batch_error: HubError) -> RelayOutcome:
        """The hub refused the whole request (a 4xx such as 422): send the events singly, in order, so
        that the one it cannot take is set aside and the others go on."""
        if len(rows) == 1:
            results = [{"id": rows[0].event_id, "status": "rejected", "code": batch_error.code,
                        "message": batch_error.message}]
            return self._apply(rows, results)
        sent = acked = rejected = 0
        for row in rows:
            outcome = self.send_single(row)
            sent, acked, rejected = sent + outcome.sent, acked + outcome.acknowledged, rejected + outcome.rejected
            if outcome.failed:
                return RelayOutcome(sent, acked, rejected, outcome.error, outcome.retry_in)
        return RelayOutcome(sent, acked, rejected, None, 0.0)

    def send_single(self, row: OutboxEvent) -> RelayOutcome:
        try:
            results = self.client.post_events([_wire(row)])
        except HubUnavailable as exc:
            return self._failed([row], str(exc))
        except HubError as exc:
            if exc.status in RETRYABLE_REFUSALS:
                return self._failed([row], f"{exc.code}: {exc.message}")
            results = [{"id": row.event_id, "status": "rejected", "code": exc.code, "message": exc.message}]
        return self._apply([row], results)

    def _failed(self, rows: list[OutboxEvent], error: str) -> RelayOutcome:
        delay = self.backoff.next_delay()
        due = utcnow() + timedelta(seconds=delay)
        ids = [r.seq for r in rows]
        with self.store.write() as session:
            session.execute(
                update(OutboxEvent).where(OutboxEvent.seq.in_(ids))
                .values(attempts=OutboxEvent.attempts + 1, last_error=error[:500], next_attempt_at=due)
            )
        return RelayOutcome(sent=len(rows), error=error, retry_in=delay)

    def _apply(self, rows: list[OutboxEvent], results: list[dict]) -> RelayOutcome:
        sent_ids = {r.event_id for r in rows}
        acked: list[str] = []
        rejected: list[dict] = []
        for result in results:
            event_id = result.get("id")
            if event_id not in sent_ids:
                continue  # not ours: ignore, never acknowledge by position
            if result.get("status") in ACKED:
                acked.append(event_id)
            elif result.get("status") == "rejected":
                rejected.append(result)
        with self.store.write() as session:
            if acked:
                session.execute(delete(OutboxEvent).where(OutboxEvent.event_id.in_(acked)))
            for result in rejected:
                session.execute(
                    update(OutboxEvent).where(OutboxEvent.event_id == result["id"])
                    .values(problem=True, problem_code=str(result.get("code") or "rejected")[:64],
                            last_error=str(result.get("message") or "rejected by the hub"),
                            attempts=OutboxEvent.attempts + 1)
                )
        answered = set(acked) | {r["id"] for r in rejected}
        unanswered = [r for r in rows if r.event_id not in answered]
        if unanswered:
            failed = self._failed(unanswered, f"the hub answered without a result for {len(unanswered)} event(s)")
            return RelayOutcome(len(rows), len(acked), len(rejected), failed.error, failed.retry_in)
        self.backoff.reset()
        return RelayOutcome(sent=len(rows), acknowledged=len(acked), rejected=len(rejected), retry_in=0.0)

    def hub_is_back(self, now: datetime | None = None) -> None:
        """Another call reached the hub while the relay was backing off: forget the backoff and make the
        waiting events due now (their order is unchanged), so they go without waiting out the delay."""
        self.backoff.reset()
        now = now or utcnow()
        with self.store.write() as session:
            session.execute(update(OutboxEvent).where(OutboxEvent.problem.is_(False),
                                                      OutboxEvent.next_attempt_at > now)
                            .values(next_attempt_at=now))

    def drain(self, max_batches: int = 1_000_000) -> RelayOutcome:
        """Send batches until the queue is empty or a batch fails (then return at once)."""
        total_ack = total_rej = sent = 0
        for _ in range(max_batches):
            outcome = self.send_once()
            sent += outcome.sent
            total_ack += outcome.acknowledged
            total_rej += outcome.rejected
            if outcome.failed or outcome.sent == 0:
                return RelayOutcome(sent, total_ack, total_rej, outcome.error, outcome.retry_in)
        return RelayOutcome(sent, total_ack, total_rej, None, 0.0)


__all__ = ["OutboxRelay", "OutboxStats", "RelayOutcome"]
