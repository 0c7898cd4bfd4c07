"""``pos-hub demo``: a demo electronics store (idempotent: running it again changes nothing).

Catalog: phones, laptops, TVs, audio, gift cards (never payable with points), sale items, gifts paid
only with points, items with bonus points. Members (phones in ``DEMO_PHONES``):

- ``anna``  +7 912 345-67-89: 5 000 available, 650 pending (bought 3 days ago)
- ``boris`` +7 916 123-45-67: 1 200 available of which 1 200 expire within 30 days
- ``vera``  +7 926 111-22-33: a negative balance (-300): spent points, then returned the purchase
- ``gleb``  +7 903 123-45-67: new member, nothing yet

Staff (``DEMO_STAFF``, only here: a real store's people are added with ``pos-hub staff add``): 1/1111
cashier, 2/2222 service zone, 9/9999 supervisor, in store ``DEMO``, ``S1`` and every store with a till
token when the demo is seeded (``pos-hub serve --demo`` seeds again at each start).

Ledger history is made by applying real ``sale.finished``/``sale.returned`` events (till ``DEMO``/``T0``)
with dates relative to the hub's clock."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from .catalog import Product, upsert_items
from .catalog.items import catalog_version
from .clock import iso
from .context import Hub
from .db.models import LedgerSale, Staff, Till
from .events import EventIn, apply_event
from .members.create import create_member
from .members.lookup import find_by_phone
from .tills import add_staff

DEMO_PHONES = {"anna": "+79123456789", "boris": "+79161234567", "vera": "+79261112233", "gleb": "+79031234567"}
DEMO_NAMES = {"anna": "Анна", "boris": "Борис", "vera": "Вера", "gleb": "Глеб"}  # what the Russian till shows
DEMO_STAFF = (
    ("1", "Кассир Иванова", "cashier", "1111"),
    ("2", "Консультант Смирнова", "service", "2222"),
    ("9", "Старший кассир Петров", "supervisor", "9999"),
)
"""The demo's people (names are what the Russian till shows). They exist only in the demo."""
NAMESPACE = uuid.UUID("5b0f1e9c-6f57-4c1e-9d4b-2a7f3c0d9e11")

ITEMS = [
    Product("PH-001", "Смартфон Nova 8 128 ГБ", Decimal("24999.00"), "phones", "4600000000011", bonus_points=1250),
    Product("PH-002", "Смартфон Orion X 256 ГБ", Decimal("54999.00"), "phones", "4600000000028", bonus_points=2750),
    Product("NB-001", "Ноутбук Vega 15 i5/16/512", Decimal("64999.00"), "laptops", "4600000000035",
             bonus_points=3250),
    Product("TV-001", "Телевизор 55\" 4K Lumen", Decimal("42999.00"), "tv", "4600000000042", bonus_points=2150),
    Product("TV-002", "Телевизор 43\" Lumen (распродажа)", Decimal("19999.00"), "tv", "4600000000059",
             on_sale=True, bonus_points=0),
    Product("AU-001", "Наушники беспроводные Tone", Decimal("3999.00"), "audio", "4600000000066", bonus_points=200),
    Product("AU-002", "Колонка портативная Beat (распродажа)", Decimal("2499.00"), "audio", "4600000000073",
             on_sale=True),
    Product("AC-001", "Кабель USB-C 1 м", Decimal("499.00"), "accessories", "4600000000080", bonus_points=25),
    Product("AC-002", "Зарядное устройство 65 Вт", Decimal("2999.00"), "accessories", "4600000000097",
             bonus_points=150),
    Product("GC-1000", "Подарочная карта 1000 ₽", Decimal("1000.00"), "gift_card", "4600000001001"),
    Product("GC-5000", "Подарочная карта 5000 ₽", Decimal("5000.00"), "gift_card", "4600000005005"),
    Product("GF-001", "Подарок: чехол для смартфона", Decimal("0"), "gifts", "4600000009001", gift_points=500),
    Product("GF-002", "Подарок: power bank 10000 мА·ч", Decimal("0"), "gifts", "4600000009002", gift_points=1500),
]


def _event(kind: str, name: str, payload: dict) -> EventIn:
    return EventIn(id=str(uuid.uuid5(NAMESPACE, name)), kind=kind, created_at=None, payload=payload)


