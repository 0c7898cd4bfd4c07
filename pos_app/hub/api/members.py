"""Member look-up, history, adjustments and review awards."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from ..events.member_lock import lock_member
from ..ledger import history
from ..ledger.expiry import expiry_due
from ..members import member_dict
from ..members.adjustments import adjust, award_review
from ..members.cards import card_by_card, replace_card
from ..members.lookup import card_by_phone, get_member
from .deps import HubDep, TillDep
from .errors import member_links, responses
from .schemas import (CARD_PATTERN, AdjustmentIn, CardReplaced, CardReplaceIn, HistoryOut, MemberOut, MovementCreated,
                      PhoneText, ReviewAwardIn)

router = APIRouter(prefix="/v1/members", tags=["members"])
MemberId = Annotated[str, Path(min_length=1, max_length=64, description="From a registration or a look-up")]


@router.get("/by-phone/{phone}", response_model=MemberOut, operation_id="member_by_phone",
            responses={**responses("member_not_found", "not_found", "invalid_phone"), **member_links(200)})
def by_phone(hub: HubDep, _till: TillDep, phone: Annotated[PhoneText, Path()]) -> dict:
    with hub.db.read() as s:
        return member_dict(s, card_by_phone(s, phone), hub.clock.now())


@router.get("/by-card/{card}", response_model=MemberOut, operation_id="member_by_card",
            responses={**responses("card_not_found"), **member_links(200)})
def by_card(hub: HubDep, _till: TillDep,
            card: Annotated[str, Path(min_length=13, max_length=13, pattern=CARD_PATTERN)]) -> dict:
    """The member holding member card ``card`` (EAN-13, prefix 29): the same answer as by phone. A replaced
    card no longer works, and a number with a wrong check digit is no card: ``404 card_not_found``."""
    with hub.db.read() as s:
        return member_dict(s, card_by_card(s, card), hub.clock.now())


@router.get("/{member_id}/history", response_model=HistoryOut, operation_id="member_history",
            responses=responses("member_not_found", "not_found"))
def member_history(hub: HubDep, _till: TillDep, member_id: MemberId) -> dict:
    now = hub.clock.now()
    with hub.db.read() as s:
        member = get_member(s, member_id)
        due = expiry_due(s, member_id, now)
    if due:  # the minute's expiry run has not reached this member yet: settle it now, then read
        with hub.db.write() as s:
            lock_member(s, member_id, now)
    with hub.db.read() as s:
        return {"member_id": member_id, "card_number": member.card_number, "movements": history(s, member_id)}


@router.post("/{member_id}/card", response_model=CardReplaced, status_code=201, operation_id="member_card",
             responses=responses("wrong_pin", "role_not_allowed", "member_not_found", body=True))
def new_card(hub: HubDep, till: TillDep, member_id: MemberId, body: CardReplaceIn) -> dict:
    """A lost card replaced by the service zone: a new number; the old one stops working at once. The author
    (a supervisor or service person of the till's store) and their PIN are checked by the hub; audited."""
    return replace_card(hub, till, member_id, body.author, body.pin)


@router.post("/{member_id}/adjustments", response_model=MovementCreated, status_code=201,
             operation_id="member_adjustment",
             responses=responses("member_not_found", "not_found", "role_not_allowed", "wrong_pin", body=True))
def adjustment(hub: HubDep, till: TillDep, member_id: MemberId, body: AdjustmentIn) -> dict:
    return adjust(hub, till, member_id, body.points, body.reason, body.author, body.pin)


@router.post("/{member_id}/review-awards", response_model=MovementCreated, status_code=201,
             operation_id="member_review_award",
             responses=responses("member_not_found", "not_found", "role_not_allowed", "review_already_awarded",
                                 body=True))
def review_award(hub: HubDep, till: TillDep, member_id: MemberId, body: ReviewAwardIn) -> dict:
    return award_review(hub, till, member_id, body.review_id, body.author)
