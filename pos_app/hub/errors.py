"""Refusals the hub answers with a 4xx and a machine-readable code."""

from __future__ import annotations

from typing import Any


class HubError(Exception):
    """``{"error": {"code", "message", "field", **extra}}`` with an HTTP status."""

    status = 422
    code = "invalid_input"

    def __init__(self, message: str, *, code: str | None = None, status: int | None = None,
                 field: str | None = None, **extra: Any):
        super().__init__(message)
        self.message = message
        self.field = field
        self.extra = extra
        if code is not None:
            self.code = code
        if status is not None:
            self.status = status

    def as_dict(self) -> dict:
        return {"error": {"code": self.code, "message": self.message, "field": self.field, **self.extra}}


class NotFound(HubError):
    status = 404
    code = "not_found"


class Conflict(HubError):
    status = 409
    code = "conflict"


class Unauthorized(HubError):
    status = 401
    code = "unauthorized"
