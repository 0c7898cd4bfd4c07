"""Staff PINs, kept only as a salted slow hash (PBKDF2-SHA256, a salt per PIN): the hub hashes the PIN it is
given (``pos-hub staff add``), tills pull the hashes and check PINs offline against them."""

from __future__ import annotations

import hashlib
import hmac
import secrets

ITERATIONS = 60_000


def hash_pin(pin: str, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), iterations).hex()
    return f"pbkdf2_sha256${iterations}${salt}${digest}"


def check_pin(pin: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    candidate = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), int(iterations)).hex()
    return hmac.compare_digest(candidate, digest)


MIN_DIGITS = {"supervisor": 6}  # others: 4


def pin_problem(pin: str, role: str) -> str | None:
    """Why ``pin`` cannot be this role's PIN (None: it can): 4 to 12 digits, at least 6 for a supervisor."""
    least = MIN_DIGITS.get(role, 4)
    if not (pin.isascii() and pin.isdigit() and least <= len(pin) <= 12):
        return f"a {role}'s PIN is {least} to 12 digits"
    return None
