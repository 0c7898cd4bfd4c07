"""What every part of a running hub shares: the database, the clock, the settings, the SMS gateway."""

from __future__ import annotations

from dataclasses import dataclass, field

from .clock import Clock, SystemClock
from .db.engine import Database
from .settings import HubSettings
from .sms.gateway import ConsoleGateway, SmsGateway


@dataclass
class Hub:
    db: Database
    clock: Clock = field(default_factory=SystemClock)
    settings: HubSettings = field(default_factory=HubSettings)
    sms: SmsGateway = field(default_factory=ConsoleGateway)
