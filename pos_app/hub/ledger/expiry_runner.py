"""Writing due expiries for every member: ``pos-hub expire`` once (cron), ``pos-hub serve`` every minute.

Each member in its own short transaction, under the member lock (``lock_member`` writes what is due),
so a run never holds up sales for long and a member changed meanwhile is simply already settled."""

from __future__ import annotations

import logging
import threading

from .expiry import members_due

log = logging.getLogger("pos_app.hub.expiry")
INTERVAL_S = 60.0


def expire_all(hub, batch: int = 500) -> tuple[int, int]:
    """Write every expiry due at the hub's now: (members settled, points expired)."""
    from ..events.member_lock import lock_member
    from .expiry import expire_due

    now = hub.clock.now()
    members = points = 0
    seen: set[str] = set()
    while True:
        with hub.db.read() as s:
            due = [m for m in members_due(s, now, batch) if m not in seen]
        if not due:
            return members, points
        for member_id in due:
            seen.add(member_id)
            with hub.db.write() as s:
                if lock_member(s, member_id, now, expire=False) is not None:
                    points += expire_due(s, member_id, now)
                    members += 1


class ExpiryThread:
    """``expire_all`` every ``interval`` seconds in a daemon thread (``pos-hub serve``)."""

    def __init__(self, hub, interval: float = INTERVAL_S):
        self.hub, self.interval = hub, interval
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True, name="hub-expiry")

    def start(self) -> "ExpiryThread":
        self.thread.start()
        return self

    def _run(self) -> None:
        while True:
            try:
                members, points = expire_all(self.hub)
                if members:
                    log.info("expired %d points of %d members", points, members)
            except Exception:  # noqa: BLE001 - a failed run is retried next minute; the hub keeps serving
                log.exception("expiry run failed")
            if self._stop.wait(self.interval):
                return

    def stop(self) -> None:
        self._stop.set()
        self.thread.join(timeout=10)
