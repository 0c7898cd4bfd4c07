"""``sale.finished``: the sale, recomputed by the hub (``verify_sale``), becomes ledger movements.

The hot path of the hub, in the event's transaction: recompute the quote at the till's versions (rules
and catalog items read from memory once seen), insert the sale unless its receipt is taken, with
its member found by phone and locked in the same statement; its lines; read the member's open lots and
available points (the snapshot is also the expiry check); write the accrual lot and movement. The
balance is that snapshot plus the new lot. Without points to spend that is all Core statements on the
connection (``needs_no_session``); spending points (rarer) goes through the ORM, in a session, and the
balance is read back."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ..catalog.rules import recent_rules
from ..db.compiled import Compiled
from ..db.models import LedgerSale, LedgerSaleLine, Member
from ..errors import ApiError
from ..ledger import accrue, balance_as_of, spend
from ..ledger.balance import balance_from
from ..ledger.snapshot import read_snapshot
from ..members.lookup import parse_phone, program_region
from ..members.tokens import consume_redeem_token
from .context import EventContext
from .member_lock import MEMBER_LOCKED_BY_PHONE, write_expiries_due
from .payloads import SaleFinished, event_time, parse_payload
from .verify_sale import Verdict, flag_text, verify_sale

SALES = LedgerSale.__table__
SALE_LINES = LedgerSaleLine.__table__

MEMBERS = Member.__table__

# The new sale's id and member (found and locked by ``phone``; NULL when there is none), or no row when
# the receipt is already recorded: ON CONFLICT is each dialect's insert.
_INSERT_SALE = {name: Compiled(dialect.insert(SALES).values(member_id=MEMBER_LOCKED_BY_PHONE)
                .on_conflict_do_nothing(index_elements=[SALES.c.receipt_no]).returning(SALES.c.id, SALES.c.member_id))
                for name, dialect in (("postgresql", postgresql), ("sqlite", sqlite))}
_MEMBER_BY_PHONE = Compiled(select(MEMBERS.c.member_id).where(MEMBERS.c.phone == bindparam("phone")))
_MEMBER_CONFIRMED = Compiled(select(MEMBERS.c.confirmed).where(MEMBERS.c.member_id == bindparam("member_id")))
_INSERT_LINE = Compiled(SALE_LINES.insert())
_RECORDED = Compiled(select(SALES.c.id).where(SALES.c.receipt_no == bindparam("receipt_no")))
_FLAG = Compiled(update(SALES).where(SALES.c.id == bindparam("sale_id"))
                 .values(flagged=True, flag_reason=bindparam("reason")))


def needs_no_session(payload: dict) -> bool:
    """A sale that spends no points is written with Core statements alone."""
    return not (payload.get("redeem_points") or payload.get("gift_points"))


def _check_totals(p: SaleFinished) -> None:
    for name in ("accrual_points", "redeem_points", "gift_points"):
        per_unit = name == "gift_points"  # a line's gift_points are per unit (the catalog's figure)
        lines_total = sum((getattr(line, name) or 0) * (line.qty if per_unit else 1) for line in p.lines)
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


def _refuse_recorded_receipt(ctx: EventContext, receipt_no: str) -> None:
    """A receipt already recorded is the first thing to say about an event (before its other faults)."""
    if _RECORDED.scalar(ctx.tx, {"receipt_no": receipt_no}) is not None:
        raise _duplicate_receipt(receipt_no)


def _member_not_found() -> ApiError:
    return ApiError("No member with this phone; send its member.registered event first.", code="member_not_found",
                    field="payload.member_phone")


def _insert_sale(ctx: EventContext, p: SaleFinished, phone: str | None, at: datetime,
                 verdict: Verdict | None) -> tuple[int, str | None]:
    """The sale (with its member, locked) and its lines, with the accrual the hub applies, unless the
    receipt is taken (``duplicate_receipt``) or there is no member with ``phone`` (``member_not_found``):
    (sale id, member id)."""
    tx = ctx.tx
    accrual = verdict.accrual if verdict is not None else [0] * len(p.lines)
    dialect = (tx.get_bind() if isinstance(tx, Session) else tx).dialect.name
    row = _INSERT_SALE[dialect].first(tx, {
        "phone": phone, "receipt_no": p.receipt_no, "store": p.store, "till": p.till, "sold_at": at,
        "offline": p.offline, "status": "finished", "flagged": False, "flag_reason": None,
        "accrual_points": sum(accrual), "redeem_points": p.redeem_points, "gift_points": p.gift_points,
        "event_id": ctx.event_id, "rules_version": verdict.rules_version if verdict else p.rules_version,
        "catalog_version": verdict.catalog_version if verdict else p.catalog_version})
    if row is None:
        raise _duplicate_receipt(p.receipt_no)
    sale_id, member_id = row
    if phone is not None and member_id is None:
        raise _member_not_found()
    _INSERT_LINE.many(tx, [
        {"sale_id": sale_id, "line_no": line.line_no, "sku": line.sku, "qty": line.qty,
         "accrual_points": points, "redeem_points": line.redeem_points,
         "gift_points": line.gift_points if line.gift_points else None, "returned_qty": 0}
        for line, points in zip(p.lines, accrual)])
    return sale_id, member_id


def _refusal_first(ctx: EventContext, p: SaleFinished) -> tuple[str | None, datetime]:
    """(the member's phone, the sale's time), or the payload's first fault as a till is told it: the
    receipt already recorded, an invalid phone, no member with it, an invalid time, points without a
    member. The member is looked up here only when a later check fails (else by the sale's insert)."""
    try:
        phone = (parse_phone(p.member_phone, "payload.member_phone", program_region(ctx.tx))
                 if p.member_phone else None)
        try:
            at = event_time(p.sold_at, "payload.sold_at", ctx.now)
            if phone is None and (p.accrual_points or p.redeem_points or p.gift_points):
                raise ApiError("Points without a member: set payload.member_phone.", code="invalid_payload",
                               field="payload.member_phone")
        except ApiError:
            if phone is not None and _MEMBER_BY_PHONE.scalar(ctx.tx, {"phone": phone}) is None:
                raise _member_not_found() from None
            raise
    except ApiError:
        _refuse_recorded_receipt(ctx, p.receipt_no)
        raise
    return phone, at


def apply_sale_finished(ctx: EventContext, payload: dict) -> dict:
    p: SaleFinished = parse_payload(SaleFinished, payload)
    _check_totals(p)
    phone, at = _refusal_first(ctx, p)
    verdict = verify_sale(ctx.tx, p, at) if phone is not None else None  # no member: no points move
    sale_id, member_id = _insert_sale(ctx, p, phone, at, verdict)
    result: dict = {"member_id": None, "accrued_points": 0, "redeemed_points": 0, "gift_points": 0,
                    "flagged": False, "flag_reason": None, "flags": [], "balance": None}
    if member_id is None:
        return result
    snapshot = read_snapshot(ctx.tx, member_id, ctx.now)  # after the lock: the ledger as it is
    if snapshot.expiry_due:  # expiries due are written before anything is spent (rare: a session then)
        snapshot = write_expiries_due(ctx.session, member_id, snapshot)
    common = dict(member_id=member_id, at=at, sale_id=sale_id, receipt_no=p.receipt_no, event_id=ctx.event_id)
    flags = list(verdict.flags)
    spent = p.redeem_points + p.gift_points  # gifts count with redeemed points: one code for all of them
    if spent and not p.offline:
        problem = consume_redeem_token(ctx.session, ctx.hub, p.redeem_token, member_id, spent, p.receipt_no, at)
        if problem:
            flags.append(problem)
    if spent and not _MEMBER_CONFIRMED.scalar(ctx.tx, {"member_id": member_id}):
        flags.append(("member_unconfirmed", "points spent by a member whose phone is not confirmed (registered offline)"))
    if spent:
        snapshot = None  # spending changes lots: the balance is read back
    if p.gift_points:
        spend(ctx.session, points=p.gift_points, kind="gift_redemption", **common)
    if p.redeem_points:
        spend(ctx.session, points=p.redeem_points, kind="redemption", **common)
    accrued = verdict.accrual_points
    rules = recent_rules(ctx.tx)[1]
    if accrued:
        lot = accrue(ctx.tx, points=accrued, rules=rules, **common)
        if snapshot is not None and lot.expires_at > ctx.now:  # the member is locked: add the lot just written
            snapshot = snapshot.with_lot(lot.lot_id, accrued, lot.available_at, lot.expires_at)
        else:
            snapshot = None
    balance = (balance_from(snapshot, zone=rules.zone) if snapshot is not None
               else balance_as_of(ctx.session, member_id, ctx.now, rules.zone))
    if (spent or p.offline) and balance.available < 0:  # offline sales: today's rule
        flags.append(("offline_below_zero" if p.offline else "below_zero",
                      f"{'offline ' if p.offline else ''}sale took the balance below zero ({balance.available})"))
    flag_reason = flag_text(flags)
    if flag_reason:
        _FLAG.rows(ctx.tx, {"sale_id": sale_id, "reason": flag_reason})
    result.update(member_id=member_id, accrued_points=accrued, redeemed_points=p.redeem_points,
                  gift_points=p.gift_points, flagged=bool(flag_reason), flag_reason=flag_reason,
                  flags=list(dict.fromkeys(code for code, _ in flags)), balance=balance.to_dict())
    return result
