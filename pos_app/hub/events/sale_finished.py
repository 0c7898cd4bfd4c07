"""``sale.finished``: the till's own per-line figures become ledger movements."""

from __future__ import annotations

from sqlalchemy import select

from ..catalog.rules import recent_rules
from ..db.models import Sale, SaleLine
from ..errors import HubError
from ..ledger import accrue, balance_as_of, spend
from ..members.lookup import find_by_phone, parse_phone
from ..members.tokens import consume_redeem_token
from .context import EventContext
from .member_lock import lock_member
from .payloads import SaleFinished, parse_payload, require_aware


def _check_totals(p: SaleFinished) -> None:
    for name in ("accrual_points", "redeem_points", "gift_points"):
        lines_total = sum((getattr(line, name) or 0) for line in p.lines)
        if lines_total != getattr(p, name):
            raise HubError(f"payload.{name} is {getattr(p, name)} but the lines add up to {lines_total}",
                           code="invalid_payload", field=f"payload.{name}")
    numbers = [line.line_no for line in p.lines]
    if len(set(numbers)) != len(numbers):
        raise HubError("payload.lines: line_no values must be unique", code="invalid_payload",
                       field="payload.lines")


def apply_sale_finished(ctx: EventContext, payload: dict) -> dict:
    p: SaleFinished = parse_payload(SaleFinished, payload)
    _check_totals(p)
    s = ctx.session
    if s.scalar(select(Sale.id).where(Sale.receipt_no == p.receipt_no)) is not None:
        raise HubError(f"Receipt {p.receipt_no} was already recorded by another event.", code="duplicate_receipt",
                       field="payload.receipt_no")
    member = None
    if p.member_phone:
        member = find_by_phone(s, parse_phone(p.member_phone, "payload.member_phone"))
        if member is None:
            raise HubError("No member with this phone; send its member.registered event first.",
                           code="member_not_found", field="payload.member_phone")
    at = min(require_aware(p.sold_at, "payload.sold_at"), ctx.now)
    if member is not None:
        lock_member(s, member.member_id, ctx.now)
    sale = Sale(receipt_no=p.receipt_no, store=p.store, till=p.till, member_id=member and member.member_id,
                sold_at=at, offline=p.offline, accrual_points=p.accrual_points, redeem_points=p.redeem_points,
                gift_points=p.gift_points, event_id=ctx.event_id)
    s.add(sale)
    s.flush()
    for line in p.lines:
        s.add(SaleLine(sale_id=sale.id, line_no=line.line_no, sku=line.sku, qty=line.qty,
                       accrual_points=line.accrual_points, redeem_points=line.redeem_points,
                       gift_points=line.gift_points if line.gift_points else None))
    result: dict = {"member_id": None, "accrued_points": 0, "redeemed_points": 0, "gift_points": 0,
                    "flagged": False, "flag_reason": None, "balance": None}
    if member is None:
        if p.accrual_points or p.redeem_points or p.gift_points:
            raise HubError("Points without a member: set payload.member_phone.", code="invalid_payload",
                           field="payload.member_phone")
        s.flush()
        return result
    _, rules = recent_rules(s)
    common = dict(member_id=member.member_id, at=at, sale_id=sale.id, receipt_no=p.receipt_no,
                  event_id=ctx.event_id)
    reasons = []
    if p.redeem_points and not p.offline:
        problem = consume_redeem_token(s, ctx.hub, p.redeem_token, member.member_id, p.redeem_points,
                                       p.receipt_no, at)
        if problem:
            reasons.append(problem)
    if p.gift_points:
        spend(s, points=p.gift_points, kind="gift_redemption", **common)
    if p.redeem_points:
        spend(s, points=p.redeem_points, kind="redemption", **common)
    if p.accrual_points:
        accrue(s, points=p.accrual_points, rules=rules, **common)
    balance = balance_as_of(s, member.member_id, ctx.now)
    if p.offline and balance.available < 0:
        reasons.append("offline sale took the balance below zero")
    if reasons:
        sale.flagged, sale.flag_reason = True, "; ".join(reasons)
    result.update(member_id=member.member_id, accrued_points=p.accrual_points, redeemed_points=p.redeem_points,
                  gift_points=p.gift_points, flagged=sale.flagged, flag_reason=sale.flag_reason,
                  balance=balance.to_dict())
    return result
