"""Finishing a sale: one BEGIN IMMEDIATE transaction writes the sale, its lines and tenders
and its ``sale.finished`` outbox event. ``finish_sale`` returns only after the commit is on
disk (synchronous=FULL); only then may the receipt print."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from pos_app.loyalty import LoyaltyError, Quote, QuoteRequest, Rules, limits, quote
from pos_app.loyalty.money import to_minor_units
from pos_app.store import Store
from pos_app.store.models import SaleRow, SaleLineRow, SaleTender, utcnow

from .draft import SaleDraft
from .errors import SaleError
from .numbering import next_sale_seq, receipt_number
from .outbox import enqueue, new_event_id
from .pending import delete_in
from .payloads import sale_finished
from .tenders import check_payment


@dataclass(frozen=True)
class FinishedSale:
    receipt_no: str
    sold_at: datetime
    event_id: str
    quote: Quote
    change: Decimal
    accrual_points: int  # as recorded: 0 without a member (the quote still says what a member would earn)
    fiscal: dict | None = None  # the register's answer (None: not fiscalized)
    fiscal_warning: str | None = None  # a fiscal_* code the register raised after signing (e.g. paper out)


def check_limits(draft: SaleDraft) -> None:
    """The sale within the limits of an event (``pos_app.loyalty.limits``), as the hub checks them: what
    the till commits, the hub can apply. ``SaleError`` invalid_qty (quantity), invalid_line (a line's SKU,
    name, price or points), invalid_points (points to spend), tender_invalid (a tender)."""
    if len(draft.lines) > limits.MAX_LINES:
        raise SaleError("invalid_line", f"At most {limits.MAX_LINES} lines a sale.", "lines")
    try:
        for i, line in enumerate(draft.lines):
            limits.check_qty(line.qty, f"lines[{i}].qty")
            limits.check_sale_line(f"lines[{i}]", sku=line.sku, name=line.name, price=line.price, qty=line.qty,
                                   bonus_points=line.bonus_points, gift_points=line.gift_points)
        if draft.redeem_points != "max":
            limits.check_points(draft.redeem_points, "redeem_points")
        for i, tender in enumerate(draft.tenders):
            limits.check_money(tender.amount, f"tenders[{i}].amount")
    except LoyaltyError as exc:
        field = exc.field or ""
        code = ("invalid_qty" if field.endswith(".qty") else "invalid_points" if field == "redeem_points"
                else "tender_invalid" if field.startswith("tenders") else "invalid_line")
        raise SaleError(code, exc.message, exc.field, max_qty=limits.MAX_QTY) from None


def quote_draft(draft: SaleDraft, rules: Rules) -> Quote:
    """The rules engine's quote for this draft (raises ``SaleError`` on refusal)."""
    if not draft.lines:
        raise SaleError("empty_basket", "The basket is empty; scan a product first.", "lines")
    check_limits(draft)
    if draft.redeem_points and not draft.member_phone:
        raise SaleError("no_member", "Points can be spent only by a member; look the member up first.", "member_phone")
    request = QuoteRequest(
        lines=tuple(ln.to_line() for ln in draft.lines),
        rules=rules,
        available_points=max(draft.available_points, 0),
        tender=draft.quote_tender,
        redeem_points=draft.redeem_points,
    )
    try:
        return quote(request)
    except LoyaltyError as exc:
        raise SaleError(exc.code, exc.message, exc.field) from exc


def finish_sale(
    store: Store, draft: SaleDraft, rules: Rules, *, store_id: str, till_id: str,
    rules_version: int | None = None, catalog_version: int | None = None, now: datetime | None = None,
    fiscal: dict | None = None, pending_key: str | None = None,
) -> FinishedSale:
    """Commit the sale quoted with ``rules`` (``rules_version``) and the products of ``catalog_version``;
    its event carries both versions, so the hub recomputes it as the till quoted it. ``fiscal``: the
    register's answer (``FiscalReceipt.to_dict()`` plus ``points_on_receipt``), kept on the sale and sent in
    its event; ``pending_key``: the ``fiscal_pending`` row this sale finishes (deleted in the same
    transaction)."""
    q = quote_draft(draft, rules)
    settled = check_payment(draft.tenders, q.to_pay)
    sold_at = now or utcnow()
    event_id = new_event_id()
    credit = draft.quote_tender == "credit"
    member = draft.member_phone is not None
    with store.write() as session:
        seq = next_sale_seq(session)
        sale = SaleRow(
            seq=seq, receipt_no=receipt_number(store_id, till_id, seq), store=store_id, till=till_id,
            sold_at=sold_at, cashier=draft.cashier, shift_id=draft.shift_id, member_phone=draft.member_phone,
            tender=draft.tender_label, total_minor=to_minor_units(q.total),
            bonus_payment_minor=to_minor_units(q.bonus_payment), to_pay_minor=to_minor_units(q.to_pay),
            change_minor=to_minor_units(settled.change), redeem_points=q.redeem_points,
            gift_points=q.gift_points, accrual_points=q.accrual_points if member else 0, offline=draft.offline,
            supervisor=draft.supervisor, redeem_token=draft.redeem_token, rules_version=rules_version,
            catalog_version=catalog_version,
            balance_after=draft.balance_before - q.points_spent if member and draft.balance_before is not None else None,
            event_id=event_id, fiscal_json=json.dumps(fiscal, ensure_ascii=False) if fiscal else None,
        )
        for no, (line, lq) in enumerate(zip(draft.lines, q.lines), start=1):
            sale.lines.append(SaleLineRow(
                line_no=no, sku=line.sku, name=line.name, category=line.category,
                price_minor=to_minor_units(line.price) if line.gift_points is None else 0, qty=line.qty,
                bonus_points=line.bonus_points, on_sale=line.on_sale, credit=credit,
                gift_points=line.gift_points, eligible=lq.eligible, reason=lq.reason,
                redeem_points=lq.redeem_points, bonus_payment_minor=to_minor_units(lq.bonus_payment),
                accrual_points=lq.accrual_points if member else 0, vat=line.product.vat,
            ))
        for idx, t in enumerate(settled.tenders):
            sale.tenders.append(SaleTender(idx=idx, kind=t.kind, amount_minor=to_minor_units(t.amount)))
        delete_in(session, pending_key)
        session.add(sale)
        session.flush()
        enqueue(session, "sale.finished", sale_finished(sale), sold_at, event_id)
    return FinishedSale(receipt_no=sale.receipt_no, sold_at=sold_at, event_id=event_id, quote=q, change=settled.change,
                        accrual_points=sale.accrual_points, fiscal=fiscal)
