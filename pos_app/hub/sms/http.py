"""The ``http`` gateway: POSTs ``{"to": "+7...", "text": "..."}`` as JSON to a provider's URL."""

from __future__ import annotations

import requests

from .gateway import SmsSendError


class HttpGateway:
    def __init__(self, url: str, *, token: str | None = None, timeout: tuple[float, float] = (3.0, 10.0)):
        self.url = url
        self.token = token
        self.timeout = timeout

    def send(self, phone: str, text: str) -> None:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        try:
            response = requests.post(self.url, timeout=self.timeout, headers=headers,
                                     json={"to": phone, "text": text})
        except requests.RequestException as exc:
            raise SmsSendError(f"SMS provider unreachable: {exc.__class__.__name__}") from None
        if response.status_code >= 300:
            raise SmsSendError(f"SMS provider answered {response.status_code}")
