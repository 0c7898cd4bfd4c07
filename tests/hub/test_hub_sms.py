"""SMS gateways: the console gateway's file and the http gateway against a local HTTP server."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pos_app.hub.sms import ConsoleGateway, HttpGateway, SmsSendError, make_gateway


class _Provider(BaseHTTPRequestHandler):
    received: list = []
    status = 200

    def do_POST(self):  # noqa: N802 - http.server's naming
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).received.append((self.path, self.headers.get("Content-Type"), self.headers.get("Authorization"),
                                    json.loads(body)))
        self.send_response(type(self).status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"id": "msg-1", "status": "queued"}')

    def log_message(self, *args):
        pass


@pytest.fixture
def provider():
    _Provider.received = []
    _Provider.status = 200
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Provider)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, f"http://127.0.0.1:{server.server_address[1]}/sms/send"
    server.shutdown()
    server.server_close()


def test_console_gateway_writes_a_json_line_and_masks_the_log(tmp_path, caplog):
    gateway = ConsoleGateway(tmp_path / "sms.jsonl")
    with caplog.at_level("INFO", logger="pos_app.hub.sms"):
        gateway.send("+79123456789", "Код: 123456")
    assert [(m["phone"], m["text"]) for m in gateway.messages()] == [("+79123456789", "Код: 123456")]
    assert "+7 *** ***-67-89" in caplog.text and "+79123456789" not in caplog.text


def test_http_gateway_posts_json(provider):
    _, url = provider
    HttpGateway(url, token="secret").send("+79123456789", "Код: 123456")
    assert _Provider.received == [("/sms/send", "application/json", "Bearer secret",
                                   {"to": "+79123456789", "text": "Код: 123456"})]


def test_http_gateway_reports_a_refusal(provider):
    _, url = provider
    _Provider.status = 500
    with pytest.raises(SmsSendError, match="500"):
        HttpGateway(url).send("+79123456789", "x")


def test_http_gateway_reports_an_unreachable_provider():
    with pytest.raises(SmsSendError, match="unreachable"):
        HttpGateway("http://127.0.0.1:9/none", timeout=(0.5, 0.5)).send("+79123456789", "x")


def test_registration_code_through_the_http_gateway(provider):
    import requests

    from pos_app.hub.testing import running_hub

    _, url = provider
    with running_hub(demo=False) as api:
        api.hub.sms = make_gateway(url)
        r = requests.post(api.url + "/v1/registrations/code", json={"phone": "+79165550011"}, headers=api.headers,
                          timeout=(3, 10))
        assert r.status_code == 200
        assert _Provider.received[0][3]["to"] == "+79165550011"
        _Provider.status = 503
        r = requests.post(api.url + "/v1/registrations/code", json={"phone": "+79165550012"}, headers=api.headers,
                          timeout=(3, 10))
        assert r.status_code == 503 and r.json()["error"]["code"] == "sms_failed"


def test_unknown_gateway_is_refused():
    with pytest.raises(ValueError):
        make_gateway("carrier-pigeon")


def test_a_failed_send_does_not_count_against_the_phones_sends(provider, db_url):
    """A provider answering 500 must not lock the customer out: the undelivered code is withdrawn, the
    three sends per 10 minutes are still there, and the code that did arrive still works."""
    import re

    import requests

    from pos_app.hub.clock import ManualClock
    from pos_app.hub.demo import DEMO_PHONES
    from pos_app.hub.testing import running_hub

    _, url = provider
    with running_hub(db_url=db_url, clock=ManualClock()) as api:
        api.hub.sms = make_gateway(url)

        def post(path, body):
            return requests.post(api.url + path, json=body, headers=api.headers, timeout=(3, 10))

        def ask(phone):
            return post("/v1/registrations/code", {"phone": phone})

        _Provider.status = 500
        for _ in range(4):
            r = ask("+79165550011")
            assert r.status_code == 503 and r.json()["error"]["code"] == "sms_failed"
        _Provider.status = 200
        assert [ask("+79165550011").json()["sends_left"] for _ in range(3)] == [2, 1, 0]
        r = ask("+79165550011")
        assert r.status_code == 429 and r.json()["error"]["code"] == "too_many_codes"

        assert ask("+79165550022").status_code == 200
        delivered = re.search(r"\d{6}", _Provider.received[-1][3]["text"]).group(0)
        _Provider.status = 500
        assert ask("+79165550022").status_code == 503  # its code reached nobody and is gone
        r = post("/v1/registrations", {"phone": "+79165550022", "birth_date": "1990-01-01", "consent_rules": True,
                                       "email": None, "consent_marketing": False, "code": delivered})
        assert r.status_code == 201, r.text

        anna = DEMO_PHONES["anna"]
        for _ in range(4):
            assert post("/v1/redemptions/code", {"phone": anna, "points": 10}).status_code == 503
        _Provider.status = 200
        r = post("/v1/redemptions/code", {"phone": anna, "points": 10})
        assert r.status_code == 200 and r.json()["required"] is True
