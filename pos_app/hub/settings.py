"""The hub's settings (program rules live in the database, versioned; these are operational)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HubSettings:
    review_award_points: int = 20  # ProzisPoints: an approved product review
    redeem_code_threshold: int = 0  # paying more points than this online needs an SMS code (0: any amount)
    code_ttl_s: int = 300
    code_max_tries: int = 5
    code_max_sends: int = 3
    code_send_window_s: int = 600
    redeem_token_ttl_s: int = 600
    registration_token_ttl_s: int = 30 * 86400  # a till offline for a while still sends its member.registered
    min_age_years: int = 18
    max_body_bytes: int = 1_048_576  # a larger request body is 413 body_too_large, never parsed
    sms_countries: tuple[str, ...] = ("RU",)  # registration codes are sent only to these regions (ISO 3166)
    earliest_birth_year: int = 1900
