"""A Shtrih-M register on a pseudo-terminal, for the driver's tests.

``Replayer`` answers the driver from a transcript of protocol frames (``shtrih_frames.txt``: one
"request-hex -> answer-hex" line per command, the payload between the length byte and the LRC): each
request the driver sends must be the recorded one, and gets the recorded answer. The link layer is
Shtrih-M's: the host sends ENQ, the register answers NAK (ready); the host sends STX, length, payload,
LRC (XOR of length and payload); the register ACKs it and answers STX, length, payload, LRC, which the
host ACKs.

``Simulator`` made the transcript (``POS_UPDATE_GOLDENS=1``): a register composed from the protocol
description (pyshtrih's answer layouts, Shtrih-M's protocol manual); its answers were not recorded from
a real register."""

from __future__ import annotations

import os
import select
import threading
import tty

STX, ENQ, ACK, NAK = 0x02, 0x05, 0x06, 0x15


def lrc(data: bytes) -> int:
    out = 0
    for b in data:
        out ^= b
    return out


class PtyRegister:
    """The link layer on the master side of a pty; ``answer(request_payload) -> answer_payload``."""

    def __init__(self, answer):
        self.master, slave = os.openpty()
        tty.setraw(slave)
        self.port = os.ttyname(slave)
        self._slave = slave
        self.answer = answer
        self.error: BaseException | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _read(self, n: int) -> bytes:
        out = b""
        while len(out) < n:
            if self._stop.is_set():
                raise EOFError
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if ready:
                out += os.read(self.master, n - len(out))
        return out

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                byte = self._read(1)[0]
                if byte == ENQ:
                    os.write(self.master, bytes([NAK]))
                elif byte == STX:
                    length = self._read(1)
                    payload = self._read(length[0])
                    if self._read(1)[0] != lrc(length + payload):
                        os.write(self.master, bytes([NAK]))
                        continue
                    os.write(self.master, bytes([ACK]))
                    answer = self.answer(payload)
                    frame = bytes([len(answer)]) + answer
                    os.write(self.master, bytes([STX]) + frame + bytes([lrc(frame)]))
                    self._read(1)  # the host's ACK
        except EOFError:
            pass
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            self.error = exc

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        os.close(self.master)
        os.close(self._slave)


class Replayer:
    def __init__(self, transcript: list[tuple[bytes, bytes]]):
        self.transcript = list(transcript)
        self.at = 0

    def __call__(self, request: bytes) -> bytes:
        expected, answer = self.transcript[self.at]
        assert request == expected, f"frame {self.at + 1}: sent {request.hex()} but the transcript has {expected.hex()}"
        self.at += 1
        return answer


def read_transcript(text: str) -> list[tuple[bytes, bytes]]:
    pairs = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            req, ans = line.split("->")
            pairs.append((bytes.fromhex(req.strip()), bytes.fromhex(ans.strip())))
    return pairs


def write_transcript(pairs: list[tuple[bytes, bytes, str]]) -> str:
    return "".join(f"{req.hex()} -> {ans.hex()}  # {note}\n" for req, ans, note in pairs)


