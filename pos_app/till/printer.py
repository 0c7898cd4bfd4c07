"""The till's one print queue (``pos_app.printing.PrintQueue``), owned by ``TillServices``. No Qt.

The queue is created on the first print, with the till's ``printer`` setting (python-escpos is slow to
import, so start-up does not pay for it), gets new settings when the settings screen saves them, and is
stopped when the till closes. Listeners get every job snapshot, on the queue's worker thread.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any, Callable

from pos_app.loyalty.errors import CodedError

from .printer_setting import printer_settings

Listener = Callable[[Any], None]  # called with a ``pos_app.printing.PrintJob`` snapshot


class NoPrinter(CodedError):
    code = "no_printer"

    def __init__(self) -> None:
        super().__init__(None, "No printer is set up; open the settings.")


class TillPrinter:
    def __init__(self, read_setting: Callable[[], dict | None]) -> None:
        self._read_setting = read_setting  # the till's current ``printer`` setting (a store read)
        self._lock = threading.Lock()
        self._queue = None
        self._settings = None  # PrinterSettings, or None: no printer set up
        self._listeners: list[Listener] = []

    def add_listener(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.append(listener)
            if self._queue is not None:
                self._queue.add_listener(listener)

    def apply(self, setting: dict | None) -> None:
        """The printer setting changed: jobs from now on (and retries) use it."""
        settings = printer_settings(setting)
        with self._lock:
            self._settings = settings
            if self._queue is not None and settings is not None:
                self._queue.set_settings(settings)

    def _ready(self):
        """The queue, created on first use; ``NoPrinter`` while no printer is set up."""
        with self._lock:
            if self._queue is None:
                from pos_app.printing import PrintQueue

                self._settings = printer_settings(self._read_setting())
                if self._settings is None:
                    raise NoPrinter()
                self._queue = PrintQueue(self._settings)
                for listener in self._listeners:
                    self._queue.add_listener(listener)
                self._queue.start()
            if self._settings is None:
                raise NoPrinter()
            return self._queue

    def print_document(self, document, copy: bool = False):
        """Queue ``document``; returns the job (a snapshot). Never blocks on the printer."""
        return replace(self._ready().print_document(document, copy=copy))

    def retry(self, job_id: int):
        return replace(self._ready().retry(job_id))

    def reprint_last_receipt(self):
        """A copy (ДУБЛИКАТ) of the last sale or return receipt queued since start-up; None if there is none."""
        job = self._ready().reprint_last_receipt()
        return replace(job) if job is not None else None

    def failed_jobs(self) -> list:
        queue = self._queue
        return queue.failed_jobs() if queue is not None else []

    def wait_idle(self, timeout: float | None = None) -> bool:
        queue = self._queue
        return queue.wait_idle(timeout) if queue is not None else True

    def stop(self, timeout: float = 2.0) -> None:
        """The current job may finish within ``timeout``; jobs still queued are dropped with the process."""
        with self._lock:
            queue, self._queue = self._queue, None
        if queue is not None:
            for listener in self._listeners:
                queue.remove_listener(listener)
            queue.stop(timeout)
