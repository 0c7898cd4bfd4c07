"""A till posts events only for itself: the ``store``/``till`` of a sale event's payload must be those of
the till whose token sent it. Returns and cancellations may be made at any till of the store that sold
(as at DNS), never of another store's sale (``require_own_store``)."""

from __future__ import annotations

from ..db.models import LedgerSale, Till
from ..errors import ApiError

SCOPED_KINDS = frozenset({"sale.finished", "sale.returned", "sale.cancelled"})


def foreign_till(till: Till, kind: str, payload: dict) -> ApiError | None:
    """``till_mismatch`` when the payload names another store or till than the authenticated one. Checked
    before the event id is claimed (a till cannot read another till's stored results). A missing field is
    left to payload validation (``invalid_payload``)."""
    if kind not in SCOPED_KINDS:
        return None
    for field, own in (("store", till.store), ("till", till.till)):
        sent = payload.get(field)
        if sent is not None and sent != own:
            return ApiError(f"payload.{field} is {sent!r} but this token belongs to till {till.store}/{till.till}; "
                            "a till posts only its own events.", code="till_mismatch", field=f"payload.{field}")
    return None


def require_own_store(till: Till, sale: LedgerSale) -> None:
    if sale.store != till.store:
        raise ApiError(f"Receipt {sale.receipt_no} was sold in another store; return or cancel it there.",
                       code="store_mismatch", field="payload.receipt_no")
