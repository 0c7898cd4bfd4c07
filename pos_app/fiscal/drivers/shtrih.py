"""Shtrih-M registers over their serial protocol (STX, length, command, data, LRC; ENQ/ACK/NAK) with
``pyshtrih`` (PyPI; the extra ``pos-app[shtrih]``), imported only when a Shtrih register is opened.

A receipt is the classic command sequence: open receipt (0x8D: 0 sale, 2 return of a sale), one sale
(0x80) or return (0x82) per line with its tax group, a discount (0x86) right after a line whose price
the points reduced, non-fiscal text (0x17), the customer's phone or e-mail as TLV 1008 (0xFF0C), close
(0x85) with the payments by type. The answer (document number, fiscal sign, time) is read back from the
fiscal drive: its status (0xFF01, last document number and drive serial) and the document by number
(0xFF0A). ``find(key)`` works as ATOL's (``keys.KeyJournal`` plus the drive's last document); before
answering "not signed" an open receipt is cancelled (0x88).

Tax groups and payment types are the register's own tables (table 6 and table 5): ``TAX_GROUPS`` and
``PAYMENT_SLOTS`` below are Shtrih-M's factory defaults for FFD 1.05+; a store whose register is
programmed otherwise sets ``tax_groups`` / ``payment_slots`` in the setting.

What pyshtrih 2.0.6 lacks, and so this driver: the FFD 1.2 commands "operation V2" (0xFF46: per line
VAT type, payment method and object, tags 1214/1212) and "close receipt V2" (0xFF45). With the classic
0x80/0x85 the register applies its defaults for payment method and object (a gift card cannot be
registered as an advance) and the VAT comes from the tax group's programmed rate. Sending 0xFF46 through
``protocol.command`` directly is the next step once a real register can check the bytes.

Setting: ``{"driver": "shtrih", "port": "/dev/ttyUSB0" | "COM3", "baudrate": 115200, "password": 30,
"model": "ShtrihM01F"}``."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..document import FiscalDocument, FiscalReceipt, FiscalReport, FiscalStatus
from ..errors import FiscalError
from ..port import FiscalRegister
from .keys import KeyJournal

TAX_GROUPS = {"vat22": 1, "vat10": 2, "vat0": 3, "none": 4, "vat5": 5, "vat7": 6}  # a new rate: one row
PAYMENT_SLOTS = {"electronic": 2, "points": 3, "prepaid": 4}  # close_check's payment_type2..4; cash is its own
CHECK_TYPES = {"sale": 0, "return": 2}
MSK = timezone(timedelta(hours=3))
# Shtrih error codes (the register's, then the fiscal drive's) -> (fiscal code, registered)
ERRORS = {0x6B: ("fiscal_paper_out", None), 0x6C: ("fiscal_paper_out", None), 0x4E: ("fiscal_shift_expired", False),
          0x16: ("fiscal_shift_closed", False), 0x15: ("fiscal_shift_open", False),
          0x14: ("fiscal_drive_full", False), 0x5F: ("fiscal_bad_document", False)}


def import_pyshtrih():
    """pyshtrih 2.0.6 (2022) depends on unilog 2.0.0 (2017), which uses ``collections.Mapping`` and
    ``collections.Iterable``, gone since Python 3.10: give them back their ``collections.abc`` names
    (the same classes) before importing it."""
    import collections
    import collections.abc

    for name in ("Mapping", "Iterable", "Sequence", "MutableMapping"):
        if not hasattr(collections, name):
            setattr(collections, name, getattr(collections.abc, name))
    try:
        import pyshtrih  # noqa: PLC0415
    except ImportError:
        raise FiscalError("fiscal_driver_missing",
                          "The Shtrih-M driver needs pyshtrih: install the till with the 'shtrih' extra "
                          "(pip install 'pos-app[shtrih]').") from None
    return pyshtrih


def _kop(amount: Decimal) -> int:
    return int((amount * 100).to_integral_exact())


def parse_document(data: bytes | bytearray) -> tuple[datetime, int, str, int]:
    """0xFF0A's data for a receipt (FN document type 3): date and time (5 bytes: Y M D h m), document number
    (4, little-endian), fiscal sign (4), operation type (1), total in kopecks (5)."""
    y, mo, d, h, mi = data[0:5]
    number = int.from_bytes(bytes(data[5:9]), "little")
    sign = int.from_bytes(bytes(data[9:13]), "little")
    total = int.from_bytes(bytes(data[14:19]), "little")
    return datetime(2000 + y, mo, d, h, mi, tzinfo=MSK), number, str(sign), total


class ShtrihRegister(FiscalRegister):
    name = "shtrih"

    def __init__(self, device: Any, journal: str | Path, *, tax_groups: dict | None = None,
                 payment_slots: dict | None = None):
        self.device = device  # a connected pyshtrih device
        self.keys = KeyJournal(journal)
        self.tax_groups = {**TAX_GROUPS, **(tax_groups or {})}
        self.payment_slots = {**PAYMENT_SLOTS, **(payment_slots or {})}

    @classmethod
    def from_setting(cls, setting: dict, *, data_dir: Path | None = None) -> "ShtrihRegister":
        pyshtrih = import_pyshtrih()
        model = getattr(pyshtrih, setting.get("model", "ShtrihM01F"))
        device = model(port=setting.get("port", "/dev/ttyUSB0"), baudrate=int(setting.get("baudrate", 115200)),
                       timeout=float(setting.get("timeout", 3)), admin_password=int(setting.get("password", 30)))
        register = cls(device, (data_dir or Path(".")) / "shtrih-keys.jsonl",
                       tax_groups=setting.get("tax_groups"), payment_slots=setting.get("payment_slots"))
        register._call(device.connect)
        return register

    # ----- errors ------------------------------------------------------------------------------
    def _call(self, fn, *args, unknown: bool = False, **kwargs):
        """Call pyshtrih; its errors become ``FiscalError`` (``unknown``: the outcome of a receipt that
        may have been signed)."""
        pyshtrih = import_pyshtrih()
        try:
            return fn(*args, **kwargs)
        except pyshtrih.Error as exc:
            code, registered = ERRORS.get(exc.code, ("fiscal_device_error", False))
            raise FiscalError(code, f"Shtrih-M: {exc}", registered=None if unknown and registered is None else
                              (None if unknown and code == "fiscal_device_error" else registered)) from None
        except pyshtrih.ProtocolError as exc:  # no connection, unexpected answer
            raise FiscalError("fiscal_no_answer", f"Shtrih-M: {exc}", registered=None) from None

    def _state(self) -> dict:
        return self._call(self.device.state)

    def _mode(self) -> int:
        return self._state()["Режим ФР"].num

    def _fs(self) -> dict:
        return self._call(self.device.fs_state)

    # ----- the port ------------------------------------------------------------------------------
    def status(self) -> FiscalStatus:
        state = self._call(self.device.full_state)
        fs = self._fs()
        flags = state["Флаги ФР"]
        mode = state["Режим ФР"].num
        expiry = self._call(self.device.fs_expiration_time)["Срок действия"]
        exchange = self._call(self.device.fs_info_exchange)
        unsent = exchange["Количество сообщений для ОФД"]
        return FiscalStatus(
            driver=self.name, connected=True, shift_open=mode in (2, 3),
            shift_number=state["Номер последней закрытой смены"] + (mode in (2, 3)),
            fn_number=bytes(fs["Номер ФН"]).decode("ascii", "replace").strip("\x00 "),
            fn_expires_on=expiry if isinstance(expiry, date) else None,
            unsent=unsent,
            oldest_unsent_at=exchange["Дата и время документа для ОФД первого в очереди"].replace(tzinfo=MSK) if unsent else None,
            paper=state["Подрежим ФР"].num not in (1, 2) and bool(flags.get("Рулон чековой ленты", True)),
            cover_open=bool(flags.get("Крышка корпуса ФР", False)),
        )

    def open_shift(self, cashier: str) -> FiscalReport:
        if self._mode() in (2, 3):
            raise FiscalError("fiscal_shift_open")
        self._call(self.device.open_shift)
        fs = self._fs()
        return FiscalReport("open_shift", 0, fs["Номер последнего ФД"])

    def close_shift(self, cashier: str) -> FiscalReport:
        if self._mode() == 4:
            raise FiscalError("fiscal_shift_closed")
        self._call(self.device.z_report)
        return FiscalReport("close_shift", 0, self._fs()["Номер последнего ФД"])

    def x_report(self, cashier: str) -> FiscalReport:
        self._call(self.device.x_report)
        return FiscalReport("x_report", 0)

    def cash_in(self, amount: Decimal, cashier: str) -> FiscalReport:
        self._call(self.device.income, _kop(amount))
        return FiscalReport("cash_in", 0, amount=amount)

    def cash_out(self, amount: Decimal, cashier: str) -> FiscalReport:
        self._call(self.device.outcome, _kop(amount))
        return FiscalReport("cash_out", 0, amount=amount)

    def register(self, document: FiscalDocument, key: str) -> FiscalReceipt:
        document.check()
        done = self.keys.answer(key)
        if done is not None:
            return done
        mode = self._mode()
        if mode == 4:
            raise FiscalError("fiscal_shift_closed")
        if mode == 3:
            raise FiscalError("fiscal_shift_expired")
        self.keys.note({"key": key, "kind": document.kind, "before": self._fs()["Номер последнего ФД"],
                        "total": str(document.total)})
        d = self.device
        self._call(d.open_check, CHECK_TYPES[document.kind])
        for ln in document.lines:
            tax = self.tax_groups[ln.vat]
            full = ln.amount + ln.discount if ln.discount else ln.amount
            item = (ln.name, ln.qty * 1000, _kop(full / ln.qty) if ln.discount else _kop(ln.price))
            self._call(d.sale if document.kind == "sale" else d.return_sale, item, 1, tax)
            if ln.discount:
                self._call(d.discount, _kop(ln.discount), tax)
        for text in document.text:
            self._call(d.print_string, text)
        if document.customer_contact:
            value = document.customer_contact.encode("cp866")
            self._call(d.send_tlv_struct, bytearray((0xF0, 0x03)) + bytearray(len(value).to_bytes(2, "little")) + value)
        pay = {p.kind: _kop(p.amount) for p in document.payments}
        slots = {f"payment_type{self.payment_slots[k]}": v for k, v in pay.items() if k != "cash"}
        self._call(d.close_check, cash=pay.get("cash", 0), unknown=True, **slots)
        number = self._fs()["Номер последнего ФД"]
        receipt = self._read(number, key, document.kind)
        self.keys.note({"key": key, "receipt": receipt.to_dict()})
        return receipt

    def _read(self, number: int, key: str, kind: str) -> FiscalReceipt:
        found = self._call(self.device.fs_find_document_by_num, number)
        at, number, sign, total = parse_document(found["Данные фискального документа"])
        fn = bytes(self._fs()["Номер ФН"]).decode("ascii", "replace").strip("\x00 ")
        return FiscalReceipt(key=key, kind=kind, number=number, fiscal_sign=sign, fn_number=fn, registered_at=at,
                             total=(Decimal(total) / 100).quantize(Decimal("0.01")))

    def find(self, key: str) -> FiscalReceipt | None:
        done, intent = self.keys.answer(key), self.keys.intent(key)
        if done is not None or intent is None:
            return done
        last = self._fs()["Номер последнего ФД"]
        if last > intent["before"]:
            receipt = self._read(last, key, intent["kind"])
            if receipt.total == Decimal(intent["total"]):
                self.keys.note({"key": key, "receipt": receipt.to_dict()})
                return receipt
        if self._mode() == 8:  # a receipt left open: cancel it so that "not signed" stays true
            self._call(self.device.cancel_check)
        return None

    def close(self) -> None:
        self.device.disconnect()
