"""Staff: the people who act through a till (cashier, service = the service zone, supervisor), kept at
the hub with their PIN as a salted slow hash (``pos_app.loyalty.pins``). Tills pull their store's staff
(hashes only) and check PINs offline; the hub checks every code an event or a request names: it must be
an active person of that store with one of the roles asked for, and a request made online (an
adjustment) carries the PIN, which the hub verifies."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...loyalty.pins import check_pin, hash_pin, pin_problem
from ..db.models import Staff
from ..errors import ApiError

ROLES = ("cashier", "service", "supervisor")


def add_staff(session: Session, store: str, code: str, name: str, role: str, pin: str, *,
              demo: bool = False) -> Staff:
    """Add a person, or change their name, role and PIN (a supervisor's PIN is at least 6 digits; the
    demo's 9999 is the one exception, made by ``pos_app.hub.demo``)."""
    if role not in ROLES:
        raise ApiError(f"role must be one of {', '.join(ROLES)}", code="invalid_role", field="role")
    if not (code and code.isascii() and code.isalnum() and len(code) <= 16):
        raise ApiError("A staff code is 1 to 16 letters or digits.", code="invalid_code", field="code")
    problem = pin_problem(pin, "cashier" if demo else role)
    if problem:
        raise ApiError(f"The PIN is refused: {problem}.", code="invalid_pin", field="pin")
    person = session.scalar(select(Staff).where(Staff.store == store, Staff.code == code))
    if person is None:
        person = Staff(store=store, code=code)
        session.add(person)
    person.name, person.role, person.pin_hash, person.active = name, role, hash_pin(pin), True
    session.flush()
    return person


def remove_staff(session: Session, store: str, code: str) -> None:
    person = session.scalar(select(Staff).where(Staff.store == store, Staff.code == code))
    if person is None or not person.active:
        raise ApiError(f"No staff {code} in store {store}.", code="staff_not_found", status=404, field="code")
    person.active = False


def store_staff(session: Session, store: str) -> list[Staff]:
    """The store's staff, active or not (a till deactivates the ones the hub deactivated)."""
    return list(session.scalars(select(Staff).where(Staff.store == store).order_by(Staff.code)))


def require_role(session: Session, store: str, code: str | None, roles: tuple[str, ...], field: str,
                 pin: str | None = None, need_pin: bool = False) -> Staff:
    """The active person of ``store`` with ``code`` and one of ``roles``, else ``{field}_required`` or
    ``role_not_allowed``; with ``need_pin`` their PIN must match too (``wrong_pin``)."""
    if not code:
        raise ApiError(f"{field} is required: this needs a {' or '.join(roles)}.", code=f"{field}_required",
                       field=field)
    person = session.scalar(select(Staff).where(Staff.store == store, Staff.code == code))
    if person is None or not person.active or person.role not in roles:
        raise ApiError(f"{code!r} is not a {' or '.join(roles)} of store {store}; staff are added at the hub "
                       "(pos-hub staff add).", code="role_not_allowed", status=403, field=field)
    if need_pin and not (pin and person.pin_hash and check_pin(pin, person.pin_hash)):
        raise ApiError(f"Wrong PIN for {code}.", code="wrong_pin", status=403, field="pin")
    return person