class Simulator:
    """A Shtrih-M-01F with a fiscal drive, just enough for the driver: state, shift, receipt, reports."""

    NAMES = {0xFC: "model", 0x10: "short state", 0x11: "state", 0xE0: "open shift", 0x40: "X report", 0x41: "Z report",
             0x50: "cash in", 0x51: "cash out", 0x8D: "open receipt", 0x80: "sale", 0x82: "return of sale",
             0x86: "discount", 0x17: "print string", 0x85: "close receipt", 0x88: "cancel receipt",
             0xFF01: "drive status", 0xFF03: "drive expiry", 0xFF0A: "document by number", 0xFF0C: "TLV",
             0xFF39: "operator exchange"}

    def __init__(self):
        self.mode = 4  # 2 shift open, 4 closed, 8 receipt open
        self.shift = 11
        self.last_fd = 120
        self.receipt_total = 0
        self.receipt_type = 0
        self.docs: dict[int, bytes] = {}
        self.log: list[tuple[bytes, bytes, str]] = []
        self.fn = b"9960440300123456"

    def __call__(self, request: bytes) -> bytes:
        if request[0] == 0xFF:
            cmd, head, body = 0xFF00 | request[1], request[:2], request[2:]
        else:
            cmd, head, body = request[0], request[:1], request[1:]
        answer = head + self.handle(cmd, body)
        self.log.append((request, answer, self.NAMES.get(cmd, hex(cmd))))
        return answer

    def _dt(self) -> bytes:
        return bytes([26, 12, 1, 12, 30])

    def handle(self, cmd: int, body: bytes) -> bytes:
        ok = bytes([0, 30])
        if cmd == 0xFC:
            return bytes([0, 0, 0, 1, 0, 0, 0]) + "ШТРИХ-М-01Ф".encode("cp1251")
        if cmd == 0x10:  # the short state: flags (paper roll present), mode, submode
            return bytes([0, 30]) + (0x0002).to_bytes(2, "little") + bytes([self.mode, 0, 0, 0x9a, 0xc8, 0, 0, 0, 0, 0, 0])
        if cmd == 0x11:
            return (bytes([0, 30, ord("A"), ord("4"), 0x10, 0x00, 1, 12, 26, 1]) + self.last_fd.to_bytes(2, "little")
                    + (0x0002).to_bytes(2, "little") + bytes([self.mode, 0, 1, ord("A"), ord("4"), 0x10, 0x00, 1, 12, 26,
                                                              1, 12, 26, 12, 30, 0, 0x03])
                    + (12345678).to_bytes(4, "little") + (self.shift - (self.mode != 4)).to_bytes(2, "little")
                    + bytes([0, 0, 1, 0]) + bytes.fromhex("007712345678"))
        if cmd == 0xE0:
            self.mode, self.shift, self.last_fd = 2, self.shift + 1, self.last_fd + 1
            return bytes([0])
        if cmd == 0x41:
            self.mode, self.last_fd = 4, self.last_fd + 1
            return ok
        if cmd in (0x40, 0x86, 0x17, 0x80, 0x82):
            if cmd in (0x80, 0x82):
                qty, price = int.from_bytes(body[4:9], "little"), int.from_bytes(body[9:14], "little")
                self.receipt_total += qty * price // 1000
            if cmd == 0x86:
                self.receipt_total -= int.from_bytes(body[4:9], "little")
            return ok
        if cmd in (0x50, 0x51):
            return ok + self.last_fd.to_bytes(2, "little")
        if cmd == 0x8D:
            self.mode, self.receipt_total, self.receipt_type = 8, 0, body[4]
            return ok
        if cmd == 0x85:
            paid = sum(int.from_bytes(body[4 + 5 * i:9 + 5 * i], "little") for i in range(4))
            self.last_fd += 1
            sign = (3000000000 + self.last_fd * 7919) % 2**32
            self.docs[self.last_fd] = (self._dt() + self.last_fd.to_bytes(4, "little") + sign.to_bytes(4, "little")
                                       + bytes([1 if self.receipt_type == 0 else 2])
                                       + self.receipt_total.to_bytes(5, "little"))
            self.mode = 2
            return ok + (paid - self.receipt_total).to_bytes(5, "little")
        if cmd == 0x88:
            self.mode = 2
            return ok
        if cmd == 0xFF01:
            return (bytes([0, 3, 0, 0, 1 if self.mode != 4 else 0, 0]) + self._dt() + self.fn
                    + self.last_fd.to_bytes(4, "little"))
        if cmd == 0xFF03:
            return bytes([0, 27, 11, 30, 20, 1])
        if cmd == 0xFF0A:
            number = int.from_bytes(body[4:8], "little")
            return bytes([0, 3, 1]) + self.docs[number]
        if cmd == 0xFF0C:
            return bytes([0])
        if cmd == 0xFF39:
            return bytes([0, 0x10, 0]) + (2).to_bytes(2, "little") + (118).to_bytes(4, "little") + bytes([26, 11, 30, 10, 0])
        raise AssertionError(f"the simulator does not know command {cmd:#x}")
