"""The print queue: one worker thread, one job at a time, failed jobs kept for a retry.

Nothing here raises into the caller's sale: ``print_document`` turns a rendering problem into a failed
job, and a printer problem fails only the job. Listeners are called with the job (a snapshot) on every state
change, from the worker thread (the UI forwards them to the Qt main thread with a queued signal).
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any, Callable

from .context import template_and_context
from .jobs import DONE, FAILED, PRINT_FAILED, PRINTING, QUEUED, RECEIPT_KINDS, RENDER_FAILED, PrintJob
from .receipts import RenderedReceipt, render_document
from .settings import PrinterSettings
from .test_page import render_test_page
from .transport import PrintError, send

log = logging.getLogger(__name__)
Listener = Callable[[PrintJob], None]
Sender = Callable[[bytes, PrinterSettings], None]
KEEP_FINISHED = 50


class PrintQueue:
    def __init__(self, settings: PrinterSettings, sender: Sender = send) -> None:
        self._settings = settings
        self._sender = sender
        self._ids = itertools.count(1)
        self._jobs: dict[int, PrintJob] = {}
        self._todo: queue.Queue[int | None] = queue.Queue()
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pending = 0
        self._listeners: list[Listener] = []
        self._last_receipt: int | None = None
        self._worker: threading.Thread | None = None

    # -- setup -----------------------------------------------------------------------------------
    @property
    def settings(self) -> PrinterSettings:
        return self._settings

    def set_settings(self, settings: PrinterSettings) -> None:
        """New printer settings apply to the jobs submitted from now on (and to retries' connection)."""
        self._settings = settings

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def start(self) -> None:
        with self._lock:
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._run, name="print-queue", daemon=True)
                self._worker.start()

    def stop(self, timeout: float | None = None) -> None:
        """Let the worker finish the current job and exit; jobs still queued stay queued."""
        worker = self._worker
        if worker is not None:
            self._todo.put(None)
            worker.join(timeout)
            if not worker.is_alive():  # still busy: keep it, so start() never makes a second worker
                self._worker = None

    # -- asking for prints ----------------------------------------------------------------------
    def print_document(self, document: Any, copy: bool = False) -> PrintJob:
        """Render and queue any document; never raises (a template problem becomes a failed job).
        ``copy`` marks a reprint ("ДУБЛИКАТ")."""
        try:
            rendered = render_document(document, self._settings, copy=copy)
            kind, _ = template_and_context(document)
        except Exception as exc:
            log.exception("cannot render %s", type(document).__name__)
            name = type(document).__name__
            return self._failed(name, name, "Чек не удалось сформировать.", str(exc), document)
        return self.submit(rendered, kind, document)

    def submit(self, rendered: RenderedReceipt, kind: str, document: Any = None) -> PrintJob:
        job = PrintJob(next(self._ids), kind, rendered.title, rendered.data, rendered.preview, document=document)
        self._store(job)
        self._enqueue(job)
        return job

    def print_test_page(self) -> PrintJob:
        """Queue the printer test page (``pos-till --print-test`` prints it synchronously instead)."""
        try:
            page = render_test_page(self._settings)
        except Exception as exc:
            return self._failed("test_page", "test page", "Тестовую страницу не удалось сформировать.", str(exc))
        return self.submit(page, "test_page")

    def retry(self, job_id: int) -> PrintJob:
        """Send a failed job again (the same bytes)."""
        with self._lock:
            job = self._jobs[job_id]
            if job.state != FAILED or not job.data:
                raise ValueError(f"job {job_id} is {job.state}; only a failed job with data can be retried")
            job.state, job.error, job.code, job.detail, job.finished_at = QUEUED, None, None, None, None
        self._enqueue(job)
        return job

    def reprint_last_receipt(self) -> PrintJob | None:
        """A new job printing the last sale or return receipt again, whether it printed or not."""
        with self._lock:
            last = self._jobs.get(self._last_receipt) if self._last_receipt is not None else None
        if last is None:
            return None
        data, preview = last.data, last.preview
        if last.document is not None:
            try:
                copy = render_document(last.document, self._settings, copy=True)
                data, preview = copy.data, copy.preview
            except Exception:
                log.exception("cannot render the copy of %s; reprinting the original bytes", last.title)
        job = PrintJob(next(self._ids), last.kind, last.title, data, preview, document=last.document)
        self._store(job)
        self._enqueue(job)
        return job

    # -- looking -------------------------------------------------------------------------------
    def jobs(self) -> list[PrintJob]:
        with self._lock:
            return list(self._jobs.values())

    def failed_jobs(self) -> list[PrintJob]:
        return [job for job in self.jobs() if job.state == FAILED]

    def job(self, job_id: int) -> PrintJob:
        with self._lock:
            return self._jobs[job_id]

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no job is queued or printing (for shutdown and tests); False on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    # -- inside --------------------------------------------------------------------------------
    def _store(self, job: PrintJob) -> None:
        with self._lock:
            self._jobs[job.id] = job
            if job.kind in RECEIPT_KINDS and job.data:
                self._last_receipt = job.id
            finished = [j.id for j in self._jobs.values() if j.state == DONE]
            for old in finished[:-KEEP_FINISHED]:
                if old != self._last_receipt:
                    del self._jobs[old]

    def _failed(self, kind: str, title: str, error: str, detail: str, document: Any = None) -> PrintJob:
        job = PrintJob(next(self._ids), kind, title, b"", "", state=FAILED, error=error, code=RENDER_FAILED,
                       detail=detail, document=document)
        self._store(job)
        self._notify(job)
        return job

    def _enqueue(self, job: PrintJob) -> None:
        with self._lock:
            self._pending += 1
        self._notify(job)
        self.start()
        self._todo.put(job.id)

    def _run(self) -> None:
        while True:
            job_id = self._todo.get()
            if job_id is None:
                return
            try:
                self._print(self.job(job_id))
            finally:
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()

    def _print(self, job: PrintJob) -> None:
        job.state, job.attempts = PRINTING, job.attempts + 1
        self._notify(job)
        try:
            self._sender(job.data, self._settings)
        except PrintError as exc:
            job.state, job.error, job.code, job.detail = FAILED, str(exc), exc.code, exc.detail
        except Exception as exc:  # a bug or an unexpected driver error must not kill the worker
            log.exception("print job %s failed unexpectedly", job.id)
            job.state, job.error, job.code, job.detail = FAILED, "Ошибка печати.", PRINT_FAILED, repr(exc)
        else:
            job.state = DONE
        job.finished_at = datetime.now(timezone.utc)
        if job.state == FAILED:
            log.warning("print job %s (%s) failed: %s", job.id, job.title, job.detail)
        self._notify(job)

    def _notify(self, job: PrintJob) -> None:
        snapshot = replace(job)  # listeners may keep it; the worker goes on changing the live job
        for listener in list(self._listeners):
            try:
                listener(snapshot)
            except Exception:
                log.exception("print queue listener failed")
