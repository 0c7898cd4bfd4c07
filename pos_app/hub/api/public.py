"""Health, program rules and the catalog."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ..catalog import catalog_since, current_rules
from ..clock import iso
from .deps import HubDep, TillDep
from .errors import responses
from ..tills import store_staff
from .schemas import CatalogOut, Health, RulesOut, StaffOut

router = APIRouter(prefix="/v1")


@router.get("/health", response_model=Health, tags=["health"], operation_id="health",
            responses=responses(auth=False), openapi_extra={"security": []})
def health(hub: HubDep) -> dict:
    return {"status": "ok", "time": iso(hub.clock.now())}


@router.get("/rules", response_model=RulesOut, tags=["catalog"], operation_id="rules", responses=responses())
def rules(hub: HubDep, _till: TillDep) -> dict:
    with hub.db.read() as s:
        version, current = current_rules(s)
    return {"version": version, "rules": current.to_dict()}


@router.get("/catalog", response_model=CatalogOut, tags=["catalog"], operation_id="catalog", responses=responses())
def catalog(hub: HubDep, _till: TillDep,
            since: Annotated[int, Query(ge=0, le=2_000_000_000, description="The version the till has")] = 0) -> dict:
    with hub.db.read() as s:
        changes = catalog_since(s, since)
    return {"version": changes.version, "full": changes.full, "items": changes.items, "removed": changes.removed}


@router.get("/staff", response_model=StaffOut, tags=["catalog"], operation_id="staff", responses=responses())
def staff(hub: HubDep, till: TillDep) -> dict:
    """The till's store's staff: codes, names, roles and PIN hashes (never a PIN), pulled with the catalog."""
    with hub.db.read() as s:
        people = store_staff(s, till.store)
        return {"store": till.store, "staff": [
            {"code": p.code, "name": p.name, "role": p.role, "pin_hash": p.pin_hash, "active": p.active}
            for p in people if p.pin_hash]}
