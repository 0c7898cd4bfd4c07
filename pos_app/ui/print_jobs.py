"""The print queue's jobs as the GUI thread sees them.

The till layer owns the one ``pos_app.printing.PrintQueue``; its listener runs on the queue's worker
thread and is re-emitted here through a queued signal, so everything below runs on the GUI thread.
Asking for a print (which reads the till's store to build the receipt) runs on the ``store`` queue;
the printer itself is only ever touched by the print queue's worker.
"""

from __future__ import annotations

from typing import Any, Callable

from pos_app.till import CodedError

from .qt import QObject, Qt, Signal, is_alive
from .texts import print_error_text

QUEUED, PRINTING, DONE, FAILED = "queued", "printing", "done", "failed"  # pos_app.printing.jobs, without the import
KEEP_DONE = 20

OnJob = Callable[[Any], None]


class PrintJobs(QObject):
    changed = Signal()  # the printer state or the failed jobs changed
    _arrived = Signal(object)  # a job snapshot, from the print queue's thread

    def __init__(self, till, ops) -> None:
        super().__init__()  # no parent: the print thread may emit until ``stop``
        self.till, self.ops = till, ops
        self.jobs: dict[int, Any] = {}  # id -> newest snapshot
        self._watchers: dict[int, list[tuple[OnJob, Any]]] = {}
        self._stopped = False
        self._arrived.connect(self._on_job, Qt.ConnectionType.QueuedConnection)
        till.watch_printing(self._forward)

    # -- state ---------------------------------------------------------------------------------
    @property
    def failed(self) -> list:
        return [j for j in self.jobs.values() if j.state == FAILED]

    @property
    def busy(self) -> bool:
        return any(j.state in (QUEUED, PRINTING) for j in self.jobs.values())

    @property
    def state(self) -> str:
        """error (a job failed and was not printed since), printing, or ok."""
        return "error" if self.failed else "printing" if self.busy else "ok"

    @property
    def message(self) -> str:
        """What went wrong with the newest failed job (the cashier's text, in the UI's language)."""
        failed = self.failed
        return print_error_text(failed[-1]) if failed else ""

    @property
    def detail(self) -> str:
        """The newest failed job's technical reason (for a tooltip)."""
        failed = self.failed
        return (failed[-1].detail or "") if failed else ""

    # -- asking --------------------------------------------------------------------------------
    def submit(self, make_job: Callable[[], Any], on_job: OnJob | None = None,
               on_error: Callable[[BaseException], None] | None = None, owner=None) -> None:
        """Run ``make_job`` (builds the document, queues it, returns the job) on the store queue; then
        ``on_job(job)`` gets the job and each later change of it (a retry included)."""
        def queued(job) -> None:
            if job is None:
                if on_error is not None:
                    on_error(CodedError("nothing_to_print", "There is no receipt to print."))
                return
            if job.id not in self.jobs or self.jobs[job.id].state == QUEUED:
                self._on_job(job, notify=False)
            if on_job is not None:
                self._watchers.setdefault(job.id, []).append((on_job, owner))
                on_job(self.jobs[job.id])

        self.ops.store.submit(make_job, queued, on_error, name="print", owner=owner)

    def retry(self, job_id: int, on_error=None, owner=None) -> None:
        self.submit(lambda: self.till.retry_print(job_id), on_error=on_error, owner=owner)

    def retry_failed(self, on_error=None) -> None:
        """Send every failed job again; a job that could not even be rendered is dropped (nothing to send)."""
        for job in self.failed:
            if job.data:
                self.retry(job.id, on_error)
            else:
                del self.jobs[job.id]
        self.changed.emit()

    def stop(self) -> None:
        self._stopped = True

    # -- inside --------------------------------------------------------------------------------
    def _forward(self, job) -> None:  # print queue thread
        if self._stopped:
            return
        try:
            self._arrived.emit(job)
        except RuntimeError:  # the QObject is gone: the app is quitting
            pass

    def _on_job(self, job, notify: bool = True) -> None:
        self.jobs[job.id] = job
        done = [i for i, j in self.jobs.items() if j.state == DONE]
        for old in done[:-KEEP_DONE]:
            del self.jobs[old]
            self._watchers.pop(old, None)
        if not notify:
            return
        watchers = [(fn, owner) for fn, owner in self._watchers.get(job.id, ()) if owner is None or is_alive(owner)]
        self._watchers[job.id] = watchers
        for fn, _owner in watchers:
            fn(job)
        self.changed.emit()
