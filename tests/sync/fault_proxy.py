"""A loopback HTTP/1.1 proxy between the till and the hub that misbehaves on purpose.

Per request it picks one of: pass, drop (close before forwarding), delay (then forward),
error500 (answer 500 itself), cut (forward, let the hub apply, then close without answering),
duplicate (forward twice, answer the second). It also records the event ids of every
POST /v1/events it forwarded, in order. ``upstream`` may be None (the hub is down)."""

from __future__ import annotations

import http.client
import json
import random
import socket
import threading
import time
from collections import Counter

MODES = ("pass", "drop", "delay", "error500", "cut", "duplicate")


def _read_request(rfile) -> tuple[bytes, dict[str, str], bytes] | None:
    line = rfile.readline(65536)
    if not line:
        return None
    headers: dict[str, str] = {}
    while True:
        h = rfile.readline(65536)
        if h in (b"\r\n", b"\n", b""):
            break
        k, _, v = h.decode("latin-1").partition(":")
        headers[k.strip().lower()] = v.strip()
    body = rfile.read(int(headers.get("content-length", "0") or 0))
    return line, headers, body


class FaultProxy:
    def __init__(self, upstream: tuple[str, int] | None, weights: dict[str, float] | None = None,
                 delay: tuple[float, float] = (0.01, 0.3), seed: int = 1, port: int = 0):
        self.upstream = upstream
        self.weights = weights or {"pass": 1.0}
        self.delay = delay
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.modes = Counter()
        self.forwarded_ids: list[str] = []
        self.sock = socket.create_server(("127.0.0.1", port))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stop = False
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> "FaultProxy":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop = True
        self.sock.close()

    def _pick(self) -> str:
        with self.lock:
            modes, weights = zip(*self.weights.items())
            mode = self.rng.choices(modes, weights)[0]
            self.modes[mode] += 1
            return mode

    def _accept(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _forward(self, line: bytes, headers: dict[str, str], body: bytes) -> bytes:
        if self.upstream is None:
            raise ConnectionRefusedError("hub down")
        method, path, _ = line.decode("latin-1").split(" ", 2)
        up = http.client.HTTPConnection(*self.upstream, timeout=30)
        try:
            fwd = {k: v for k, v in headers.items() if k not in ("connection", "keep-alive", "host")}
            up.request(method, path, body=body, headers=fwd)
            resp = up.getresponse()
            data = resp.read()
            if method == "POST" and path.startswith("/v1/events") and resp.status == 200:
                ids = [e["id"] for e in json.loads(body)["events"]]
                with self.lock:
                    self.forwarded_ids.extend(ids)
            head = f"HTTP/1.1 {resp.status} {resp.reason}\r\nContent-Type: application/json\r\n"
            return (head + f"Content-Length: {len(data)}\r\nConnection: keep-alive\r\n\r\n").encode() + data
        finally:
            up.close()

    def _serve(self, conn: socket.socket) -> None:
        rfile = conn.makefile("rb")
        try:
            while True:
                request = _read_request(rfile)
                if request is None:
                    return
                mode = self._pick()
                if mode == "drop":
                    return
                if mode == "error500":
                    body = b'{"detail":"injected"}'
                    conn.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                                 + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
                    continue
                if mode == "delay":
                    time.sleep(self.rng.uniform(*self.delay))
                try:
                    answer = self._forward(*request)
                    if mode == "duplicate":
                        answer = self._forward(*request)
                except OSError:
                    return  # upstream down: the till sees a dropped connection
                if mode == "cut":
                    conn.sendall(answer[: len(answer) // 3])
                    return
                conn.sendall(answer)
        except OSError:
            return
        finally:
            try:
                rfile.close()
                conn.close()
            except OSError:
                pass
