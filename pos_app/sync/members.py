"""Looking a member up: online from the hub (then cached), offline from the cache "as of" then."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone

from pos_app.loyalty import mask_phone, normalize_phone
from pos_app.loyalty.cards import is_card_number, mask_card
from pos_app.loyalty.errors import CodedError
from pos_app.loyalty.history import PointsOn
from pos_app.store import Store
from pos_app.store.models import CachedMember, utcnow

from .client import HubClient
from .errors import HubRefused, HubUnavailable


class MemberNotFound(CodedError):
    """The hub has no member with this phone: offer registration."""

    code = "member_not_found"

    def __init__(self, message: str = "No member with this phone number."):
        super().__init__(None, message)


class MemberUnavailable(CodedError):
    """Offline and the member is not in this till's cache."""

    code = "offline"

    def __init__(self, message: str = "The hub cannot be reached and this member is not in the till's cache."):
        super().__init__(None, message)


@dataclass(frozen=True)
class Member:
    """A member as the till knows them: from the hub just now, or from the till's cache (offline)."""

    phone: str  # E.164
    member_id: str
    display_name: str
    available: int
    pending: tuple[PointsOn, ...]  # points and the day they become available
    expiring: tuple[PointsOn, ...]  # points and the day they expire
    as_of: datetime  # when the hub said so (aware, UTC)
    cached: bool  # True: offline, read from the cache; shown with its "as of" time
    birth_date: str | None = None
    spendable: int | None = None  # set by the till: points a sale may spend now (offline: the policy's limit)
    card_number: str | None = None  # the member card (EAN-13, "29..."); show it masked (``mask_card``)
    confirmed: bool = True  # False: registered offline, phone not confirmed by a code yet: may not spend points

    @property
    def pending_total(self) -> int:
        return sum(p.points for p in self.pending)


def _dated(entries, key: str) -> tuple[PointsOn, ...]:
    return tuple(PointsOn(int(e["points"]), date.fromisoformat(str(e[key])[:10])) for e in entries)


def _undated(entries: tuple[PointsOn, ...], key: str) -> str:
    return json.dumps([{"points": e.points, key: e.on.isoformat()} for e in entries])


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)


def member_from_hub(body: dict, phone: str) -> Member:
    try:
        balance = body["balance"]
        return Member(
            phone=body.get("phone") or phone, member_id=str(body["member_id"]),
            display_name=str(body.get("display_name") or ""), available=int(balance["available"]),
            pending=_dated(balance.get("pending", []), "available_on"),
            expiring=_dated(balance.get("expiring", []), "expires_on"), as_of=_aware(utcnow()), cached=False,
            birth_date=body.get("birth_date"), card_number=body.get("card_number"),
            confirmed=body.get("confirmed") is not False,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise HubUnavailable(f"member answer is not the contract ({exc})") from None


def cache_member(store: Store, member: Member) -> None:
    with store.write() as session:
        session.merge(CachedMember(
            phone=member.phone, member_id=member.member_id, display_name=member.display_name,
            available=member.available, pending=member.pending_total,
            pending_json=_undated(member.pending, "available_on"), expiring_json=_undated(member.expiring, "expires_on"),
            birth_date=member.birth_date, read_at=member.as_of, card_number=member.card_number,
        ))
        if member.card_number:  # a card now someone else's (never: the hub does not reuse numbers) or replaced
            session.query(CachedMember).filter(CachedMember.card_number == member.card_number,
                                               CachedMember.phone != member.phone).update({"card_number": None})


def forget_card(store: Store, card: str) -> None:
    """The hub says nobody holds ``card`` (replaced): the cache stops finding a member by it."""
    with store.write() as session:
        session.query(CachedMember).filter(CachedMember.card_number == card).update({"card_number": None})


def cached_member(store: Store, phone: str) -> Member | None:
    with store.read() as session:
        return _cached(session.get(CachedMember, phone))


def cached_member_by_card(store: Store, card: str) -> Member | None:
    with store.read() as session:
        return _cached(session.query(CachedMember).filter(CachedMember.card_number == card).first())


def _cached(row: CachedMember | None) -> Member | None:
    if row is None:
        return None
    return Member(
        phone=row.phone, member_id=row.member_id, display_name=row.display_name, available=row.available,
        pending=_dated(json.loads(row.pending_json), "available_on"),
        expiring=_dated(json.loads(row.expiring_json), "expires_on"), as_of=_aware(row.read_at), cached=True,
        birth_date=row.birth_date, card_number=row.card_number,
    )


def lookup_member(store: Store, client: HubClient | None, phone_text: str, region: str = "RU") -> Member:
    """By phone or by a scanned member card number. Raises ``InvalidPhone`` (bad input), ``MemberNotFound``
    or ``MemberUnavailable``."""
    if is_card_number(phone_text):
        return lookup_card(store, client, phone_text.strip())
    phone = normalize_phone(phone_text, region)  # the program's region: a number without + is one of its
    if client is not None:
        try:
            info = member_from_hub(client.member_by_phone(phone), phone)
        except HubRefused as exc:
            if exc.status == 404:
                raise MemberNotFound(f"No member with phone {mask_phone(phone)}.") from None
            raise
        except HubUnavailable:
            info = None
        if info is not None:
            cache_member(store, info)
            return info
    cached = cached_member(store, phone)
    if cached is None:
        raise MemberUnavailable("The hub cannot be reached and this member is not in the till's cache.")
    return cached


def lookup_card(store: Store, client: HubClient | None, card: str) -> Member:
    """A scanned member card: online from the hub (then cached with its card), offline from the cache.
    A card the hub no longer knows (replaced) is forgotten by the cache too: ``MemberNotFound``."""
    if client is not None:
        try:
            body = client.member_by_card(card)
        except HubRefused as exc:
            if exc.status in (404, 422):
                forget_card(store, card)
                raise MemberNotFound(f"No member has card {mask_card(card)}.") from None
            raise
        except HubUnavailable:
            body = None
        if body is not None:
            info = member_from_hub(body, str(body.get("phone") or ""))
            cache_member(store, info)
            return info
    cached = cached_member_by_card(store, card)
    if cached is None:
        raise MemberUnavailable("The hub cannot be reached and this card is not in the till's cache.")
    return cached
