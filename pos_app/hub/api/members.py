"""Member look-up, history, adjustments and review awards."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from ..ledger import history
from ..members import member_dict
from ..members.adjustments import adjust, award_review
from ..members.cards import card_by_card, replace_card
from ..members.lookup import card_by_phone, get_member
from .deps import HubDep, TillDep
from .errors import ERROR_RESPONSES
from .schemas import (CARD_PATTERN, AdjustmentIn, ErrorBody, CardReplaced, CardReplaceIn, HistoryOut, MemberOut, MovementCreated,
                      ReviewAwardIn)

router = APIRouter(prefix="/v1/members", responses=ERROR_RESPONSES, tags=["members"])
MemberId = Annotated[str, Path(min_length=1, max_length=64)]


@router.get("/by-phone/{phone}", response_model=MemberOut)
def by_phone(hub: HubDep, _till: TillDep, phone: Annotated[str, Path(min_length=1, max_length=40)]) -> dict:
    with hub.db.read() as s:
        return member_dict(s, card_by_phone(s, phone), hub.clock.now())


@router.get("/by-card/{card}", response_model=MemberOut, responses={
    404: {"model": ErrorBody, "description": "card_not_found: no member holds this card (a replaced card no longer works)"},
    422: {"model": ErrorBody, "description": "invalid_input / invalid_card: not 13 digits starting with 29, or a wrong check digit"}})
def by_card(hub: HubDep, _till: TillDep,
            card: Annotated[str, Path(min_length=13, max_length=13, pattern=CARD_PATTERN)]) -> dict:
    """The member holding member card ``card`` (EAN-13, prefix 29): the same answer as by phone."""
    with hub.db.read() as s:
        return member_dict(s, card_by_card(s, card), hub.clock.now())


@router.get("/{member_id}/history", response_model=HistoryOut)
def member_history(hub: HubDep, _till: TillDep, member_id: MemberId) -> dict:
    with hub.db.read() as s:
        member = get_member(s, member_id)
        return {"member_id": member_id, "card_number": member.card_number, "movements": history(s, member_id)}


@router.post("/{member_id}/card", response_model=CardReplaced, status_code=201, responses={
    403: {"model": ErrorBody, "description": "wrong_pin / role_not_allowed: the author is not a supervisor or service person of "
                         "the till's store, or the PIN is wrong (audited)"},
    404: {"model": ErrorBody, "description": "member_not_found"}})
def new_card(hub: HubDep, till: TillDep, member_id: MemberId, body: CardReplaceIn) -> dict:
    """A lost card replaced by the service zone: a new number; the old one stops working at once. Audited."""
    return replace_card(hub, till, member_id, body.author, body.pin)


@router.post("/{member_id}/adjustments", response_model=MovementCreated, status_code=201)
def adjustment(hub: HubDep, till: TillDep, member_id: MemberId, body: AdjustmentIn) -> dict:
    return adjust(hub, till, member_id, body.points, body.reason, body.author, body.pin)


@router.post("/{member_id}/review-awards", response_model=MovementCreated, status_code=201)
def review_award(hub: HubDep, till: TillDep, member_id: MemberId, body: ReviewAwardIn) -> dict:
    return award_review(hub, till, member_id, body.review_id, body.author)
