"""``pos-hub demo``: a demo store (idempotent: running it again changes nothing). Two programs:
``ru`` (the default), the DNS-style electronics store below, and ``prozis`` (``pos-hub demo --program
prozis``), a ProzisPoints-style sports nutrition store in Slovakia (see ``PROZIS``).

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
with dates relative to the hub's clock. Each sale is quoted as a till quotes it (``pos_app.loyalty.quote``
over the demo catalog, with the rules and catalog versions it carries), so the hub's recomputation finds
nothing to flag: the demo ledger is clean.

``prozis``: rules region SK, currency EUR, 1 point = 0.01 EUR, at most 9 000 points per order (published
as a rules version before the demo's oldest sale); a EUR catalog of proteins, supplements, clothing and
equipment (a gift card never payable with points, a sale item, gifts for points); Slovak members:

- ``jana``   +421 905 123 456: 12 000 available, 500 pending (bought 3 days ago)
- ``peter``  +421 911 222 333: 1 500 available, all expiring within 30 days
- ``zuzana`` +421 948 111 222: a negative balance (-380): spent points, then returned the purchase
- ``marek``  +421 903 456 789: new member, nothing yet

The review award (20 points for an approved review, ProzisPoints' rule) is the hub setting
``review_award_points``; registration codes go to the regions of ``sms_countries`` (``PROZIS.sms_countries``
for a hub serving this program)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from ..loyalty import Line, QuoteRequest, Rules, format_money, quote
from .catalog import Product, current_rules, set_rules, upsert_items
from .catalog.items import catalog_version
from .clock import iso
from .context import Hub
from .db.models import LedgerSale, Staff, Till
from .errors import ApiError
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
    Product("AC-003", "Защитное стекло для смартфона", Decimal("300.00"), "accessories", "4600000000103"),
    Product("GC-1000", "Подарочная карта 1000 ₽", Decimal("1000.00"), "gift_card", "4600000001001"),
    Product("GC-5000", "Подарочная карта 5000 ₽", Decimal("5000.00"), "gift_card", "4600000005005"),
    Product("GF-001", "Подарок: чехол для смартфона", Decimal("0"), "gifts", "4600000009001", gift_points=500),
    Product("GF-002", "Подарок: power bank 10000 мА·ч", Decimal("0"), "gifts", "4600000009002", gift_points=1500),
]


PROZIS_PHONES = {"jana": "+421905123456", "peter": "+421911222333", "zuzana": "+421948111222",
                 "marek": "+421903456789"}
PROZIS_NAMES = {"jana": "Jana", "peter": "Peter", "zuzana": "Zuzana", "marek": "Marek"}
PROZIS_STAFF = (  # the same numbers and PINs as the Russian demo's
    ("1", "Pokladníčka Nováková", "cashier", "1111"),
    ("2", "Poradkyňa Horváthová", "service", "2222"),
    ("9", "Vedúci pokladne Kováč", "supervisor", "9999"),
)
PROZIS_RULES = Rules(point_value=Decimal("0.01"), currency="EUR", region="SK", max_points_per_order=9000)
PROZIS_ITEMS = [
    Product("PR-001", "100% Real Whey Protein 1000 g", Decimal("29.99"), "proteins", "5600000000011", bonus_points=300),
    Product("PR-002", "Whey Isolate 2000 g čokoláda", Decimal("59.99"), "proteins", "5600000000028", bonus_points=600),
    Product("SU-001", "Kreatín monohydrát 300 g", Decimal("19.99"), "supplements", "5600000000035", bonus_points=200),
    Product("SU-002", "Omega 3 90 kapsúl", Decimal("12.99"), "supplements", "5600000000042", bonus_points=130),
    Product("SU-003", "Multivitamín 60 tabliet (výpredaj)", Decimal("7.99"), "supplements", "5600000000059",
            on_sale=True),
    Product("SU-004", "Šejker 500 ml", Decimal("4.99"), "supplements", "5600000000066"),
    Product("CL-001", "Tričko Prozis Training, pánske", Decimal("24.99"), "clothing", "5600000000073",
            bonus_points=250),
    Product("CL-002", "Mikina Prozis Active, dámska", Decimal("49.99"), "clothing", "5600000000080",
            bonus_points=500),
    Product("EQ-001", "Bežecký pás Prozis X-Run", Decimal("899.00"), "equipment", "5600000000097",
            bonus_points=4500),
    Product("EQ-002", "Nastaviteľné jednoručky 2 × 24 kg", Decimal("299.00"), "equipment", "5600000000103",
            bonus_points=1500),
    Product("GC-050", "Darčeková karta 50 €", Decimal("50.00"), "gift_card", "5600000005005"),
    Product("GF-001", "Darček: šejker Prozis 700 ml", Decimal("0"), "gifts", "5600000009001", gift_points=500),
    Product("GF-002", "Darček: uterák Prozis", Decimal("0"), "gifts", "5600000009002", gift_points=1500),
]


@dataclass(frozen=True)
class DemoProgram:
    """One demo store: its catalog, members, staff, rules (None: the engine's defaults, version 1), the
    regions its hub sends registration codes to, and its seed sales (made by ``_history``)."""

    name: str
    items: list
    phones: dict
    names: dict
    staff: tuple
    rules: Rules | None
    sms_countries: tuple[str, ...]


RU = DemoProgram("ru", ITEMS, DEMO_PHONES, DEMO_NAMES, DEMO_STAFF, None, ("RU",))
PROZIS = DemoProgram("prozis", PROZIS_ITEMS, PROZIS_PHONES, PROZIS_NAMES, PROZIS_STAFF, PROZIS_RULES, ("SK",))
PROGRAMS = {"ru": RU, "prozis": PROZIS}


def program_named(name: str) -> DemoProgram:
    if name not in PROGRAMS:
        raise ApiError(f"Unknown demo program {name!r}; use one of {', '.join(PROGRAMS)}.", code="unknown_program",
                       field="program")
    return PROGRAMS[name]


def _event(kind: str, name: str, payload: dict) -> EventIn:
    return EventIn(id=str(uuid.uuid5(NAMESPACE, name)), kind=kind, created_at=None, payload=payload)


def _sale(receipt: str, days_ago: float, phone: str, items: list[tuple[str, int]], *, rules: Rules,
          versions: tuple[int, int], redeem: int = 0, now=None, catalog: list = ITEMS) -> dict:
    """A ``sale.finished`` payload as a till makes it: ``items`` (sku, qty) of ``catalog`` quoted with
    ``rules``, paid by card, ``redeem`` points spent (then offline, with a supervisor: the demo has no SMS
    codes to type)."""
    products = {p.sku: p for p in catalog}
    basket = [(products[sku], qty) for sku, qty in items]
    q = quote(QuoteRequest(lines=tuple(Line(sku=p.sku, price=p.price, qty=qty, category=p.category,
                                            bonus_points=p.bonus_points, on_sale=p.on_sale) for p, qty in basket),
                           rules=rules, available_points=redeem, redeem_points=redeem))
    return {"store": "DEMO", "till": "T0", "receipt_no": receipt, "sold_at": iso(now - timedelta(days=days_ago)),
            "cashier": "1", "member_phone": phone, "tender": "card",
            "tenders": [{"kind": "card", "amount": format_money(q.to_pay)}], "offline": redeem > 0,
            "supervisor": "9" if redeem else None, "redeem_token": None,
            "rules_version": versions[0], "catalog_version": versions[1],
            "lines": [{"line_no": n, "sku": p.sku, "name": p.name, "category": p.category,
                       "price": format_money(p.price), "qty": qty, "bonus_points": p.bonus_points,
                       "on_sale": p.on_sale, "credit": False, "gift_points": None,
                       "redeem_points": lq.redeem_points, "bonus_payment": format_money(lq.bonus_payment),
                       "accrual_points": lq.accrual_points}
                      for n, ((p, qty), lq) in enumerate(zip(basket, q.lines), start=1)],
            "total": format_money(q.total), "bonus_payment": format_money(q.bonus_payment),
            "redeem_points": q.redeem_points, "gift_points": 0, "accrual_points": q.accrual_points}


def seed_demo_staff(hub: Hub, stores: tuple[str, ...] = (), program: DemoProgram = RU) -> list[str]:
    """``DEMO_STAFF`` in ``DEMO``, ``S1``, ``stores`` and every store with a till token, where a store
    has no staff yet. Returns the stores seeded."""
    seeded = []
    with hub.db.write() as s:
        known = set(s.scalars(select(Till.store).where(Till.revoked_at.is_(None), Till.role == "till")))
        has_staff = set(s.scalars(select(Staff.store).distinct()))
        for store in sorted({"DEMO", "S1", *stores, *known} - has_staff):
            for code, name, role, pin in program.staff:
                add_staff(s, store, code, name, role, pin, demo=True)
            seeded.append(store)
    return seeded


def seed_demo(hub: Hub, stores: tuple[str, ...] = (), program: str = "ru") -> dict:
    """Seed (once) and return ``{"catalog_version": int, "members": phones}``; the demo staff in
    ``DEMO``, ``S1`` and ``stores`` (see ``seed_demo_staff``). ``program``: ``ru`` or ``prozis``; a database
    seeded with one program refuses the other (``demo_program_mismatch``)."""
    demo = program_named(program)
    now = hub.clock.now()
    with hub.db.write() as s:
        rules_version, rules = current_rules(s)
        wanted = demo.rules or Rules()
        if catalog_version(s) == 0:  # a fresh hub: the program's rules and catalog, before the oldest sale
            if demo.rules is not None and rules != demo.rules:
                rules_version = set_rules(s, demo.rules, at=now - timedelta(days=501), author="demo")
                rules = demo.rules
            upsert_items(s, demo.items, at=now - timedelta(days=500))
        elif (rules.region, rules.currency) != (wanted.region, wanted.currency):
            raise ApiError(f"This hub holds a store in {rules.region} ({rules.currency}); the {program!r} demo "
                           f"needs a new database.", code="demo_program_mismatch", field="program")
    seed_demo_staff(hub, stores, demo)
    with hub.db.write() as s:
        for name, phone in demo.phones.items():
            if find_by_phone(s, phone) is None:
                create_member(s, phone=phone, birth_date=date(1990, 5, 17), at=now - timedelta(days=500),
                              first_name=demo.names[name], source="demo")
        till = Till(store="DEMO", till="T0", token_hash="-", created_at=now)
        version = catalog_version(s)
        rules_version, rules = current_rules(s)
        seeded = s.scalar(select(LedgerSale.id).where(LedgerSale.receipt_no == "DEMO-T0-000001")) is not None
    if seeded:  # dates are relative to the clock: a second run would be a different history
        return {"catalog_version": version, "members": dict(demo.phones)}
    sale = dict(rules=rules, versions=(rules_version, version), now=now, catalog=demo.items)
    events = _ru_history(sale, now) if demo is RU else _prozis_history(sale, now)
    for event in events:
        result = apply_event(hub, till, event)
        if result["status"] == "rejected" or (result["result"] or {}).get("flagged"):
            raise RuntimeError(f"demo event {event.id} not clean: {result}")
    return {"catalog_version": version, "members": dict(demo.phones)}


def _ru_history(sale: dict, now) -> list[EventIn]:
    a, b, v = DEMO_PHONES["anna"], DEMO_PHONES["boris"], DEMO_PHONES["vera"]
    return [  # anna: 2750 + 2150 + 4 x 25 = 5000 available; 2 x 200 + 150 + 4 x 25 = 650 pending
        _event("sale.finished", "anna-1", _sale("DEMO-T0-000001", 40, a, [("PH-002", 1), ("TV-001", 1), ("AC-001", 4)],
                                                **sale)),
        _event("sale.finished", "anna-2", _sale("DEMO-T0-000002", 3, a, [("AU-001", 2), ("AC-002", 1), ("AC-001", 4)],
                                                **sale)),
        # boris: 6 x 200 = 1200, expiring in 12 days
        _event("sale.finished", "boris-1", _sale("DEMO-T0-000003", 15 + 365 - 12, b, [("AU-001", 6)], **sale)),
        # vera: earns 200 + 4 x 25 = 300, spends 300 on a 300.00 item (earns nothing), returns the first: -300
        _event("sale.finished", "vera-1", _sale("DEMO-T0-000004", 60, v, [("AU-001", 1), ("AC-001", 4)], **sale)),
        _event("sale.finished", "vera-2", _sale("DEMO-T0-000005", 20, v, [("AC-003", 1)], redeem=300, **sale)),
        _event("sale.returned", "vera-3", {"store": "DEMO", "till": "T0", "return_no": "DEMO-R-000001",
                                           "receipt_no": "DEMO-T0-000004", "returned_at": iso(now - timedelta(days=2)),
                                           "cashier": "1", "supervisor": "9",
                                           "lines": [{"line_no": 1, "qty": 1}, {"line_no": 2, "qty": 4}]}),
    ]


def _prozis_history(sale: dict, now) -> list[EventIn]:
    j, p, z = PROZIS_PHONES["jana"], PROZIS_PHONES["peter"], PROZIS_PHONES["zuzana"]
    return [  # jana: 2 x 4500 + 2 x 1500 = 12000 available; 300 + 200 = 500 pending
        _event("sale.finished", "prozis-jana-1", _sale("DEMO-T0-000001", 40, j, [("EQ-001", 2), ("EQ-002", 2)], **sale)),
        _event("sale.finished", "prozis-jana-2", _sale("DEMO-T0-000002", 3, j, [("PR-001", 1), ("SU-001", 1)], **sale)),
        # peter: 1500, expiring in 12 days
        _event("sale.finished", "prozis-peter-1", _sale("DEMO-T0-000003", 15 + 365 - 12, p, [("EQ-002", 1)], **sale)),
        # zuzana: earns 250 + 130 = 380, spends 380 (3.80 EUR) on a shaker (earns nothing), returns the first: -380
        _event("sale.finished", "prozis-zuzana-1", _sale("DEMO-T0-000004", 60, z, [("CL-001", 1), ("SU-002", 1)],
                                                         **sale)),
        _event("sale.finished", "prozis-zuzana-2", _sale("DEMO-T0-000005", 20, z, [("SU-004", 1)], redeem=380, **sale)),
        _event("sale.returned", "prozis-zuzana-3", {
            "store": "DEMO", "till": "T0", "return_no": "DEMO-R-000001", "receipt_no": "DEMO-T0-000004",
            "returned_at": iso(now - timedelta(days=2)), "cashier": "1", "supervisor": "9",
            "lines": [{"line_no": 1, "qty": 1}, {"line_no": 2, "qty": 1}]}),
    ]
