"""How many points a member may spend while the till cannot reach the hub.

The limit is the lower of
  * the cached available points minus what this till spent for the member since (sales after
    the cache was read, and sales whose events have not reached the hub yet), and
  * the offline cap per member (setting ``offline_redeem_cap``, default 1000) minus what this
    till already spent for them offline and not yet confirmed by the hub,
never below zero, and only with a supervisor's PIN (enforced by the till facade)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select

from pos_app.store import Store
from pos_app.store.models import CachedMember, Cancellation, OutboxEvent, SaleRow


@dataclass(frozen=True)
class OfflineLimit:
    cached_available: int
    spent_unconfirmed: int  # spent at this till and not reflected in the cached balance
    spent_offline: int  # of which in offline sales
    cap: int
    limit: int


def offline_redeem_limit(store: Store, phone: str, cap: int) -> OfflineLimit:
    with store.read() as session:
        member = session.get(CachedMember, phone)
        if member is None:
            return OfflineLimit(0, 0, 0, cap, 0)
        unconfirmed = or_(
            SaleRow.sold_at >= member.read_at,
            SaleRow.event_id.in_(select(OutboxEvent.event_id)),
        )
        not_cancelled = SaleRow.id.not_in(select(Cancellation.sale_id))
        spent_expr = func.coalesce(func.sum(SaleRow.redeem_points + SaleRow.gift_points), 0)
        base = select(spent_expr).where(SaleRow.member_phone == phone, unconfirmed, not_cancelled)
        spent = session.scalar(base)
        spent_offline = session.scalar(base.where(SaleRow.offline.is_(True)))
    limit = max(0, min(member.available - spent, cap - spent_offline))
    return OfflineLimit(member.available, spent, spent_offline, cap, limit)
