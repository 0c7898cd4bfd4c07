"""Documents to template contexts: every value formatted for the customer, in Russian.

Optional amounts that are zero become ``None`` so templates can write ``@if bonus_payment``.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pos_app.loyalty import format_money, mask_phone

from .documents import (
    BalanceSlip,
    RegistrationSlip,
    ReturnReceipt,
    SaleReceipt,
    ShiftLoyaltyReport,
    StoreInfo,
)

NOT_PAYABLE = {
    "gift": "подарок за баллы",
    "excluded_category": "товар не участвует в программе",
    "sale_item": "акционный товар",
    "credit": "покупка в кредит",
}
TENDERS = {"cash": "Наличные", "card": "Банковская карта", "credit": "Кредит"}
MOVEMENTS = {
    "accrual": "Начисление",
    "redemption": "Оплата баллами",
    "gift_redemption": "Подарок за баллы",
    "return_annulment": "Списание (возврат)",
    "return_refund": "Возврат баллов",
    "expiry": "Сгорание",
    "adjustment": "Корректировка",
    "review_award": "За отзыв",
    "cancellation": "Отмена чека",
}


def money(amount: Decimal) -> str:
    return format_money(amount)


def money_or_none(amount: Decimal) -> str | None:
    return format_money(amount) if amount else None


def qty(value: Decimal | int) -> str:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def day(value: date | None) -> str | None:
    return value.strftime("%d.%m.%Y") if value else None


def moment(value: datetime | None) -> str | None:
    """Local wall-clock time: aware datetimes (e.g. UTC from the store) are shown in the till's zone."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%d.%m.%Y %H:%M")


def signed(points: int) -> str:
    return f"+{points}" if points > 0 else str(points)


def phone(e164: str | None) -> str | None:
    return mask_phone(e164) if e164 else None


def store(info: StoreInfo) -> dict[str, Any]:
    return {"name": info.name, "address": info.address or None, "till": info.till or None}


def tenders(items) -> list[dict[str, Any]]:
    return [{"name": TENDERS.get(t.kind, t.kind), "amount": money(t.amount)} for t in items]


def sale_context(doc: SaleReceipt) -> dict[str, Any]:
    lines = []
    for no, line in enumerate(doc.lines, start=1):
        reason = NOT_PAYABLE.get(line.not_payable_reason or "", line.not_payable_reason)
        lines.append({
            "no": no, "name": line.name, "qty": qty(line.qty), "price": money(line.price),
            "amount": money(line.amount), "points_spent": line.points_spent or None,
            "bonus_payment": money_or_none(line.bonus_payment), "reason": reason, "mark": "*" if reason else "",
        })
    return {
        "store": store(doc.store), "receipt_no": doc.receipt_no, "time": moment(doc.sold_at),
        "cashier": doc.cashier, "lines": lines, "has_marks": any(line["reason"] for line in lines),
        "total": money(doc.total), "bonus_payment": money_or_none(doc.bonus_payment),
        "points_spent": doc.points_spent or None, "gift_points": doc.gift_points or None,
        "to_pay": money(doc.to_pay), "tenders": tenders(doc.tenders), "change": money_or_none(doc.change),
        "member": doc.member_phone is not None, "phone": phone(doc.member_phone),
        "points_earned": doc.points_earned or None, "available_on": day(doc.points_available_on),
        "balance_after": doc.balance_after, "has_balance": doc.balance_after is not None, "offline": doc.offline,
        "fiscal_number": doc.fiscal_number, "fiscal_sign": doc.fiscal_sign,
    }


def return_context(doc: ReturnReceipt) -> dict[str, Any]:
    lines = [
        {"no": no, "name": line.name, "qty": qty(line.qty), "price": money(line.price), "amount": money(line.amount)}
        for no, line in enumerate(doc.lines, start=1)
    ]
    return {
        "store": store(doc.store), "return_no": doc.return_no, "receipt_no": doc.original_receipt_no,
        "time": moment(doc.returned_at), "cashier": doc.cashier, "supervisor": doc.supervisor,
        "lines": lines, "refund_total": money(doc.refund_total), "tenders": tenders(doc.refund_tenders),
        "member": doc.member_phone is not None, "phone": phone(doc.member_phone),
        "points_refunded": doc.points_refunded or None, "points_annulled": doc.points_annulled or None,
        "balance_after": doc.balance_after, "has_balance": doc.balance_after is not None,
    }


def balance_context(doc: BalanceSlip) -> dict[str, Any]:
    return {
        "store": store(doc.store), "time": moment(doc.printed_at), "as_of": moment(doc.as_of),
        "phone": phone(doc.member_phone), "available": doc.available,
        "pending": [{"points": p.points, "date": day(p.on)} for p in doc.pending],
        "pending_total": sum(p.points for p in doc.pending) or None,
        "expiring": [{"points": e.points, "date": day(e.on)} for e in doc.expiring],
        "history": [
            {"time": moment(m.at), "kind": MOVEMENTS.get(m.kind, m.kind), "points": signed(m.points),
             "balance_after": m.balance_after, "receipt_no": m.receipt_no}
            for m in doc.history
        ],
    }


def registration_context(doc: RegistrationSlip) -> dict[str, Any]:
    return {
        "store": store(doc.store), "time": moment(doc.registered_at), "phone": phone(doc.member_phone),
        "first_name": doc.first_name, "consent_marketing": doc.consent_marketing,
        "welcome_points": doc.welcome_points or None, "offline": doc.offline,
    }


def shift_report_context(doc: ShiftLoyaltyReport) -> dict[str, Any]:
    return {
        "store": store(doc.store), "shift_no": doc.shift_no, "opened": moment(doc.opened_at),
        "closed": moment(doc.closed_at), "cashier": doc.cashier, "points_issued": doc.points_issued,
        "points_spent": doc.points_spent, "bonus_payment": money(doc.bonus_payment),
        "gift_points": doc.gift_points, "gifts_count": doc.gifts_count, "returns_count": doc.returns_count,
        "points_annulled": doc.points_annulled, "points_refunded": doc.points_refunded,
        "member_sales": doc.member_sales, "sales_total": doc.sales_total,
        "registrations": doc.registrations, "unsynced_events": doc.unsynced_events or None,
    }


CONTEXTS = {
    SaleReceipt: ("sale", sale_context),
    ReturnReceipt: ("return", return_context),
    BalanceSlip: ("balance", balance_context),
    RegistrationSlip: ("registration", registration_context),
    ShiftLoyaltyReport: ("shift_report", shift_report_context),
}


def template_and_context(document: Any) -> tuple[str, dict[str, Any]]:
    """The template name and the context for any printable document."""
    try:
        name, build = CONTEXTS[type(document)]
    except KeyError:
        raise TypeError(f"cannot print a {type(document).__name__}") from None
    return name, build(document)
