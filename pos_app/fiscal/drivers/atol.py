"""ATOL registers through ATOL's driver v10 (``libfptr10``) and its JSON tasks.

The library and its Python wrapper (``libfptr10.py``) come with ATOL's driver package ("Драйвер ККТ v10")
installed on the store PC; they are not on PyPI. They are imported only when an ATOL register is opened;
without them the till gets ``fiscal_driver_missing`` saying what to install.

The till speaks to the register only in JSON tasks (``processJson``): ``tasks`` below builds them from
the port's documents (kept as golden files in tests/fiscal/golden), ``parse_*`` reads the answers.

``find(key)``: an ATOL register keeps no key of ours, so the driver keeps its own journal
(``atol-keys.jsonl`` beside the till's database): before a receipt is sent it writes, durably, the key, the
register's last fiscal document number and the receipt's total; after the answer, the answer. Asked
later, a key with an answer is found at once; a key with only its intent is resolved by reading the
register's last receipt (``getLastFiscalParams``): a newer document with the same total is ours. Before
answering "not signed" the driver cancels a receipt left open in the register (``cancelReceipt``), so the
answer is final.

Setting: ``{"driver": "atol", "connection": {"port": "usb" | "com" | "tcp", "device": "/dev/ttyACM0" |
"COM5", "baudrate": 115200, "host": "192.168.1.10", "tcp_port": 5555}, "taxation": "osn"}``."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from ..document import FiscalDocument, FiscalReceipt, FiscalReport, FiscalStatus
from ..errors import FiscalError
from ..port import FiscalRegister
from .keys import KeyJournal

# The port's codes -> ATOL's JSON names (FFD 1.2); a new VAT rate is one more row here.
VAT_CODES = {"vat22": "vat22", "vat10": "vat10", "vat5": "vat5", "vat7": "vat7", "vat0": "vat0", "none": "none"}
PAYMENT_TYPES = {"cash": "cash", "electronic": "electronically", "points": "other", "prepaid": "prepaid"}
METHODS = {"full_payment": "fullPayment", "advance": "advance"}
OBJECTS = {"commodity": "commodity", "service": "service", "payment": "payment"}
KINDS = {"sale": "sell", "return": "sellReturn"}

# libfptr10 error constants (by name: the numbers are the library's) -> (code, registered)
ERRORS = {
    "LIBFPTR_ERROR_NO_PAPER": ("fiscal_paper_out", None),
    "LIBFPTR_ERROR_COVER_OPENED": ("fiscal_cover_open", False),
    "LIBFPTR_ERROR_DENIED_IN_CLOSED_SHIFT": ("fiscal_shift_closed", False),
    "LIBFPTR_ERROR_SHIFT_EXPIRED": ("fiscal_shift_expired", False),
    "LIBFPTR_ERROR_DENIED_IN_OPENED_SHIFT": ("fiscal_shift_open", False),
    "LIBFPTR_ERROR_FN_OVERFLOW": ("fiscal_drive_full", False),
    "LIBFPTR_ERROR_FN_RESOURCE_EXHAUSTED": ("fiscal_drive_full", False),
    "LIBFPTR_ERROR_FN_TIMEOUT": ("fiscal_drive_full", False),
    "LIBFPTR_ERROR_NO_CONNECTION": ("fiscal_no_answer", None),
    "LIBFPTR_ERROR_CONNECTION_LOST": ("fiscal_no_answer", None),
    "LIBFPTR_ERROR_NOT_ENOUGH_MONEY": ("fiscal_not_enough_cash", False),
}


def _num(amount: Decimal) -> float:
    return float(amount)


class tasks:  # noqa: N801 - a namespace of pure functions
    @staticmethod
    def operator(cashier: str) -> dict:
        return {"name": cashier}

    @staticmethod
    def receipt(document: FiscalDocument, taxation: str = "osn") -> dict:
        items: list[dict[str, Any]] = []
        for ln in document.lines:
            item = {"type": "position", "name": ln.name[:128], "price": _num(ln.price), "quantity": float(ln.qty),
                    "amount": _num(ln.amount), "paymentMethod": METHODS[ln.method], "paymentObject": OBJECTS[ln.object],
                    "tax": {"type": VAT_CODES[ln.vat]}}
            if ln.discount:
                item["infoDiscountAmount"] = _num(ln.discount)
            items.append(item)
        text = list(document.text)
        if document.original is not None:
            text.insert(0, f"Возврат по чеку ФД {document.original.number} ФП {document.original.fiscal_sign}")
        items += [{"type": "text", "text": t, "alignment": "left"} for t in text]
        task: dict[str, Any] = {"type": KINDS[document.kind], "taxationType": taxation,
                                "operator": tasks.operator(document.cashier), "items": items,
                                "payments": [{"type": PAYMENT_TYPES[p.kind], "sum": _num(p.amount)} for p in document.payments],
                                "total": _num(document.total)}
        if document.customer_contact:
            task["clientInfo"] = {"emailOrPhone": document.customer_contact}
        return task

    @staticmethod
    def open_shift(cashier: str) -> dict:
        return {"type": "openShift", "operator": tasks.operator(cashier)}

    @staticmethod
    def close_shift(cashier: str) -> dict:
        return {"type": "closeShift", "operator": tasks.operator(cashier)}

    @staticmethod
    def report_x(cashier: str) -> dict:
        return {"type": "reportX", "operator": tasks.operator(cashier)}

    @staticmethod
    def cash(kind: str, amount: Decimal, cashier: str) -> dict:
        return {"type": "cashIn" if kind == "cash_in" else "cashOut", "operator": tasks.operator(cashier),
                "cashSum": _num(amount)}


def parse_receipt(answer: dict, key: str, kind: str) -> FiscalReceipt:
    p = answer["fiscalParams"]
    return FiscalReceipt(key=key, kind=kind, number=int(p["fiscalDocumentNumber"]), fiscal_sign=str(p["fiscalDocumentSign"]),
                         fn_number=str(p["fnNumber"]), registered_at=datetime.fromisoformat(p["fiscalDocumentDateTime"]),
                         total=Decimal(str(p["total"])).quantize(Decimal("0.01")), shift_number=int(p.get("shiftNumber", 0)),
                         receipt_in_shift=int(p.get("fiscalReceiptNumber", 0)))


class Libfptr10Transport:
    """``processJson`` through ATOL's wrapper: ``transport(task) -> answer``."""

    def __init__(self, connection: dict[str, Any], *, module: Any = None):
        if module is None:
            try:
                import libfptr10 as module  # noqa: PLC0415 - ATOL's wrapper, installed with its driver
            except (ImportError, OSError) as exc:
                raise FiscalError(
                    "fiscal_driver_missing",
                    "ATOL's driver v10 is not installed: install ATOL's 'Драйвер ККТ v10' package on this computer "
                    f"(it brings libfptr10 and its Python wrapper), then restart the till ({exc}).") from None
        self.IFptr = module.IFptr
        self.fptr = self.IFptr(connection.get("library", ""))
        F = self.IFptr
        ports = {"usb": F.LIBFPTR_PORT_USB, "com": F.LIBFPTR_PORT_COM, "tcp": F.LIBFPTR_PORT_TCPIP}
        port = connection.get("port", "usb")
        settings = {F.LIBFPTR_SETTING_MODEL: str(F.LIBFPTR_MODEL_ATOL_AUTO), F.LIBFPTR_SETTING_PORT: str(ports[port])}
        if port == "com":
            settings[F.LIBFPTR_SETTING_COM_FILE] = connection["device"]
            settings[F.LIBFPTR_SETTING_BAUDRATE] = str(connection.get("baudrate", 115200))
        elif port == "tcp":
            settings[F.LIBFPTR_SETTING_IPADDRESS] = connection["host"]
            settings[F.LIBFPTR_SETTING_IPPORT] = str(connection.get("tcp_port", 5555))
        for name, value in settings.items():
            self.fptr.setSingleSetting(name, value)
        self.fptr.applySingleSettings()
        if self.fptr.open() < 0:
            raise self.error(registered=False)
        self._errors = {getattr(F, name): v for name, v in ERRORS.items() if hasattr(F, name)}

    def error(self, registered: bool | None = False) -> FiscalError:
        code, known = getattr(self, "_errors", {}).get(self.fptr.errorCode(), ("fiscal_device_error", registered))
        return FiscalError(code, f"ATOL: {self.fptr.errorDescription()}", registered=known)

    def __call__(self, task: dict) -> dict:
        self.fptr.setParam(self.IFptr.LIBFPTR_PARAM_JSON_DATA, json.dumps(task, ensure_ascii=False))
        if self.fptr.processJson() < 0:
            raise self.error()
        out = self.fptr.getParamString(self.IFptr.LIBFPTR_PARAM_JSON_DATA)
        return json.loads(out) if out else {}

    def cancel_open_receipt(self) -> None:
        self.fptr.cancelReceipt()

    def close(self) -> None:
        self.fptr.close()


