"""The rules and catalog items as they were at a version, or at a moment: what a sale is recomputed with.

Every rules version is a row of ``rules_versions`` (version 1, before any change, is the engine's
defaults); every version of every catalog item is a row of ``catalog_item_versions`` (the item at catalog
version V is its row with the highest version <= V) and ``catalog_versions`` says when each catalog
version was made. A version that exists never changes, so what is read at one is kept in this process
(the per-event hot path reads memory); a version the hub has not made yet is never looked up (see
``known_catalog_version``)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Connection, bindparam, func, select
from sqlalchemy.orm import Session

from ...loyalty import Rules
from ..db.compiled import Compiled
from ..db.models import CatalogItemVersion, CatalogVersion, Counter, RulesVersion
from .rules import DEFAULT_VERSION

ITEMS = CatalogItemVersion.__table__
RULES = RulesVersion.__table__
CATALOG_VERSIONS = CatalogVersion.__table__
COUNTERS = Counter.__table__


class ItemAt(NamedTuple):
    """A catalog item's figures at one catalog version (``gift_points`` set: a gift paid with points)."""

    price_minor: int
    category: str
    on_sale: bool
    bonus_points: int
    gift_points: int | None


_ITEM_AT = Compiled(select(ITEMS.c.price_minor, ITEMS.c.category, ITEMS.c.on_sale, ITEMS.c.bonus_points,
                           ITEMS.c.gift_points, ITEMS.c.removed)
                    .where(ITEMS.c.sku == bindparam("sku"), ITEMS.c.version <= bindparam("version"))
                    .order_by(ITEMS.c.version.desc()).limit(1))
_RULES_AT = Compiled(select(RULES.c.rules).where(RULES.c.version == bindparam("version")))
_RULES_VERSION_AT = Compiled(select(func.max(RULES.c.version)).where(RULES.c.created_at <= bindparam("at")))
_CATALOG_NOW = Compiled(select(COUNTERS.c.value).where(COUNTERS.c.name == "catalog"))
_CATALOG_VERSION_AT = Compiled(select(func.max(CATALOG_VERSIONS.c.version))
                               .where(CATALOG_VERSIONS.c.created_at <= bindparam("at")))

MAX_CACHED = 200_000  # item versions kept in memory (a 100,000-item catalog at two versions)
_lock = threading.Lock()
_items: OrderedDict[tuple, ItemAt | None] = OrderedDict()
_rules: dict[tuple, Rules | None] = {}
_catalog_now: dict[str, int] = {}


def _db(tx: Session | Connection) -> str:
    return str((tx if isinstance(tx, Connection) else tx.get_bind()).engine.url)


def known_catalog_version(tx: Session | Connection, version: int) -> bool:
    """Whether the hub has made catalog ``version`` (the counter is read again only for a version newer
    than the newest seen)."""
    db = _db(tx)
    if version <= _catalog_now.get(db, 0):
        return True
    now = _CATALOG_NOW.scalar(tx) or 0
    with _lock:
        _catalog_now[db] = max(now, _catalog_now.get(db, 0))
    return version <= now


def catalog_version_at(tx: Session | Connection, at: datetime) -> int:
    """The catalog version current at ``at`` (0: the catalog was empty)."""
    return _CATALOG_VERSION_AT.scalar(tx, {"at": at}) or 0


def rules_version_at(tx: Session | Connection, at: datetime) -> int:
    """The rules version in force at ``at``."""
    return _RULES_VERSION_AT.scalar(tx, {"at": at}) or DEFAULT_VERSION


def rules_at(tx: Session | Connection, version: int) -> Rules | None:
    """The rules of ``version``; None when the hub has no such version."""
    key = (_db(tx), version)
    if key in _rules:
        return _rules[key]
    data = _RULES_AT.scalar(tx, {"version": version})
    rules = Rules.from_dict(data) if data is not None else Rules() if version == DEFAULT_VERSION else None
    if rules is not None:  # a version not made yet may be made later: not kept
        with _lock:
            _rules[key] = rules
    return rules


def item_at(tx: Session | Connection, sku: str, version: int) -> ItemAt | None:
    """The item ``sku`` at catalog ``version`` (one the hub has made: ``known_catalog_version``); None when
    it was not in the catalog then (never added, or removed)."""
    key = (_db(tx), version, sku)
    try:
        return _items[key]
    except KeyError:
        pass
    row = _ITEM_AT.first(tx, {"sku": sku, "version": version})
    item = None if row is None or row[5] else ItemAt(*row[:5])
    with _lock:
        _items[key] = item
        if len(_items) > MAX_CACHED:
            _items.popitem(last=False)
    return item
