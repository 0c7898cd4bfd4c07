"""Request and response models: they are the OpenAPI document, the contract tills code against."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, Strict

Int = Annotated[int, Strict()]  # a JSON integer: "100", true and 1e3 are 422 invalid_input
Points = Annotated[Int, Field(ge=0, le=100_000_000)]
PhoneText = Annotated[str, Field(min_length=1, max_length=40)]
PRINTABLE = r"^[^\x00-\x1f\x7f]+$"  # no NUL or other control characters


class ErrorDetail(BaseModel):
    model_config = ConfigDict(extra="allow")
    code: str
    message: str
    field: str | None = None


class ErrorBody(BaseModel):
    error: ErrorDetail


class Health(BaseModel):
    status: Literal["ok"]
    time: str


class RulesOut(BaseModel):
    version: int
    rules: dict[str, Any]


class Item(BaseModel):
    sku: str
    barcode: str | None
    name: str
    price: str
    category: str
    on_sale: bool
    bonus_points: int
    gift_points: int | None
    vat: str = "none"  # a code of pos_app.loyalty.vat's table (vat22, vat10, vat5, vat7, vat0, none)


class CatalogOut(BaseModel):
    version: int
    full: bool
    items: list[Item]
    removed: list[str]


class StaffPerson(BaseModel):
    code: str
    name: str
    role: Literal["cashier", "service", "supervisor"]
    pin_hash: str
    active: bool


class StaffOut(BaseModel):
    store: str
    staff: list[StaffPerson]


class PendingLot(BaseModel):
    points: int
    available_on: date


class ExpiringLot(BaseModel):
    points: int
    expires_on: date


class BalanceOut(BaseModel):
    as_of: str
    available: int
    pending: list[PendingLot]
    pending_total: int
    expiring: list[ExpiringLot]


class MemberOut(BaseModel):
    member_id: str
    phone: str
    display_name: str
    birth_date: date | None
    balance: BalanceOut
    confirmed: bool = True  # false: registered offline, may not spend points until the phone is confirmed


class RegistrationOut(MemberOut):
    registration_token: str  # the till's member.registered event carries it: the member is confirmed


class ConfirmationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    phone: PhoneText
    code: Annotated[str, Field(pattern=r"^\d{6}$")]


class MovementOut(BaseModel):
    id: int
    at: str
    kind: str
    points: int
    balance_after: int
    receipt_no: str | None
    note: str | None
    under_review: bool = Field(description="a flagged sale's movement, open in the review queue")


class HistoryOut(BaseModel):
    member_id: str
    movements: list[MovementOut]


class CodeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    phone: PhoneText


class CodeSent(BaseModel):
    phone: str
    expires_in: int
    resend_in: int
    sends_left: int


class RegistrationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    phone: PhoneText
    birth_date: date
    consent_rules: bool
    email: Annotated[str, Field(max_length=254, pattern=PRINTABLE)] | None = None
    consent_marketing: bool = False
    code: Annotated[str, Field(pattern=r"^\d{6}$")]
    first_name: Annotated[str, Field(min_length=1, max_length=100, pattern=PRINTABLE)] | None = None


class RedemptionCodeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    phone: PhoneText
    points: Annotated[Int, Field(ge=1, le=100_000_000)]


class RedemptionCodeOut(BaseModel):
    required: bool
    challenge_id: str | None
    expires_in: int


class VerifyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    challenge_id: Annotated[str, Field(min_length=1, max_length=64)]
    code: Annotated[str, Field(pattern=r"^\d{6}$")]


class TokenOut(BaseModel):
    token: str


class EventEnvelope(BaseModel):
    id: Annotated[str, Field(pattern=r"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$")]
    kind: Annotated[str, Field(min_length=1, max_length=64)]
    created_at: str | None = None
    payload: dict[str, Any]


class EventsIn(BaseModel):
    events: Annotated[list[EventEnvelope], Field(max_length=500)]


class EventResult(BaseModel):
    id: str
    status: Literal["applied", "duplicate", "rejected"]
    code: str | None
    message: str | None
    result: dict[str, Any] | None


class EventsOut(BaseModel):
    results: list[EventResult]


class AdjustmentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    points: Annotated[Int, Field(ge=-1_000_000, le=1_000_000)]
    reason: Annotated[str, Field(min_length=1, max_length=500, pattern=PRINTABLE)]
    author: Annotated[str, Field(min_length=1, max_length=32, pattern=PRINTABLE)]
    pin: Annotated[str, Field(pattern=r"^\d{4,12}$")] | None = None  # the author's PIN, checked by the hub


class ReviewAwardIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    review_id: Annotated[str, Field(min_length=1, max_length=64, pattern=PRINTABLE)]
    author: Annotated[str, Field(min_length=1, max_length=32, pattern=PRINTABLE)]


class MovementCreated(BaseModel):
    movement_id: int
    points: int
    balance: BalanceOut


class ReviewSale(BaseModel):
    """A flagged sale in the review queue."""
    id: Annotated[int, Field(ge=1, description="the sale's id: pos-hub review resolve ID")]
    status: Literal["open", "resolved"]
    reason: Annotated[str, Field(description='"code: detail; ..." as the hub flagged it')]
    member_id: str | None
    member_phone: Annotated[str | None, Field(description="masked: +7 *** ***-67-89")]
    store: str
    till: str
    receipt_no: str
    sold_at: str
    offline: bool
    sale_status: Literal["finished", "cancelled"]
    accrual_points: Annotated[int, Field(ge=0)]
    redeem_points: Annotated[int, Field(ge=0)]
    gift_points: Annotated[int, Field(ge=0)]
    resolved_at: str | None
    resolved_by: str | None
    note: str | None


class ReviewOut(BaseModel):
    status: Literal["open", "resolved", "all"]
    sales: list[ReviewSale]
