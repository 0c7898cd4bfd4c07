"""Sales and returns being registered on the fiscal register.

The order of a fiscal sale (``pos_app/till/fiscal_calls.py`` drives it):
1. ``begin`` writes a ``FiscalPending`` row (state ``registering``) with the attempt's ``key`` and all that
   is needed to finish it later (the draft, the rules it was quoted with, the fiscal document), durably;
2. the register signs the document under that key;
3. ``finish_sale``/``perform_return`` with ``pending_key`` write the sale (or return) with the register's
   answer and its outbox event, and delete the pending row, in one transaction.
A till restarted with a row still ``registering`` asks the register ``find(key)``: signed -> step 3 with
the stored figures; not signed -> ``mark_unsigned``: the cashier gets the basket back (pay again or drop)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select

from pos_app.loyalty.money import Tender
from pos_app.loyalty.product import Product
from pos_app.store import Store
from pos_app.store.models import FiscalPending

from .draft import BasketLine, SaleDraft

REGISTERING, UNSIGNED = "registering", "unsigned"


@dataclass(frozen=True)
class PendingDocument:
    key: str
    kind: str  # sale | return
    state: str  # registering | unsigned
    created_at: datetime
    cashier: str
    payload: dict


def draft_to_dict(draft: SaleDraft) -> dict:
    return {
        "lines": [{"sku": ln.product.sku, "name": ln.product.name, "price": str(ln.product.price),
                   "category": ln.product.category, "barcode": ln.product.barcode, "on_sale": ln.product.on_sale,
                   "bonus_points": ln.product.bonus_points, "gift_points": ln.product.gift_points,
                   "vat": ln.product.vat, "qty": ln.qty} for ln in draft.lines],
        "tenders": [[t.kind, str(t.amount)] for t in draft.tenders],
        "cashier": draft.cashier, "member_phone": draft.member_phone, "available_points": draft.available_points,
        "redeem_points": draft.redeem_points, "offline": draft.offline, "supervisor": draft.supervisor,
        "redeem_token": draft.redeem_token, "shift_id": draft.shift_id, "balance_before": draft.balance_before,
    }


def draft_from_dict(d: dict) -> SaleDraft:
    lines = tuple(BasketLine(Product(sku=ln["sku"], name=ln["name"], price=Decimal(ln["price"]), category=ln["category"],
                                     barcode=ln["barcode"], on_sale=ln["on_sale"], bonus_points=ln["bonus_points"],
                                     gift_points=ln["gift_points"], vat=ln.get("vat", "none")), ln["qty"])
                  for ln in d["lines"])
    return SaleDraft(lines=lines, tenders=tuple(Tender(k, Decimal(a)) for k, a in d["tenders"]), cashier=d["cashier"],
                     member_phone=d["member_phone"], available_points=d["available_points"],
                     redeem_points=d["redeem_points"], offline=d["offline"], supervisor=d["supervisor"],
                     redeem_token=d["redeem_token"], shift_id=d["shift_id"], balance_before=d["balance_before"])


def begin(store: Store, key: str, kind: str, cashier: str, payload: dict, at: datetime) -> None:
    """Step 1: durable before the register is asked."""
    with store.write() as session:
        session.add(FiscalPending(key=key, kind=kind, state=REGISTERING, created_at=at, cashier=cashier,
                                  payload_json=json.dumps(payload, ensure_ascii=False)))


def _record(row: FiscalPending) -> PendingDocument:
    return PendingDocument(row.key, row.kind, row.state, row.created_at, row.cashier, json.loads(row.payload_json))


def pending_documents(store: Store, state: str | None = None) -> list[PendingDocument]:
    with store.read() as session:
        query = select(FiscalPending).order_by(FiscalPending.created_at)
        if state:
            query = query.where(FiscalPending.state == state)
        return [_record(r) for r in session.scalars(query)]


def mark_unsigned(store: Store, key: str) -> None:
    with store.write() as session:
        row = session.get(FiscalPending, key)
        if row is not None:
            row.state = UNSIGNED


def drop(store: Store, key: str, *, refused: bool = False) -> bool:
    """Forget a pending document the register did not sign (the cashier paid again or cancelled; or,
    ``refused``, the register refused it before it began)."""
    with store.write() as session:
        row = session.get(FiscalPending, key)
        if row is None or (row.state != UNSIGNED and not refused):
            return False
        session.delete(row)
        return True


def delete_in(session, key: str | None) -> None:  # noqa: ANN001 - the caller's write session
    """Part of step 3: the pending row goes in the transaction that writes the signed document."""
    if key is None:
        return
    row = session.get(FiscalPending, key)
    if row is None:
        raise RuntimeError(f"no document being registered with key {key}")  # finished already: never twice
    session.delete(row)
