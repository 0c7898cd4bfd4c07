"""Every refusal in the contract's shape ``{"error": {"code", "message", "field"}}``; never a 500 for input."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException

from ..errors import ApiError
from .schemas import ErrorBody

log = logging.getLogger("pos_app.hub.api")

ERROR_RESPONSES = {status: {"model": ErrorBody, "description": text} for status, text in {
    400: "Bad request", 401: "Missing or invalid till token", 403: "Not this token's to do", 404: "Not found", 409: "Conflict",
    410: "Gone (an expired code)", 413: "Body too large (not read)", 422: "Invalid input", 429: "Too many requests", 503: "Busy; retry"}.items()}


def error(status: int, code: str, message: str, field: str | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, "field": field}}, status_code=status)


def _validation_message(exc: RequestValidationError) -> tuple[str, str, str | None]:
    errors = exc.errors()
    if not errors:
        return "invalid_input", "The request is not valid.", None
    first = errors[0]
    loc = [str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path", "header")]
    field = ".".join(loc) or None
    if first.get("type") == "json_invalid":
        return "invalid_json", "The body is not valid JSON.", None
    where = f"{field}: " if field else ""
    return "invalid_input", f"{where}{first.get('msg', 'invalid value')}", field


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def hub_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.as_dict(), status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        code, message, field = _validation_message(exc)
        return error(422, code, message, field)

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, exc: HTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized"}
        status = exc.status_code if 400 <= exc.status_code < 600 else 400
        if status == 400 and isinstance(exc.__cause__, (RecursionError, ValueError, UnicodeDecodeError)):
            # the JSON parser gave up (nested too deep, not UTF-8): the body is not usable JSON
            return error(422, "invalid_json", "The body is not valid JSON (or nested too deep).")
        answer = error(status, codes.get(status, "bad_request"), str(exc.detail))
        for name, value in (getattr(exc, "headers", None) or {}).items():  # a 405 says what is Allowed (RFC 9110)
            answer.headers[name] = value
        return answer

    @app.exception_handler(DataError)
    async def data_error(_request: Request, exc: DataError) -> JSONResponse:
        # e.g. a NUL character PostgreSQL cannot store: the input is at fault, not the hub
        return error(422, "invalid_input", "A value cannot be stored (unsupported characters or size).")

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return error(500, "internal_error", "The hub failed unexpectedly; the request may be retried.")
