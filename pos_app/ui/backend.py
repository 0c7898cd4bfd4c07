"""What the screens need from the till, as plain data (no Qt).

``TillBackend`` is the interface the pages call, always from a worker queue (never the GUI
thread). ``pos_app/ui/till_backend.py`` implements it over the till facade (``pos_app.till``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Protocol

from pos_app.loyalty import Rules

ROLES = ("cashier", "service", "supervisor")


class UserError(Exception):
    """A refusal the cashier can act on. ``code`` is machine-readable; the screen translates it."""

    def __init__(self, code: str, message: str = "", **details) -> None:
        super().__init__(message or code)
        self.code = code
        self.details = details


@dataclass(frozen=True)
class Cashier:
    number: str
    name: str
    role: str  # one of ROLES

    @property
    def is_supervisor(self) -> bool:
        return self.role == "supervisor"


@dataclass(frozen=True)
class CatalogItem:
    sku: str
    name: str
    price: Decimal
    barcode: str | None = None
    category: str | None = None
    on_sale: bool = False
    bonus_points: int = 0
    gift_points: int | None = None

    @property
    def is_gift(self) -> bool:
        return self.gift_points is not None


@dataclass(frozen=True)
class PointsOn:
    points: int
    on: date


@dataclass(frozen=True)
class MemberView:
    member_id: str
    phone: str  # E.164
    display_name: str
    available: int
    as_of: datetime
    pending: tuple[PointsOn, ...] = ()
    expiring: tuple[PointsOn, ...] = ()
    cached: bool = False  # True when read from the till's cache (offline)
    spendable: int | None = None  # points a sale may spend now (offline: the offline policy's limit)
    info: object = field(default=None, compare=False, repr=False)  # the facade's own record

    @property
    def pending_total(self) -> int:
        return sum(p.points for p in self.pending)


@dataclass(frozen=True)
class Movement:
    at: datetime
    kind: str
    points: int
    balance_after: int
    receipt_no: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class SyncStatus:
    online: bool | None  # None: not known yet (no exchange with the hub so far)
    waiting: int = 0
    oldest_age_s: float | None = None
    problems: tuple[str, ...] = ()
    printer: str = "ok"  # ok (a printer is set up) | none; print jobs report their own state
    rules_version: int | None = None  # the program rules the till quotes with (pulled from the hub)


@dataclass(frozen=True)
class SaleLine:
    item: CatalogItem
    qty: int


@dataclass(frozen=True)
class SaleRequest:
    lines: tuple[SaleLine, ...]
    cashier: str
    tenders: tuple[tuple[str, Decimal], ...]  # (kind, amount), kind in cash/card/credit
    member_phone: str | None = None
    redeem_points: int = 0
    redeem_token: str | None = None
    supervisor: str | None = None
    credit: bool = False
    member: MemberView | None = None


@dataclass(frozen=True)
class SaleDone:
    receipt_no: str
    total: Decimal
    bonus_payment: Decimal
    accrual_points: int
    change: Decimal = Decimal("0")
    printed: bool = False
    print_error: str = ""


@dataclass(frozen=True)
class ReceiptLine:
    line_no: int
    sku: str
    name: str
    price: Decimal
    qty: int
    returned: int
    accrual_points: int
    redeem_points: int
    is_gift: bool


@dataclass(frozen=True)
class ReceiptView:
    receipt_no: str
    sold_at: datetime
    member_phone: str | None
    lines: tuple[ReceiptLine, ...] = field(default_factory=tuple)


class TillBackend(Protocol):
    """Blocking calls, run on the ``ops`` worker queues."""

    def rules(self) -> Rules: ...
    def login(self, number: str, pin: str) -> Cashier: ...
    def check_supervisor(self, number: str, pin: str, action: str) -> Cashier: ...
    def find_item(self, code: str) -> CatalogItem | None: ...
    def find_member(self, phone: str) -> MemberView | None: ...
    def member_history(self, member: MemberView) -> list[Movement]: ...
    def adjust_points(self, member: MemberView, points: int, reason: str, supervisor: str, pin: str) -> int: ...
    def request_registration_code(self, phone: str) -> dict: ...
    def register(self, form: dict) -> MemberView: ...
    def request_redeem_code(self, phone: str, points: int) -> dict: ...
    def verify_redeem_code(self, challenge_id: str, code: str) -> str: ...
    def finish_sale(self, sale: SaleRequest) -> SaleDone: ...
    def find_receipt(self, receipt_no: str) -> ReceiptView | None: ...
    def preview_return(self, receipt_no: str, lines: dict[int, int]) -> dict: ...
    def return_lines(self, receipt_no: str, lines: dict[int, int], cashier: str, supervisor: str) -> dict: ...
    # printing: each call queues a job on the one print queue and returns it (``pos_app.printing.PrintJob``)
    def print_receipt(self, receipt_no: str, copy: bool = False): ...
    def print_return(self, return_no: str): ...
    def print_balance(self, member: MemberView, history: list[Movement] | None = None): ...
    def reprint_last_receipt(self): ...  # None: nothing printed since start-up and no sale in the journal
    def retry_print(self, job_id: int): ...
    def watch_printing(self, listener) -> None: ...
    def stop_printing(self) -> None: ...
    def sync_status(self) -> SyncStatus: ...
    def sync_problems(self) -> list[tuple[str, str]]: ...
    def retry_sync_problem(self, event_id: str) -> bool: ...
    def settings(self) -> dict: ...
    def save_settings(self, values: dict) -> None: ...
