"""Creating a member record (registration online, a till's offline registration, the demo)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy.orm import Session

from ..db.models import Member


def new_member_id() -> str:
    return uuid.uuid4().hex


def create_member(session: Session, *, phone: str, birth_date: date | None, at: datetime,
                  first_name: str | None = None, email: str | None = None, consent_rules: bool = True,
                  consent_marketing: bool = False, source: str = "hub") -> Member:
    member = Member(member_id=new_member_id(), phone=phone, birth_date=birth_date, first_name=first_name,
                    email=email, consent_rules=consent_rules, consent_marketing=consent_marketing,
                    registered_at=at, source=source)
    from .cards import next_card_number

    member.card_number = next_card_number(session)  # every member has a card from registration on
    session.add(member)
    session.flush()
    return member


def check_birth_date(birth_date: date | None, earliest_year: int, field: str) -> None:
    """A birth date before ``earliest_year`` (1900) is a typing mistake, refused ``invalid_birth_date``."""
    from ..errors import ApiError

    if birth_date is not None and birth_date.year < earliest_year:
        raise ApiError(f"A birth date before {earliest_year} is not plausible; check the year.",
                       code="invalid_birth_date", field=field)


def is_adult(birth_date: date, today: date, years: int = 18) -> bool:
    try:
        threshold = birth_date.replace(year=birth_date.year + years)
    except ValueError:  # 29 February
        threshold = date(birth_date.year + years, 3, 1)
    return threshold <= today
