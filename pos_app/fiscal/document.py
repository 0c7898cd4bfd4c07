"""What the till asks a register to sign, and what the register answers.

Money is ``Decimal`` with two decimals. A ``FiscalDocument`` is exact: its lines' ``amount`` add up to
``total`` and so do its payments (the cash is net of the change: the register is told what it keeps)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal

from pos_app.loyalty.money import format_money

from .errors import FiscalError

KINDS = ("sale", "return")
PAYMENT_KINDS = ("cash", "electronic", "points", "prepaid")  # points: a non-cash "other" payment (tag 1217)
METHODS = ("full_payment", "advance")  # payment method (признак способа расчёта, tag 1214)
OBJECTS = ("commodity", "service", "payment")  # payment object (предмет расчёта, tag 1212)
POINTS_MODES = ("discount", "payment")


@dataclass(frozen=True)
class FiscalLine:
    name: str
    price: Decimal  # unit price as registered (in ``discount`` mode: after the line's points, rounded)
    qty: int
    amount: Decimal  # the line's exact sum as registered
    vat: str = "none"
    method: str = "full_payment"
    object: str = "commodity"
    discount: Decimal = Decimal("0.00")  # the points taken off this line (``discount`` mode)
    ref_line: int | None = None  # the journal's line number (a return: of the original sale)


@dataclass(frozen=True)
class FiscalPayment:
    kind: str
    amount: Decimal


@dataclass(frozen=True)
class FiscalRef:
    """A document already signed: what a return refers to."""

    number: int
    fiscal_sign: str
    fn_number: str
    registered_at: str = ""


@dataclass(frozen=True)
class FiscalDocument:
    kind: str
    lines: tuple[FiscalLine, ...]
    payments: tuple[FiscalPayment, ...]
    cashier: str
    receipt_no: str = ""  # the till's own number, when known (a return's number), for the paper
    customer_contact: str | None = None  # phone (E.164) or e-mail for an electronic receipt
    original: FiscalRef | None = None  # a return: the sale's fiscal document
    text: tuple[str, ...] = ()  # non-fiscal lines the register prints at the end (points earned, balance)
    points_mode: str = "discount"

    @property
    def total(self) -> Decimal:
        return sum((ln.amount for ln in self.lines), Decimal("0.00"))

    def check(self) -> "FiscalDocument":
        if self.kind not in KINDS:
            raise FiscalError("fiscal_bad_document", f"unknown document kind {self.kind!r}")
        if not self.lines:
            raise FiscalError("fiscal_bad_document", "a fiscal document needs at least one line")
        for ln in self.lines:
            if ln.qty < 1 or ln.amount < 0 or ln.method not in METHODS or ln.object not in OBJECTS:
                raise FiscalError("fiscal_bad_document", f"line {ln.name!r} is not valid")
        for p in self.payments:
            if p.kind not in PAYMENT_KINDS or p.amount < 0:
                raise FiscalError("fiscal_bad_document", f"payment {p.kind} {p.amount} is not valid")
        paid = sum((p.amount for p in self.payments), Decimal("0.00"))
        if paid != self.total:
            raise FiscalError("fiscal_bad_document", f"payments {paid} do not add up to the total {self.total}")
        return self

    def to_dict(self) -> dict:
        return _jsonable(asdict(self))

    @classmethod
    def from_dict(cls, d: dict) -> "FiscalDocument":
        return cls(
            kind=d["kind"], cashier=d["cashier"], receipt_no=d.get("receipt_no", ""),
            customer_contact=d.get("customer_contact"), text=tuple(d.get("text", ())),
            points_mode=d.get("points_mode", "discount"),
            original=FiscalRef(**d["original"]) if d.get("original") else None,
            lines=tuple(FiscalLine(**{**ln, "price": Decimal(ln["price"]), "amount": Decimal(ln["amount"]),
                                      "discount": Decimal(ln["discount"])}) for ln in d["lines"]),
            payments=tuple(FiscalPayment(p["kind"], Decimal(p["amount"])) for p in d["payments"]),
        )


def _jsonable(value):
    if isinstance(value, Decimal):
        return format_money(value)
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


@dataclass(frozen=True)
class FiscalReceipt:
    """The register's answer for a signed sale or return: what goes on the receipt, the journal and the
    ``sale.*`` event's ``fiscal`` object."""

    key: str
    kind: str
    number: int  # fiscal document number (ФД, tag 1040)
    fiscal_sign: str  # fiscal sign (ФП/ФПД, tag 1077)
    fn_number: str  # fiscal drive serial (ФН, tag 1041)
    registered_at: datetime  # as the register printed it (its local time, with an offset)
    total: Decimal
    shift_number: int = 0
    receipt_in_shift: int = 0

    @property
    def qr(self) -> str:
        """The text of the receipt's QR code (tax service format)."""
        n = 1 if self.kind == "sale" else 2  # 1: приход, 2: возврат прихода
        return (f"t={self.registered_at.strftime('%Y%m%dT%H%M')}&s={format_money(self.total)}&fn={self.fn_number}"
                f"&i={self.number}&fp={self.fiscal_sign}&n={n}")

    def ref(self) -> FiscalRef:
        return FiscalRef(self.number, self.fiscal_sign, self.fn_number, self.registered_at.isoformat())

    def to_dict(self) -> dict:
        return {"key": self.key, "kind": self.kind, "number": self.number, "fiscal_sign": self.fiscal_sign,
                "fn_number": self.fn_number, "registered_at": self.registered_at.isoformat(),
                "total": format_money(self.total), "shift_number": self.shift_number,
                "receipt_in_shift": self.receipt_in_shift, "qr": self.qr}

    @classmethod
    def from_dict(cls, d: dict) -> "FiscalReceipt":
        return cls(key=d["key"], kind=d["kind"], number=int(d["number"]), fiscal_sign=str(d["fiscal_sign"]),
                   fn_number=str(d["fn_number"]), registered_at=datetime.fromisoformat(d["registered_at"]),
                   total=Decimal(d["total"]), shift_number=int(d.get("shift_number", 0)),
                   receipt_in_shift=int(d.get("receipt_in_shift", 0)))


