"""One small document of each kind, to render every receipt template once (Cyrillic included)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from pos_app.loyalty.history import PointsOn
from pos_app.printing.documents import (
    BalanceSlip, Movement, RegistrationSlip, ReturnReceiptLine, ReturnReceipt, ReceiptLine,
    SaleReceipt, ShiftLoyaltyReport, StoreInfo, Tender,
)

STORE = StoreInfo(name="Проверка установки", address="г. Пермь, ул. Ленина, д. 5", till="T1")
PHONE = "+79123456789"
NOW = datetime(2026, 11, 21, 13, 5)


def documents() -> dict[str, object]:
    """Template name -> a document rendered with it."""
    return {
        "sale": SaleReceipt(
            store=STORE, receipt_no="S1-T1-000001", sold_at=NOW, cashier="1",
            lines=(ReceiptLine("Смартфон", 1, Decimal("12999.00"), Decimal("12999.00"), points_spent=500,
                            bonus_payment=Decimal("500.00")),
                   ReceiptLine("Подарочная карта", 1, Decimal("1000.00"), Decimal("1000.00"),
                            not_payable_reason="excluded_category")),
            total=Decimal("13999.00"), bonus_payment=Decimal("500.00"), points_spent=500,
            tenders=(Tender("cash", Decimal("13500.00")),), member_phone=PHONE, points_earned=390,
            points_available_on=date(2026, 12, 6), balance_after=120),
        "return": ReturnReceipt(
            store=STORE, return_no="S1-T1-R000001", original_receipt_no="S1-T1-000001", returned_at=NOW,
            cashier="1", supervisor="9", lines=(ReturnReceiptLine("Смартфон", 1, Decimal("12999.00"), Decimal("12999.00")),),
            refund_total=Decimal("12499.00"), refund_tenders=(Tender("cash", Decimal("12499.00")),),
            member_phone=PHONE, points_refunded=500, points_annulled=390, balance_after=230),
        "balance": BalanceSlip(
            store=STORE, printed_at=NOW, member_phone=PHONE, available=230,
            pending=(PointsOn(390, date(2026, 12, 6)),), expiring=(PointsOn(10, date(2026, 12, 1)),),
            history=(Movement(NOW, "accrual", 390, 620, "S1-T1-000001"),)),
        "registration": RegistrationSlip(store=STORE, registered_at=NOW, member_phone=PHONE, first_name="Анна"),
        "shift_report": ShiftLoyaltyReport(
            store=STORE, shift_no="S1-T1-SH0001", opened_at=NOW, closed_at=NOW, cashier="1", points_issued=390,
            points_spent=500, bonus_payment=Decimal("500.00"), member_sales=1, sales_total=1),
    }
