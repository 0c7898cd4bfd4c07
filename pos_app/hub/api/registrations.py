"""Online registration with an SMS code, and paying with points online."""

from __future__ import annotations

from fastapi import APIRouter

from ..members import member_dict
from ..members.lookup import get_member
from ..members.registration import (RegistrationForm, confirm_member, register, request_confirmation_code,
                                    request_registration_code)
from ..members.tokens import request_redemption_code, verify_redemption_code
from .deps import HubDep, TillDep
from .errors import member_links, responses
from .schemas import (CodeRequest, CodeSent, ConfirmationIn, MemberOut, RedemptionCodeIn, RedemptionCodeOut, RegistrationIn,
                      RegistrationOut, TokenOut, VerifyIn)

router = APIRouter(prefix="/v1")


@router.post("/registrations/code", response_model=CodeSent, tags=["registration"], operation_id="registration_code",
             responses=responses("invalid_phone", "country_not_allowed", "already_member", "too_many_codes",
                                 "sms_failed", body=True))
def registration_code(hub: HubDep, _till: TillDep, body: CodeRequest) -> dict:
    return request_registration_code(hub, body.phone)


@router.post("/registrations", response_model=RegistrationOut, status_code=201, tags=["registration"],
             operation_id="registration",
             responses={**responses("invalid_phone", "consent_required", "invalid_email", "invalid_birth_date",
                                    "underage", "wrong_code", "code_expired", "already_member", body=True),
                        **member_links(201)})
def registration(hub: HubDep, _till: TillDep, body: RegistrationIn) -> dict:
    member, token = register(hub, RegistrationForm(**body.model_dump()))
    with hub.db.read() as s:
        return {**member_dict(s, get_member(s, member.member_id), hub.clock.now()), "registration_token": token}


@router.post("/confirmations/code", response_model=CodeSent, tags=["registration"], operation_id="confirmation_code",
             responses=responses("invalid_phone", "member_not_found", "already_confirmed", "too_many_codes",
                                 "country_not_allowed", "sms_failed", body=True))
def confirmation_code(hub: HubDep, _till: TillDep, body: CodeRequest) -> dict:
    return request_confirmation_code(hub, body.phone)


@router.post("/confirmations", response_model=MemberOut, tags=["registration"], operation_id="confirmation",
             responses=responses("invalid_phone", "member_not_found", "wrong_code", "code_expired", body=True))
def confirmation(hub: HubDep, _till: TillDep, body: ConfirmationIn) -> dict:
    member_id = confirm_member(hub, body.phone, body.code)
    with hub.db.read() as s:
        return member_dict(s, get_member(s, member_id), hub.clock.now())


@router.post("/redemptions/code", response_model=RedemptionCodeOut, tags=["redemption"], operation_id="redemption_code",
             responses={**responses("invalid_phone", "member_not_found", "insufficient_points", "too_many_codes",
                                    "sms_failed", body=True),
                        200: {"description": "Whether a code is needed", "links": {"verify": {
                            "operationId": "redemption_verify", "description": "Verify the code sent",
                            "requestBody": {"challenge_id": "$response.body#/challenge_id"}}}}})
def redemption_code(hub: HubDep, _till: TillDep, body: RedemptionCodeIn) -> dict:
    return request_redemption_code(hub, body.phone, body.points)


@router.post("/redemptions/verify", response_model=TokenOut, tags=["redemption"], operation_id="redemption_verify",
             responses=responses("challenge_not_found", "wrong_code", "code_expired", "insufficient_points",
                                 body=True))
def redemption_verify(hub: HubDep, _till: TillDep, body: VerifyIn) -> dict:
    return verify_redemption_code(hub, body.challenge_id, body.code)
