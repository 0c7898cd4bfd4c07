"""Looking a member up: online from the hub (then cached), offline from the cache "as of" then."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from pos_app.loyalty import normalize_phone
from pos_app.loyalty.errors import CodedError
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
class MemberInfo:
    phone: str  # E.164
    member_id: str
    display_name: str
    available: int
    pending_total: int
    pending: tuple[dict, ...]  # {"points", "available_on"}
    expiring: tuple[dict, ...]  # {"points", "expires_on"}
    as_of: datetime
    from_cache: bool  # True: offline, shown with its "as of" time
    birth_date: str | None = None


def member_from_hub(body: dict, phone: str) -> MemberInfo:
    try:
        balance = body["balance"]
        return MemberInfo(
            phone=body.get("phone") or phone, member_id=str(body["member_id"]),
            display_name=str(body.get("display_name") or ""), available=int(balance["available"]),
            pending_total=int(balance.get("pending_total", 0)), pending=tuple(balance.get("pending", [])),
            expiring=tuple(balance.get("expiring", [])), as_of=utcnow(), from_cache=False,
            birth_date=body.get("birth_date"),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise HubUnavailable(f"member answer is not the contract ({exc})") from None


def cache_member(store: Store, info: MemberInfo) -> None:
    with store.write() as session:
        session.merge(CachedMember(
            phone=info.phone, member_id=info.member_id, display_name=info.display_name,
            available=info.available, pending=info.pending_total, pending_json=json.dumps(list(info.pending)),
            expiring_json=json.dumps(list(info.expiring)), birth_date=info.birth_date, read_at=info.as_of,
        ))


def cached_member(store: Store, phone: str) -> MemberInfo | None:
    with store.read() as session:
        row = session.get(CachedMember, phone)
        if row is None:
            return None
        return MemberInfo(
            phone=row.phone, member_id=row.member_id, display_name=row.display_name, available=row.available,
            pending_total=row.pending, pending=tuple(json.loads(row.pending_json)),
            expiring=tuple(json.loads(row.expiring_json)), as_of=row.read_at, from_cache=True,
            birth_date=row.birth_date,
        )


def lookup_member(store: Store, client: HubClient | None, phone_text: str) -> MemberInfo:
    """Raises ``InvalidPhone`` (bad input), ``MemberNotFound`` or ``MemberUnavailable``."""
    phone = normalize_phone(phone_text)
    if client is not None:
        try:
            info = member_from_hub(client.member_by_phone(phone), phone)
        except HubRefused as exc:
            if exc.status == 404:
                raise MemberNotFound(f"No member with phone {phone}.") from None
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
