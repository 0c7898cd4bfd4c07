"""Manual adjustments (with author and reason) and review awards; both audited."""

from __future__ import annotations

from ..audit import audit
from ..catalog import current_rules
from ..context import Hub
from ..db.models import ReviewAward, Till
from ..errors import Conflict, ApiError
from ..events.member_lock import lock_member
from ..ledger import accrue, balance_as_of, spend
from ..tills import require_role
from .lookup import get_member

ADMIN_ROLES = ("supervisor", "service")


def _audit_refusal(hub: Hub, till: Till, author: str, action: str, member_id: str, exc: ApiError) -> None:
    """A refused PIN or role is worth a line in the audit log (its own transaction: the request's rolls back)."""
    with hub.db.write() as s:
        audit(s, at=hub.clock.now(), actor=f"{till.store}/{till.till}/{author}", action=f"{action}.refused",
              details={"member_id": member_id, "code": exc.code})


def adjust(hub: Hub, till: Till, member_id: str, points: int, reason: str, author: str,
           pin: str | None = None) -> dict:
    """An adjustment made at ``till`` by ``author`` (a supervisor or service person of the till's store,
    whose PIN the hub verifies)."""
    if points == 0:
        raise ApiError("An adjustment needs a non-zero number of points.", code="invalid_input", field="points")
    try:
        with hub.db.read() as s:
            require_role(s, till.store, author, ADMIN_ROLES, "author", pin=pin, need_pin=True)
    except ApiError as exc:
        _audit_refusal(hub, till, author, "ledger.adjustment", member_id, exc)
        raise
    with hub.db.write() as s:
        now = hub.clock.now()
        get_member(s, member_id)
        require_role(s, till.store, author, ADMIN_ROLES, "author")
        lock_member(s, member_id, now)
        _, rules = current_rules(s)
        common = dict(member_id=member_id, at=now, kind="adjustment", note=reason, author=author)
        if points > 0:
            movement_id = accrue(s, points=points, rules=rules, hold=False, **common).movement_id
        else:
            movement_id = spend(s, points=-points, **common).id
        audit(s, at=now, actor=f"{till.store}/{till.till}/{author}", action="ledger.adjustment",
              details={"member_id": member_id, "points": points, "movement_id": movement_id, "store": till.store,
                       "till": till.till, "author": author}, note=reason)
        return {"movement_id": movement_id, "points": points,
                "balance": balance_as_of(s, member_id, now).to_dict()}


def award_review(hub: Hub, till: Till, member_id: str, review_id: str, author: str) -> dict:
    points = hub.settings.review_award_points
    with hub.db.write() as s:
        now = hub.clock.now()
        get_member(s, member_id)
        require_role(s, till.store, author, ADMIN_ROLES, "author")
        if s.get(ReviewAward, review_id) is not None:
            raise Conflict(f"Review {review_id} was already awarded.", code="review_already_awarded",
                           field="review_id")
        lock_member(s, member_id, now)
        _, rules = current_rules(s)
        movement_id = accrue(s, member_id=member_id, points=points, at=now, rules=rules, kind="review_award",
                             hold=False, note=f"review {review_id}", author=author).movement_id
        s.add(ReviewAward(review_id=review_id, member_id=member_id, movement_id=movement_id))
        audit(s, at=now, actor=f"{till.store}/{till.till}/{author}", action="ledger.review_award",
              details={"member_id": member_id, "review_id": review_id, "points": points})
        return {"movement_id": movement_id, "points": points, "balance": balance_as_of(s, member_id, now).to_dict()}

