"""The demo people, for tests and screenshots only (``TillServices.open(seed=True)``). A real till gets
its staff from the hub (``pos-hub staff add``); the demo hub (``pos-hub demo``, ``make run``) sends these
same people (``pos_app.hub.demo.DEMO_STAFF``).

| number | PIN  | role         | name                  |
|--------|------|--------------|-----------------------|
| 1      | 1111 | cashier      | Кассир Иванова        |
| 2      | 2222 | service      | Консультант Смирнова  |
| 9      | 9999 | supervisor   | Старший кассир Петров |

The names are demo data the cashier sees (status bar, receipts), so they are Russian whatever the UI
language. Change them before real use."""

from __future__ import annotations

from sqlalchemy import func, select

from pos_app.store import Store
from pos_app.store.models import CashierRow

from .staff import add_cashier

DEFAULT_CASHIERS = (
    ("1", "Кассир Иванова", "cashier", "1111"),
    ("2", "Консультант Смирнова", "service", "2222"),
    ("9", "Старший кассир Петров", "supervisor", "9999"),
)


def seed_default_cashiers(store: Store) -> bool:
    """Add the default cashiers when the till has none. Returns True when it added them."""
    with store.read() as session:
        if session.scalar(select(func.count()).select_from(CashierRow)):
            return False
    for number, name, role, pin in DEFAULT_CASHIERS:
        add_cashier(store, number, name, role, pin)
    return True
