"""Refusals the hub answers with a 4xx and a machine-readable code."""

from __future__ import annotations

from typing import Any

from pos_app.loyalty.errors import CodedError


class ApiError(CodedError):
    """A refusal the API answers: ``{"error": {"code", "message", "field", **extra}}`` with an HTTP status."""

    status = 422
    code = "invalid_input"

    def __init__(self, message: str, *, code: str | None = None, status: int | None = None,
                 field: str | None = None, **extra: Any):
        super().__init__(code, message, field, **extra)
        if status is not None:
            self.status = status


class NotFound(ApiError):
    status = 404
    code = "not_found"


class Conflict(ApiError):
    status = 409
    code = "conflict"


class Unauthorized(ApiError):
    status = 401
    code = "unauthorized"
