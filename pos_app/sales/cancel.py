"""Cancelling a whole sale (no returns yet): the cancellation and its ``sale.cancelled``
event in one durable transaction. The hub reverses every movement of that sale."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pos_app.store import Store
from pos_app.store.models import Cancellation, utcnow

from .errors import SaleError
from .journal import is_cancelled, load_sale, returned_quantities
from .outbox import enqueue, iso, new_event_id


@dataclass(frozen=True)
class FinishedCancellation:
    receipt_no: str
    cancelled_at: datetime
    event_id: str


def cancel_sale(
    store: Store, receipt_no: str, *, cashier: str, supervisor: str | None, store_id: str, till_id: str,
    now: datetime | None = None,
) -> FinishedCancellation:
    at = now or utcnow()
    event_id = new_event_id()
    with store.write() as session:
        sale = load_sale(session, receipt_no)
        if is_cancelled(session, sale.id):
            raise SaleError("already_cancelled", f"Sale {sale.receipt_no} is already cancelled.", "receipt_no")
        if returned_quantities(session, sale.id):
            raise SaleError("has_returns", f"Sale {sale.receipt_no} has returns; return the remaining lines instead.", "receipt_no")
        session.add(Cancellation(sale_id=sale.id, cancelled_at=at, cashier=cashier, supervisor=supervisor, event_id=event_id))
        payload = {
            "store": store_id, "till": till_id, "receipt_no": sale.receipt_no, "cancelled_at": iso(at),
            "cashier": cashier, "supervisor": supervisor,
        }
        enqueue(session, "sale.cancelled", payload, at, event_id)
    return FinishedCancellation(receipt_no=sale.receipt_no, cancelled_at=at, event_id=event_id)
