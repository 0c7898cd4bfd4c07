"""An in-repo fiscal register for the demo, the tests and training.

Its fiscal memory is a JSON file, replaced atomically (write, fsync, rename) on every change, so a
document is signed exactly when the rename lands: a process killed at any moment leaves it signed or
not, never half. It numbers documents, keeps the key of each, and refuses what a real register refuses:
a sale with the shift closed, a shift over 24 hours old, a return of more than was sold on the original
document, a cash withdrawal larger than the drawer. Faults on request (``inject``), kept in the file so
another process (a test, a training supervisor) can set them:

- ``paper_out``: the paper runs out in the middle of the next document: it is signed, the register then
  answers ``fiscal_paper_out`` with the outcome unknown, and refuses everything until ``load_paper()``;
- ``cover_open``: refuses everything (nothing signed) until ``close_cover()``;
- ``drive_full``: the fiscal drive refuses every new document (until ``replace_drive()``);
- ``no_answer``: the next call gets no answer and signs nothing; ``no_answer_after``: the next document is
  signed, then no answer (both raise ``fiscal_no_answer`` after ``timeout`` seconds, outcome unknown).
One-shot faults queue up and apply in the order injected.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Callable

from ..document import FiscalDocument, FiscalReceipt, FiscalReport, FiscalStatus
from ..errors import FiscalError
from ..port import FiscalRegister

MSK = timezone(timedelta(hours=3))
FAULTS = ("paper_out", "cover_open", "drive_full", "no_answer", "no_answer_after")
DRIVE_DAYS = 15 * 30  # a 15-month fiscal drive


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class EmulatorRegister(FiscalRegister):
    name = "emulator"

    def __init__(self, path: str | Path, *, clock: Callable[[], datetime] = _utcnow, delay: float = 0.0,
                 timeout: float = 0.0, ofd_online: bool = True, on_step: Callable[[str], None] | None = None):
        self.path = Path(path)
        self.clock = clock
        self.delay = delay  # seconds a document takes to "print" (half before signing, half after)
        self.timeout = timeout  # seconds before a ``no_answer`` fault raises
        self.ofd_online = ofd_online  # False: documents pile up unsent to the operator
        self.on_step = on_step  # called with "signing" / "signed" (crash tests mark where a kill lands)
        if not self.path.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._save(self._new_memory())

    # ----- the file ------------------------------------------------------------------------------
    def _new_memory(self) -> dict:
        now = self.clock()
        serial = int(hashlib.sha256(str(self.path.resolve()).encode()).hexdigest()[:8], 16) % 10**8
        return {"fn_number": f"99990789{serial:08d}", "fn_expires_on": (now + timedelta(days=DRIVE_DAYS)).date().isoformat(),
                "next_number": 1, "shift": {"number": 0, "open": False, "opened_at": None, "receipts": 0},
                "cash": "0.00", "paper": True, "cover_open": False, "drive_full": False, "faults": [],
                "documents": [], "keys": {}, "unsent": []}

    def _load(self) -> dict:
        return json.loads(self.path.read_text(encoding="utf-8"))

    def _save(self, memory: dict) -> None:
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(memory, f, ensure_ascii=False)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        if hasattr(os, "O_DIRECTORY"):
            dfd = os.open(self.path.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)

    # ----- faults ----------------------------------------------------------------------------------
    def inject(self, fault: str) -> None:
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; one of {FAULTS}")
        m = self._load()
        if fault == "cover_open":
            m["cover_open"] = True
        elif fault == "drive_full":
            m["drive_full"] = True
        else:
            m["faults"].append(fault)
        self._save(m)

    def load_paper(self) -> None:
        self._set(paper=True)

    def close_cover(self) -> None:
        self._set(cover_open=False)

    def replace_drive(self) -> None:
        self._set(drive_full=False)

    def send_to_operator(self) -> int:
        """Send the backlog to the operator (what a register does when its network comes back)."""
        m = self._load()
        sent = len(m["unsent"])
        m["unsent"] = []
        self._save(m)
        return sent

    def _set(self, **values) -> None:
        m = self._load()
        m.update(values)
        self._save(m)

    def _take_fault(self, m: dict, *names: str) -> str | None:
        """Faults apply in the order injected: the first one waiting, if it is one of ``names``."""
        if m["faults"] and m["faults"][0] in names:
            return m["faults"].pop(0)
        return None

    def _no_answer(self) -> FiscalError:
        if self.timeout:
            time.sleep(self.timeout)
        return FiscalError("fiscal_no_answer", registered=None)

    def _ready(self, m: dict, *, fiscal: bool = True) -> None:
        """Refuse before anything is signed (the state the register is in)."""
        if self._take_fault(m, "no_answer"):
            self._save(m)
            raise self._no_answer()
        if m["cover_open"]:
            raise FiscalError("fiscal_cover_open")
        if not m["paper"]:
            raise FiscalError("fiscal_paper_out")
        if fiscal and m["drive_full"]:
            raise FiscalError("fiscal_drive_full")

    def _shift_ok(self, m: dict) -> None:
        shift = m["shift"]
        if not shift["open"]:
            raise FiscalError("fiscal_shift_closed")
        if self.clock() - datetime.fromisoformat(shift["opened_at"]) > timedelta(hours=24):
            raise FiscalError("fiscal_shift_expired")

    def _sign(self, m: dict, kind: str, payload: str) -> tuple[int, str, datetime]:
        number = m["next_number"]
        m["next_number"] = number + 1
        at = self.clock().astimezone(MSK).replace(second=0, microsecond=0)
        sign = str(int(hashlib.sha256(f"{m['fn_number']}|{number}|{kind}|{payload}".encode()).hexdigest()[:12], 16)
                   % 10**10).rjust(10, "0")
        if not self.ofd_online:
            m["unsent"].append({"number": number, "at": self.clock().isoformat()})
        return number, sign, at

    # ----- the port ------------------------------------------------------------------------------
    def status(self) -> FiscalStatus:
        m = self._load()
        shift = m["shift"]
        return FiscalStatus(
            driver=self.name, connected=True, shift_open=shift["open"], shift_number=shift["number"] or None,
            shift_opened_at=datetime.fromisoformat(shift["opened_at"]) if shift["opened_at"] else None,
            fn_number=m["fn_number"], fn_expires_on=date.fromisoformat(m["fn_expires_on"]),
            unsent=len(m["unsent"]),
            oldest_unsent_at=datetime.fromisoformat(m["unsent"][0]["at"]) if m["unsent"] else None,
            paper=m["paper"], cover_open=m["cover_open"],
        )

    def open_shift(self, cashier: str) -> FiscalReport:
        m = self._load()
        self._ready(m)
        if m["shift"]["open"]:
            raise FiscalError("fiscal_shift_open")
        number, sign, at = self._sign(m, "open_shift", cashier)
        m["shift"] = {"number": m["shift"]["number"] + 1, "open": True, "opened_at": self.clock().isoformat(),
                      "receipts": 0, "totals": {"sale": "0.00", "return": "0.00", "cash_in": "0.00", "cash_out": "0.00"}}
        m["documents"].append({"number": number, "kind": "open_shift", "sign": sign, "at": at.isoformat()})
        self._save(m)
        return FiscalReport("open_shift", m["shift"]["number"], number, sign, at)

    def close_shift(self, cashier: str) -> FiscalReport:
        m = self._load()
        self._ready(m)
        if not m["shift"]["open"]:
            raise FiscalError("fiscal_shift_closed")
        number, sign, at = self._sign(m, "close_shift", cashier)
        shift = m["shift"]
        totals = dict(shift.get("totals", {}), receipts=shift["receipts"], cash=m["cash"])
        m["shift"] = {**shift, "open": False}
        m["documents"].append({"number": number, "kind": "close_shift", "sign": sign, "at": at.isoformat()})
        self._save(m)
        return FiscalReport("close_shift", shift["number"], number, sign, at, details=totals)

    def x_report(self, cashier: str) -> FiscalReport:
        m = self._load()
        self._ready(m, fiscal=False)
        if not m["shift"]["open"]:
            raise FiscalError("fiscal_shift_closed")
        shift = m["shift"]
        return FiscalReport("x_report", shift["number"], at=self.clock().astimezone(MSK),
                            details=dict(shift.get("totals", {}), receipts=shift["receipts"], cash=m["cash"]))

    def _cash(self, kind: str, amount: Decimal, cashier: str) -> FiscalReport:
        if amount <= 0:
            raise FiscalError("fiscal_bad_document", "The amount must be positive.")
        m = self._load()
        self._ready(m, fiscal=False)
        self._shift_ok(m)
        cash = Decimal(m["cash"])
        if kind == "cash_out" and amount > cash:
            raise FiscalError("fiscal_not_enough_cash", available=str(cash))
        m["cash"] = str(cash + amount if kind == "cash_in" else cash - amount)
        totals = m["shift"].setdefault("totals", {})
        totals[kind] = str(Decimal(totals.get(kind, "0.00")) + amount)
        self._save(m)
        return FiscalReport(kind, m["shift"]["number"], at=self.clock().astimezone(MSK), amount=amount)

    def cash_in(self, amount: Decimal, cashier: str) -> FiscalReport:
        return self._cash("cash_in", amount, cashier)

    def cash_out(self, amount: Decimal, cashier: str) -> FiscalReport:
        return self._cash("cash_out", amount, cashier)

    def register(self, document: FiscalDocument, key: str) -> FiscalReceipt:
        document.check()
        m = self._load()
        if key in m["keys"]:  # the same attempt again: the register answers what it signed
            return self._receipt(m, m["keys"][key])
        self._ready(m)
        self._shift_ok(m)
        originals = {}
        if document.kind == "return":
            originals = self._check_return(m, document)
            cash_back = sum((p.amount for p in document.payments if p.kind == "cash"), Decimal(0))
            if cash_back > Decimal(m["cash"]):
                raise FiscalError("fiscal_not_enough_cash", available=m["cash"])
        fault = self._take_fault(m, "paper_out", "no_answer_after")
        if self.delay:
            time.sleep(self.delay / 2)
        if self.on_step:
            self.on_step("signing")
        number, sign, at = self._sign(m, document.kind, key)
        shift = m["shift"]
        shift["receipts"] += 1
        totals = shift.setdefault("totals", {})
        totals[document.kind] = str(Decimal(totals.get(document.kind, "0.00")) + document.total)
        cash = sum((p.amount for p in document.payments if p.kind == "cash"), Decimal(0))
        m["cash"] = str(Decimal(m["cash"]) + (cash if document.kind == "sale" else -cash))
        for idx, qty in originals.items():
            orig = m["documents"][idx[0]]
            orig["returned"][str(idx[1])] = orig["returned"].get(str(idx[1]), 0) + qty
        m["documents"].append({
            "number": number, "kind": document.kind, "sign": sign, "at": at.isoformat(), "key": key,
            "total": str(document.total), "shift": shift["number"], "in_shift": shift["receipts"],
            "lines": {str(ln.ref_line): ln.qty for ln in document.lines if ln.ref_line is not None}, "returned": {},
        })
        m["keys"][key] = len(m["documents"]) - 1
        if fault == "paper_out":
            m["paper"] = False
        self._save(m)  # the document is signed here
        if self.on_step:
            self.on_step("signed")
        if fault == "paper_out":
            raise FiscalError("fiscal_paper_out", "The paper ran out while printing the receipt; load paper.",
                              registered=None)
        if fault == "no_answer_after":
            raise self._no_answer()
        if self.delay:
            time.sleep(self.delay / 2)
        return self._receipt(m, m["keys"][key])

    def _check_return(self, m: dict, document: FiscalDocument) -> dict:
        if document.original is None:
            raise FiscalError("fiscal_bad_document", "A return must refer to the sale's fiscal document.")
        idx = next((i for i, d in enumerate(m["documents"]) if d["number"] == document.original.number
                    and d["kind"] == "sale"), None)
        if idx is None or m["documents"][idx]["sign"] != document.original.fiscal_sign:
            raise FiscalError("fiscal_bad_document", "The original sale is not in this register's memory.")
        orig = m["documents"][idx]
        wanted: dict[tuple[int, int], int] = {}
        for ln in document.lines:
            sold = orig["lines"].get(str(ln.ref_line))
            key = (idx, ln.ref_line)
            wanted[key] = wanted.get(key, 0) + ln.qty
            if sold is None or orig["returned"].get(str(ln.ref_line), 0) + wanted[key] > sold:
                raise FiscalError("fiscal_return_exceeds_sale", line=ln.ref_line)
        return wanted

    def _receipt(self, m: dict, idx: int) -> FiscalReceipt:
        d = m["documents"][idx]
        return FiscalReceipt(key=d["key"], kind=d["kind"], number=d["number"], fiscal_sign=d["sign"],
                             fn_number=m["fn_number"], registered_at=datetime.fromisoformat(d["at"]),
                             total=Decimal(d["total"]), shift_number=d["shift"], receipt_in_shift=d["in_shift"])

    def find(self, key: str) -> FiscalReceipt | None:
        m = self._load()
        if self._take_fault(m, "no_answer"):
            self._save(m)
            raise self._no_answer()
        idx = m["keys"].get(key)
        return None if idx is None else self._receipt(m, idx)

    def documents(self) -> list[dict]:
        """The fiscal memory's documents (tests, training)."""
        return self._load()["documents"]
