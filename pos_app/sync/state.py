"""The sync state the till shows at a glance, and a Qt-free way to be told when it changes.

Listeners are called on the sync worker thread; the UI's Qt adaptor must re-emit them as a
queued signal (never touch widgets from a listener)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from pos_app.store.models import utcnow

STALE_AFTER_SECONDS = 24 * 3600  # the UI's red banner


@dataclass(frozen=True)
class SyncState:
    online: bool | None = None  # None: not yet known
    waiting: int = 0  # events in the outbox (problems excluded)
    oldest_created_at: datetime | None = None
    problems: int = 0  # events the hub rejected, set aside
    last_error: str | None = None
    pull_error: str | None = None  # the last failed pull of rules/catalog (cleared by the next good one)
    last_contact_at: datetime | None = None  # last successful exchange with the hub
    catalog_version: int | None = None
    rules_version: int | None = None

    def oldest_age_seconds(self, now: datetime | None = None) -> float | None:
        if self.oldest_created_at is None:
            return None
        return max(0.0, ((now or utcnow()) - self.oldest_created_at).total_seconds())

    def is_stale(self, now: datetime | None = None) -> bool:
        age = self.oldest_age_seconds(now)
        return age is not None and age > STALE_AFTER_SECONDS


Listener = Callable[[SyncState], None]


class SyncStatus:
    """Holds the current ``SyncState``; thread-safe; calls listeners when it changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state = SyncState()
        self._listeners: list[Listener] = []

    @property
    def state(self) -> SyncState:
        with self._lock:
            return self._state

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def update(self, **changes) -> SyncState:
        with self._lock:
            new = replace(self._state, **changes)
            changed = new != self._state
            self._state = new
            listeners = list(self._listeners) if changed else []
        for listener in listeners:
            listener(new)
        return new
