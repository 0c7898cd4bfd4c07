"""Exponential backoff with jitter for retrying the hub."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    base: float = 1.0  # seconds after the first failure
    cap: float = 30.0
    failures: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def next_delay(self) -> float:
        """Record a failure and return how long to wait: base * 2^n, capped, with "equal jitter"
        (between half and all of it) so that tills do not retry in step."""
        delay = min(self.cap, self.base * (2 ** self.failures))
        self.failures += 1
        return delay / 2 + self.rng.uniform(0, delay / 2)

    def reset(self) -> None:
        self.failures = 0
