"""Members at the till: look-up (online, or the cache offline), history, registration, SMS codes for
spending, manual adjustments. Every method here is *network*: call it from a worker queue."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from pos_app.loyalty import normalize_phone
from pos_app.loyalty.history import Movement
from pos_app.sync import HubClient, HubUnavailable, Member, OfflineLimit, lookup_member, offline_redeem_limit
from pos_app.sync.members import cache_member, member_from_hub

from .adjustments import AdjustmentError, checked_adjustment


def _time(text) -> datetime:
    return datetime.fromisoformat(str(text).replace("Z", "+00:00"))


class MemberCalls:
    """The member part of ``TillServices`` (it needs ``store``, ``status``, ``_client``, ``approve``)."""

    def lookup_member(self, phone: str) -> Member:
        """By phone or a scanned member card number (``pos_app.loyalty.cards``). Online: from the hub, then cached. Offline: from the cache (``cached``, ``as_of``). The member's
        ``spendable`` is set. Raises ``InvalidPhone``, ``MemberNotFound`` (offer registration),
        ``MemberUnavailable`` (offline, not cached)."""
        from pos_app.sync import MemberUnavailable

        try:
            member = lookup_member(self.store, self._client, phone, self.loaded_rules().region)
        except MemberUnavailable:
            self.status.update(online=False)
            raise
        if member.cached:
            self.status.update(online=False)
        else:
            self._hub_answered()
        return self.with_spendable(member)

    def with_spendable(self, member: Member) -> Member:
        return replace(member, spendable=self.spendable_points(member))

    def member_history(self, member_id: str) -> list[Movement]:
        """The member's movements in time order (see the hub contract)."""
        rows = self._need_hub().member_history(member_id)["movements"]
        return [Movement(at=_time(m["at"]), kind=m["kind"], points=int(m["points"]),
                         balance_after=int(m["balance_after"]), receipt_no=m.get("receipt_no"), note=m.get("note"),
                         under_review=m.get("under_review") is True)
                for m in rows]

    def request_registration_code(self, phone: str) -> dict:
        """Sends the SMS code: {"phone", "expires_in", "resend_in", "sends_left"}.
        ``HubRefused`` codes: too_many_codes, already_member, invalid_phone."""
        return self._need_hub().request_registration_code(normalize_phone(phone, self.loaded_rules().region))

    def register_member(self, phone: str, birth_date: str, code: str, *, consent_rules: bool,
                        email: str | None = None, consent_marketing: bool = False,
                        first_name: str | None = None) -> Member:
        """Registers and caches the new member. ``HubRefused`` codes: wrong_code (``extra["tries_left"]``),
        code_expired, underage, consent_required."""
        e164 = normalize_phone(phone, self.loaded_rules().region)
        body = self._need_hub().register({
            "phone": e164, "birth_date": birth_date, "consent_rules": consent_rules, "email": email,
            "consent_marketing": consent_marketing, "code": code, "first_name": first_name,
        })
        member = member_from_hub(body, e164)
        cache_member(self.store, member)
        from .shifts import count_registration

        count_registration(self.store, self.shift.id if self.shift else None)  # for the shift report
        return self.with_spendable(member)

    def request_confirmation_code(self, phone: str) -> dict:
        """Sends the SMS code that confirms an unconfirmed member's phone (registered offline):
        {"phone", "expires_in", "resend_in", "sends_left"}. ``HubRefused`` codes: too_many_codes,
        already_confirmed, member_not_found."""
        return self._need_hub().request_confirmation_code(normalize_phone(phone))

    def confirm_member(self, phone: str, code: str) -> Member:
        """Confirms the member's phone with the code; the member as the hub now says (cached).
        ``HubRefused`` codes: wrong_code (``extra["tries_left"]``), code_expired."""
        e164 = normalize_phone(phone)
        member = member_from_hub(self._need_hub().confirm_phone(e164, code), e164)
        cache_member(self.store, member)
        self._hub_answered()
        return self.with_spendable(member)

    def request_redemption_code(self, phone: str, points: int) -> dict:
        """{"required", "challenge_id", "expires_in"}; sends the SMS when required. ``points`` is every point
        the sale spends online: redeemed and gifts' (``Quote.points_spent``). ``HubRefused``
        insufficient_points (``extra["available"]``: the points not reserved by another confirmed code)."""
        return self._need_hub().request_redemption_code(normalize_phone(phone, self.loaded_rules().region), points)

    def verify_redemption(self, challenge_id: str, code: str) -> str:
        """The redeem token to pass to ``finish_sale``."""
        return self._need_hub().verify_redemption(challenge_id, code)["token"]

    def adjust_points(self, member_id: str, points: int, reason: str, *, supervisor: str, pin: str) -> dict:
        """*Online only.* A manual adjustment of a member's points (negative takes points away), approved by
        a supervisor's PIN (recorded as ``adjustment``) and authored on the hub by that supervisor. Returns
        the hub's {"movement_id", "points", "balance"}. Raises ``AdjustmentError`` (invalid_points,
        reason_required: nothing sent; adjust_offline: the hub cannot be reached), ``AuthError``
        (wrong_pin, not_supervisor), ``HubRefused`` (member_not_found, role_not_allowed, wrong_pin: the hub
        checks the PIN against its own staff)."""
        points, reason = checked_adjustment(points, reason)
        hub = self._client
        if hub is None:
            raise AdjustmentError("adjust_offline", "No hub address is set: adjustments are made online only.")
        who = self.approve(supervisor, pin, "adjustment", reference=member_id, detail=f"{points:+d} {reason}")
        try:
            answer = hub.adjust_points(member_id, points, reason, who.number, pin)
        except HubUnavailable as exc:
            self.status.update(online=False)
            raise AdjustmentError("adjust_offline", f"The hub cannot be reached ({exc}): adjustments are made "
                                                    "online only. Check the history before trying again.") from exc
        self._hub_answered()
        return answer

    def replace_card(self, member: Member, *, supervisor: str, pin: str) -> Member:
        """*Online only.* A lost card replaced (the service zone): a supervisor's PIN approves it here
        (recorded as ``card_replaced``) and the hub checks it again and audits it; the old number stops
        working at once (here too: the cache forgets it). Returns the member with the new ``card_number``.
        Raises ``AdjustmentError`` card_offline, ``AuthError`` (wrong_pin, not_supervisor), ``HubRefused``
        (wrong_pin, role_not_allowed, member_not_found)."""
        from pos_app.loyalty.cards import mask_card
        from pos_app.sync.members import forget_card

        hub = self._client
        if hub is None:
            raise AdjustmentError("card_offline", "No hub address is set: cards are replaced online only.")
        who = self.approve(supervisor, pin, "card_replaced", reference=member.member_id,
                           detail=f"old card {mask_card(member.card_number or '')}")
        try:
            answer = hub.replace_card(member.member_id, who.number, pin)
        except HubUnavailable as exc:
            self.status.update(online=False)
            raise AdjustmentError("card_offline", f"The hub cannot be reached ({exc}): cards are replaced "
                                                  "online only.") from exc
        self._hub_answered()
        if member.card_number:
            forget_card(self.store, member.card_number)
        renewed = replace(member, card_number=str(answer["card_number"]))
        cache_member(self.store, renewed)
        return renewed

    def offline_redeem_limit(self, member: Member) -> OfflineLimit:
        """How many points a cached member may spend offline (see README: offline policy)."""
        return offline_redeem_limit(self.store, member.phone, int(self.settings()["offline_redeem_cap"]))

    def spendable_points(self, member: Member | None) -> int:
        """What a quote may spend: online the member's available points, offline the policy's limit."""
        if member is None or not member.confirmed:  # unconfirmed: earns, spends nothing until confirmed
            return 0
        if member.cached:
            return self.offline_redeem_limit(member).limit
        return max(member.available, 0)

    def _need_hub(self) -> HubClient:
        if self._client is None:
            raise HubUnavailable("No hub address is set; open the settings.")
        return self._client
