"""A network receipt printer on a loopback port: records bytes and answers DLE EOT like an ESC/POS printer.

mode "ok": answers status requests (paper present, online); "silent": reads everything, never answers;
"drop": resets the connection once ``drop_after`` bytes have arrived; "paper_out": reports no paper.
"""

from __future__ import annotations

import socket
import struct
import threading
import time

STATUS_OK = 0x12  # bits 1 and 4 are always set in DLE EOT answers
PAPER_END = 0x60


class FakeNetworkPrinter:
    def __init__(self, mode: str = "ok", drop_after: int = 200) -> None:
        self.mode = mode
        self.drop_after = drop_after
        self.connections: list[bytearray] = []
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def jobs(self) -> list[bytes]:
        """What each connection carried, without the status requests."""
        return [bytes(c).replace(b"\x10\x04\x04", b"").replace(b"\x10\x04\x01", b"") for c in self.connections]

    def wait_for_bytes(self, count: int, timeout: float = 10) -> bool:
        """Wait until the latest connection has carried ``count`` bytes (the server reads asynchronously)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.connections and len(self.connections[-1]) >= count:
                return True
            time.sleep(0.01)
        return False

    def close(self) -> None:
        self._stop.set()
        self._server.close()
        self._thread.join(2)

    def _serve(self) -> None:
        self._server.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except (TimeoutError, OSError):
                continue
            with conn:
                self._handle(conn)

    def _handle(self, conn: socket.socket) -> None:
        received = bytearray()
        self.connections.append(received)
        scanned = 0
        conn.settimeout(0.1)
        while not self._stop.is_set():
            try:
                chunk = conn.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            if not chunk:
                return
            received += chunk
            if self.mode == "drop" and len(received) >= self.drop_after:
                del received[self.drop_after:]
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return  # closing with linger 0 sends a reset
            while (found := received.find(b"\x10\x04", scanned)) != -1 and found + 2 < len(received):
                scanned = found + 3
                if self.mode in ("ok", "paper_out", "drop"):
                    paper_out = self.mode == "paper_out" and received[found + 2] == 4
                    conn.sendall(bytes([STATUS_OK | (PAPER_END if paper_out else 0)]))


class BlackholePort:
    """A loopback port whose connections are never answered: its accept queue is full, so SYNs are dropped."""

    def __init__(self) -> None:
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(0)
        self.port = self._server.getsockname()[1]
        self._filler = socket.create_connection(("127.0.0.1", self.port), timeout=2)

    def close(self) -> None:
        self._filler.close()
        self._server.close()
