"""Online registration with an SMS code, and paying with points online."""

from __future__ import annotations

from fastapi import APIRouter

from ..members import member_dict
from ..members.lookup import get_member
from ..members.registration import (RegistrationForm, confirm_member, register, request_confirmation_code,
                                    request_registration_code)
from ..members.tokens import request_redemption_code, verify_redemption_code
from .deps import HubDep, TillDep
from .errors import ERROR_RESPONSES
from .schemas import (CodeRequest, CodeSent, ConfirmationIn, MemberOut, RedemptionCodeIn, RedemptionCodeOut, RegistrationIn,
                      RegistrationOut, TokenOut, VerifyIn)

router = APIRouter(prefix="/v1", responses=ERROR_RESPONSES)


@router.post("/registrations/code", response_model=CodeSent, tags=["registration"])
def registration_code(hub: HubDep, _till: TillDep, body: CodeRequest) -> dict:
    return request_registration_code(hub, body.phone)


@router.post("/registrations", response_model=RegistrationOut, status_code=201, tags=["registration"])
def registration(hub: HubDep, _till: TillDep, body: RegistrationIn) -> dict:
    member, token = register(hub, RegistrationForm(**body.model_dump()))
    with hub.db.read() as s:
        return {**member_dict(s, get_member(s, member.member_id), hub.clock.now()), "registration_token": token}


@router.post("/confirmations/code", response_model=CodeSent, tags=["registration"])
def confirmation_code(hub: HubDep, _till: TillDep, body: CodeRequest) -> dict:
    return request_confirmation_code(hub, body.phone)


@router.post("/confirmations", response_model=MemberOut, tags=["registration"])
def confirmation(hub: HubDep, _till: TillDep, body: ConfirmationIn) -> dict:
    member_id = confirm_member(hub, body.phone, body.code)
    with hub.db.read() as s:
        return member_dict(s, get_member(s, member_id), hub.clock.now())


@router.post("/redemptions/code", response_model=RedemptionCodeOut, tags=["redemption"])
def redemption_code(hub: HubDep, _till: TillDep, body: RedemptionCodeIn) -> dict:
    return request_redemption_code(hub, body.phone, body.points)


@router.post("/redemptions/verify", response_model=TokenOut, tags=["redemption"])
def redemption_verify(hub: HubDep, _till: TillDep, body: VerifyIn) -> dict:
    return verify_redemption_code(hub, body.challenge_id, body.code)
