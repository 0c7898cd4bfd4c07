"""Roles of people who act through a till: cashier, service (the service zone), supervisor.

A store that has registered no staff is not checked beyond a non-empty code; once it has, the code must
belong to a person with one of the roles asked for."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Staff
from ..errors import ApiError

ROLES = ("cashier", "service", "supervisor")


def add_staff(session: Session, store: str, code: str, name: str, role: str) -> Staff:
    if role not in ROLES:
        raise ApiError(f"role must be one of {', '.join(ROLES)}", code="invalid_role", field="role")
    person = Staff(store=store, code=code, name=name, role=role)
    session.add(person)
    session.flush()
    return person


def require_role(session: Session, store: str, code: str | None, roles: tuple[str, ...], field: str) -> None:
    if not code:
        raise ApiError(f"{field} is required: this needs a {' or '.join(roles)}.", code=f"{field}_required",
                       field=field)
    known = session.scalar(select(Staff.id).where(Staff.store == store).limit(1))
    if known is None:
        return
    person = session.scalar(select(Staff).where(Staff.store == store, Staff.code == code))
    if person is None or person.role not in roles:
        raise ApiError(f"{code!r} is not a {' or '.join(roles)} of store {store}.", code="role_not_allowed",
                       field=field)
