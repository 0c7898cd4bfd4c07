"""Hostile input costs nothing: the token is checked before the body is read, and a body over the limit
is refused without being parsed.

A pure ASGI middleware in front of the routes. For every ``/v1`` path but ``/v1/health`` it reads the
``Authorization`` header, authenticates the token (one indexed read) and keeps the caller in
``scope["state"]["caller"]`` for the route (``deps.get_till``). Only then does it read the body, at
most ``HubSettings.max_body_bytes``: a larger ``Content-Length`` is answered ``413 body_too_large`` at
once, and a chunked body is counted as it arrives and refused the moment it passes the limit. The body
read is then handed to the application unchanged."""

from __future__ import annotations

import json
from typing import Any

from anyio import to_thread

from ..errors import ApiError
from ..tills import authenticate

OPEN_PATHS = frozenset({"/v1/health"})


def bearer_token(headers: list[tuple[bytes, bytes]]) -> str | None:
    for name, value in headers:
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            return token.strip() or None if scheme.lower() == "bearer" else None
    return None


def _content_length(headers: list[tuple[bytes, bytes]]) -> int | None:
    for name, value in headers:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _answer(send, exc: ApiError) -> None:
    body = json.dumps(exc.as_dict()).encode()
    await send({"type": "http.response.start", "status": exc.status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


def too_large(limit: int) -> ApiError:
    return ApiError(f"The body is over {limit} bytes; send less at a time.", code="body_too_large", status=413)


class RequestGuard:
    def __init__(self, app, hub) -> None:
        self.app = app
        self.hub = hub

    def _authenticate(self, token: str | None):
        with self.hub.db.read() as s:
            return authenticate(s, token)

    async def __call__(self, scope: dict[str, Any], receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = scope.get("headers") or []
        path = scope.get("path", "")
        if path.startswith("/v1/") and path not in OPEN_PATHS:
            try:
                caller = await to_thread.run_sync(self._authenticate, bearer_token(headers))
            except ApiError as exc:
                await _answer(send, exc)
                return
            scope.setdefault("state", {})["caller"] = caller
        if scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit = self.hub.settings.max_body_bytes
        length = _content_length(headers)
        if length is not None and length > limit:
            await _answer(send, too_large(limit))
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await _answer(send, too_large(limit))
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> dict:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