def _sale(receipt: str, days_ago: float, phone: str, sku: str, price: str, accrual: int, redeem: int = 0,
          now=None) -> dict:
    return {"store": "DEMO", "till": "T0", "receipt_no": receipt, "sold_at": iso(now - timedelta(days=days_ago)),
            "cashier": "1", "member_phone": phone, "tender": "card",
            "tenders": [{"kind": "card", "amount": price}], "offline": redeem > 0, "supervisor": None,
            "redeem_token": None,
            "lines": [{"line_no": 1, "sku": sku, "name": sku, "category": "demo", "price": price, "qty": 1,
                       "bonus_points": accrual, "on_sale": False, "credit": False, "gift_points": None,
                       "redeem_points": redeem, "bonus_payment": f"{redeem}.00", "accrual_points": accrual}],
            "total": price, "bonus_payment": f"{redeem}.00", "redeem_points": redeem, "gift_points": 0,
            "accrual_points": accrual}


def seed_demo_staff(hub: Hub, stores: tuple[str, ...] = ()) -> list[str]:
    """``DEMO_STAFF`` in ``DEMO``, ``S1``, ``stores`` and every store with a till token, where a store
    has no staff yet. Returns the stores seeded."""
    seeded = []
    with hub.db.write() as s:
        known = set(s.scalars(select(Till.store).where(Till.revoked_at.is_(None), Till.role == "till")))
        has_staff = set(s.scalars(select(Staff.store).distinct()))
        for store in sorted({"DEMO", "S1", *stores, *known} - has_staff):
            for code, name, role, pin in DEMO_STAFF:
                add_staff(s, store, code, name, role, pin, demo=True)
            seeded.append(store)
    return seeded


def seed_demo(hub: Hub, stores: tuple[str, ...] = ()) -> dict:
    """Seed (once) and return ``{"catalog_version": int, "members": DEMO_PHONES}``; the demo staff in
    ``DEMO``, ``S1`` and ``stores`` (see ``seed_demo_staff``)."""
    now = hub.clock.now()
    seed_demo_staff(hub, stores)
    with hub.db.write() as s:
        if catalog_version(s) == 0:
            upsert_items(s, ITEMS)
        for name, phone in DEMO_PHONES.items():
            if find_by_phone(s, phone) is None:
                create_member(s, phone=phone, birth_date=date(1990, 5, 17), at=now - timedelta(days=500),
                              first_name=DEMO_NAMES[name], source="demo")
        till = Till(store="DEMO", till="T0", token_hash="-", created_at=now)
        version = catalog_version(s)
        seeded = s.scalar(select(LedgerSale.id).where(LedgerSale.receipt_no == "DEMO-T0-000001")) is not None
    if seeded:  # dates are relative to the clock: a second run would be a different history
        return {"catalog_version": version, "members": dict(DEMO_PHONES)}
    a, b, v = DEMO_PHONES["anna"], DEMO_PHONES["boris"], DEMO_PHONES["vera"]
    events = [
        _event("sale.finished", "anna-1", _sale("DEMO-T0-000001", 40, a, "NB-001", "64999.00", 5000, now=now)),
        _event("sale.finished", "anna-2", _sale("DEMO-T0-000002", 3, a, "PH-001", "24999.00", 650, now=now)),
        _event("sale.finished", "boris-1", _sale("DEMO-T0-000003", 15 + 365 - 12, b, "TV-001", "42999.00", 1200,
                                                 now=now)),
        _event("sale.finished", "vera-1", _sale("DEMO-T0-000004", 60, v, "AU-001", "3999.00", 300, now=now)),
        _event("sale.finished", "vera-2", _sale("DEMO-T0-000005", 20, v, "AC-002", "2999.00", 0, 300, now=now)),
        _event("sale.returned", "vera-3", {"store": "DEMO", "till": "T0", "return_no": "DEMO-R-000001",
                                           "receipt_no": "DEMO-T0-000004", "returned_at": iso(now - timedelta(days=2)),
                                           "cashier": "1", "supervisor": "9", "lines": [{"line_no": 1, "qty": 1}]}),
    ]
    for event in events:
        result = apply_event(hub, till, event)
        if result["status"] == "rejected":
            raise RuntimeError(f"demo event {event.id} rejected: {result['code']} {result['message']}")
    return {"catalog_version": version, "members": dict(DEMO_PHONES)}
