"""Fixed documents for the printing tests (the same sale every time)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from pos_app.loyalty.history import PointsOn
from pos_app.printing.documents import (
    BalanceSlip,
    Movement,
    RegistrationSlip,
    ReturnReceiptLine,
    ReturnReceipt,
    ReceiptLine,
    SaleReceipt,
    ShiftLoyaltyReport,
    StoreInfo,
    Tender,
)

STORE = StoreInfo(name="Магазин «Техно» №12", address="г. Пермь, ул. Ленина, д. 5", till="T1")
PHONE = "+79123456789"


def sale() -> SaleReceipt:
    return SaleReceipt(
        store=STORE,
        receipt_no="S1-T1-000123",
        sold_at=datetime(2026, 11, 21, 13, 5),
        cashier="101",
        lines=(
            ReceiptLine("Смартфон Galaxy A55 8/256 ГБ, тёмно-синий", 1, Decimal("12999.00"), Decimal("12999.00"),
                     points_spent=5000, bonus_payment=Decimal("5000.00")),
            ReceiptLine("Подарочная карта 1000", 2, Decimal("1000.00"), Decimal("2000.00"),
                     not_payable_reason="excluded_category"),
            ReceiptLine("Кабель USB-C — 1 м", Decimal("1.5"), Decimal("199.00"), Decimal("298.50"),
                     not_payable_reason="sale_item"),
        ),
        total=Decimal("15297.50"),
        bonus_payment=Decimal("5000.00"),
        points_spent=5000,
        tenders=(Tender("card", Decimal("8000.00")), Tender("cash", Decimal("2500.00"))),
        change=Decimal("202.50"),
        member_phone=PHONE,
        points_earned=399,
        points_available_on=date(2026, 12, 6),
        balance_after=1250,
        fiscal_number=42,
        fiscal_sign="3295008842",
    )


def return_receipt() -> ReturnReceipt:
    return ReturnReceipt(
        store=STORE,
        return_no="S1-T1-R000007",
        original_receipt_no="S1-T1-000123",
        returned_at=datetime(2026, 11, 22, 10, 30),
        cashier="102",
        supervisor="900",
        lines=(ReturnReceiptLine("Кабель USB-C — 1 м", 1, Decimal("199.00"), Decimal("199.00")),),
        refund_total=Decimal("199.00"),
        refund_tenders=(Tender("cash", Decimal("199.00")),),
        member_phone=PHONE,
        points_refunded=0,
        points_annulled=13,
        balance_after=1237,
    )


CARD = "2900000000018"  # member card serial 1 (pos_app.loyalty.cards)


def balance_slip() -> BalanceSlip:
    return BalanceSlip(
        store=STORE,
        printed_at=datetime(2026, 11, 23, 12, 0),
        member_phone=PHONE,
        available=1237,
        pending=(PointsOn(399, date(2026, 12, 6)),),
        expiring=(PointsOn(150, date(2026, 12, 1)),),
        history=(
            Movement(datetime(2026, 11, 22, 10, 30), "return_annulment", -13, 1237, "S1-T1-000123"),
            Movement(datetime(2026, 11, 21, 13, 5), "redemption", -5000, 1250, "S1-T1-000123"),
            Movement(datetime(2026, 10, 1, 9, 0), "review_award", 20, 6250, None),
        ),
        card_number=CARD,
    )


def registration_slip() -> RegistrationSlip:
    return RegistrationSlip(
        store=STORE,
        registered_at=datetime(2026, 11, 21, 12, 55),
        member_phone=PHONE,
        first_name="Анна",
        consent_marketing=True,
        card_number=CARD,
    )


def shift_report() -> ShiftLoyaltyReport:
    return ShiftLoyaltyReport(
        store=STORE,
        shift_no="S1-T1-SH0042",
        opened_at=datetime(2026, 11, 21, 9, 0),
        closed_at=datetime(2026, 11, 21, 21, 0),
        cashier="101",
        points_issued=12480,
        points_spent=23100,
        bonus_payment=Decimal("23100.00"),
        gift_points=3000,
        gifts_count=2,
        returns_count=1,
        points_annulled=13,
        points_refunded=0,
        member_sales=37,
        sales_total=112,
        registrations=4,
    )
