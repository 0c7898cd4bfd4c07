"""The points ledger: movements and lots, never a bare balance column.

- ``lots``: accruals form lots, pending ``hold_days`` then available, expiring ``expiry_days`` later.
- ``spend``: redemptions take the lots that expire first.
- ``reversal``: return annulment/refund and cancellation (points come back with their original expiry).
- ``expiry``: expiring lots (materialised on writes, computed on reads).
- ``balance`` / ``history``: the balance as of a moment and the movement history with running totals.
"""

from .balance import Balance, balance_as_of
from .expiry import expire_due
from .history import history
from .lots import accrue
from .movements import KINDS, record
from .reversal import annul_lot, refund_spend
from .spend import spend

__all__ = ["KINDS", "Balance", "accrue", "annul_lot", "balance_as_of", "expire_due", "history", "record",
           "refund_spend", "spend"]
