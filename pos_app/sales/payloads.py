"""The ``sale.*`` event payloads, exactly as the hub contract (docs/architecture.md) spells them."""

from __future__ import annotations

import json
from pos_app.loyalty import format_money
from pos_app.loyalty.money import from_minor_units
from pos_app.store.models import SaleRow

from .outbox import iso


def sale_finished(sale: SaleRow) -> dict:
    payload = {
        "store": sale.store,
        "till": sale.till,
        "receipt_no": sale.receipt_no,
        "sold_at": iso(sale.sold_at),
        "cashier": sale.cashier,
        "member_phone": sale.member_phone,
        "tender": sale.tender,
        "tenders": [{"kind": t.kind, "amount": format_money(from_minor_units(t.amount_minor))} for t in sale.tenders],
        "lines": [
            {
                "line_no": ln.line_no,
                "sku": ln.sku,
                "name": ln.name,
                "category": ln.category,
                "price": format_money(from_minor_units(ln.price_minor)),
                "qty": ln.qty,
                "bonus_points": ln.bonus_points,
                "on_sale": ln.on_sale,
                "credit": ln.credit,
                "gift_points": ln.gift_points,
                "redeem_points": ln.redeem_points,
                "bonus_payment": format_money(from_minor_units(ln.bonus_payment_minor)),
                "accrual_points": ln.accrual_points,
            }
            for ln in sale.lines
        ],
        "total": format_money(from_minor_units(sale.total_minor)),
        "bonus_payment": format_money(from_minor_units(sale.bonus_payment_minor)),
        "redeem_points": sale.redeem_points,
        "gift_points": sale.gift_points,
        "accrual_points": sale.accrual_points,
        "offline": sale.offline,
        "supervisor": sale.supervisor,
        "redeem_token": sale.redeem_token,
        "rules_version": sale.rules_version,
        "catalog_version": sale.catalog_version,
    }
    if sale.fiscal_json:
        payload["fiscal"] = json.loads(sale.fiscal_json)
    return payload
