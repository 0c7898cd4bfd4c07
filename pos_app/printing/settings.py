"""Printer settings: how to reach the printer and how to talk to it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from pos_app.data_files import receipts_dir

CONNECTION_KINDS = ("usb", "network", "serial", "device", "file", "dummy")
CODE_PAGES = ("CP866", "CP1251", "CP852")
LANGUAGES = ("ru", "sk")  # receipt languages: templates in receipts/ (ru) and receipts/<lang>/
DEFAULT_TEMPLATES_DIR = receipts_dir()  # the templates shipped with the app


class PrinterSettingsError(ValueError):
    """A printer setting is wrong; the message says which and what to put there."""


@dataclass(frozen=True)
class PrinterSettings:
    """One receipt printer.

    ``kind`` picks the connection; only the parameters of that kind matter:
    usb: ``usb_vendor_id``/``usb_product_id`` (hex strings such as "0x04b8" or ints);
    network: ``host``/``port``; serial: ``serial_port``/``baudrate``; device: ``path`` (e.g. /dev/usb/lp0);
    file: ``path`` (bytes are appended, for tests and previews); dummy: in memory.
    ``profile`` is a python-escpos printer profile name (capabilities: code page slots, cut, QR).
    ``code_page_slot`` overrides the profile's ESC t slot for ``code_page`` when the profile lacks it.
    ``status_check``: ask the printer for its status (DLE EOT) before and after a job, so a printer without
    paper or a dropped connection fails the job (network, serial and USB only).
    """

    kind: str = "file"
    host: str = ""
    port: int = 9100
    usb_vendor_id: int = 0
    usb_product_id: int = 0
    serial_port: str = "/dev/ttyS0"
    baudrate: int = 9600
    path: str = "receipt.bin"
    profile: str = "default"
    code_page: str = "CP866"
    code_page_slot: int | None = None
    columns: int = 48
    timeout: float = 5.0
    status_check: bool = True
    barcode: str = "qr"  # what carries the receipt number when a template says @code: qr or barcode
    templates_dir: str = field(default_factory=lambda: str(DEFAULT_TEMPLATES_DIR))
    language: str = "ru"  # the receipt's language (a till setting, not the code): ru | sk

    def __post_init__(self) -> None:
        if self.kind not in CONNECTION_KINDS:
            raise PrinterSettingsError(f"printer kind must be one of {', '.join(CONNECTION_KINDS)}, got {self.kind!r}")
        if self.code_page.upper() not in CODE_PAGES:
            raise PrinterSettingsError(f"code_page must be one of {', '.join(CODE_PAGES)}, got {self.code_page!r}")
        object.__setattr__(self, "code_page", self.code_page.upper())
        if self.language not in LANGUAGES:
            raise PrinterSettingsError(f"language must be one of {', '.join(LANGUAGES)}, got {self.language!r}")
        if not 16 <= int(self.columns) <= 64:
            raise PrinterSettingsError(f"columns must be 32 (58 mm) or 48 (80 mm), got {self.columns!r}")
        if not float(self.timeout) > 0:
            raise PrinterSettingsError(f"timeout must be a positive number of seconds, got {self.timeout!r}")
        if self.kind == "network" and not self.host:
            raise PrinterSettingsError("a network printer needs host (its IP address or name)")
        if self.barcode not in ("qr", "barcode"):
            raise PrinterSettingsError(f"barcode must be qr or barcode, got {self.barcode!r}")
        for name in ("usb_vendor_id", "usb_product_id"):
            object.__setattr__(self, name, _usb_id(getattr(self, name), name))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PrinterSettings:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise PrinterSettingsError(f"unknown printer settings: {', '.join(unknown)}")
        return cls(**data)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _usb_id(value: Any, name: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        try:
            return int(value, 16) if value.lower().startswith("0x") else int(value)
        except ValueError:
            pass
    raise PrinterSettingsError(f"{name} must be a USB id such as \"0x04b8\", got {value!r}")
