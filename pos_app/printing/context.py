"""Documents to template contexts: every value formatted for the customer, in the receipt's language.

Optional amounts that are zero become ``None`` so templates can write ``@if bonus_payment``. The words
the code supplies (tender names, reasons, movement kinds) come from ``TEXTS`` by language; the rest of
the wording is in the templates (``receipts/`` Russian, ``receipts/sk/`` Slovak).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pos_app.loyalty import currency_symbol, format_money, mask_phone

from .documents import (
    BalanceSlip,
    RegistrationSlip,
    ReturnReceipt,
    SaleReceipt,
    ShiftLoyaltyReport,
    StoreInfo,
)

TEXTS: dict[str, dict[str, dict[str, str]]] = {
    "ru": {
        "not_payable": {
            "gift": "подарок за баллы",
            "excluded_category": "товар не участвует в программе",
            "sale_item": "акционный товар",
            "credit": "покупка в кредит",
        },
        "tenders": {"cash": "Наличные", "card": "Банковская карта", "credit": "Кредит"},
        "movements": {
            "accrual": "Начисление",
            "redemption": "Оплата баллами",
            "gift_redemption": "Подарок за баллы",
            "return_annulment": "Списание (возврат)",
            "return_refund": "Возврат баллов",
            "expiry": "Сгорание",
            "adjustment": "Корректировка",
            "review_award": "За отзыв",
            "cancellation": "Отмена чека",
        },
    },
    "sk": {
        "not_payable": {
            "gift": "darček za body",
            "excluded_category": "tovar nie je v programe",
            "sale_item": "akciový tovar",
            "credit": "nákup na úver",
        },
        "tenders": {"cash": "Hotovosť", "card": "Platobná karta", "credit": "Úver"},
        "movements": {
            "accrual": "Pripísanie",
            "redemption": "Platba bodmi",
            "gift_redemption": "Darček za body",
            "return_annulment": "Odpísanie (vrátenie)",
            "return_refund": "Vrátenie bodov",
            "expiry": "Prepadnutie",
            "adjustment": "Úprava",
            "review_award": "Za recenziu",
            "cancellation": "Storno dokladu",
        },
    },
}
NOT_PAYABLE, TENDERS, MOVEMENTS = (TEXTS["ru"][k] for k in ("not_payable", "tenders", "movements"))


def money(amount: Decimal, lang: str = "ru") -> str:
    """Russian receipts keep "12999.00"; Slovak ones "12 999,00" (Babel's grouping, exact on Decimal)."""
    if lang == "ru":
        return format_money(amount)
    from babel.numbers import format_decimal

    return format_decimal(amount, format="#,##0.00", locale=lang).replace("\u00a0", " ")  # a plain space on paper


def money_or_none(amount: Decimal, lang: str = "ru") -> str | None:
    return money(amount, lang) if amount else None


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


def store(info: StoreInfo, lang: str = "ru") -> dict[str, Any]:
    return {"name": info.name, "address": info.address or None, "till": info.till or None,
            "currency": currency_symbol(info.currency, lang)}


def tenders(items, lang: str = "ru") -> list[dict[str, Any]]:
    names = TEXTS[lang]["tenders"]
    return [{"name": names.get(t.kind, t.kind), "amount": money(t.amount, lang)} for t in items]


def sale_context(doc: SaleReceipt, lang: str = "ru") -> dict[str, Any]:
    lines, reasons = [], TEXTS[lang]["not_payable"]
    for no, line in enumerate(doc.lines, start=1):
        # a gift is paid with points ("списано баллов"): it is not a line "without paying with points"
        code = None if line.not_payable_reason == "gift" else line.not_payable_reason
        reason = reasons.get(code or "", code)
        lines.append({
            "no": no, "name": line.name, "qty": qty(line.qty), "price": money(line.price, lang),
            "amount": money(line.amount, lang), "points_spent": line.points_spent or None,
            "bonus_payment": money_or_none(line.bonus_payment, lang), "reason": reason, "mark": "*" if reason else "",
        })
    return {
        "store": store(doc.store, lang), "receipt_no": doc.receipt_no, "time": moment(doc.sold_at),
        "cashier": doc.cashier, "lines": lines, "has_marks": any(line["reason"] for line in lines),
        "total": money(doc.total, lang), "bonus_payment": money_or_none(doc.bonus_payment, lang),
        "points_spent": doc.points_spent or None, "gift_points": doc.gift_points or None,
        "to_pay": money(doc.to_pay, lang), "tenders": tenders(doc.tenders, lang),
        "change": money_or_none(doc.change, lang),
        "member": doc.member_phone is not None, "phone": phone(doc.member_phone),
        "points_earned": doc.points_earned or None, "available_on": day(doc.points_available_on),
        "balance_after": doc.balance_after, "has_balance": doc.balance_after is not None, "offline": doc.offline,
        "fiscal_number": doc.fiscal_number, "fiscal_sign": doc.fiscal_sign,
    }


def return_context(doc: ReturnReceipt, lang: str = "ru") -> dict[str, Any]:
    lines = [
        {"no": no, "name": line.name, "qty": qty(line.qty), "price": money(line.price, lang),
         "amount": money(line.amount, lang)}
        for no, line in enumerate(doc.lines, start=1)
    ]
    return {
        "store": store(doc.store, lang), "return_no": doc.return_no, "receipt_no": doc.original_receipt_no,
        "time": moment(doc.returned_at), "cashier": doc.cashier, "supervisor": doc.supervisor,
        "lines": lines, "refund_total": money(doc.refund_total, lang), "tenders": tenders(doc.refund_tenders, lang),
        "member": doc.member_phone is not None, "phone": phone(doc.member_phone),
        "points_refunded": doc.points_refunded or None, "points_annulled": doc.points_annulled or None,
        "balance_after": doc.balance_after, "has_balance": doc.balance_after is not None,
    }


def card(number: str | None) -> dict[str, Any]:
    """``card`` (the digits, for ``@barcode``: the card is scanned from the slip) and ``card_masked``
    (the text, masked like phones); both None without a card."""
    from pos_app.loyalty.cards import is_card_number, mask_card

    if not number or not is_card_number(number):
        return {"card": None, "card_masked": None}
    return {"card": number, "card_masked": mask_card(number)}


def balance_context(doc: BalanceSlip, lang: str = "ru") -> dict[str, Any]:
    kinds = TEXTS[lang]["movements"]
    return {
        "store": store(doc.store, lang), "time": moment(doc.printed_at), "as_of": moment(doc.as_of),
        "phone": phone(doc.member_phone), "available": doc.available, **card(doc.card_number),
        "pending": [{"points": p.points, "date": day(p.on)} for p in doc.pending],
        "pending_total": sum(p.points for p in doc.pending) or None,
        "expiring": [{"points": e.points, "date": day(e.on)} for e in doc.expiring],
        "history": [
            {"time": moment(m.at), "kind": kinds.get(m.kind, m.kind), "points": signed(m.points),
             "balance_after": m.balance_after, "receipt_no": m.receipt_no}
            for m in doc.history
        ],
    }


def registration_context(doc: RegistrationSlip, lang: str = "ru") -> dict[str, Any]:
    return {
        "store": store(doc.store, lang), "time": moment(doc.registered_at), "phone": phone(doc.member_phone),
        "first_name": doc.first_name, "consent_marketing": doc.consent_marketing,
        "welcome_points": doc.welcome_points or None, "offline": doc.offline, **card(doc.card_number),
    }


def shift_report_context(doc: ShiftLoyaltyReport, lang: str = "ru") -> dict[str, Any]:
    return {
        "store": store(doc.store, lang), "shift_no": doc.shift_no, "opened": moment(doc.opened_at),
        "closed": moment(doc.closed_at), "cashier": doc.cashier, "points_issued": doc.points_issued,
        "points_spent": doc.points_spent, "bonus_payment": money(doc.bonus_payment, lang),
        "gift_points": doc.gift_points, "gifts_count": doc.gifts_count, "returns_count": doc.returns_count,
        "points_annulled": doc.points_annulled, "points_refunded": doc.points_refunded,
        "member_sales": doc.member_sales, "sales_total": doc.sales_total,
        "registrations": doc.registrations, "unsynced_events": doc.unsynced_events or None,
        "offline_sales": doc.offline_sales or None,
    }


CONTEXTS = {
    SaleReceipt: ("sale", sale_context),
    ReturnReceipt: ("return", return_context),
    BalanceSlip: ("balance", balance_context),
    RegistrationSlip: ("registration", registration_context),
    ShiftLoyaltyReport: ("shift_report", shift_report_context),
}


def template_and_context(document: Any, lang: str = "ru") -> tuple[str, dict[str, Any]]:
    """The template name and the context for any printable document, in the receipt's language."""
    try:
        name, build = CONTEXTS[type(document)]
    except KeyError:
        raise TypeError(f"cannot print a {type(document).__name__}") from None
    return name, build(document, lang)
