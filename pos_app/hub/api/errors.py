"""Every refusal in the contract's shape ``{"error": {"code", "message", "field"}}``; never a 500 for input."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException

from ..errors import ApiError

log = logging.getLogger("pos_app.hub.api")

STATUS_TEXT = {400: "Bad request", 401: "Missing or invalid till token", 403: "Not this token's or person's to do",
               404: "Not found", 409: "Conflict", 413: "Body too large (not read)", 422: "Invalid input",
               429: "Too many requests", 503: "Busy or the SMS provider failed; retry"}
CODE_STATUS = {
    "unauthorized": 401, "invalid_token": 401, "forbidden": 403, "invalid_input": 422, "invalid_json": 422,
    "unknown_parameter": 422, "body_too_large": 413, "bad_request": 400, "busy": 503, "sms_failed": 503,
    "member_not_found": 404, "challenge_not_found": 404, "invalid_phone": 422, "country_not_allowed": 422,
    "consent_required": 422, "invalid_email": 422, "invalid_birth_date": 422, "underage": 422,
    "insufficient_points": 409, "wrong_code": 403, "code_expired": 403, "role_not_allowed": 403, "wrong_pin": 403,
    "not_found": 404, "review_not_found": 404, "card_not_found": 404, "member_unconfirmed": 409, "already_confirmed": 409, "review_resolved": 409, "already_member": 409, "review_already_awarded": 409, "too_many_codes": 429,
}
"""Every code a route answers, with its status: an operation's responses are built from it (``responses``)."""
AUTH = ("unauthorized", "invalid_token", "forbidden")
INPUT = ("invalid_input", "unknown_parameter")
BODY = ("invalid_json", "body_too_large", "bad_request")


def responses(*codes: str, auth: bool = True, body: bool = False) -> dict[int | str, dict]:
    """The error answers of one operation: per status the shared error object and the codes it carries
    (``error.code`` is an enum of them), so a client can tell every refusal it may get."""
    wanted = [*(AUTH if auth else ()), *INPUT, *(BODY if body else ()), *codes]
    by_status: dict[int, list[str]] = {}
    for code in dict.fromkeys(wanted):
        by_status.setdefault(CODE_STATUS[code], []).append(code)
    answers: dict[int | str, dict] = {}
    for status, status_codes in sorted(by_status.items()):
        listed = ", ".join(f"`{c}`" for c in status_codes)
        schema = {"type": "object", "required": ["error"], "properties": {"error": {
            "type": "object", "required": ["code", "message"], "additionalProperties": True, "properties": {
                "code": {"type": "string", "enum": status_codes}, "message": {"type": "string"},
                "field": {"anyOf": [{"type": "string"}, {"type": "null"}]}}}}}
        answers[status] = {"description": f"{STATUS_TEXT[status]}: {listed}",
                           "content": {"application/json": {"schema": schema}}}
    return answers


def member_links(status: int) -> dict[int | str, dict]:
    """A member's ``member_id`` answered with ``status`` feeds the operations that take it (OpenAPI links)."""
    body = "$response.body#/member_id"
    return {status: {"description": "The member", "links": {
        "history": {"operationId": "member_history", "parameters": {"member_id": body},
                    "description": "The member's movements"},
        "adjust": {"operationId": "member_adjustment", "parameters": {"member_id": body},
                   "description": "Adjust the member's points"},
        "award_review": {"operationId": "member_review_award", "parameters": {"member_id": body},
                         "description": "Award the member a product review"}}}}


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
