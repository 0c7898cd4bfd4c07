"""One-time SMS codes: 6 digits, valid 5 minutes, at most 5 wrong tries, at most 3 sends per phone per
10 minutes (a send the provider failed does not count). Only a salted PBKDF2 hash of a code is stored."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..context import Hub
from ..db.models import SmsCode
from ..errors import ApiError
from ..sms import SmsSendError

ITERATIONS = 20_000


def hash_code(code: str, salt: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", code.encode(), salt.encode(), ITERATIONS).hex()


def send_limits(session: Session, hub: Hub, phone: str, now: datetime) -> tuple[int, int]:
    """(sends left in the window, seconds until the next send is allowed)."""
    window = timedelta(seconds=hub.settings.code_send_window_s)
    recent = list(session.scalars(select(SmsCode.created_at).where(SmsCode.phone == phone,
                                                                   SmsCode.created_at > now - window)
                                  .order_by(SmsCode.created_at)))
    left = max(0, hub.settings.code_max_sends - len(recent))
    wait = 0 if left else max(1, int((recent[0] + window - now).total_seconds() + 0.999))
    return left, wait


def issue_code(session: Session, hub: Hub, *, phone: str, purpose: str, now: datetime,
               member_id: str | None = None, points: int | None = None) -> tuple[SmsCode, str]:
    """A new code (row, code in clear) or 429 ``too_many_codes``. Send it with ``send_code`` after the
    transaction commits, so no database lock is held while the SMS provider answers."""
    left, wait = send_limits(session, hub, phone, now)
    if left == 0:
        raise ApiError(f"Too many codes for this phone; try again in {wait} s.", code="too_many_codes", status=429,
                       retry_in=wait)
    code = f"{secrets.randbelow(1_000_000):06d}"
    salt = secrets.token_hex(8)
    row = SmsCode(id=uuid.uuid4().hex, phone=phone, purpose=purpose, code_hash=hash_code(code, salt), salt=salt,
                  created_at=now, expires_at=now + timedelta(seconds=hub.settings.code_ttl_s),
                  tries_left=hub.settings.code_max_tries, used=False, member_id=member_id, points=points)
    session.add(row)
    session.flush()
    return row, code


def send_code(hub: Hub, row: SmsCode, text: str, code: str) -> None:
    """Send ``row``'s code (``text`` has ``{code}``), after the transaction that issued it committed. When
    the provider fails (refuses or cannot be reached) the code is withdrawn: it reached nobody, so it
    does not count against the phone's sends and a provider fault never locks the customer out."""
    try:
        hub.sms.send(row.phone, text.replace("{code}", code))
    except SmsSendError as exc:
        with hub.db.write() as s:
            s.execute(delete(SmsCode).where(SmsCode.id == row.id))
        raise ApiError(f"The SMS could not be sent ({exc}); try again.", code="sms_failed", status=503) from None


def check_code(row: SmsCode | None, code: str, now: datetime) -> None:
    """Accept ``code`` for ``row`` (marking it used) or raise: 403 ``code_expired``, 403 ``wrong_code``
    (a one-time code is a credential: the request is well formed, the code does not open this door).
    The caller commits the decremented tries even when this raises (see ``verify_code``)."""
    if row is None or row.used or row.expires_at <= now or row.tries_left <= 0:
        raise ApiError("The code has expired or was used up; request a new one.", code="code_expired", status=403,
                       field="code")
    if not hmac.compare_digest(hash_code(code, row.salt), row.code_hash):
        row.tries_left -= 1
        raise ApiError(f"Wrong code; {row.tries_left} tries left.", code="wrong_code", status=403, field="code",
                       tries_left=row.tries_left)
    row.used = True


def latest_code(session: Session, phone: str, purpose: str) -> SmsCode | None:
    return session.scalar(select(SmsCode).where(SmsCode.phone == phone, SmsCode.purpose == purpose)
                          .order_by(SmsCode.created_at.desc()).limit(1))