class AtolRegister(FiscalRegister):
    name = "atol"

    def __init__(self, transport: Callable[[dict], dict], journal: str | Path, *, taxation: str = "osn"):
        self.transport = transport
        self.keys = KeyJournal(journal)
        self.taxation = taxation

    @classmethod
    def from_setting(cls, setting: dict, *, data_dir: Path | None = None) -> "AtolRegister":
        return cls(Libfptr10Transport(setting.get("connection", {})), (data_dir or Path(".")) / "atol-keys.jsonl",
                   taxation=setting.get("taxation", "osn"))

    def _note(self, entry: dict) -> None:
        self.keys.note(entry)

    def _last_number(self) -> int:
        answer = self.transport({"type": "getLastFiscalParams", "forReceipt": False})
        return int(answer.get("fiscalParams", {}).get("fiscalDocumentNumber", 0))

    # ----- the port ------------------------------------------------------------------------------
    def register(self, document: FiscalDocument, key: str) -> FiscalReceipt:
        document.check()
        done = self.find_noted(key)
        if done is not None:
            return done
        self._note({"key": key, "kind": document.kind, "before": self._last_number(), "total": str(document.total)})
        try:
            answer = self.transport(tasks.receipt(document, self.taxation))
        except FiscalError as exc:
            if exc.code not in ("fiscal_no_answer", "fiscal_paper_out", "fiscal_device_error"):
                exc.registered = False
            else:
                exc.registered = None
            raise
        receipt = parse_receipt(answer, key, document.kind)
        self._note({"key": key, "receipt": receipt.to_dict()})
        return receipt

    def find_noted(self, key: str) -> FiscalReceipt | None:
        return self.keys.answer(key)

    def find(self, key: str) -> FiscalReceipt | None:
        done, intent = self.keys.answer(key), self.keys.intent(key)
        if done is not None or intent is None:
            return done
        answer = self.transport({"type": "getLastFiscalParams", "forReceipt": True})
        params = answer.get("fiscalParams", {})
        if int(params.get("fiscalDocumentNumber", 0)) > intent["before"] and \
                Decimal(str(params.get("total", "-1"))).quantize(Decimal("0.01")) == Decimal(intent["total"]):
            receipt = parse_receipt(answer, key, intent["kind"])
            self._note({"key": key, "receipt": receipt.to_dict()})
            return receipt
        cancel = getattr(self.transport, "cancel_open_receipt", None)
        if cancel is not None:
            cancel()
        return None

    def status(self) -> FiscalStatus:
        shift = self.transport({"type": "getShiftStatus"}).get("shiftStatus", {})
        device = self.transport({"type": "getDeviceStatus"}).get("deviceStatus", {})
        fn = self.transport({"type": "getFnInfo"}).get("fnInfo", {})
        ofd = self.transport({"type": "ofdExchangeStatus"}).get("status", {})
        expires = shift.get("expiredTime")
        validity = fn.get("validityDate")
        unsent = int(ofd.get("notSentCount", 0))
        return FiscalStatus(
            driver=self.name, connected=True, shift_open=shift.get("state") in ("opened", "expired"),
            shift_number=shift.get("number"),
            shift_opened_at=datetime.fromisoformat(expires) - timedelta(hours=24) if expires else None,
            fn_number=fn.get("serial"), fn_expires_on=date.fromisoformat(validity[:10]) if validity else None,
            unsent=unsent,
            oldest_unsent_at=datetime.fromisoformat(ofd["notSentFirstDocDateTime"]) if unsent and ofd.get("notSentFirstDocDateTime") else None,
            paper=bool(device.get("paperPresent", True)), cover_open=bool(device.get("coverOpened", False)),
        )

    def _report(self, kind: str, task: dict) -> FiscalReport:
        answer = self.transport(task)
        p = answer.get("fiscalParams", {})
        return FiscalReport(kind, int(p.get("shiftNumber", 0)), p.get("fiscalDocumentNumber"), p.get("fiscalDocumentSign"),
                            datetime.fromisoformat(p["fiscalDocumentDateTime"]) if p.get("fiscalDocumentDateTime") else None,
                            details=answer)

    def open_shift(self, cashier: str) -> FiscalReport:
        return self._report("open_shift", tasks.open_shift(cashier))

    def close_shift(self, cashier: str) -> FiscalReport:
        return self._report("close_shift", tasks.close_shift(cashier))

    def x_report(self, cashier: str) -> FiscalReport:
        return self._report("x_report", tasks.report_x(cashier))

    def cash_in(self, amount: Decimal, cashier: str) -> FiscalReport:
        return FiscalReport("cash_in", 0, amount=amount, details=self.transport(tasks.cash("cash_in", amount, cashier)))

    def cash_out(self, amount: Decimal, cashier: str) -> FiscalReport:
        return FiscalReport("cash_out", 0, amount=amount, details=self.transport(tasks.cash("cash_out", amount, cashier)))

    def close(self) -> None:
        close = getattr(self.transport, "close", None)
        if close is not None:
            close()