@dataclass(frozen=True)
class FiscalReport:
    """A shift opening, a Z or X report, a cash movement: what the register signed or printed."""

    kind: str  # open_shift | close_shift | x_report | cash_in | cash_out
    shift_number: int
    number: int | None = None  # fiscal document number (None: not a fiscal document, e.g. an X report)
    fiscal_sign: str | None = None
    at: datetime | None = None
    amount: Decimal | None = None
    details: dict = field(default_factory=dict)  # e.g. the Z report's totals


BACKLOG_WARN_DAYS = 1  # documents not sent to the operator: a warning after a day
BACKLOG_RED_DAYS = 20  # ... red after 20 of the 30 days the law allows
DRIVE_WARN_DAYS = 30  # the fiscal drive expires within 30 days


@dataclass(frozen=True)
class FiscalStatus:
    """What the status bar shows about the register."""

    driver: str
    connected: bool = True
    shift_open: bool = False
    shift_number: int | None = None
    shift_opened_at: datetime | None = None
    fn_number: str | None = None
    fn_expires_on: date | None = None
    unsent: int = 0  # documents not yet sent to the fiscal data operator
    oldest_unsent_at: datetime | None = None
    paper: bool = True
    cover_open: bool = False
    error: str | None = None  # a fiscal_* code when the last call failed

    def shift_expired(self, now: datetime | None = None) -> bool:
        now = now or datetime.now(timezone.utc)
        return bool(self.shift_open and self.shift_opened_at and (now - self.shift_opened_at).total_seconds() > 24 * 3600)

    def drive_days_left(self, today: date | None = None) -> int | None:
        if self.fn_expires_on is None:
            return None
        return (self.fn_expires_on - (today or date.today())).days

    def backlog_days(self, now: datetime | None = None) -> float:
        if not self.unsent or self.oldest_unsent_at is None:
            return 0.0
        return ((now or datetime.now(timezone.utc)) - self.oldest_unsent_at).total_seconds() / 86400

    def level(self, now: datetime | None = None) -> str:
        """ok | warning | red, for the status bar's colour."""
        if self.driver == "none":
            return "ok"
        days = self.drive_days_left((now or datetime.now(timezone.utc)).date())
        backlog = self.backlog_days(now)
        if not self.connected or self.error or backlog > BACKLOG_RED_DAYS or (days is not None and days <= 0) \
                or not self.paper or self.cover_open:
            return "red"
        if backlog > BACKLOG_WARN_DAYS or (days is not None and days <= DRIVE_WARN_DAYS) or not self.shift_open \
                or self.shift_expired(now):
            return "warning"
        return "ok"
