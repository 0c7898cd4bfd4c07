"""Refusals from finishing, returning or cancelling a sale. Nothing is written when one is raised."""

from __future__ import annotations


class SaleError(Exception):
    """``code`` for the UI to translate, an English ``message`` saying what to do, ``field`` or None."""

    def __init__(self, code: str, message: str, field: str | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field

    def as_dict(self) -> dict:
        return {"error": {"code": self.code, "message": self.message, "field": self.field}}
