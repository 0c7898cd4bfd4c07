"""Operations off the GUI thread: run a callable on a worker, get the answer back on the GUI thread.

Two serial queues, one per resource: ``hub`` (anything on the network: member look-ups,
registration, codes, adjustments) and ``store`` (the till's local SQLite: catalog look-ups, finishing
a sale, PIN checks, queueing a print). Each queue is one daemon thread taking jobs in order, so two
hub calls never race, and a hub that does not answer never delays a scan. The printer has its own
worker, the print queue (``pos_app.printing.PrintQueue``, see ``print_jobs.py``), so a stuck printer
never delays a sale. Results come back through a Qt signal with a queued connection, so
``on_done``/``on_error`` always run on the GUI thread.

Daemon threads (not QThreads) because a job may be blocked in a socket read when the app quits:
a daemon thread ends with the process, while a running QThread would abort it on destruction.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import traceback
from dataclasses import dataclass, field
from typing import Any, Callable

from .qt import QObject, Qt, Signal, is_alive

log = logging.getLogger(__name__)


@dataclass
class Job:
    id: int
    name: str
    fn: Callable[[], Any]
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[BaseException], None] | None = None
    owner: Any = None  # a QObject: its callbacks are dropped once Qt has deleted it
    cancelled: bool = field(default=False)


class SerialQueue(QObject):
    """One worker thread taking jobs in submission order."""

    _finished = Signal(object, object, object)  # job, result, error
    busy_changed = Signal(bool)

    def __init__(self, name: str) -> None:
        # No Qt parent on purpose: the worker thread holds this object until its job returns, so the
        # C++ side must live as long as the Python side (a parent could delete it under the thread).
        super().__init__()
        self.name = name
        self.stopped = False
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._ids = itertools.count(1)
        self._pending = 0
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._loop, name=f"ui-{name}", daemon=True)
        self._thread.start()

    @property
    def pending(self) -> int:
        """Jobs submitted whose callbacks have not run yet."""
        return self._pending

    def submit(self, fn: Callable[[], Any], on_done=None, on_error=None, *, name: str = "", owner=None) -> Job:
        job = Job(next(self._ids), name or getattr(fn, "__name__", "job"), fn, on_done, on_error, owner)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._jobs.put(job)
        return job

    def stop(self) -> None:
        """No more callbacks; the thread ends after the job it is running (if any)."""
        self.stopped = True
        self._jobs.put(None)

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            result, error = None, None
            if not job.cancelled:
                try:
                    result = job.fn()
                except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                    error = exc
                    log.debug("job %s failed: %s", job.name, "".join(traceback.format_exception(exc)))
            if self.stopped:
                return
            try:
                self._finished.emit(job, result, error)
            except RuntimeError:  # the QObject is gone: the app is quitting
                return

    def _deliver(self, job: Job, result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        try:
            if self.stopped or job.cancelled or (job.owner is not None and not is_alive(job.owner)):
                return
            if error is None:
                if job.on_done is not None:
                    job.on_done(result)
            elif job.on_error is not None:
                job.on_error(error)
            else:
                log.error("job %s failed: %s", job.name, error)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)


class Operations(QObject):
    """The app's queues: ``ops.hub`` and ``ops.store``, each with ``submit(...)``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hub = SerialQueue("hub")
        self.store = SerialQueue("store")

    @property
    def idle(self) -> bool:
        return all(q.pending == 0 for q in (self.hub, self.store))

    def stop(self) -> None:
        for q in (self.hub, self.store):
            q.stop()
