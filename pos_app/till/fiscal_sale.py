"""The order of a fiscal sale or return, and the recovery after a crash (no store of its own: it drives
``pos_app.sales`` and a ``pos_app.fiscal`` register).

1. check everything that can be checked without the register (quote, payment; the return's preview);
2. ``pending.begin``: the attempt's ``key`` and all that is needed to finish it, durably;
3. ``register.register(document, key)``;
4. ``finish_sale``/``perform_return`` with the register's answer: the sale, its outbox event and the
   deletion of the pending row in one transaction.

A refusal the register gives before it began (``FiscalError.registered is False``) drops the pending row
and reaches the cashier: nothing was signed, nothing is written. An unknown outcome (no answer, paper out
in the middle) is asked at once with ``find(key)``; if the register does not answer that either, the row
stays ``registering`` and ``recover`` settles it later (at start-up, or when the cashier retries)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Callable

from pos_app.fiscal import FiscalError, FiscalReceipt, FiscalRef, FiscalRegister, SourceLine, build_document
from pos_app.loyalty import Rules
from pos_app.sales import FinishedReturn, FinishedSale, SaleDraft, draft_from_dict, draft_to_dict, finish_sale
from pos_app.sales import find_sale, pending_documents, perform_return, preview_return, quote_draft
from pos_app.sales.outbox import iso
from pos_app.sales.pending import REGISTERING, UNSIGNED, begin, drop, mark_unsigned
from pos_app.sales.tenders import check_payment
from pos_app.store import Store
from pos_app.store.models import utcnow


def _new_key() -> str:
    return str(uuid.uuid4())


def _fiscal(receipt: FiscalReceipt, points_mode: str, original: dict | None = None) -> dict:
    data = {**receipt.to_dict(), "points_on_receipt": points_mode}
    if original:
        data["original"] = original
    return data


def _sign(register: FiscalRegister, store: Store, document, key: str) -> tuple[FiscalReceipt, str | None]:
    """Step 3 with its error handling; returns the signed receipt and a warning code (paper out after
    signing), or raises ``FiscalError`` (the pending row dropped when nothing was signed, else left)."""
    try:
        return register.register(document, key), None
    except FiscalError as exc:
        if exc.registered is False:
            drop(store, key, refused=True)
            raise
        try:
            found = register.find(key)
        except FiscalError:
            raise exc from None  # still unknown: the row stays "registering" for ``recover``
        if found is None:  # not signed; the basket is still on the cashier's screen
            drop(store, key, refused=True)
            exc.registered = False
            raise
        return found, exc.code


def settle_first(store: Store, register: FiscalRegister) -> None:
    """Before a new document: settle any left ``registering`` (the register stopped answering, or a
    crash). Selling on while one is unknown could sign the same basket twice when the cashier retries, so:
    still unknown -> ``fiscal_previous_unknown``; signed and now finished -> ``fiscal_previous_finished``
    (``finished``: the receipt numbers; the cashier checks before selling the basket again)."""
    if not pending_documents(store, REGISTERING):
        return
    outcome = recover(store, register)
    if outcome.unresolved:
        raise FiscalError("fiscal_previous_unknown", registered=False, keys=list(outcome.unresolved))
    if outcome.finished:
        raise FiscalError("fiscal_previous_finished", registered=False, finished=list(outcome.finished))


def points_text(draft: SaleDraft, accrual: int, points_spent: int) -> tuple[str, ...]:
    """Non-fiscal lines for the register's receipt: the loyalty figures (never titled as a receipt)."""
    if not draft.member_phone:
        return ()
    text = [f"Бонусная карта: ***{draft.member_phone[-4:]}"]
    if points_spent:
        text.append(f"Списано баллов: {points_spent}")
    if accrual:
        text.append(f"Начислено баллов: {accrual}")
    if draft.balance_before is not None:
        text.append(f"Баланс: {draft.balance_before - points_spent}")
    return tuple(text)


