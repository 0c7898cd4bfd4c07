"""A tiny stand-in for the hub's events/members/rules/catalog endpoints, for relay unit tests
(the crash, fault and offline tests use the real hub). Dedupes by event id like the hub."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class StubHub:
    def __init__(self) -> None:
        self.applied: list[str] = []  # event ids in the order applied
        self.payloads: dict[str, dict] = {}
        self.reject_receipts: set[str] = set()
        self.refuse_request_with: set[str] = set()  # receipts that make the whole request a 422
        # per request to /v1/events: "500", "garbage", "foreign_ids", "drop_last" (the last event applied,
        # its result lost), "skip_last" (the last event neither applied nor answered)
        self.faults: list[str] = []
        self.members: dict[str, dict] = {}
        self.rules = {"version": 1, "rules": {"max_points_per_order": 9000}}
        self.catalog = {"version": 1, "full": True, "items": [], "removed": []}
        self.requests = 0
        self.in_flight = 0  # /v1/events requests being answered now, and the most there ever were at once
        self.most_in_flight = 0
        self.delay = 0.0  # seconds each /v1/events request takes (to let overlapping requests show)
        self._count = threading.Lock()
        self.stopped = False
        hub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def _send(self, status: int, body, raw: bytes | None = None):
                data = raw if raw is not None else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _stopped(self) -> bool:
                if hub.stopped:  # a keep-alive connection outliving the server: act dead
                    self.close_connection = True
                    self.connection.close()
                return hub.stopped

            def do_GET(self):
                if self._stopped():
                    return
                if self.path == "/v1/health":
                    return self._send(200, {"status": "ok"})
                if self.path == "/v1/rules":
                    return self._send(200, hub.rules)
                if self.path.startswith("/v1/catalog"):
                    return self._send(200, hub.catalog)
                if self.path.startswith("/v1/members/by-phone/"):
                    phone = self.path.rsplit("/", 1)[1].replace("%2B", "+")
                    if phone in hub.members:
                        return self._send(200, hub.members[phone])
                    return self._send(404, {"error": {"code": "member_not_found", "message": "no member", "field": None}})
                self._send(404, {"error": {"code": "not_found", "message": self.path, "field": None}})

            def do_POST(self):
                if self._stopped():
                    return
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with hub._count:
                    hub.requests += 1
                    hub.in_flight += 1
                    hub.most_in_flight = max(hub.most_in_flight, hub.in_flight)
                try:
                    time.sleep(hub.delay)
                    self._events(body)
                finally:
                    with hub._count:
                        hub.in_flight -= 1

            def _events(self, body):
                fault = hub.faults.pop(0) if hub.faults else None
                if fault == "500":
                    return self._send(500, {"detail": "boom"})
                if fault == "garbage":
                    return self._send(200, None, raw=b"<html>proxy error</html>")
                if fault == "401":
                    return self._send(401, {"error": {"code": "invalid_token", "message": "unknown token", "field": None}})
                if any(e["payload"].get("receipt_no") in hub.refuse_request_with for e in body["events"]):
                    return self._send(422, {"error": {"code": "invalid_input", "message": "events[0].payload is bad",
                                                      "field": "events[0].payload"}})
                events = body["events"][:-1] if fault == "skip_last" else body["events"]
                results = [hub.apply(e) for e in events]
                if fault == "foreign_ids":
                    results = [{**r, "id": "00000000-0000-0000-0000-000000000000"} for r in results]
                if fault == "drop_last":
                    results = results[:-1]
                self._send(200, {"results": results})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def apply(self, event: dict) -> dict:
        eid = event["id"]
        if eid in self.payloads:
            return {"id": eid, "status": "duplicate", "code": None, "message": None, "result": None}
        if event["payload"].get("receipt_no") in self.reject_receipts:
            return {"id": eid, "status": "rejected", "code": "unknown_receipt", "message": "no such receipt", "result": None}
        self.payloads[eid] = event["payload"]
        self.applied.append(eid)
        return {"id": eid, "status": "applied", "code": None, "message": None, "result": {}}

    def __enter__(self) -> "StubHub":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopped = True
        self.server.shutdown()
        self.server.server_close()
