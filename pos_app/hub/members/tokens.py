"""Paying with points online: an SMS code above a threshold, then a short-lived token the sale carries."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from ..context import Hub
from ..db.models import RedeemToken, SmsCode
from ..errors import ApiError, NotFound
from ..ledger import balance_as_of
from .codes import check_code, issue_code, send_code
from .lookup import require_by_phone

REDEEM_TEXT = "Код для оплаты {points} баллами: {code}. Назовите его кассиру."


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def request_redemption_code(hub: Hub, phone_text: str, points: int) -> dict:
    ttl = hub.settings.code_ttl_s
    with hub.db.write() as s:
        now = hub.clock.now()
        member = require_by_phone(s, phone_text)
        available = balance_as_of(s, member.member_id, now).available
        if points > available:
            raise ApiError(f"The member has {available} points available, asked {points}.",
                           code="insufficient_points", field="points", available=available)
        if points <= hub.settings.redeem_code_threshold:
            return {"required": False, "challenge_id": None, "expires_in": ttl}
        row, code = issue_code(s, hub, phone=member.phone, purpose="redemption", now=now,
                               member_id=member.member_id, points=points)
        challenge_id = row.id
    send_code(hub, row, REDEEM_TEXT.replace("{points}", str(points)), code)
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
        if refusal is None:
            token = secrets.token_urlsafe(24)
            s.add(RedeemToken(token_hash=_hash(token), member_id=row.member_id, points=row.points,
                              expires_at=now + timedelta(seconds=hub.settings.redeem_token_ttl_s)))
            return {"token": token}
    raise refusal


def consume_redeem_token(session: Session, hub: Hub, token: str | None, member_id: str, points: int,
                         receipt_no: str, at: datetime) -> str | None:
    """None when the online redemption was confirmed (or needed no code), else why it is flagged."""
    if points <= hub.settings.redeem_code_threshold:
        return None
    if not token:
        return "online redemption without an SMS-confirmed token"
    row = session.get(RedeemToken, _hash(token))
    if row is None or row.member_id != member_id:
        return "redemption token unknown or for another member"
    if row.used_by not in (None, receipt_no):
        return "redemption token already used"
    if points > row.points:
        return f"redemption of {points} points over the confirmed {row.points}"
    if row.expires_at < at:
        return "redemption token expired before the sale"
    row.used_by = receipt_no
    return None
