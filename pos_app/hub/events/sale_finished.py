"""``sale.finished``: the till's own per-line figures become ledger movements.

The hot path of the hub, in the event's transaction: lock the member by phone (one statement); insert
the sale unless its receipt is taken, its lines, and read the member's open lots and available points
(one statement on PostgreSQL, three on SQLite; the snapshot is also the expiry check); the accrual lot
and movement (one statement on PostgreSQL, two on SQLite). All of it is raw statements on the event's
connection (``db.hot_sql``). The balance is that snapshot plus the new lot. Spending points (rarer) goes
through the ORM session and the balance is read back."""

from __future__ import annotations

import json

from sqlalchemy import Connection, select, update

from ..catalog.rules import recent_rules
from ..db import hot_sql, raw
from ..db.models import LedgerSale
from ..errors import ApiError
from ..ledger import accrue, balance_as_of, spend
from ..ledger.balance import balance_from
from ..ledger.snapshot import LedgerSnapshot, from_raw_rows, read_snapshot_on
from ..members.lookup import parse_phone
from ..members.tokens import consume_redeem_token
from .context import EventContext
from .member_lock import lock_member_by_phone, settle
from .payloads import SaleFinished, event_time, parse_payload

SALES = LedgerSale.__table__


def _check_totals(p: SaleFinished) -> None:
    for name in ("accrual_points", "redeem_points", "gift_points"):
        lines_total = sum((getattr(line, name) or 0) for line in p.lines)
        if lines_total != getattr(p, name):
            raise ApiError(f"payload.{name} is {getattr(p, name)} but the lines add up to {lines_total}",
                           code="invalid_payload", field=f"payload.{name}")
    numbers = [line.line_no for line in p.lines]
    if len(set(numbers)) != len(numbers):
        raise ApiError("payload.lines: line_no values must be unique", code="invalid_payload",
                       field="payload.lines")


def _duplicate_receipt(receipt_no: str) -> ApiError:
    return ApiError(f"Receipt {receipt_no} was already recorded by another event.", code="duplicate_receipt",
                    field="payload.receipt_no")


def _refuse_recorded_receipt(conn: Connection, receipt_no: str) -> None:
    """A receipt already recorded is the first thing to say about an event (before its other faults)."""
    if conn.scalar(select(SALES.c.id).where(SALES.c.receipt_no == receipt_no)) is not None:
        raise _duplicate_receipt(receipt_no)


def _locked_member(ctx: EventContext, p: SaleFinished) -> str | None:
    if not p.member_phone:
        return None
    member_id = lock_member_by_phone(ctx.conn, parse_phone(p.member_phone, "payload.member_phone"))
    if member_id is None:
        raise ApiError("No member with this phone; send its member.registered event first.",
                       code="member_not_found", field="payload.member_phone")
    return member_id


def _insert_sale(ctx: EventContext, p: SaleFinished, member_id: str | None, at) -> tuple[int, LedgerSnapshot | None]:
    """The sale and its lines, unless the receipt is taken (``duplicate_receipt``), and the member's
    ledger as of now read after them (None without a member)."""
    conn = ctx.conn
    sale = {"receipt_no": p.receipt_no, "store": p.store, "till": p.till, "member_id": member_id,
            "sold_at": raw.time_in(conn, at), "offline": p.offline, "accrual_points": p.accrual_points,
            "redeem_points": p.redeem_points, "gift_points": p.gift_points, "event_id": ctx.event_id}
    lines = [{"line_no": line.line_no, "sku": line.sku, "qty": line.qty, "accrual_points": line.accrual_points,
              "redeem_points": line.redeem_points, "gift_points": line.gift_points if line.gift_points else None}
             for line in p.lines]
    if conn.dialect.name == "postgresql":  # one round trip
        rows = raw.run(conn, hot_sql.SALE_WITH_LINES_AND_LEDGER, {
            **sale, "lines": json.dumps(lines), "now": raw.time_in(conn, ctx.now)})
        sale_id = next(row[1] for row in rows if row[0] == 2)
        if sale_id is None:
            raise _duplicate_receipt(p.receipt_no)
        return sale_id, from_raw_rows(rows, ctx.now) if member_id else None
    inserted = raw.run(conn, hot_sql.INSERT_SALE, sale)
    if not inserted:
        raise _duplicate_receipt(p.receipt_no)
    sale_id = inserted[0][0]
    raw.run_many(conn, hot_sql.INSERT_SALE_LINE, [{**line, "sale_id": sale_id} for line in lines])
    return sale_id, read_snapshot_on(conn, member_id, ctx.now) if member_id else None


def apply_sale_finished(ctx: EventContext, payload: dict) -> dict:
    p: SaleFinished = parse_payload(SaleFinished, payload)
    _check_totals(p)
    conn = ctx.conn
    try:
        member_id = _locked_member(ctx, p)
        at = event_time(p.sold_at, "payload.sold_at", ctx.now)
        if member_id is None and (p.accrual_points or p.redeem_points or p.gift_points):
            raise ApiError("Points without a member: set payload.member_phone.", code="invalid_payload",
                           field="payload.member_phone")
    except ApiError:
        _refuse_recorded_receipt(conn, p.receipt_no)
        raise
    sale_id, snapshot = _insert_sale(ctx, p, member_id, at)
    result: dict = {"member_id": None, "accrued_points": 0, "redeemed_points": 0, "gift_points": 0,
                    "flagged": False, "flag_reason": None, "balance": None}
    if member_id is None or snapshot is None:
        return result
    if snapshot.expiry_due:  # expiries due are written before anything is spent (rare: a session then)
        snapshot = settle(ctx.session, member_id, snapshot)
    common = dict(member_id=member_id, at=at, sale_id=sale_id, receipt_no=p.receipt_no, event_id=ctx.event_id)
    reasons = []
    if p.redeem_points and not p.offline:
        problem = consume_redeem_token(ctx.session, ctx.hub, p.redeem_token, member_id, p.redeem_points, p.receipt_no, at)
        if problem:
            reasons.append(problem)
    if p.gift_points or p.redeem_points:
        snapshot = None  # spending changes lots: the balance is read back
    if p.gift_points:
        spend(ctx.session, points=p.gift_points, kind="gift_redemption", **common)
    if p.redeem_points:
        spend(ctx.session, points=p.redeem_points, kind="redemption", **common)
    if p.accrual_points:
        lot = accrue(conn, points=p.accrual_points, rules=recent_rules(conn)[1], **common)
        if snapshot is not None and lot.expires_at > ctx.now:  # the member is locked: add the lot just written
            snapshot = snapshot.with_lot(lot.lot_id, p.accrual_points, lot.available_at, lot.expires_at)
        else:
            snapshot = None
    balance = balance_from(snapshot) if snapshot is not None else balance_as_of(ctx.session, member_id, ctx.now)
    if p.offline and balance.available < 0:
        reasons.append("offline sale took the balance below zero")
    flag_reason = "; ".join(reasons) or None
    if flag_reason:
        conn.execute(update(SALES).where(SALES.c.id == sale_id).values(flagged=True, flag_reason=flag_reason))
    result.update(member_id=member_id, accrued_points=p.accrual_points, redeemed_points=p.redeem_points,
                  gift_points=p.gift_points, flagged=bool(flag_reason), flag_reason=flag_reason,
                  balance=balance.to_dict())
    return result
