"""Finding a member by phone and the ``Member`` JSON with its balance."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...loyalty import InvalidPhone, normalize_phone
from ..db.models import Member
from ..errors import HubError, NotFound
from ..ledger import balance_as_of


def parse_phone(text: str, field: str = "phone") -> str:
    try:
        return normalize_phone(text)
    except InvalidPhone as exc:
        raise HubError(exc.message, code="invalid_phone", field=field) from None


def find_by_phone(session: Session, phone: str) -> Member | None:
    return session.scalar(select(Member).where(Member.phone == phone))


def get_member(session: Session, member_id: str) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound(f"No member {member_id!r}.", code="member_not_found")
    return member


def require_by_phone(session: Session, phone_text: str) -> Member:
    phone = parse_phone(phone_text)
    member = find_by_phone(session, phone)
    if member is None:
        raise NotFound("No member with this phone number; offer to register.", code="member_not_found")
    return member


def display_name(member: Member) -> str:
    return member.first_name or f"Member {member.phone[-4:]}"


def member_dict(session: Session, member: Member, at: datetime) -> dict:
    return {
        "member_id": member.member_id,
        "phone": member.phone,
        "display_name": display_name(member),
        "birth_date": member.birth_date.isoformat() if member.birth_date else None,
        "balance": balance_as_of(session, member.member_id, at).to_dict(),
    }
