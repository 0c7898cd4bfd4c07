"""Pulling the program rules and the catalog from the hub, by version, into the store.

A hub answer that is not the contract changes nothing (``HubUnavailable``)."""

from __future__ import annotations

import json
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from pos_app.loyalty import LoyaltyError, Rules, parse_money
from pos_app.loyalty.money import to_minor_units
from pos_app.loyalty.vat import DEFAULT_VAT, check_vat
from pos_app.store import Store
from pos_app.store.models import ROLES, CashierRow, CatalogRow, ProgramRules, SyncVersion, utcnow

from .client import HubClient
from .errors import HubRefused, HubUnavailable

def stored_version(session: Session, name: str) -> int:
    row = session.get(SyncVersion, name)
    return row.version if row else 0


def _set_version(session: Session, name: str, version: int) -> None:
    session.merge(SyncVersion(name=name, version=version, pulled_at=utcnow()))


def pull_rules(store: Store, client: HubClient) -> int:
    """Fetch the rules; store them if the version changed. Returns the version held."""
    body = client.rules()
    try:
        version = int(body["version"])
        rules = Rules.from_dict(body["rules"])
    except (KeyError, TypeError, ValueError, LoyaltyError) as exc:
        raise HubUnavailable(f"GET /rules: not the contract ({exc})") from None
    with store.write() as session:
        if stored_version(session, "rules") == version and session.get(ProgramRules, 1) is not None:
            return version
        session.merge(ProgramRules(id=1, version=version, rules_json=json.dumps(rules.to_dict()), pulled_at=utcnow()))
        _set_version(session, "rules", version)
    return version


def _item_row(item: dict, version: int) -> dict:
    gift = item.get("gift_points")
    price: Decimal = parse_money(item["price"], "price")
    return {
        "sku": str(item["sku"]), "barcode": item.get("barcode") or None, "name": str(item["name"]),
        "price_minor": to_minor_units(price), "category": item.get("category"), "on_sale": bool(item.get("on_sale", False)),
        "bonus_points": int(item.get("bonus_points") or 0), "gift_points": None if gift is None else int(gift),
        "vat": check_vat(item.get("vat") or DEFAULT_VAT, "vat"), "version": version,
    }


def apply_catalog(store: Store, body: dict) -> int:
    """Write a catalog answer (full or a delta) into the store in one transaction."""
    try:
        version = int(body["version"])
        full = bool(body.get("full", False))
        rows = [_item_row(item, version) for item in body.get("items", [])]
        removed = [str(sku) for sku in body.get("removed", [])]
    except (KeyError, TypeError, ValueError, LoyaltyError) as exc:
        raise HubUnavailable(f"GET /catalog: not the contract ({exc})") from None
    with store.write() as session:
        if full:
            session.execute(delete(CatalogRow))
            if rows:
                session.execute(insert(CatalogRow), rows)  # executemany: 100,000 rows in about a second
        elif rows:
            stmt = insert(CatalogRow)
            stmt = stmt.on_conflict_do_update(index_elements=["sku"], set_={c: stmt.excluded[c] for c in rows[0] if c != "sku"})
            session.execute(stmt, rows)
        if removed:
            session.execute(delete(CatalogRow).where(CatalogRow.sku.in_(removed)))
        _set_version(session, "catalog", version)
    return version


def pull_catalog(store: Store, client: HubClient) -> int:
    with store.read() as session:
        since = stored_version(session, "catalog")
    body = client.catalog(since)
    if not isinstance(body, dict) or not isinstance(body.get("version"), int):
        raise HubUnavailable("GET /catalog: not the contract (no integer version)")
    if body["version"] == since and not body.get("items") and not body.get("removed"):
        return since
    return apply_catalog(store, body)


def _staff_row(person: dict) -> dict:
    code, role, pin_hash = str(person["code"]), str(person["role"]), str(person["pin_hash"])
    if role not in ROLES or not code or len(code) > 16 or not pin_hash.startswith("pbkdf2_sha256$"):
        raise ValueError(f"staff {code!r}: role {role!r} or PIN hash not usable")
    return {"number": code, "name": str(person["name"])[:100], "role": role, "pin_hash": pin_hash,
            "active": bool(person.get("active", True)), "from_hub": True}


def pull_staff(store: Store, client: HubClient) -> int:
    """The store's staff from the hub (PIN hashes only): they replace the till's own people, who are
    deactivated (kept: shifts and approvals refer to them). Returns how many are active; -1 when the hub
    has no staff to send (an older hub without ``/v1/staff``: the till's people are left as they are)."""
    try:
        body = client.staff()
    except HubRefused as exc:
        if exc.status == 404:
            return -1
        raise
    try:
        rows = [_staff_row(person) for person in body["staff"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise HubUnavailable(f"GET /staff: not the contract ({exc})") from None
    with store.write() as session:
        sent = {row["number"] for row in rows}
        for row in session.scalars(select(CashierRow)):
            if row.number not in sent:
                row.active = False
        for row in rows:
            session.merge(CashierRow(**row))
        _set_version(session, "staff", len(rows))
    return sum(1 for row in rows if row["active"])


def load_catalog_version(store: Store) -> int | None:
    """The catalog version this till holds (None before the first pull): sales carry it."""
    with store.read() as session:
        return stored_version(session, "catalog") or None


def load_rules(store: Store) -> tuple[Rules, int | None]:
    """The rules the till quotes with: the pulled ones, or the defaults before the first pull."""
    with store.read() as session:
        row = session.scalar(select(ProgramRules).where(ProgramRules.id == 1))
    if row is None:
        return Rules(), None
    return Rules.from_dict(json.loads(row.rules_json)), row.version
