"""Returns: a preview of the points and money involved, and the durable return itself.

Annulment and refund are proportional by quantity and cumulative, as the hub computes
them: after returning r of q units, floor(points * r / q) in total has been annulled
(accrued points) or refunded (points spent). Gift lines bought with points are not
returnable."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from pos_app.loyalty.money import from_minor_units, to_minor_units
from pos_app.store import Store
from pos_app.store.models import ReturnLineRow, SaleReturn, utcnow

from .errors import SaleError
from .journal import is_cancelled, load_sale, returned_quantities
from .numbering import next_return_seq, return_number
from .outbox import enqueue, iso, new_event_id
from .pending import delete_in


@dataclass(frozen=True)
class ReturnLinePreview:
    line_no: int
    sku: str
    name: str
    qty: int
    annulled_points: int
    refunded_points: int
    refund: Decimal


@dataclass(frozen=True)
class ReturnPreview:
    receipt_no: str
    lines: tuple[ReturnLinePreview, ...]
    annulled_points: int
    refunded_points: int
    refund: Decimal


def _share(total: int, before: int, after: int, sold: int) -> int:
    return total * after // sold - total * before // sold


def _preview(session, receipt_no: str, quantities: dict[int, int]) -> tuple[object, ReturnPreview]:  # noqa: ANN001
    sale = load_sale(session, receipt_no)
    if is_cancelled(session, sale.id):
        raise SaleError("sale_cancelled", f"Sale {sale.receipt_no} was cancelled; nothing to return.", "receipt_no")
    wanted = {no: q for no, q in quantities.items() if q}
    if not wanted:
        raise SaleError("empty_return", "Choose at least one line and quantity to return.", "lines")
    by_no = {ln.line_no: ln for ln in sale.lines}
    done = returned_quantities(session, sale.id)
    previews = []
    for no, qty in sorted(wanted.items()):
        line = by_no.get(no)
        if line is None:
            raise SaleError("unknown_line", f"Receipt {sale.receipt_no} has no line {no}.", f"lines.{no}")
        if line.gift_points is not None:
            raise SaleError("gift_not_returnable", f"{line.name} was a gift bought with points and cannot be returned.", f"lines.{no}")
        before = done.get(no, 0)
        if not isinstance(qty, int) or qty < 0 or before + qty > line.qty:
            raise SaleError("return_exceeds_sale", f"{line.name}: at most {line.qty - before} can still be returned.", f"lines.{no}")
        money_minor = line.price_minor * line.qty - line.bonus_payment_minor
        previews.append(ReturnLinePreview(
            line_no=no, sku=line.sku, name=line.name, qty=qty,
            annulled_points=_share(line.accrual_points, before, before + qty, line.qty),
            refunded_points=_share(line.redeem_points, before, before + qty, line.qty),
            refund=from_minor_units(_share(money_minor, before, before + qty, line.qty)),
        ))
    preview = ReturnPreview(
        receipt_no=sale.receipt_no, lines=tuple(previews),
        annulled_points=sum(p.annulled_points for p in previews),
        refunded_points=sum(p.refunded_points for p in previews),
        refund=sum((p.refund for p in previews), Decimal(0)),
    )
    return sale, preview


def preview_return(store: Store, receipt_no: str, quantities: dict[int, int]) -> ReturnPreview:
    """What returning ``quantities`` ({line_no: qty}) would annul, refund and pay back."""
    with store.read() as session:
        return _preview(session, receipt_no, quantities)[1]


@dataclass(frozen=True)
class FinishedReturn:
    return_no: str
    returned_at: datetime
    event_id: str
    preview: ReturnPreview
    fiscal: dict | None = None
    fiscal_warning: str | None = None


def perform_return(
    store: Store, receipt_no: str, quantities: dict[int, int], *, cashier: str, supervisor: str | None,
    store_id: str, till_id: str, now: datetime | None = None, fiscal: dict | None = None,
    pending_key: str | None = None,
) -> FinishedReturn:
    """Write the return and its ``sale.returned`` event in one durable transaction (``fiscal`` and
    ``pending_key`` as in ``finish_sale``; ``fiscal["original"]`` is the sale's fiscal document)."""
    at = now or utcnow()
    event_id = new_event_id()
    with store.write() as session:
        sale, preview = _preview(session, receipt_no, quantities)
        seq = next_return_seq(session)
        ret = SaleReturn(
            seq=seq, return_no=return_number(store_id, till_id, seq), sale_id=sale.id, returned_at=at,
            cashier=cashier, supervisor=supervisor, refund_minor=to_minor_units(preview.refund),
            annulled_points=preview.annulled_points, refunded_points=preview.refunded_points, event_id=event_id,
            fiscal_json=json.dumps(fiscal, ensure_ascii=False) if fiscal else None,
            lines=[ReturnLineRow(line_no=p.line_no, qty=p.qty, annulled_points=p.annulled_points,
                                 refunded_points=p.refunded_points, refund_minor=to_minor_units(p.refund))
                   for p in preview.lines],
        )
        delete_in(session, pending_key)
        session.add(ret)
        payload = {
            "store": store_id, "till": till_id, "return_no": ret.return_no, "receipt_no": sale.receipt_no,
            "returned_at": iso(at), "cashier": cashier, "supervisor": supervisor,
            "lines": [{"line_no": p.line_no, "qty": p.qty} for p in preview.lines],
        }
        if fiscal:
            payload["fiscal"] = fiscal
        enqueue(session, "sale.returned", payload, at, event_id)
    return FinishedReturn(return_no=ret.return_no, returned_at=at, event_id=event_id, preview=preview, fiscal=fiscal)
