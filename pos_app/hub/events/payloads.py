"""Payloads of the event kinds, validated per event (one bad event never blocks the batch)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, Strict, ValidationError

from ...loyalty import limits
from ...loyalty.limits import PRINTABLE
from ..errors import ApiError

# The limits of an event are pos_app.loyalty.limits: the till checks a sale with them before it commits it.
Money = Annotated[str, Field(pattern=limits.MONEY_PATTERN)]
Int = Annotated[int, Strict()]  # a JSON integer: "2", true and 2.0 are invalid_payload
Points = Annotated[Int, Field(ge=0, le=limits.MAX_POINTS)]
Qty = Annotated[Int, Field(ge=1, le=limits.MAX_QTY)]
LineNo = Annotated[Int, Field(ge=1, le=limits.MAX_LINE_NO)]
Version = Annotated[Int, Field(ge=0, le=2**31 - 1)]
Code = Annotated[str, Field(min_length=1, max_length=limits.MAX_CODE, pattern=PRINTABLE)]
Ref = Annotated[str, Field(min_length=1, max_length=limits.MAX_REF, pattern=PRINTABLE)]
Note = Annotated[str, Field(max_length=64, pattern=r"^[^\x00-\x1f\x7f]*$")]  # may be empty


class _Payload(BaseModel):
    model_config = ConfigDict(extra="ignore")


class TenderPayload(_Payload):
    kind: Literal["cash", "card", "credit"]
    amount: Money


class SaleLineIn(_Payload):
    line_no: LineNo
    sku: Ref
    name: str | None = None
    category: str | None = None
    price: Money | None = None
    qty: Qty
    bonus_points: Points | None = None
    on_sale: bool = False
    credit: bool = False
    gift_points: Points | None = None
    redeem_points: Points = 0
    bonus_payment: Money | None = None
    accrual_points: Points = 0


class FiscalRefIn(_Payload):
    number: Annotated[int, Field(ge=1)]
    fiscal_sign: Annotated[str, Field(min_length=1, max_length=20, pattern=PRINTABLE)]
    fn_number: Annotated[str, Field(min_length=1, max_length=20, pattern=PRINTABLE)]


class FiscalIn(FiscalRefIn):
    """The fiscal register's answer on a sale or a return (optional: a till without a register, or an
    older till, sends none). ``original`` on a return: the sale's fiscal document."""

    registered_at: datetime
    total: Money | None = None
    qr: Annotated[str, Field(max_length=200)] | None = None
    shift_number: Annotated[int, Field(ge=0)] | None = None
    points_on_receipt: Literal["discount", "payment"] | None = None
    original: FiscalRefIn | None = None


class SaleFinished(_Payload):
    store: Code
    till: Code
    receipt_no: Ref
    sold_at: datetime
    cashier: Note | None = None
    member_phone: str | None = None
    tender: Literal["cash", "card", "credit", "mixed"] | None = None
    tenders: list[TenderPayload] = []
    lines: Annotated[list[SaleLineIn], Field(min_length=1, max_length=limits.MAX_LINES)]
    total: Money | None = None
    bonus_payment: Money | None = None
    redeem_points: Points = 0
    gift_points: Points = 0
    accrual_points: Points = 0
    offline: bool = False
    supervisor: Note | None = None
    redeem_token: str | None = None
    rules_version: Version | None = None  # the versions the till quoted with (None: an older till)
    catalog_version: Version | None = None
    fiscal: FiscalIn | None = None


class ReturnLinePayload(_Payload):
    line_no: LineNo
    qty: Qty


class SaleReturned(_Payload):
    store: Code
    till: Code
    return_no: Note | None = None
    receipt_no: Ref
    returned_at: datetime
    cashier: Note | None = None
    supervisor: Note | None = None
    lines: Annotated[list[ReturnLinePayload], Field(min_length=1, max_length=limits.MAX_LINES)]
    fiscal: FiscalIn | None = None


class SaleCancelled(_Payload):
    store: Code
    till: Code
    receipt_no: Ref
    cancelled_at: datetime
    cashier: Note | None = None
    supervisor: Note | None = None


class MemberRegistered(_Payload):
    phone: str
    birth_date: date
    consent_rules: bool
    email: Annotated[str, Field(max_length=254, pattern=r"^[^\x00-\x1f\x7f]*$")] | None = None
    consent_marketing: bool = False
    registered_at: datetime
    first_name: Annotated[str, Field(min_length=1, max_length=100, pattern=PRINTABLE)] | None = None
    registration_token: Annotated[str, Field(max_length=100)] | None = None  # POST /v1/registrations gave it


def parse_payload(model: type[BaseModel], payload: dict) -> BaseModel:
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        path = ".".join(str(p) for p in first["loc"])
        raise ApiError(f"payload.{path}: {first['msg']}", code="invalid_payload", field=f"payload.{path}") from None


def require_aware(moment: datetime, field: str) -> datetime:
    """Times in events carry an offset ("...+00:00"); a naive one is ambiguous and refused."""
    if moment.tzinfo is None:
        raise ApiError(f"{field} needs a UTC offset, e.g. 2026-11-21T10:00:00+00:00", code="invalid_payload",
                       field=field)
    return moment


def event_time(moment: datetime, field: str, now: datetime) -> datetime:
    """When the event happened as the ledger records it: the till's time (with an offset, see
    ``require_aware``), never later than the hub's now (a till clock running fast cannot date the future)."""
    return min(require_aware(moment, field), now)
