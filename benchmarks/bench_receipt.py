"""Rendering a 100-line sale receipt to ESC/POS bytes and preview (runs on the caller's thread)."""

from __future__ import annotations

import statistics
import time
from datetime import date, datetime
from decimal import Decimal

from pos_app.loyalty.money import Tender
from pos_app.printing import PrinterSettings, ReceiptLine, SaleReceipt, StoreInfo, render_document


def receipt(n: int = 100) -> SaleReceipt:
    lines = tuple(
        ReceiptLine(f"Товар номер {i} с длинным названием, цвет чёрный", 1 + i % 3, Decimal("1999.00"),
                 Decimal("1999.00") * (1 + i % 3), not_payable_reason="sale_item" if i % 7 == 0 else None)
        for i in range(n)
    )
    total = sum((line.amount for line in lines), Decimal("0.00"))
    return SaleReceipt(
        store=StoreInfo("Магазин №1", "ул. Ленина, 1", "T1"), receipt_no="S1-T1-000001",
        sold_at=datetime(2026, 11, 21, 12, 0), cashier="101", lines=lines, total=total,
        tenders=(Tender("card", total),), member_phone="+79123456789", points_earned=1000,
        points_available_on=date(2026, 12, 6), balance_after=5000,
    )


def run(repeats: int = 50) -> list[str]:
    doc, settings = receipt(), PrinterSettings(kind="dummy")
    render_document(doc, settings)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        render_document(doc, settings)
        times.append(time.perf_counter() - start)
    return [f"render 100-line sale receipt: median {statistics.median(times) * 1000:.2f} ms, "
            f"max {max(times) * 1000:.2f} ms ({repeats} runs)"]
