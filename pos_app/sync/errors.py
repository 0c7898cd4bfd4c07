"""What can go wrong talking to the hub."""

from __future__ import annotations


class HubUnavailable(Exception):
    """Transport failure, timeout, a 5xx or an answer that is not the contract: try again later."""


class HubError(Exception):
    """The hub refused the request (4xx) with ``{"error": {"code", "message", "field"}}``."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None, extra: dict | None = None):
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.extra = extra or {}
