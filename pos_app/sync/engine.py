"""The sync engine: a worker thread that relays the outbox and pulls rules and catalog,
keeping a ``SyncStatus`` up to date. Qt-free; the UI only reads the status.

``wake()`` after writing an event makes it send at once; ``stop()`` ends the thread and
never touches the outbox (waiting events stay for the next start)."""

from __future__ import annotations

import logging
import threading
import time

from pos_app.store import Store
from pos_app.store.models import utcnow

from .backoff import Backoff
from .client import HubClient
from .errors import HubRefused, HubUnavailable
from .outbox_queries import outbox_stats
from .pulls import pull_catalog, pull_rules, pull_staff
from .relay import OutboxRelay
from .state import SyncStatus

log = logging.getLogger(__name__)
PULL_RETRY_SECONDS = 60.0


class SyncEngine:
    def __init__(
        self, store: Store, client: HubClient, status: SyncStatus | None = None, *,
        idle_interval: float = 5.0, pull_interval: float = 300.0, batch_size: int = 200,
        backoff: Backoff | None = None,
    ):
        self.store = store
        self.client = client
        self.status = status or SyncStatus()
        self.idle_interval = idle_interval
        self.pull_interval = pull_interval
        self.relay = OutboxRelay(store, client, batch_size=batch_size, backoff=backoff or Backoff())
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_pull = 0.0

    # control
    def start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="till-sync", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 12.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def wake(self) -> None:
        self._wake.set()

    def hub_is_back(self) -> None:
        """Something else (a member look-up) just reached the hub: send the waiting events now instead
        of when the backoff says (up to 30 s later). Safe from any thread."""
        self.relay.hub_is_back()
        self.wake()

    # one round, also usable without the thread (tests, CLI)
    def refresh_counts(self) -> None:
        stats = outbox_stats(self.store)
        self.status.update(waiting=stats.waiting, oldest_created_at=stats.oldest_created_at, problems=stats.problems)

    def _contact(self, **changes) -> None:
        self.status.update(online=True, last_error=None, last_contact_at=utcnow(), **changes)

    def run_once(self) -> float:
        """Pull if due, send what is due. Returns seconds until the next round."""
        delay = self.idle_interval
        if time.monotonic() - self._last_pull >= self.pull_interval:
            self._pull()
        try:
            outcome = self.relay.drain(max_batches=50)
            if outcome.failed:
                self.status.update(online=False, last_error=outcome.error)
                delay = outcome.retry_in or delay
            elif outcome.sent:
                self._contact()
                delay = 0.0 if outcome.retry_in == 0.0 else delay
            elif outcome.retry_in:  # still backing off from an earlier failure
                delay = min(outcome.retry_in, delay)
            else:  # nothing to send: a cheap health check keeps "online" honest
                self.client.health()
                self.relay.backoff.reset()
                self._contact()
        except HubUnavailable as exc:
            self.status.update(online=False, last_error=str(exc))
            delay = self.relay.backoff.next_delay()
        except HubRefused as exc:  # e.g. a wrong till token
            self.status.update(online=False, last_error=f"{exc.code}: {exc.message}")
            delay = self.relay.backoff.next_delay()
        self.refresh_counts()
        return delay

    def _pull(self) -> None:
        """Rules and catalog. A failure here never holds the outbox back; it is tried again in a minute."""
        try:
            rules_version = pull_rules(self.store, self.client)
            catalog_version = pull_catalog(self.store, self.client)
            pull_staff(self.store, self.client)
        except (HubUnavailable, HubRefused) as exc:
            self._last_pull = time.monotonic() - self.pull_interval + PULL_RETRY_SECONDS
            self.status.update(pull_error=str(exc))
            return
        self._last_pull = time.monotonic()
        self._contact(rules_version=rules_version, catalog_version=catalog_version, pull_error=None)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                delay = self.run_once()
            except Exception as exc:  # noqa: BLE001 - the worker must survive anything
                log.exception("sync round failed")
                self.status.update(last_error=f"{type(exc).__name__}: {exc}")
                delay = self.idle_interval
            if delay > 0:
                self._wake.wait(delay)
            self._wake.clear()
