"""``member.registered``: a registration the till recorded; idempotent by phone. With the registration
token ``POST /v1/registrations`` gave (the phone's code was verified) the member is confirmed; without it
(registered offline) the member is created unconfirmed: earns points, cannot spend them until the phone is
confirmed with a code (``POST /v1/confirmations``)."""

from __future__ import annotations

from ..errors import ApiError
from ..members.create import check_birth_date, create_member, is_adult
from ..members.lookup import find_by_phone, parse_phone, program_region
from ..members.registration import registration_token_valid
from .context import EventContext
from .payloads import MemberRegistered, event_time, parse_payload


def apply_member_registered(ctx: EventContext, payload: dict) -> dict:
    p: MemberRegistered = parse_payload(MemberRegistered, payload)
    at = event_time(p.registered_at, "payload.registered_at", ctx.now)
    phone = parse_phone(p.phone, "payload.phone", program_region(ctx.tx))
    confirmed = registration_token_valid(ctx.session, p.registration_token, phone, at)
    existing = find_by_phone(ctx.session, phone)
    if existing is not None:
        if confirmed and not existing.confirmed:
            existing.confirmed = True
        return {"member_id": existing.member_id, "created": False, "confirmed": bool(existing.confirmed)}
    if not p.consent_rules:
        raise ApiError("The member must accept the program's rules.", code="consent_required",
                       field="payload.consent_rules")
    check_birth_date(p.birth_date, ctx.hub.settings.earliest_birth_year, "payload.birth_date")
    if not is_adult(p.birth_date, at.date(), ctx.hub.settings.min_age_years):
        raise ApiError("Members must be 18 or older.", code="underage", field="payload.birth_date")
    member = create_member(ctx.session, phone=phone, birth_date=p.birth_date, at=at, first_name=p.first_name,
                           email=p.email or None, consent_rules=True, consent_marketing=p.consent_marketing, source="till")
    member.confirmed = confirmed
    return {"member_id": member.member_id, "created": True, "confirmed": confirmed}
