"""Finding a member by phone and the ``Member`` JSON with its balance."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from sqlalchemy import Row, bindparam, select
from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ...loyalty import InvalidPhone, example_phone, normalize_phone
from ...loyalty.phones import DEFAULT_REGION
from ..catalog.rules import recent_rules
from ..db.models import Member
from ..errors import ApiError, NotFound
from ..ledger import balance_as_of


@lru_cache(maxsize=65_536)
def _normalized(text: str, region: str) -> str:
    """Parsing a number costs more than the rest of a look-up; tills send the same members again and
    again. Refusals are not cached (an exception leaves the cache alone)."""
    return normalize_phone(text, region)


def program_region(session: Session | Connection) -> str:
    """The program's country (its current rules): a number without a + code is read as one of its."""
    return recent_rules(session)[1].region


def parse_phone(text: str, field: str = "phone", region: str = DEFAULT_REGION) -> str:
    """E.164, reading a number without a + code as one of ``region`` (the program's: ``program_region``)."""
    try:
        return _normalized(text, region)
    except InvalidPhone as exc:
        raise ApiError(exc.message, code="invalid_phone", field=field) from None
    except TypeError:  # not hashable, so not text
        raise ApiError(f"Enter the phone number, for example {example_phone(region)}.", code="invalid_phone",
                       field=field) from None


def find_by_phone(session: Session, phone: str) -> Member | None:
    return session.scalar(select(Member).where(Member.phone == phone))


_CARD_BY_PHONE = select(Member.member_id, Member.phone, Member.first_name, Member.birth_date, Member.card_number,
                      Member.confirmed).where(
    Member.phone == bindparam("phone"))


def card_by_phone(session: Session, phone_text: str) -> Row:
    """What ``member_dict`` shows of the member with this phone (a Core row, not an ORM object: the
    look-up is the tills' hot path), or ``NotFound``."""
    phone = parse_phone(phone_text, region=program_region(session))
    row = session.connection().execute(_CARD_BY_PHONE, {"phone": phone}).first()
    if row is None:
        raise NotFound("No member with this phone number; offer to register.", code="member_not_found")
    return row


def get_member(session: Session, member_id: str) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound(f"No member {member_id!r}.", code="member_not_found")
    return member


def require_by_phone(session: Session, phone_text: str) -> Member:
    phone = parse_phone(phone_text, region=program_region(session))
    member = find_by_phone(session, phone)
    if member is None:
        raise NotFound("No member with this phone number; offer to register.", code="member_not_found")
    return member


def display_name(member: Member | Row) -> str:
    return member.first_name or f"Member {member.phone[-4:]}"


def member_dict(session: Session, member: Member | Row, at: datetime) -> dict:
    return {
        "member_id": member.member_id,
        "phone": member.phone,
        "display_name": display_name(member),
        "birth_date": member.birth_date.isoformat() if member.birth_date else None,
        "card_number": member.card_number,
        "balance": balance_as_of(session, member.member_id, at).to_dict(),
        "confirmed": bool(member.confirmed),
    }
