"""Cashiers: adding them, checking a PIN, shifts, and the supervisor approvals log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from pos_app.loyalty.errors import CodedError
from pos_app.store import Store
from pos_app.store.models import ROLES, Approval, CashierRow, Shift, utcnow

from .pins import check_pin, hash_pin


class AuthError(CodedError):
    """Wrong number or PIN, or a role that may not do this. ``code``: wrong_pin, not_supervisor, forbidden."""


@dataclass(frozen=True)
class Cashier:
    """A member of staff signed in at the till (or approving as a supervisor)."""

    number: str
    name: str
    role: str  # cashier | service | supervisor

    @property
    def is_supervisor(self) -> bool:
        return self.role == "supervisor"


@dataclass(frozen=True)
class ShiftInfo:
    id: int
    cashier: str
    opened_at: datetime
    closed_at: datetime | None


def add_cashier(store: Store, number: str, name: str, role: str, pin: str) -> None:
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}")
    if not (pin.isdigit() and 4 <= len(pin) <= 8):
        raise ValueError("a PIN is 4 to 8 digits")
    with store.write() as session:
        session.merge(CashierRow(number=number, name=name, role=role, pin_hash=hash_pin(pin), active=True))


def authenticate(store: Store, number: str, pin: str) -> Cashier:
    with store.read() as session:
        row = session.get(CashierRow, str(number).strip())
    if row is None or not row.active or not check_pin(str(pin), row.pin_hash):
        raise AuthError("wrong_pin", "Wrong cashier number or PIN; try again.")
    return Cashier(row.number, row.name, row.role)


def approve(store: Store, number: str, pin: str, action: str, cashier: str | None, reference: str | None,
            detail: str | None = None) -> Cashier:
    """Check a supervisor's PIN and record the approval."""
    who = authenticate(store, number, pin)
    if who.role != "supervisor":
        raise AuthError("not_supervisor", f"{who.name} is not a supervisor; ask a supervisor to enter their PIN.")
    with store.write() as session:
        session.add(Approval(at=utcnow(), supervisor=who.number, cashier=cashier, action=action,
                             reference=reference, detail=detail))
    return who


def open_shift(store: Store, cashier: str) -> ShiftInfo:
    """The cashier's open shift, or a new one."""
    with store.write() as session:
        row = session.scalar(select(Shift).where(Shift.cashier == cashier, Shift.closed_at.is_(None)))
        if row is None:
            row = Shift(cashier=cashier, opened_at=utcnow())
            session.add(row)
            session.flush()
        return ShiftInfo(row.id, row.cashier, row.opened_at, row.closed_at)


def close_shift(store: Store, shift_id: int) -> ShiftInfo:
    with store.write() as session:
        row = session.get(Shift, shift_id)
        if row is None:
            raise ValueError(f"no shift {shift_id}")
        if row.closed_at is None:
            row.closed_at = utcnow()
        return ShiftInfo(row.id, row.cashier, row.opened_at, row.closed_at)