def sale_document(draft: SaleDraft, rules: Rules, *, points_mode: str, cashier_name: str,
                  customer_contact: str | None = None):
    q = quote_draft(draft, rules)
    settled = check_payment(draft.tenders, q.to_pay)
    lines = [SourceLine(no, ln.name, Decimal("0.00") if ln.product.is_gift else ln.price, ln.qty, ln.product.vat,
                        ln.category, lq.bonus_payment)
             for no, (ln, lq) in enumerate(zip(draft.lines, q.lines), start=1)]
    accrual = q.accrual_points if draft.member_phone else 0
    return build_document("sale", lines, [(t.kind, t.amount) for t in settled.tenders], cashier=cashier_name,
                          points_mode=points_mode, customer_contact=customer_contact,
                          text=points_text(draft, accrual, q.points_spent))


def register_sale(store: Store, register: FiscalRegister, draft: SaleDraft, rules: Rules, *, store_id: str,
                  till_id: str, rules_version: int | None = None, catalog_version: int | None = None,
                  points_mode: str = "discount",
                  cashier_name: str | None = None, customer_contact: str | None = None,
                  now: datetime | None = None, step: Callable[[str], None] | None = None) -> FinishedSale:
    """A sale, fiscalized exactly once (steps 1-4 above). ``step`` (tests) is told "pending", "signed"."""
    settle_first(store, register)
    document = sale_document(draft, rules, points_mode=points_mode, cashier_name=cashier_name or draft.cashier,
                             customer_contact=customer_contact)
    key, sold_at = _new_key(), now or utcnow()
    begin(store, key, "sale", draft.cashier, {
        "draft": draft_to_dict(draft), "rules": rules.to_dict(), "rules_version": rules_version,
        "catalog_version": catalog_version,
        "store_id": store_id, "till_id": till_id, "points_mode": points_mode, "sold_at": iso(sold_at),
        "document": document.to_dict()}, sold_at)
    if step:
        step("pending")
    receipt, warning = _sign(register, store, document, key)
    if step:
        step("signed")
    done = finish_sale(store, draft, rules, store_id=store_id, till_id=till_id, rules_version=rules_version,
                       catalog_version=catalog_version, now=sold_at, fiscal=_fiscal(receipt, points_mode),
                       pending_key=key)
    return FinishedSale(**{**done.__dict__, "fiscal_warning": warning})


def return_document(store: Store, receipt_no: str, quantities: dict[int, int], *, points_mode: str,
                    cashier_name: str):
    sale = find_sale(store, receipt_no)
    preview = preview_return(store, receipt_no, quantities)
    by_no = {ln.line_no: ln for ln in sale.lines}
    lines = []
    for p in preview.lines:
        ln = by_no[p.line_no]
        full = ln.price * p.qty  # this quantity's share at full price (exact)
        lines.append(SourceLine(p.line_no, ln.name, ln.price, p.qty, ln.vat, ln.category,
                                bonus_payment=full - p.refund, amount=full))
    kinds = {k for k, amount in sale.tenders if amount > 0}
    tender = kinds.pop() if len(kinds) == 1 else "cash"
    original = sale.fiscal
    ref = FiscalRef(original["number"], original["fiscal_sign"], original["fn_number"],
                    original.get("registered_at", "")) if original else None
    document = build_document("return", lines, [(tender, preview.refund)], cashier=cashier_name,
                              points_mode=points_mode, original=ref)
    return document, ref


