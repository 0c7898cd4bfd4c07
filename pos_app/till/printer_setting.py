"""The till's ``printer`` setting: the two fields the settings screen shows (kind and address) and
the ``pos_app.printing.PrinterSettings`` behind them. ``pos_app.printing`` is imported only when
needed (python-escpos is slow to import), so start-up does not pay for it."""

from __future__ import annotations


def printer_settings(value: dict | None) -> PrinterSettings | None:
    """The till's ``printer`` setting (a ``PrinterSettings`` dict) or None when there is no printer."""
    if not is_configured(value):
        return None
    from pos_app.printing import PrinterSettings

    return PrinterSettings.from_dict(value)


def is_configured(value) -> bool:
    return isinstance(value, dict) and value.get("kind") not in (None, "none")


def printer_from_form(kind: str, target: str, current: dict | None) -> dict | None:
    """The settings screen's two fields (kind, address) into a ``PrinterSettings`` dict."""
    if kind == "none":
        return None
    base = {k: v for k, v in (current or {}).items() if k not in ("kind", "host", "port", "path", "serial_port",
                                                                  "usb_vendor_id", "usb_product_id")}
    target = target.strip()
    if kind == "network":
        host, _, port = target.partition(":")
        values = {"host": host, "port": int(port or 9100)}
    elif kind == "usb":
        vendor, _, product = target.partition(":")
        values = {"usb_vendor_id": vendor or "0", "usb_product_id": product or "0"}
    elif kind == "serial":
        values = {"serial_port": target or "/dev/ttyS0"}
    else:  # file, device
        values = {"path": target or "receipt.bin"}
    data = {**base, "kind": kind, **values}
    from pos_app.printing import PrinterSettings

    PrinterSettings.from_dict(data)  # raises PrinterSettingsError with what is wrong
    return data


def printer_target(value: dict | None) -> str:
    if not value:
        return ""
    kind = value.get("kind")
    if kind == "network":
        return f"{value.get('host', '')}:{value.get('port', 9100)}"
    if kind == "usb":
        return f"{value.get('usb_vendor_id', '')}:{value.get('usb_product_id', '')}"
    if kind == "serial":
        return str(value.get("serial_port", ""))
    return str(value.get("path", ""))
