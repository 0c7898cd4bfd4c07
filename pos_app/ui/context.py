"""What every page shares: the till layer, the worker queues, the print jobs, the signed-in cashier, the rules."""

from __future__ import annotations

from dataclasses import dataclass, field

from pos_app.loyalty import Quote, Rules

from pos_app.till import Basket, Cashier, CodedError, TillServices

from .print_jobs import PrintJobs
from .workers import Operations


@dataclass
class TillContext:
    till: TillServices  # every call that touches the store, the hub or the printer runs on ``ops``
    ops: Operations
    language: str = "ru"
    cashier: Cashier | None = None
    rules: Rules = field(default_factory=Rules)
    basket: Basket = field(default_factory=Basket)
    shift_started: str = ""
    offline_cap: int = 1000
    pending_phone: str | None = None  # handed from the member page to registration
    pending_scan: str | None = None  # scanned on the finished sale: the next sale starts with it
    printing: PrintJobs | None = None  # the print queue's jobs (TillApp sets it)

    def quote(self, redeem_points: int | str = 0, credit: bool = False) -> tuple[Quote | None, CodedError | None]:
        """The open basket's quote from the till layer (pure, no I/O), or the refusal that says why not."""
        try:
            return self.till.quote(self.basket.lines, member=self.basket.member, redeem_points=redeem_points,
                                   credit=credit), None
        except CodedError as exc:  # without its traceback: kept, it would hold every caller's frame (and the
            return None, exc.with_traceback(None)  # window being replaced) until the cycle collector runs
