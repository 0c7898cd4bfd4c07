"""What can go wrong talking to the hub."""

from __future__ import annotations

from pos_app.loyalty.errors import CodedError


class HubUnavailable(CodedError):
    """Transport failure, timeout, a 5xx or an answer that is not the contract: try again later."""

    code = "offline"

    def __init__(self, message: str):
        super().__init__(None, message)


class HubRefused(CodedError):
    """The hub refused the request (4xx) with ``{"error": {"code", "message", "field", **extra}}``."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None, extra: dict | None = None):
        super().__init__(code, message, field, **(extra or {}))
        self.status = status

    def __str__(self) -> str:
        return f"{self.status} {self.code}: {self.message}"
