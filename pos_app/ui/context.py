"""What every page shares: the backend, the worker queues, the print jobs, the logged-in cashier, the rules."""

from __future__ import annotations

from dataclasses import dataclass, field

from pos_app.loyalty import Rules

from .backend import Cashier, TillBackend
from .basket import Basket
from .print_jobs import PrintJobs
from .workers import Operations


@dataclass
class TillContext:
    backend: TillBackend
    ops: Operations
    language: str = "ru"
    cashier: Cashier | None = None
    rules: Rules = field(default_factory=Rules)
    basket: Basket = field(default_factory=Basket)
    shift_started: str = ""
    offline_cap: int = 1000
    pending_phone: str | None = None  # handed from the member page to registration
    printing: PrintJobs | None = None  # the print queue's jobs (TillApp sets it)
