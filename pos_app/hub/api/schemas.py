"""Request and response models: they are the OpenAPI document, the contract tills code against.

Every limit the hub checks a request with is here, built from the constants it checks with
(``pos_app.loyalty.limits``, ``phones``, the registration's e-mail pattern, ``HubSettings``' defaults),
so the document and the hub cannot drift apart. What JSON Schema cannot say (a phone must be a valid
number, an adult's birth date, a code that matches) is in the field's description, and the operation
declares the refusal's status and code."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict, model_validator

from ...loyalty import limits, phones
from ..members.registration import EMAIL_PATTERN
from ..settings import HubSettings



class _Request(BaseModel):
    """A request body: no unknown fields; JSON Schema's ``integer`` is a number without a fractional part
    however written, so ``2.0`` and ``1e3`` are the integers 2 and 1000, as the document promises (a string
    or a bool stays refused: ``Int`` is strict)."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _json_integers(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {k: int(v) if isinstance(v, float) and v.is_integer() else v for k, v in data.items()}
        return data


def _json_date(value: Any) -> Any:
    """A date is a JSON string ``YYYY-MM-DD`` (not a number of seconds): anything else is invalid_input."""
    if not isinstance(value, str):
        raise ValueError("a date is a string YYYY-MM-DD")
    return value


Int = Annotated[int, Strict()]  # "100" and true are 422 invalid_input; 2.0 is 2 (``_Request``)
JsonDate = Annotated[date, BeforeValidator(_json_date)]
Points = Annotated[Int, Field(ge=0, le=limits.MAX_POINTS)]
PRINTABLE = limits.PRINTABLE  # no NUL or other control characters
DEFAULTS = HubSettings()
MAX_ADJUSTMENT = 1_000_000  # points one adjustment may add or take
MAX_BATCH = 500  # events a batch
SMS_CODE_PATTERN = r"^[0-9]{6}$"
PIN_PATTERN = r"^[0-9]{4,12}$"



def phone_description(countries: tuple[str, ...]) -> str:
    return ("A member's mobile phone in E.164, as a till sends it (`normalize_phone` of what was typed); the "
            f"pattern gives the valid mobile numbers of the program's SMS countries ({', '.join(countries)}), "
            "built from the phone metadata the hub validates with. The hub is lenient beyond it: it also reads "
            "a number typed with ASCII digits, `+ ( ) -` and spaces (at most "
            f"{phones.MAX_PHONE_LENGTH} characters) and normalises it; text that is not a valid phone number is "
            "`422 invalid_phone`.")


PHONE_PATTERN = phones.mobile_e164_pattern(DEFAULTS.sms_countries)
PHONE_DESCRIPTION = phone_description(DEFAULTS.sms_countries)
# The pattern is the schema's only (the hub's own check is phones.normalize_phone): a stricter pydantic
# pattern would refuse the typed forms the hub has always read.
PhoneText = Annotated[str, Field(min_length=1, max_length=phones.MAX_PHONE_LENGTH, description=PHONE_DESCRIPTION,
                                 examples=["+79123456789"], json_schema_extra={"pattern": PHONE_PATTERN})]


def _year_at_least(year: int) -> str:
    """A pattern of the four-digit years from ``year`` on (1900 -> ``19[0-9][0-9]|[2-9][0-9]{3}``)."""
    digits = f"{year:04d}"
    parts = [digits]
    for i in range(4):
        if digits[i] != "9":
            parts.append(f"{digits[:i]}[{int(digits[i]) + 1}-9]" + ("[0-9]" * (3 - i)))
    return "(?:" + "|".join(parts) + ")"


BIRTH_DATE_PATTERN = rf"^{_year_at_least(DEFAULTS.earliest_birth_year)}-[0-9]{{2}}-[0-9]{{2}}$"


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


CARD_PATTERN = r"^29\d{11}$"  # a member card: EAN-13 in the in-store range (the check digit is checked too)
CardNumber = Annotated[str, Field(min_length=13, max_length=13, pattern=CARD_PATTERN)]


class MemberOut(BaseModel):
    member_id: str
    phone: str
    display_name: str
    birth_date: date | None
    card_number: CardNumber | None  # None only for a member the hub has not given a card yet
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
    card_number: CardNumber | None
    movements: list[MovementOut]


class CodeRequest(_Request):
    phone: PhoneText


class CodeSent(BaseModel):
    phone: str
    expires_in: int
    resend_in: int
    sends_left: int


