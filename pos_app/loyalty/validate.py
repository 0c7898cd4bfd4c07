"""Strict readers for JSON-shaped values: each names the path it complains about."""

from __future__ import annotations

from typing import Any

from .errors import InvalidInput


def require_int(value: Any, field: str, minimum: int | None = None) -> int:
    # bool is an int subclass in Python; JSON true is not a number.
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"{field} must be a whole number, got {value!r}", field)
    if minimum is not None and value < minimum:
        raise InvalidInput(f"{field} must be at least {minimum}, got {value}", field)
    return value


def require_bool(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(f"{field} must be true or false, got {value!r}", field)
    return value


def require_str(value: Any, field: str, allow_empty: bool = False) -> str:
    if not isinstance(value, str) or (not allow_empty and not value.strip()):
        raise InvalidInput(f"{field} must be a non-empty string, got {value!r}", field)
    return value


def require_choice(value: Any, field: str, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise InvalidInput(f"{field} must be one of {', '.join(choices)}, got {value!r}", field)
    return value


def require_object(value: Any, field: str) -> dict:
    if not isinstance(value, dict):
        raise InvalidInput(f"{field} must be a JSON object", field)
    return value


def reject_unknown_keys(obj: dict, allowed: set[str] | frozenset[str], prefix: str) -> None:
    for key in obj:
        if key not in allowed:
            path = f"{prefix}.{key}" if prefix else key
            raise InvalidInput(f"unknown key {key!r}; expected one of {', '.join(sorted(allowed))}", path)
