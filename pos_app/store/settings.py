"""Reading and writing till settings (JSON values under string keys) with defaults."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from .models import Setting

DEFAULTS: dict[str, Any] = {
    "store_id": "S1",
    "till_id": "T1",
    "hub_url": "http://127.0.0.1:8765",
    "till_token": "",
    "offline_redeem_cap": 1000,
    "language": "ru",  # the screens'
    "receipt_language": "ru",  # the receipts' (ru | sk): a Slovak store prints Slovak receipts
    "printer": None,
    "fiscal": {"driver": "none"},  # see pos_app.fiscal.setup
    "points_on_fiscal_receipt": "discount",  # discount | payment
    "display_idle_text": "",  # the customer display's text between sales (empty: "Welcome!")
    "customer_display_screen": "none",  # index of Qt's screens for the customer window, or "none"
    "pole_display": None,  # {"kind": "serial", "port": "/dev/ttyUSB0"} | {"kind": "file", "path": ...} | dummy
}


def get_setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value_json)


def set_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    encoded = json.dumps(value)
    if row is None:
        session.add(Setting(key=key, value_json=encoded))
    else:
        row.value_json = encoded


def all_settings(session: Session) -> dict[str, Any]:
    values = dict(DEFAULTS)
    for row in session.query(Setting).all():
        values[row.key] = json.loads(row.value_json)
    return values