class RegistrationIn(_Request):
    phone: PhoneText
    birth_date: Annotated[JsonDate, Field(
        description=f"YYYY-MM-DD, not before {DEFAULTS.earliest_birth_year} (`422 invalid_birth_date`); the "
                    f"member must be {DEFAULTS.min_age_years} or older on the hub's date (`422 underage`, "
                    "checked after the code).",
        json_schema_extra={"pattern": BIRTH_DATE_PATTERN})]
    consent_rules: Annotated[bool, Field(description="Must be true: `422 consent_required`.",
                                         json_schema_extra={"const": True})]
    email: Annotated[str, Field(max_length=254, pattern=PRINTABLE, description="`422 invalid_email` unless "
                                "it matches the pattern.", json_schema_extra={"pattern": EMAIL_PATTERN})] | None = None
    consent_marketing: bool = False
    code: Annotated[str, Field(pattern=SMS_CODE_PATTERN, description="The SMS code from "
                               "`POST /v1/registrations/code`: `403 wrong_code` (with `tries_left`), "
                               "`403 code_expired`.")]
    first_name: Annotated[str, Field(min_length=1, max_length=100, pattern=PRINTABLE)] | None = None


class RedemptionCodeIn(_Request):
    phone: PhoneText
    points: Annotated[Int, Field(ge=1, le=limits.MAX_POINTS, description="At most the member's available "
                                 "points less their live reservations: `409 insufficient_points` (with `available`).")]


class RedemptionCodeOut(BaseModel):
    required: bool
    challenge_id: str | None
    expires_in: int


class VerifyIn(_Request):
    challenge_id: Annotated[str, Field(min_length=1, max_length=64, description="From "
                                       "`POST /v1/redemptions/code`: `404 challenge_not_found`.")]
    code: Annotated[str, Field(pattern=SMS_CODE_PATTERN, description="`403 wrong_code`, `403 code_expired`.")]


class TokenOut(BaseModel):
    token: str


class EventEnvelope(BaseModel):
    id: Annotated[str, Field(pattern=r"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$")]
    kind: Annotated[str, Field(min_length=1, max_length=64, description="`sale.finished`, `sale.returned`, "
                               "`sale.cancelled` or `member.registered`; another kind is that event's "
                               "`rejected unknown_kind` (the batch goes on).")]
    created_at: str | None = Field(None, description="ISO 8601 with an offset; unreadable is as if absent.")
    payload: dict[str, Any] = Field(description="The kind's payload (see docs/architecture.md); an invalid one "
                                                "is that event's `rejected invalid_payload`.")


class EventsIn(BaseModel):
    events: Annotated[list[EventEnvelope], Field(max_length=MAX_BATCH)]


class EventResult(BaseModel):
    id: str
    status: Literal["applied", "duplicate", "rejected"]
    code: str | None
    message: str | None
    result: dict[str, Any] | None


class EventsOut(BaseModel):
    results: list[EventResult]


class AdjustmentIn(_Request):
    points: Annotated[Int, Field(ge=-MAX_ADJUSTMENT, le=MAX_ADJUSTMENT, description="Non-zero; negative takes "
                                 "points.", json_schema_extra={"not": {"const": 0}})]
    reason: Annotated[str, Field(min_length=1, max_length=500, pattern=PRINTABLE)]
    author: Annotated[str, Field(min_length=1, max_length=limits.MAX_CODE, pattern=PRINTABLE, description="A "
                                 "service or supervisor person of the till's store: `403 role_not_allowed`.")]
    pin: Annotated[str, Field(pattern=PIN_PATTERN, description="The author's PIN, checked by the hub: "
                              "`403 wrong_pin` (also when absent).")] | None = None


class CardReplaceIn(_Request):
    """A lost card replaced: the author (supervisor or service of the till's store) and their PIN."""

    author: Annotated[str, Field(min_length=1, max_length=32, pattern=PRINTABLE)]
    pin: Annotated[str, Field(pattern=r"^[0-9]{4,12}$")]


class CardReplaced(BaseModel):
    member_id: str
    card_number: CardNumber
    replaced: str | None  # the old number, masked


class ReviewAwardIn(_Request):
    review_id: Annotated[str, Field(min_length=1, max_length=64, pattern=PRINTABLE)]
    author: Annotated[str, Field(min_length=1, max_length=limits.MAX_CODE, pattern=PRINTABLE, description="A "
                                 "service or supervisor person of the till's store: `403 role_not_allowed`.")]


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
