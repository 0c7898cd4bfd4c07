"""Paying with points online: an SMS code above a threshold, then a short-lived token the sale carries.

The points asked are the redeemed points and the gifts' points together (one code for every point spent
online). A verified token reserves its points until the sale uses it or it expires: a code is asked and
verified only against the available points less the member's live reservations."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..context import Hub
from ..db.models import RedeemToken, SmsCode
from ..errors import ApiError, NotFound
from ..ledger import balance_as_of
from .codes import check_code, issue_code, send_code
from ..catalog.rules import recent_rules
from .lookup import require_by_phone
from .sms_texts import redeem_text



def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def reserved_points(session: Session, member_id: str, now: datetime) -> int:
    """Points held by the member's verified tokens not used yet and not expired."""
    return session.scalar(select(func.coalesce(func.sum(RedeemToken.points), 0)).where(
        RedeemToken.member_id == member_id, RedeemToken.used_by.is_(None), RedeemToken.expires_at > now)) or 0


def _require_unreserved(session: Session, member_id: str, points: int, now: datetime) -> None:
    """``insufficient_points`` (with ``available``: what may still be spent) unless the member's available
    points less the live reservations cover ``points``."""
    available = balance_as_of(session, member_id, now).available - reserved_points(session, member_id, now)
    if points > available:
        raise ApiError(f"The member has {available} points available (not reserved), asked {points}.",
                       code="insufficient_points", status=409, field="points", available=available)


def request_redemption_code(hub: Hub, phone_text: str, points: int) -> dict:
    ttl = hub.settings.code_ttl_s
    with hub.db.write() as s:
        now = hub.clock.now()
        member = require_by_phone(s, phone_text)
        if not member.confirmed:
            raise ApiError("The member's phone is not confirmed yet (registered offline): confirm it with a code "
                           "first.", code="member_unconfirmed", status=409, field="phone")
        _require_unreserved(s, member.member_id, points, now)
        if points <= hub.settings.redeem_code_threshold:
            return {"required": False, "challenge_id": None, "expires_in": ttl}
        row, code = issue_code(s, hub, phone=member.phone, purpose="redemption", now=now,
                               member_id=member.member_id, points=points)
        challenge_id = row.id
        text = redeem_text(recent_rules(s)[1], points)
    send_code(hub, row, text, code)
    return {"required": True, "challenge_id": challenge_id, "expires_in": ttl}


def verify_redemption_code(hub: Hub, challenge_id: str, code: str) -> dict:
    refusal: ApiError | None = None
    with hub.db.write() as s:
        now = hub.clock.now()
        row = s.get(SmsCode, challenge_id)
        if row is None or row.purpose != "redemption":
            raise NotFound("Unknown challenge; request a new code.", code="challenge_not_found",
                           field="challenge_id")
        try:
            check_code(row, code, now)
        except ApiError as exc:
            refusal = exc
        if refusal is None:  # the points may have been reserved by another token since the code was sent
            _require_unreserved(s, row.member_id, row.points, now)
            token = secrets.token_urlsafe(24)
            s.add(RedeemToken(token_hash=_hash(token), member_id=row.member_id, points=row.points,
                              expires_at=now + timedelta(seconds=hub.settings.redeem_token_ttl_s)))
            return {"token": token}
    raise refusal


def consume_redeem_token(session: Session, hub: Hub, token: str | None, member_id: str, points: int,
                         receipt_no: str, at: datetime) -> tuple[str, str] | None:
    """None when the online spending was confirmed (or needed no code), else the flag (code, detail)."""
    if points <= hub.settings.redeem_code_threshold:
        return None
    if not token:
        return "no_redeem_token", "online spending of points without an SMS-confirmed token"
    row = session.get(RedeemToken, _hash(token))
    if row is None or row.member_id != member_id:
        return "redeem_token_invalid", "redemption token unknown or for another member"
    if row.used_by not in (None, receipt_no):
        return "redeem_token_used", "redemption token already used"
    if points > row.points:
        return "redeem_over_token", f"{points} points spent over the confirmed {row.points}"
    if row.expires_at < at:
        return "redeem_token_expired", "redemption token expired before the sale"
    row.used_by = receipt_no
    return None
