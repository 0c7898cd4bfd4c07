"""``sale.returned`` and ``sale.cancelled``: annul the points earned, refund the points that paid.

Returns are proportional by quantity and cumulative: after returning r of q units of a line,
floor(points x r / q) of it has been annulled (earned) and refunded (paid) in total."""

from __future__ import annotations

from sqlalchemy import func, select

from ..db.models import Lot, LedgerMovement, LedgerSale, LedgerSaleLine
from ..errors import ApiError
from ..ledger import annul_lot, balance_as_of, refund_spend
from ..tills import require_role
from .context import EventContext
from .member_lock import lock_member
from .payloads import SaleCancelled, SaleReturned, event_time, parse_payload
from .till_scope import require_own_store


def _sale_to_reverse(ctx: EventContext, receipt_no: str, supervisor: str | None) -> LedgerSale:
    """The sale, locked: known, not cancelled, of this till's store, and the reversal approved by one of
    the store's supervisors."""
    sale = ctx.session.scalar(select(LedgerSale).where(LedgerSale.receipt_no == receipt_no).with_for_update())
    if sale is None:
        raise ApiError(f"Unknown receipt {receipt_no}: the hub has no such sale (yet).", code="unknown_receipt",
                       field="payload.receipt_no")
    require_own_store(ctx.till, sale)
    if sale.status == "cancelled":
        raise ApiError(f"Receipt {receipt_no} was cancelled.", code="sale_cancelled", field="payload.receipt_no")
    require_role(ctx.session, sale.store, supervisor, ("supervisor",), "supervisor")
    return sale


def _share(points: int, qty: int, before: int, after: int) -> int:
    """Points of a line due for units ``before``..``after`` of ``qty`` (cumulative floor, see above)."""
    return points * after // qty - points * before // qty


def _reversal_result(ctx: EventContext, sale: LedgerSale, annulled: int, refunded: int) -> dict:
    if not sale.member_id:
        return {"annulled_points": 0, "refunded_points": 0}
    return {"annulled_points": annulled, "refunded_points": refunded,
            "balance": balance_as_of(ctx.session, sale.member_id, ctx.now).to_dict()}


def _movement(ctx: EventContext, sale: LedgerSale, kind: str) -> LedgerMovement | None:
    return ctx.session.scalar(select(LedgerMovement).where(LedgerMovement.sale_id == sale.id, LedgerMovement.kind == kind))


def _lot(ctx: EventContext, sale: LedgerSale) -> Lot | None:
    return ctx.session.scalar(select(Lot).where(Lot.sale_id == sale.id))


def _net(ctx: EventContext, sale: LedgerSale, kinds: tuple[str, ...]) -> int:
    return int(ctx.session.scalar(select(func.coalesce(func.sum(LedgerMovement.points), 0))
                                  .where(LedgerMovement.sale_id == sale.id, LedgerMovement.kind.in_(kinds))) or 0)


def _reverse(ctx: EventContext, sale: LedgerSale, annul: int, refunds: dict[str, int], kinds: tuple[str, str],
             at, note: str | None) -> int:
    """Annul ``annul`` earned points and refund the paid ones; returns the points actually annulled (less
    than asked when some had expired: those were taken once already)."""
    lot = _lot(ctx, sale)
    common = dict(at=at, receipt_no=sale.receipt_no, event_id=ctx.event_id, note=note)
    annulled = 0
    if annul and lot is not None:
        movement = annul_lot(ctx.session, lot, annul, kind=kinds[0], **common)
        annulled = -movement.points if movement is not None else 0
    for spend_kind, points in refunds.items():
        spent = _movement(ctx, sale, spend_kind)
        if points and spent is not None:
            refund_spend(ctx.session, spent, points, kind=kinds[1], **common)
    return annulled


def apply_sale_returned(ctx: EventContext, payload: dict) -> dict:
    p: SaleReturned = parse_payload(SaleReturned, payload)
    at = event_time(p.returned_at, "payload.returned_at", ctx.now)
    sale = _sale_to_reverse(ctx, p.receipt_no, p.supervisor)
    lines = {line.line_no: line for line in ctx.session.scalars(select(LedgerSaleLine).where(LedgerSaleLine.sale_id == sale.id))}
    annul = refund = 0
    for i, item in enumerate(p.lines):
        field = f"payload.lines[{i}]"
        line = lines.get(item.line_no)
        if line is None:
            raise ApiError(f"Receipt {sale.receipt_no} has no line {item.line_no}.", code="unknown_line", field=field)
        if line.gift_points:
            raise ApiError("A gift bought with points cannot be returned.", code="gift_not_returnable", field=field)
        new_returned = line.returned_qty + item.qty
        if new_returned > line.qty:
            raise ApiError(f"Line {item.line_no}: {line.qty - line.returned_qty} left to return, asked {item.qty}.",
                           code="return_exceeds_sale", field=field)
        annul += _share(line.accrual_points, line.qty, line.returned_qty, new_returned)
        refund += _share(line.redeem_points, line.qty, line.returned_qty, new_returned)
        line.returned_qty = new_returned
    if sale.member_id:
        lock_member(ctx.session, sale.member_id, ctx.now)
        annul = _reverse(ctx, sale, annul, {"redemption": refund}, ("return_annulment", "return_refund"), at,
                         f"return {p.return_no}" if p.return_no else None)
    return _reversal_result(ctx, sale, annul, refund)


def apply_sale_cancelled(ctx: EventContext, payload: dict) -> dict:
    p: SaleCancelled = parse_payload(SaleCancelled, payload)
    at = event_time(p.cancelled_at, "payload.cancelled_at", ctx.now)
    sale = _sale_to_reverse(ctx, p.receipt_no, p.supervisor)
    sale.status = "cancelled"
    if not sale.member_id:
        return _reversal_result(ctx, sale, 0, 0)
    lock_member(ctx.session, sale.member_id, ctx.now)
    earned = _net(ctx, sale, ("accrual", "return_annulment"))
    paid = {kind: -_net(ctx, sale, (kind,)) for kind in ("redemption", "gift_redemption")}
    paid["redemption"] -= _net(ctx, sale, ("return_refund",))
    earned = _reverse(ctx, sale, earned, paid, ("cancellation", "cancellation"), at, "sale cancelled")
    return _reversal_result(ctx, sale, earned, sum(paid.values()))
