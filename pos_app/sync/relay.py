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
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update

from pos_app.store import Store
from pos_app.store.models import OutboxEvent, utcnow

from .backoff import Backoff
from .client import HubClient
from .errors import HubRefused, HubUnavailable
from .outbox_queries import OutboxStats

MAX_BATCH = 500  # the contract's limit
ACKED = ("applied", "duplicate")
RETRYABLE_REFUSALS = (401, 403, 408, 409, 425, 429)  # the till's token or the hub's mood, not the events


_QUEUE_COLUMNS = (OutboxEvent.seq, OutboxEvent.event_id, OutboxEvent.kind, OutboxEvent.created_at,
                  OutboxEvent.payload_json, OutboxEvent.next_attempt_at)


def _wire(row) -> str:
    """One event as the contract's JSON text. The payload is stored as JSON text already and goes in as
    it is: parsing and re-encoding it would cost the till more than everything else it does to send it."""
    return (f'{{"id":{json.dumps(row.event_id)},"kind":{json.dumps(row.kind)},'
            f'"created_at":"{row.created_at.isoformat(timespec="seconds")}","payload":{row.payload_json}}}')


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

    def _batch_after(self, seq: int) -> list:
        """Up to a batch of waiting events behind ``seq`` (0: the head of the queue), as ``_QUEUE_COLUMNS``."""
        with self.store.read() as session:
            return list(session.execute(
                select(*_QUEUE_COLUMNS).where(OutboxEvent.problem.is_(False), OutboxEvent.seq > seq)
                .order_by(OutboxEvent.seq).limit(min(self.batch_size, MAX_BATCH))
            ))

    def _due_batch(self, now: datetime) -> tuple[list, float | None]:
        """The head of the queue, if it is due; else how long until it is (None: nothing waits)."""
        rows = self._batch_after(0)
        if not rows:
            return [], None
        wait = (rows[0].next_attempt_at - now).total_seconds()
        return (rows, 0.0) if wait <= 0 else ([], wait)

    def _rows_after(self, seq: int, now: datetime) -> list:
        """The batch behind the one ending at ``seq``, if it is due (else none: it waits for its turn)."""
        rows = self._batch_after(seq)
        return rows if rows and rows[0].next_attempt_at <= now else []

    def _post(self, encoded: list[str]) -> list[dict] | HubRefused | HubUnavailable:
        """The hub's results for a batch, or the error that stopped it (returned, not raised: this
        runs on the sender thread and the relay thread decides what the error means)."""
        try:
            return self.client.post_encoded_events(encoded)
        except (HubUnavailable, HubRefused) as exc:
            return exc

    def _record_answer(self, rows: list, answer: list[dict] | HubRefused | HubUnavailable) -> RelayOutcome:
        """Write down what the hub said about ``rows``."""
        if isinstance(answer, HubUnavailable):
            return self._failed(rows, str(answer))
        if isinstance(answer, HubRefused):
            if answer.status in RETRYABLE_REFUSALS:
                return self._failed(rows, f"{answer.code}: {answer.message}")
            return self._one_by_one(rows, answer)
        return self._apply(rows, answer)

    def send_once(self, now: datetime | None = None) -> RelayOutcome:
        """Send at most one batch (if one is due)."""
        now = now or utcnow()
        rows, wait = self._due_batch(now)
        if not rows:
            return RelayOutcome(retry_in=wait)
        return self._record_answer(rows, self._post([_wire(r) for r in rows]))

    def _one_by_one(self, rows: list, batch_error: HubRefused) -> RelayOutcome:
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

    def send_single(self, row) -> RelayOutcome:
        """One event alone (a refusal of it sets it aside: see ``_one_by_one``)."""
        return self._record_answer([row], self._post([_wire(row)]))

    def _failed(self, rows: list, error: str) -> RelayOutcome:
        delay = self.backoff.next_delay()
        due = utcnow() + timedelta(seconds=delay)
        ids = [r.seq for r in rows]
        with self.store.write() as session:
            session.execute(
                update(OutboxEvent).where(OutboxEvent.seq.in_(ids))
                .values(attempts=OutboxEvent.attempts + 1, last_error=error[:500], next_attempt_at=due)
            )
        return RelayOutcome(sent=len(rows), error=error, retry_in=delay)

    def _apply(self, rows: list, results: list[dict]) -> RelayOutcome:
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
        """Send batches until the queue is empty or a batch fails (then return at once).

        One batch is in flight at a time, and the next one leaves only once the answer to the one before
        has acknowledged or rejected every event of it: no event overtakes one the hub has not taken.
        The requests go out from a sender thread, so that while the hub works on a batch the relay reads
        and encodes the next one and writes down the answer to the one before: the hub's time and the
        till's overlap instead of adding up."""
        rows, wait = self._due_batch(utcnow())
        if not rows:
            return RelayOutcome(retry_in=wait)
        sent = acked = rejected = batches = 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="outbox-sender") as sender:
            in_flight: Future | None = sender.submit(self._post, [_wire(r) for r in rows])
            while in_flight is not None:
                batches += 1
                ahead = self._rows_after(rows[-1].seq, utcnow()) if batches < max_batches else []
                ahead_encoded = [_wire(r) for r in ahead]
                answer = in_flight.result()
                in_flight = None
                if ahead and isinstance(answer, list) and _answers_every(rows, answer):
                    in_flight = sender.submit(self._post, ahead_encoded)  # the next batch goes now...
                outcome = self._record_answer(rows, answer)  # ...while this one's answer is written down
                sent, acked, rejected = sent + outcome.sent, acked + outcome.acknowledged, rejected + outcome.rejected
                if outcome.failed:
                    return RelayOutcome(sent, acked, rejected, outcome.error, outcome.retry_in)
                if in_flight is not None:
                    rows = ahead
                elif batches >= max_batches:
                    return RelayOutcome(sent, acked, rejected, None, 0.0)  # more may wait: come back at once
                else:
                    rows, wait = self._due_batch(utcnow())
                    if rows:
                        in_flight = sender.submit(self._post, [_wire(r) for r in rows])
        return RelayOutcome(sent, acked, rejected, None, wait)


def _answers_every(rows: list, results: list[dict]) -> bool:
    """The hub acknowledged or rejected every event of the batch (so the next batch may go)."""
    answered = {r.get("id") for r in results if isinstance(r, dict) and r.get("status") in (*ACKED, "rejected")}
    return all(row.event_id in answered for row in rows)


__all__ = ["OutboxRelay", "OutboxStats", "RelayOutcome"]
