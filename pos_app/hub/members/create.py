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
    session.add(member)
    session.flush()
    return member


def is_adult(birth_date: date, today: date, years: int = 18) -> bool:
    try:
        threshold = birth_date.replace(year=birth_date.year + years)
    except ValueError:  # 29 February
        threshold = date(birth_date.year + years, 3, 1)
    return threshold <= today
