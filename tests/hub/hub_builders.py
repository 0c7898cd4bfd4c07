"""Builders of till events for hub tests."""

from __future__ import annotations

import uuid
from datetime import datetime

from pos_app.hub.clock import iso
from pos_app.hub.context import Hub
from pos_app.hub.db.models import Till
from pos_app.hub.events import EventIn, apply_event
from pos_app.hub.members.create import create_member

PHONE = "+79123456789"


def line(line_no: int = 1, *, qty: int = 1, accrual: int = 0, redeem: int = 0, gift: int | None = None,
         price: str = "1000.00", sku: str | None = None, bonus: int | None = None) -> dict:
    """A line claiming ``accrual`` points: its item gives ``bonus`` (default ``accrual // qty``) points a
    unit (``stock`` puts that item in the hub's catalog)."""
    return {"line_no": line_no, "sku": sku or f"SKU{line_no}", "name": "Item", "category": "phones", "price": price,
            "qty": qty, "bonus_points": bonus if bonus is not None else accrual // qty if qty else accrual, "on_sale": False, "credit": False, "gift_points": gift,
            "redeem_points": redeem, "bonus_payment": f"{redeem}.00", "accrual_points": accrual}


def stock(hub: Hub, payload: dict) -> dict:
    """Put the items of a ``sale.finished`` payload in the hub's catalog as its lines describe them (one
    new catalog version when any differs) and stamp the payload with the versions a till would send."""
    from decimal import Decimal

    from pos_app.hub.catalog import Product, current_rules, upsert_items
    from pos_app.hub.catalog.items import catalog_version
    from pos_app.hub.db.models import CatalogEntry

    with hub.db.write() as s:
        changed = []
        for ln in payload.get("lines", []):
            gift = ln.get("gift_points")
            item = Product(sku=ln["sku"], name=ln.get("name") or "Item", price=Decimal(ln.get("price") or "0"),
                           category=ln.get("category") or "phones", on_sale=bool(ln.get("on_sale")),
                           bonus_points=0 if gift is not None else ln.get("bonus_points") or 0, gift_points=gift)
            row = s.get(CatalogEntry, item.sku)
            have = None if row is None or row.removed else (row.price_minor, row.category, row.on_sale,
                                                             row.bonus_points, row.gift_points)
            want = (0 if gift is not None else int(item.price * 100), item.category, item.on_sale,
                    item.bonus_points, gift)
            if have != want and item.sku not in {c.sku for c in changed}:
                changed.append(item)
        version = upsert_items(s, changed, at=hub.clock.now()) if changed else catalog_version(s)
        payload["catalog_version"], payload["rules_version"] = version, current_rules(s)[0]
    return payload


def sale(receipt: str, lines: list[dict], at: datetime, phone: str | None = PHONE, offline: bool = False,
         token: str | None = None) -> dict:
    return {"store": "S1", "till": "T1", "receipt_no": receipt, "sold_at": iso(at), "cashier": "101",
            "member_phone": phone, "tender": "card", "tenders": [{"kind": "card", "amount": "1000.00"}],
            "lines": lines, "total": "1000.00", "bonus_payment": "0.00",
            "redeem_points": sum(x["redeem_points"] for x in lines),
            "gift_points": sum(x["gift_points"] or 0 for x in lines),
            "accrual_points": sum(x["accrual_points"] for x in lines), "offline": offline, "supervisor": None,
            "redeem_token": token}


def sold(hub: Hub, *args, **kw) -> dict:
    """``sale(...)`` with its items in the hub's catalog and the versions stamped (``stock``)."""
    return stock(hub, sale(*args, **kw))


def returned(receipt: str, items: list[tuple[int, int]], at: datetime, return_no: str = "R1") -> dict:
    return {"store": "S1", "till": "T1", "return_no": return_no, "receipt_no": receipt, "returned_at": iso(at),
            "cashier": "101", "supervisor": "900", "lines": [{"line_no": n, "qty": q} for n, q in items]}


def cancelled(receipt: str, at: datetime) -> dict:
    return {"store": "S1", "till": "T1", "receipt_no": receipt, "cancelled_at": iso(at), "cashier": "101",
            "supervisor": "900"}


def event(kind: str, payload: dict, event_id: str | None = None) -> EventIn:
    return EventIn(id=event_id or str(uuid.uuid4()), kind=kind, created_at=None, payload=payload)


def send(hub: Hub, till: Till, kind: str, payload: dict, event_id: str | None = None, *,
         stocked: bool = True) -> dict:
    """Apply one event; a ``sale.finished`` with its items put in the catalog first (``stock``) unless
    ``stocked`` is False (a till's claims the catalog does not back)."""
    if kind == "sale.finished" and stocked and isinstance(payload.get("lines"), list):
        stock(hub, payload)
    return apply_event(hub, till, event(kind, payload, event_id))


def add_member(hub: Hub, phone: str = PHONE) -> str:
    from datetime import date

    with hub.db.write() as s:
        return create_member(s, phone=phone, birth_date=date(1990, 1, 1), at=hub.clock.now()).member_id


def balance(hub: Hub, member_id: str):
    from pos_app.hub.ledger import balance_as_of

    with hub.db.read() as s:
        return balance_as_of(s, member_id, hub.clock.now())


TEST_STAFF = (("101", "Cashier", "cashier", "1010"), ("700", "Service", "service", "7007"),
              ("900", "Supervisor", "supervisor", "900900"))


def add_test_staff(session, store: str) -> None:
    """Staff of a test store (hub_builders' events name 101 and 900): staff belong to the hub."""
    from pos_app.hub.tills import add_staff

    for code, name, role, pin in TEST_STAFF:
        add_staff(session, store, code, name, role, pin)
