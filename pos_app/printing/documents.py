"""What is printed: plain data classes the till layer fills in from the journal and the hub.

No Qt, no SQL, no formatting here. Money is ``Decimal``, points are ``int``, phones are E.164 (they are
masked when printed), times are ``datetime`` (aware ones are printed in the till's local zone, naive
ones as they are), dates are ``date``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from pos_app.loyalty.history import Movement, PointsOn
from pos_app.loyalty.money import Tender

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class StoreInfo:
    name: str
    address: str = ""
    till: str = ""
    currency: str = "RUB"  # the program's currency (its sign is printed, or the code page's fallback)


@dataclass(frozen=True)
class ReceiptLine:
    """A sale line as the receipt prints it."""

    name: str
    qty: Decimal | int
    price: Decimal
    amount: Decimal
    points_spent: int = 0  # bonus points that paid for this line
    bonus_payment: Decimal = ZERO  # money value of those points
    not_payable_reason: str | None = None  # gift / excluded_category / sale_item / credit (rules engine codes)


@dataclass(frozen=True)
class SaleReceipt:
    store: StoreInfo
    receipt_no: str
    sold_at: datetime
    cashier: str
    lines: tuple[ReceiptLine, ...]
    total: Decimal  # before the bonus payment
    bonus_payment: Decimal = ZERO
    points_spent: int = 0
    gift_points: int = 0  # points that paid for gifts
    tenders: tuple[Tender, ...] = ()
    change: Decimal = ZERO
    member_phone: str | None = None  # E.164; printed masked
    points_earned: int = 0
    points_available_on: date | None = None
    balance_after: int | None = None  # available points after this sale, if known
    offline: bool = False  # the balance is the till's estimate; the hub confirms later
    fiscal_number: int | None = None  # the register's document (the customer's cash receipt is the register's)
    fiscal_sign: str | None = None

    @property
    def to_pay(self) -> Decimal:
        return self.total - self.bonus_payment


@dataclass(frozen=True)
class ReturnReceiptLine:
    """A returned line as the return receipt prints it."""

    name: str
    qty: Decimal | int
    price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class ReturnReceipt:
    store: StoreInfo
    return_no: str
    original_receipt_no: str
    returned_at: datetime
    cashier: str
    lines: tuple[ReturnReceiptLine, ...]
    refund_total: Decimal  # money given back
    refund_tenders: tuple[Tender, ...] = ()
    supervisor: str | None = None
    member_phone: str | None = None
    points_refunded: int = 0  # spent points given back to the balance
    points_annulled: int = 0  # earned points taken back
    balance_after: int | None = None


@dataclass(frozen=True)
class BalanceSlip:
    store: StoreInfo
    printed_at: datetime
    member_phone: str
    available: int
    pending: tuple[PointsOn, ...] = ()  # points and the day they become available
    expiring: tuple[PointsOn, ...] = ()  # points and the day they expire
    history: tuple[Movement, ...] = ()  # most recent first, as many as should print
    as_of: datetime | None = None  # when the hub computed the balance (None: just now)
    card_number: str | None = None  # the member card: printed masked and as a barcode to scan


@dataclass(frozen=True)
class RegistrationSlip:
    store: StoreInfo
    registered_at: datetime
    member_phone: str
    first_name: str | None = None
    consent_marketing: bool = False
    welcome_points: int = 0
    offline: bool = False  # recorded by the till, confirmed by the hub later
    card_number: str | None = None  # the member card: printed masked and as a barcode to scan


@dataclass(frozen=True)
class ShiftLoyaltyReport:
    store: StoreInfo
    shift_no: str
    opened_at: datetime
    closed_at: datetime
    cashier: str
    points_issued: int = 0
    points_spent: int = 0
    bonus_payment: Decimal = ZERO
    gift_points: int = 0
    gifts_count: int = 0
    returns_count: int = 0
    points_annulled: int = 0
    points_refunded: int = 0
    member_sales: int = 0
    sales_total: int = 0
    registrations: int = 0
    unsynced_events: int = field(default=0)
    offline_sales: int = 0  # sold while the hub could not be reached
