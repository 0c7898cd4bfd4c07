"""Member cards: a card number for every member (from the ``card`` counter), look-up by card, and a lost
card replaced by the service zone (a supervisor's or service person's PIN; the old number stops working;
audited). Numbers are ``pos_app.loyalty.cards`` EAN-13s; a serial is never handed out twice."""

from __future__ import annotations

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from ...loyalty.cards import card_number, is_card_number, mask_card
from ..audit import audit
from ..context import Hub
from ..db.models import Counter, Member, Till
from ..errors import ApiError, NotFound
from ..events.member_lock import lock_member
from ..tills import require_role
from .lookup import get_member

CARD_ROLES = ("supervisor", "service")


def next_card_number(session: Session) -> str:
    """A new card number (the ``card`` counter is locked until the transaction ends)."""
    row = session.get(Counter, "card", with_for_update=True)
    if row is None:
        row = Counter(name="card", value=0)
        session.add(row)
    row.value += 1
    session.flush()
    return card_number(row.value)


def parse_card(text: str, field: str = "card") -> str:
    text = (text or "").strip()
    if not is_card_number(text):  # the right shape but a wrong check digit: no member holds such a card
        raise ApiError("No member holds this card: check the number (13 digits starting with 29, the last one "
                       "a check digit).", code="card_not_found", status=404, field=field)
    return text


_BY_CARD = select(Member.member_id, Member.phone, Member.first_name, Member.birth_date, Member.card_number,
                  Member.confirmed)


def card_by_card(session: Session, card_text: str) -> Row:
    """What ``member_dict`` shows of the member holding card ``card_text``, or ``NotFound`` (a replaced
    card is not found: its number stopped working)."""
    card = parse_card(card_text)
    row = session.connection().execute(_BY_CARD.where(Member.card_number == card)).first()
    if row is None:
        raise NotFound("No member has this card (a replaced card no longer works).", code="card_not_found")
    return row


def replace_card(hub: Hub, till: Till, member_id: str, author: str, pin: str) -> dict:
    """A new card for a lost one: the author (supervisor or service, of the till's store) gives their PIN;
    the old number stops working at once. Returns {"member_id", "card_number", "replaced"}."""
    from .adjustments import _audit_refusal

    try:
        with hub.db.read() as s:
            require_role(s, till.store, author, CARD_ROLES, "author", pin=pin, need_pin=True)
    except ApiError as exc:
        _audit_refusal(hub, till, author, "member.card_replaced", member_id, exc)
        raise
    with hub.db.write() as s:
        now = hub.clock.now()
        member = get_member(s, member_id)
        lock_member(s, member_id, now)
        old = member.card_number
        member.card_number = next_card_number(s)
        audit(s, at=now, actor=f"{till.store}/{till.till}/{author}", action="member.card_replaced",
              details={"member_id": member_id, "old_card": mask_card(old) if old else None,
                       "new_card": mask_card(member.card_number), "store": till.store, "till": till.till,
                       "author": author})
        return {"member_id": member_id, "card_number": member.card_number,
                "replaced": mask_card(old) if old else None}
