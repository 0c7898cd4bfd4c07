"""Refusals from finishing, returning or cancelling a sale. Nothing is written when one is raised."""

from __future__ import annotations

from pos_app.loyalty.errors import CodedError


class SaleError(CodedError):
    """``code`` for the UI to translate, an English ``message`` saying what to do, ``field`` or None."""