def register_return(store: Store, register: FiscalRegister, receipt_no: str, quantities: dict[int, int], *,
                    cashier: str, supervisor: str | None, store_id: str, till_id: str, points_mode: str = "discount",
                    cashier_name: str | None = None, now: datetime | None = None) -> FinishedReturn:
    settle_first(store, register)
    document, ref = return_document(store, receipt_no, quantities, points_mode=points_mode,
                                    cashier_name=cashier_name or cashier)
    key, at = _new_key(), now or utcnow()
    begin(store, key, "return", cashier, {
        "receipt_no": receipt_no, "quantities": {str(k): v for k, v in quantities.items()}, "cashier": cashier,
        "supervisor": supervisor, "store_id": store_id, "till_id": till_id, "points_mode": points_mode,
        "returned_at": iso(at), "document": document.to_dict(),
        "original": _ref_dict(ref)}, at)
    receipt, warning = _sign(register, store, document, key)
    done = perform_return(store, receipt_no, quantities, cashier=cashier, supervisor=supervisor, store_id=store_id,
                          till_id=till_id, now=at, fiscal=_fiscal(receipt, points_mode, _ref_dict(ref)),
                          pending_key=key)
    return FinishedReturn(**{**done.__dict__, "fiscal_warning": warning})


def _ref_dict(ref: FiscalRef | None) -> dict | None:
    return None if ref is None else {"number": ref.number, "fiscal_sign": ref.fiscal_sign, "fn_number": ref.fn_number}


@dataclass(frozen=True)
class Recovery:
    finished: tuple[str, ...] = ()  # receipt or return numbers finished from a signed document
    given_back: tuple[str, ...] = ()  # keys of documents not signed: the cashier gets them back
    unresolved: tuple[str, ...] = ()  # keys still unknown (the register did not answer)


def recover(store: Store, register: FiscalRegister) -> Recovery:
    """Settle every document left ``registering`` by a crash (or by a register that stopped answering)."""
    finished, given_back, unresolved = [], [], []
    for p in pending_documents(store, REGISTERING):
        try:
            receipt = register.find(p.key)
        except FiscalError:
            unresolved.append(p.key)
            continue
        if receipt is None:
            mark_unsigned(store, p.key)
            given_back.append(p.key)
            continue
        d = p.payload
        if p.kind == "sale":
            done = finish_sale(store, draft_from_dict(d["draft"]), Rules.from_dict(d["rules"]), store_id=d["store_id"],
                               till_id=d["till_id"], rules_version=d["rules_version"],
                               catalog_version=d.get("catalog_version"), now=datetime.fromisoformat(d["sold_at"]),
                               fiscal=_fiscal(receipt, d["points_mode"]), pending_key=p.key)
            finished.append(done.receipt_no)
        else:
            done = perform_return(store, d["receipt_no"], {int(k): v for k, v in d["quantities"].items()},
                                  cashier=d["cashier"], supervisor=d["supervisor"], store_id=d["store_id"],
                                  till_id=d["till_id"], now=datetime.fromisoformat(d["returned_at"]),
                                  fiscal=_fiscal(receipt, d["points_mode"], d.get("original")), pending_key=p.key)
            finished.append(done.return_no)
    return Recovery(tuple(finished), tuple(given_back), tuple(unresolved))


@dataclass(frozen=True)
class PendingBasket:
    """A sale or return the register did not sign, handed back to the cashier (pay again, or drop)."""

    key: str
    kind: str
    created_at: datetime
    cashier: str
    draft: SaleDraft | None  # a sale's basket, tenders and member
    receipt_no: str | None = None  # a return: the sale it returned from
    quantities: dict[int, int] | None = None
    total: Decimal = Decimal("0.00")


def given_back(store: Store) -> list[PendingBasket]:
    out = []
    for p in pending_documents(store, UNSIGNED):
        d = p.payload
        total = sum((Decimal(ln["amount"]) for ln in d["document"]["lines"]), Decimal("0.00"))
        if p.kind == "sale":
            out.append(PendingBasket(p.key, p.kind, p.created_at, p.cashier, draft_from_dict(d["draft"]), total=total))
        else:
            out.append(PendingBasket(p.key, p.kind, p.created_at, p.cashier, None, d["receipt_no"],
                                     {int(k): v for k, v in d["quantities"].items()}, total))
    return out


__all__ = ["PendingBasket", "Recovery", "given_back", "recover", "register_return", "register_sale"]
