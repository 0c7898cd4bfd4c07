"""Sync with the hub: client, outbox relay, pulls, member look-up, offline policy, engine.

Never imports Qt; run network calls on a worker thread."""

from .backoff import Backoff
from .client import HubClient
from .engine import SyncEngine
from .errors import HubRefused, HubUnavailable
from .members import Member, MemberNotFound, MemberUnavailable, cached_member, lookup_member
from .offline_policy import OfflineLimit, offline_redeem_limit
from .outbox_queries import OutboxStats, SyncProblem, outbox_stats, retry_problem, sync_problems
from .pulls import apply_catalog, load_catalog_version, load_rules, pull_catalog, pull_rules, pull_staff
from .relay import OutboxRelay, RelayOutcome
from .state import SyncState, SyncStatus

__all__ = [
    "Backoff", "HubClient", "HubRefused", "HubUnavailable", "Member", "MemberNotFound", "MemberUnavailable",
    "OfflineLimit", "OutboxRelay", "OutboxStats", "RelayOutcome", "SyncEngine", "SyncProblem", "SyncState",
    "SyncStatus", "apply_catalog", "cached_member", "load_catalog_version", "load_rules", "lookup_member",
    "offline_redeem_limit", "outbox_stats", "pull_catalog", "pull_rules", "pull_staff", "retry_problem", "sync_problems",
]
