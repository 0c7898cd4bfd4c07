"""Checks of the Qt-free parts: configuration, store and migrations, phone metadata, printer data, receipts.

Each check returns a short line saying what it verified, or raises with what went wrong."""

from __future__ import annotations

from pathlib import Path

from .workspace import Workspace


def check_config() -> str:
    from pos_app.config import check_printer, config_paths, load_config

    paths = config_paths()
    config = load_config(paths)  # a broken file raises ConfigError naming the file and key
    check_printer(config)
    found = [str(p) for p in paths if p.is_file()]
    keys = ", ".join(sorted(config.settings())) or "none"
    return f"files read: {', '.join(found) or 'none'} (looked in {', '.join(str(p) for p in paths)}); keys: {keys}"


def check_store(ws: Workspace) -> str:
    from pos_app.store import open_store
    from pos_app.store.migrate import current_revision, head_revision

    store = open_store(ws.path("selfcheck.db"))
    try:
        head, current = head_revision(), current_revision(store.engine)
        if current != head:
            raise RuntimeError(f"migrated to {current}, expected head {head}")
        verdict = store.integrity_check()
        if verdict != "ok":
            raise RuntimeError(f"integrity_check: {verdict}")
        with store.engine.connect() as conn:
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar_one()
            tables = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type='table'").scalar_one()
    finally:
        store.close()
    return f"created and migrated to {head}, {tables} tables, journal {mode}, integrity ok"


def check_phones() -> str:
    from pos_app.loyalty import mask_phone, normalize_phone

    phone = normalize_phone("8 (912) 345-67-89")
    if phone != "+79123456789":
        raise RuntimeError(f"normalize_phone gave {phone!r}")
    return f"phonenumbers metadata: 8 (912) 345-67-89 -> {phone} -> {mask_phone(phone)}"


def check_escpos_profiles() -> str:
    from escpos.capabilities import CAPABILITIES, get_profile

    profile = get_profile("default")
    if profile.profile_data.get("name") == "BrokenDefault" or len(CAPABILITIES.get("profiles", {})) < 10:
        raise RuntimeError("python-escpos capabilities.json is missing from this build")
    return f"python-escpos capabilities: {len(CAPABILITIES['profiles'])} printer profiles"


def check_printer_links() -> str:
    """The USB and serial printer drivers are in this build; libusb (a system library) is reported, not
    required: only a till with a USB printer needs it (the Debian package depends on it)."""
    import serial
    import usb
    from escpos.printer import Serial, Usb
    from usb.backend import libusb1

    if not (Usb.is_usable() and Serial.is_usable()):
        raise RuntimeError("python-escpos cannot use pyusb/pyserial in this build")
    libusb = "libusb-1.0 found" if libusb1.get_backend() is not None else (
        "libusb-1.0 NOT found: a USB printer needs it (Debian: libusb-1.0-0)")
    return f"pyserial {serial.__version__}, pyusb {usb.__version__}, {libusb}"


# Printer setups the receipts are rendered for: hardware QR/barcode (default profile) in both code pages,
# and the software (raster image) QR and barcode a cheap 58 mm printer without them needs (Pillow, qrcode,
# python-barcode inside the bundle).
RECEIPT_SETUPS = (
    {"profile": "default", "code_page": "CP866", "columns": 48, "barcode": "qr"},
    {"profile": "default", "code_page": "CP1251", "columns": 32, "barcode": "barcode"},
    {"profile": "POS-5890", "code_page": "CP866", "columns": 32, "barcode": "qr"},
    {"profile": "POS-5890", "code_page": "CP866", "columns": 32, "barcode": "barcode"},
)


def check_receipts(ws: Workspace) -> str:
    import contextlib
    import io

    from pos_app.printing import PrinterSettings, render_document
    from pos_app.printing.receipts import TEMPLATE_NAMES
    from pos_app.printing.test_page import render_test_page
    from pos_app.printing.transport import send

    from .samples import documents

    target = Path(ws.path("receipts.bin"))
    docs = documents()
    rendered = 0
    for setup in RECEIPT_SETUPS:
        settings = PrinterSettings(kind="file", path=str(target), **setup)
        for name in TEMPLATE_NAMES:
            before = target.stat().st_size if target.exists() else 0
            with contextlib.redirect_stdout(io.StringIO()):  # python-escpos prints which raster renderer it uses
                job = render_test_page(settings) if name == "test_page" else render_document(docs[name], settings)
            if not job.data or not job.preview.strip():
                raise RuntimeError(f"template {name} rendered nothing ({setup})")
            send(job.data, settings)
            if target.stat().st_size - before < len(job.data):
                raise RuntimeError(f"file printer did not receive template {name} ({setup})")
            rendered += 1
    return (f"{rendered} jobs ({len(TEMPLATE_NAMES)} templates x {len(RECEIPT_SETUPS)} printer setups: CP866/CP1251, "
            f"hardware and raster QR/barcode) from {settings.templates_dir} to a file printer, "
            f"{target.stat().st_size} bytes")
