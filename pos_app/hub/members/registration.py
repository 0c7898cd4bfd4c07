"""Online registration, as at the DNS till: phone, birth date (18+), consent to the rules (required),
optional e-mail with its own marketing consent, and a one-time SMS code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..context import Hub
from ..db.models import Member
from ..errors import Conflict, ApiError
from .codes import check_code, issue_code, latest_code, send_code, send_limits
from .create import check_birth_date, create_member, is_adult
from ..catalog.rules import recent_rules
from .lookup import find_by_phone, parse_phone
from .sms_texts import registration_text

_PART = r"[^@\x00-\x20\x7f-\x9f]+"  # explicit ranges, not \s: the same in Python and ECMA 262 regexes
EMAIL_PATTERN = rf"^{_PART}@{_PART}\.{_PART}$"
"""An e-mail address as the hub accepts it (``invalid_email`` otherwise): no spaces or control characters;
the OpenAPI document gives it."""
EMAIL = re.compile(EMAIL_PATTERN)


def check_sms_country(hub: Hub, phone: str) -> None:
    """Codes go only to the regions in ``HubSettings.sms_countries`` (default RU): ``country_not_allowed``."""
    import phonenumbers

    region = phonenumbers.region_code_for_number(phonenumbers.parse(phone))
    if region not in hub.settings.sms_countries:
        raise ApiError(f"Registration codes are sent only to numbers of {', '.join(hub.settings.sms_countries)}.",
                       code="country_not_allowed", field="phone", region=region)


def _program_rules(hub: Hub):
    with hub.db.read() as s:
        return recent_rules(s)[1]


def request_registration_code(hub: Hub, phone_text: str) -> dict:
    rules = _program_rules(hub)
    phone = parse_phone(phone_text, region=rules.region)
    check_sms_country(hub, phone)
    with hub.db.write() as s:
        now = hub.clock.now()
        if find_by_phone(s, phone) is not None:
            raise Conflict("This phone is already a member; look the member up instead.", code="already_member",
                           field="phone")
        row, code = issue_code(s, hub, phone=phone, purpose="registration", now=now)
        left, wait = send_limits(s, hub, phone, now)
    send_code(hub, row, registration_text(rules), code)
    return {"phone": phone, "expires_in": hub.settings.code_ttl_s, "resend_in": wait, "sends_left": left}


@dataclass(frozen=True)
class RegistrationForm:
    phone: str
    birth_date: date
    consent_rules: bool
    code: str
    email: str | None = None
    consent_marketing: bool = False
    first_name: str | None = None


def register(hub: Hub, form: RegistrationForm) -> tuple[Member, str]:
    """The new member, or a refusal. A wrong code is committed (tries count down) before refusing."""
    phone = parse_phone(form.phone, region=_program_rules(hub).region)
    if not form.consent_rules:
        raise ApiError("The member must accept the program's rules.", code="consent_required", field="consent_rules")
    if form.email is not None and not EMAIL.match(form.email):
        raise ApiError("The e-mail address does not look right (name@example.com).", code="invalid_email",
                       field="email")
    check_birth_date(form.birth_date, hub.settings.earliest_birth_year, "birth_date")
    refusal: ApiError | None = None
    with hub.db.write() as s:
        now = hub.clock.now()
        if find_by_phone(s, phone) is not None:
            raise Conflict("This phone is already a member.", code="already_member", field="phone")
        try:
            check_code(latest_code(s, phone, "registration"), form.code, now)
        except ApiError as exc:
            refusal = exc  # leave the block normally so the spent try is committed
        if refusal is None:
            # the age after the code (refused 422 underage, rolled back: the code stays usable); a request
            # without the right code never gets this far, so the code comes first
            if not is_adult(form.birth_date, now.date(), hub.settings.min_age_years):
                raise ApiError("Members must be 18 or older.", code="underage", field="birth_date")
            member = create_member(s, phone=phone, birth_date=form.birth_date, at=now, first_name=form.first_name,
                                   email=form.email, consent_rules=True, consent_marketing=form.consent_marketing)
            return member, phone
    raise refusal
