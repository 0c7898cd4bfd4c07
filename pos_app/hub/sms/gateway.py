"""The SMS gateway interface and the default ``console`` gateway."""

from __future__ import annotations

import json
import logging
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol

from ...loyalty import mask_phone

log = logging.getLogger("pos_app.hub.sms")


class SmsSendError(Exception):
    """The provider did not take the message."""


class SmsGateway(Protocol):
    def send(self, phone: str, text: str) -> None:
        """Send ``text`` to ``phone`` (E.164) or raise ``SmsSendError``."""


class ConsoleGateway:
    """Writes each message to the log (phone masked) and, when ``outbox`` is set, appends a JSON line
    ``{"at", "phone", "text"}`` to that file so tests and a demo operator can read the code."""

    def __init__(self, outbox: str | Path | None = None):
        self.outbox = Path(outbox) if outbox else None
        self._lock = threading.Lock()

    def send(self, phone: str, text: str) -> None:
        log.info("SMS to %s: %s", mask_phone(phone), text)
        if self.outbox is None:
            return
        line = json.dumps({"at": datetime.now(timezone.utc).isoformat(), "phone": phone, "text": text},
                          ensure_ascii=False)
        with self._lock:
            self.outbox.parent.mkdir(parents=True, exist_ok=True)
            with self.outbox.open("a", encoding="utf-8") as f:
                f.write(line + "\n")

    def messages(self) -> list[dict]:
        if self.outbox is None or not self.outbox.exists():
            return []
        return [json.loads(line) for line in self.outbox.read_text(encoding="utf-8").splitlines() if line]


def make_gateway(spec: str | None, outbox: str | Path | None = None) -> SmsGateway:
    """``console`` (default) or a provider URL ``http(s)://...`` for the ``http`` gateway."""
    from .http import HttpGateway

    if not spec or spec == "console":
        return ConsoleGateway(outbox)
    if spec.startswith(("http://", "https://")):
        return HttpGateway(spec)
    raise ValueError(f"unknown SMS gateway {spec!r}: use 'console' or an http(s) URL")
