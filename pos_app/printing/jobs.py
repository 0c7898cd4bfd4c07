"""Print jobs: what was asked to print, and what became of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

QUEUED = "queued"
PRINTING = "printing"
DONE = "done"
FAILED = "failed"
RECEIPT_KINDS = ("sale", "return")  # what "reprint the last receipt" reprints
RENDER_FAILED = "render_failed"  # a failed job's code when the document could not be rendered
PRINT_FAILED = "print_failed"  # ... when the driver failed in an unexpected way


@dataclass
class PrintJob:
    """One job. The queue's worker changes ``state``; listeners get the job on every change.

    ``code`` says why a job failed (``transport``'s codes, ``RENDER_FAILED``, ``PRINT_FAILED``) for a UI to
    put in its own language; ``error`` is the same in Russian (command line, log), ``detail`` the
    technical reason.
    """

    id: int
    kind: str  # sale, return, balance, registration, shift_report, test_page
    title: str
    data: bytes
    preview: str
    state: str = QUEUED
    error: str | None = None
    code: str | None = None
    detail: str | None = None
    attempts: int = 0
    document: Any = None
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    finished_at: datetime | None = None

    @property
    def failed(self) -> bool:
        return self.state == FAILED
