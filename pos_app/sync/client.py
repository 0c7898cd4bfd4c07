"""The hub client: one ``requests.Session`` (connection reuse), explicit (connect, read) timeouts
of at most 5 s each, and the contract's error shape turned into exceptions.

Never call it on the Qt main thread. ``requests`` (~50 ms to import) is imported with the first
request, on the worker thread that makes it, not at the till's start-up."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote as urlquote

import threading

from .errors import HubRefused, HubUnavailable

DEFAULT_TIMEOUT = (3.0, 5.0)  # (connect, read) seconds


class HubClient:
    def __init__(self, base_url: str, token: str = "", timeout: tuple[float, float] = DEFAULT_TIMEOUT):
        if max(timeout) > 5.0:
            raise ValueError("hub timeouts must be at most 5 seconds each")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._token = token
        self._session = None
        self._lock = threading.Lock()

    @property
    def session(self):
        """The ``requests.Session`` (created on first use)."""
        with self._lock:
            if self._session is None:
                import requests

                session = requests.Session()
                if self._token:
                    session.headers["Authorization"] = f"Bearer {self._token}"
                self._session = session
            return self._session

    def close(self) -> None:
        with self._lock:
            session, self._session = self._session, None
        if session is not None:
            session.close()

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        import requests

        url = f"{self.base_url}/v1{path}"
        try:
            response = self.session.request(method, url, timeout=self.timeout, **kwargs)
        except requests.RequestException as exc:
            raise HubUnavailable(f"{method} {path}: {type(exc).__name__}") from exc
        if response.status_code >= 500:
            raise HubUnavailable(f"{method} {path}: HTTP {response.status_code}")
        try:
            body = response.json()
        except ValueError:
            raise HubUnavailable(f"{method} {path}: HTTP {response.status_code} with a body that is not JSON") from None
        if response.status_code >= 400:
            err = body.get("error") if isinstance(body, dict) else None
            if not isinstance(err, dict):
                raise HubUnavailable(f"{method} {path}: HTTP {response.status_code} without an error object")
            extra = {k: v for k, v in err.items() if k not in ("code", "message", "field")}
            raise HubRefused(response.status_code, str(err.get("code")), str(err.get("message")), err.get("field"), extra)
        return body

    # health, rules, catalog
    def health(self) -> dict:
        return self._request("GET", "/health")

    def rules(self) -> dict:
        return self._request("GET", "/rules")

    def catalog(self, since: int = 0) -> dict:
        return self._request("GET", "/catalog", params={"since": since} if since else None)

    def staff(self) -> dict:
        """The till's store's staff: {"store", "staff": [{"code", "name", "role", "pin_hash", "active"}]}."""
        return self._request("GET", "/staff")

    # members
    def member_by_phone(self, phone: str) -> dict:
        return self._request("GET", f"/members/by-phone/{urlquote(phone, safe='')}")

    def member_by_card(self, card: str) -> dict:
        return self._request("GET", f"/members/by-card/{urlquote(card, safe='')}")

    def replace_card(self, member_id: str, author: str, pin: str) -> dict:
        """A new card for a lost one (the hub verifies the author's PIN): {"member_id", "card_number", "replaced"}."""
        return self._request("POST", f"/members/{urlquote(member_id, safe='')}/card", json={"author": author, "pin": pin})

    def member_history(self, member_id: str) -> dict:
        return self._request("GET", f"/members/{urlquote(member_id, safe='')}/history")

    def request_registration_code(self, phone: str) -> dict:
        return self._request("POST", "/registrations/code", json={"phone": phone})

    def register(self, form: dict) -> dict:
        return self._request("POST", "/registrations", json=form)

    def request_confirmation_code(self, phone: str) -> dict:
        return self._request("POST", "/confirmations/code", json={"phone": phone})

    def confirm_phone(self, phone: str, code: str) -> dict:
        return self._request("POST", "/confirmations", json={"phone": phone, "code": code})

    def request_redemption_code(self, phone: str, points: int) -> dict:
        return self._request("POST", "/redemptions/code", json={"phone": phone, "points": points})

    def verify_redemption(self, challenge_id: str, code: str) -> dict:
        return self._request("POST", "/redemptions/verify", json={"challenge_id": challenge_id, "code": code})

    def adjust_points(self, member_id: str, points: int, reason: str, author: str, pin: str | None = None) -> dict:
        """A manual adjustment (not idempotent: after a transport failure, read the history before retrying);
        the hub verifies the author's PIN."""
        return self._request("POST", f"/members/{urlquote(member_id, safe='')}/adjustments",
                             json={"points": points, "reason": reason, "author": author, "pin": pin})

    # events
    def post_encoded_events(self, events: list[str]) -> list[dict]:
        """``POST /events`` with each event already JSON text (the outbox keeps payloads as text)."""
        data = ('{"events":[' + ",".join(events) + "]}").encode("utf-8")
        body = self._request("POST", "/events", data=data, headers={"Content-Type": "application/json"})
        results = body.get("results") if isinstance(body, dict) else None
        if not isinstance(results, list) or not all(isinstance(r, dict) for r in results):
            raise HubUnavailable("POST /events: the answer has no list of results")
        return results
