"""``TillServices``: the Qt-free application facade the till's UI calls.

Threading: methods marked *network* talk to the hub (timeouts <= 5 s) and must run on a
worker thread, never on the Qt main thread. The others touch only the local SQLite store
(a durable write takes a few milliseconds). Sync runs on its own thread; read its state with
``sync_state()`` or ``subscribe_sync(listener)`` (listeners are called on the sync thread:
re-emit them as a queued Qt signal).

Errors the UI shows to the cashier: ``AuthError``, ``ProductNotFound``, ``SaleError``,
``InvalidPhone`` (a ``LoyaltyError``), ``MemberNotFound``, ``MemberUnavailable``, ``HubRefused``
(the hub refused: ``code``/``message``), ``HubUnavailable`` (offline). Each has a ``code``
or a message that says what to do; none of them changes anything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from pos_app.loyalty import Quote, Rules, normalize_phone
from pos_app.sales import (
    BasketLine, FinishedCancellation, FinishedReturn, FinishedSale, ReturnPreview, SaleDraft, SaleError, SaleRecord,
    Tender, cancel_sale, find_sale, finish_sale, last_receipt, perform_return, preview_return, quote_draft,
)
from pos_app.store import Store, all_settings, open_store, set_setting
from pos_app.store.models import Cashier
from pos_app.sync import (
    HubClient, HubUnavailable, MemberInfo, MemberUnavailable, OfflineLimit, SyncEngine, SyncProblem, SyncState,
    SyncStatus, load_rules, lookup_member, offline_redeem_limit, outbox_stats, retry_problem, sync_problems,
)
from pos_app.sync.members import cache_member, member_from_hub

from . import staff
from .adjustments import AdjustmentError, checked_adjustment
from .catalog import Product, find_product, search_products
from .seed import seed_default_cashiers
from .staff import AuthError, CashierInfo, ShiftInfo

SELLING_ROLES = ("cashier", "supervisor")


class TillServices:
    """One till: its store, the signed-in cashier and shift, the hub client and the sync engine."""

    def __init__(self, store: Store, *, sync_options: dict[str, Any] | None = None):
        self.store = store
        self.status = SyncStatus()
        self.cashier: CashierInfo | None = None
        self.shift: ShiftInfo | None = None
        self._sync_options = sync_options or {}
        self._client: HubClient | None = None
        self._engine: SyncEngine | None = None
        self._make_client()

    # ----- opening and closing -------------------------------------------------------------
    @classmethod
    def open(
        cls, db_path: Path | str | None = None, *, hub_url: str | None = None, till_token: str | None = None,
        store_id: str | None = None, till_id: str | None = None, start_sync: bool = True, seed: bool = True,
        sync_options: dict[str, Any] | None = None,
    ) -> "TillServices":
        """Open (create, migrate) the store at ``db_path`` (default: the data dir), save any given
        settings, add the default cashiers to an empty till (``seed``), and start syncing."""
        store = open_store(db_path)
        changes = {k: v for k, v in {"hub_url": hub_url, "till_token": till_token, "store_id": store_id,
                                     "till_id": till_id}.items() if v is not None}
        if changes:
            with store.write() as session:
                for key, value in changes.items():
                    set_setting(session, key, value)
        if seed:
            seed_default_cashiers(store)
        services = cls(store, sync_options=sync_options)
        if start_sync:
            services.start_sync()
        return services

    def close(self) -> int:
        """Stop syncing and close the store. Returns the events still waiting (they are kept)."""
        waiting = self.events_waiting()
        self.stop_sync()
        if self._client is not None:
            self._client.close()
        self.store.close()
        return waiting

    # ----- settings ------------------------------------------------------------------------
    def settings(self) -> dict[str, Any]:
        """store_id, till_id, hub_url, till_token, offline_redeem_cap, language, printer."""
        with self.store.read() as session:
            return all_settings(session)

    def update_settings(self, **values: Any) -> dict[str, Any]:
        """Save settings; a new hub address or token restarts syncing with them."""
        with self.store.write() as session:
            for key, value in values.items():
                set_setting(session, key, value)
        if {"hub_url", "till_token"} & values.keys():
            running = self._engine is not None
            self.stop_sync()
            self._make_client()
            if running:
                self.start_sync()
        return self.settings()

    def _make_client(self) -> None:
        if self._client is not None:
            self._client.close()
        s = self.settings()
        opts = self._sync_options
        self._client = HubClient(s["hub_url"], s["till_token"], timeout=opts.get("timeout", (3.0, 5.0))) if s["hub_url"] else None

    @property
    def hub(self) -> HubClient | None:
        return self._client

    # ----- cashiers and shifts ---------------------------------------------------------------
    def login(self, number: str, pin: str) -> CashierInfo:
        """Sign a cashier in (raises ``AuthError`` "wrong_pin"). Opens or resumes their shift."""
        self.cashier = staff.authenticate(self.store, number, pin)
        self.shift = staff.open_shift(self.store, self.cashier.number)
        return self.cashier

    def logout(self) -> int:
        """Sign out (the shift stays open). Returns the events waiting, for the "not yet synced" warning;
        nothing is deleted."""
        self.cashier = None
        self.shift = None
        return self.events_waiting()

    def close_shift(self) -> ShiftInfo:
        shift = staff.close_shift(self.store, self._require_shift().id)
        self.shift = None
        return shift

    def approve(self, number: str, pin: str, action: str, reference: str | None = None,
                detail: str | None = None) -> CashierInfo:
        """A supervisor's PIN for ``action`` (return, cancel, offline_redeem, price_override, ...).
        Raises ``AuthError`` (wrong_pin, not_supervisor); records every approval."""
        cashier = self.cashier.number if self.cashier else None
        return staff.approve(self.store, number, pin, action, cashier, reference, detail)

    def add_cashier(self, number: str, name: str, role: str, pin: str) -> None:
        staff.add_cashier(self.store, number, name, role, pin)

    def _require_seller(self) -> CashierInfo:
        if self.cashier is None:
            raise AuthError("forbidden", "Sign in first.")
        if self.cashier.role not in SELLING_ROLES:
            raise AuthError("forbidden", "Service-zone staff cannot sell; sign in as a cashier.")
        return self.cashier

    def _require_shift(self) -> ShiftInfo:
        if self.shift is None:
            raise AuthError("forbidden", "Sign in first.")
        return self.shift

    def _require_supervisor(self, number: str | None) -> str:
        if not number:
            raise AuthError("not_supervisor", "A supervisor's PIN is required.")
        with self.store.read() as session:
            row = session.get(Cashier, number)
        if row is None or row.role != "supervisor":
            raise AuthError("not_supervisor", f"{number} is not a supervisor.")
        return number

    # ----- catalog and rules -----------------------------------------------------------------
    def find_product(self, code: str) -> Product:
        """By barcode or SKU; raises ``ProductNotFound`` (the basket is untouched)."""
        return find_product(self.store, code)

    def search_products(self, text: str, limit: int = 20) -> list[Product]:
        return search_products(self.store, text, limit)

    def rules(self) -> tuple[Rules, int | None]:
        """The program rules this till quotes with, and their version (None: built-in defaults)."""
        return load_rules(self.store)

    # ----- members (network) -----------------------------------------------------------------
    def lookup_member(self, phone: str) -> MemberInfo:
        """*Network.* Online: from the hub, then cached. Offline: from the cache (``from_cache``,
        ``as_of``). Raises ``InvalidPhone``, ``MemberNotFound`` (offer registration),
        ``MemberUnavailable`` (offline, not cached)."""
        try:
            info = lookup_member(self.store, self._client, phone)
        except MemberUnavailable:
            self.status.update(online=False)
            raise
        if info.from_cache:
            self.status.update(online=False)
        else:
            self._hub_answered()
        return info

    def member_history(self, member_id: str) -> list[dict]:
        """*Network.* The member's movements in time order (see the hub contract)."""
        return self._need_hub().member_history(member_id)["movements"]

    def request_registration_code(self, phone: str) -> dict:
        """*Network.* Sends the SMS code: {"phone", "expires_in", "resend_in", "sends_left"}.
        ``HubRefused`` codes: too_many_codes, already_member, invalid_phone."""
        return self._need_hub().request_registration_code(normalize_phone(phone))

    def register_member(self, phone: str, birth_date: str, code: str, *, consent_rules: bool,
                        email: str | None = None, consent_marketing: bool = False,
                        first_name: str | None = None) -> MemberInfo:
        """*Network.* Registers and caches the new member. ``HubRefused`` codes: wrong_code (with
        ``extra["tries_left"]``), code_expired, underage, consent_required."""
        e164 = normalize_phone(phone)
        body = self._need_hub().register({
            "phone": e164, "birth_date": birth_date, "consent_rules": consent_rules, "email": email,
            "consent_marketing": consent_marketing, "code": code, "first_name": first_name,
        })
        info = member_from_hub(body, e164)
        cache_member(self.store, info)
        return info

    def request_redemption_code(self, phone: str, points: int) -> dict:
        """*Network.* {"required", "challenge_id", "expires_in"}; sends the SMS when required."""
        return self._need_hub().request_redemption_code(normalize_phone(phone), points)

    def verify_redemption(self, challenge_id: str, code: str) -> str:
        """*Network.* The redeem token to pass to ``finish_sale``."""
        return self._need_hub().verify_redemption(challenge_id, code)["token"]

    def adjust_points(self, member_id: str, points: int, reason: str, *, supervisor: str, pin: str) -> dict:
        """*Network, online only.* A manual adjustment of a member's points (negative takes points away),
        approved by a supervisor's PIN (recorded as ``adjustment``) and authored on the hub by that
        supervisor. Returns the hub's {"movement_id", "points", "balance"}. Raises ``AdjustmentError``
        (invalid_points, reason_required: nothing sent; adjust_offline: the hub cannot be reached),
        ``AuthError`` (wrong_pin, not_supervisor), ``HubRefused`` (member_not_found, role_not_allowed)."""
        points, reason = checked_adjustment(points, reason)
        hub = self._client
        if hub is None:
            raise AdjustmentError("adjust_offline", "No hub address is set: adjustments are made online only.")
        who = self.approve(supervisor, pin, "adjustment", reference=member_id, detail=f"{points:+d} {reason}")
        try:
            answer = hub.adjust_points(member_id, points, reason, who.number)
        except HubUnavailable as exc:
            self.status.update(online=False)
            raise AdjustmentError("adjust_offline", f"The hub cannot be reached ({exc}): adjustments are made "
                                                    "online only. Check the history before trying again.") from exc
        self._hub_answered()
        return answer

    def offline_redeem_limit(self, member: MemberInfo) -> OfflineLimit:
        """How many points a cached member may spend offline (see README: offline policy)."""
        return offline_redeem_limit(self.store, member.phone, int(self.settings()["offline_redeem_cap"]))

    def _need_hub(self) -> HubClient:
        if self._client is None:
            raise HubUnavailable("No hub address is set; open the settings.")
        return self._client

    # ----- selling -----------------------------------------------------------------------------
    def spendable_points(self, member: MemberInfo | None) -> int:
        """The balance a quote may use: online the member's available points, offline the policy limit."""
        if member is None:
            return 0
        if member.from_cache:
            return self.offline_redeem_limit(member).limit
        return max(member.available, 0)

    def quote(self, lines: Sequence[BasketLine], *, member: MemberInfo | None = None, redeem_points: int | str = 0,
              credit: bool = False) -> Quote:
        """The rules engine's quote: ``max_redeem_points``, per-line ``reason`` why not payable with points,
        ``to_pay``, ``accrual_points``. ``redeem_points`` may be "max". Raises ``SaleError``."""
        tenders = (Tender("credit", Decimal(0)),) if credit else ()
        draft = SaleDraft(lines=tuple(lines), tenders=tenders, cashier="", member_phone=member.phone if member else None,
                          available_points=self.spendable_points(member), redeem_points=redeem_points)
        return quote_draft(draft, self.rules()[0])

    def finish_sale(self, lines: Sequence[BasketLine], tenders: Sequence[Tender], *, member: MemberInfo | None = None,
                    redeem_points: int = 0, redeem_token: str | None = None,
                    supervisor: str | None = None) -> FinishedSale:
        """Commit the sale and its ``sale.finished`` event durably; print only after this returns.

        Spending points (or gifts) with a cached (offline) member needs ``supervisor`` (the number
        returned by ``approve(..., action="offline_redeem")``) and stays within the offline limit.
        Raises ``SaleError`` (empty_basket, invalid_qty, unpaid, redeem_exceeds_max, ...), ``AuthError``."""
        cashier = self._require_seller()
        rules, version = self.rules()
        offline = member.from_cache if member is not None else self.status.state.online is False
        spends = bool(redeem_points) or any(ln.gift_points is not None for ln in lines)
        if member is not None and member.from_cache and spends:
            supervisor = self._require_supervisor(supervisor)
        elif supervisor is not None:
            supervisor = self._require_supervisor(supervisor)
        s = self.settings()
        draft = SaleDraft(
            lines=tuple(lines), tenders=tuple(tenders), cashier=cashier.number,
            member_phone=member.phone if member else None, available_points=self.spendable_points(member),
            redeem_points=redeem_points, offline=offline, supervisor=supervisor, redeem_token=redeem_token,
            shift_id=self.shift.id if self.shift else None,
        )
        done = finish_sale(self.store, draft, rules, store_id=s["store_id"], till_id=s["till_id"], rules_version=version)
        self.sync_now()
        return done

    def last_receipt(self) -> tuple[str, str] | None:
        """("sale", receipt_no) or ("return", return_no) of the newest document in the journal, or None."""
        return last_receipt(self.store)

    def find_sale(self, receipt_no: str) -> SaleRecord:
        """A sale of this till by receipt number, with returned quantities; ``SaleError`` receipt_not_found."""
        return find_sale(self.store, receipt_no)

    def preview_return(self, receipt_no: str, quantities: dict[int, int]) -> ReturnPreview:
        """Points annulled and refunded and money paid back for {line_no: qty}. ``SaleError`` codes:
        gift_not_returnable, return_exceeds_sale, receipt_not_found, sale_cancelled."""
        return preview_return(self.store, receipt_no, quantities)

    def perform_return(self, receipt_no: str, quantities: dict[int, int], *, supervisor: str) -> FinishedReturn:
        """Commit the return and its ``sale.returned`` event (needs a supervisor's approval first)."""
        cashier = self._require_seller()
        supervisor = self._require_supervisor(supervisor)
        s = self.settings()
        done = perform_return(self.store, receipt_no, quantities, cashier=cashier.number, supervisor=supervisor,
                              store_id=s["store_id"], till_id=s["till_id"])
        self.sync_now()
        return done

    def cancel_sale(self, receipt_no: str, *, supervisor: str) -> FinishedCancellation:
        """Cancel a whole sale without returns; commits ``sale.cancelled``. ``SaleError`` codes:
        already_cancelled, has_returns, receipt_not_found."""
        cashier = self._require_seller()
        supervisor = self._require_supervisor(supervisor)
        s = self.settings()
        done = cancel_sale(self.store, receipt_no, cashier=cashier.number, supervisor=supervisor,
                           store_id=s["store_id"], till_id=s["till_id"])
        self.sync_now()
        return done

    # ----- sync ----------------------------------------------------------------------------------
    def start_sync(self) -> None:
        """Start the sync worker thread (no-op without a hub address)."""
        if self._client is None or self._engine is not None:
            return
        opts = {k: v for k, v in self._sync_options.items() if k != "timeout"}
        self._engine = SyncEngine(self.store, self._client, self.status, **opts)
        self._engine.refresh_counts()
        self._engine.start()

    def stop_sync(self) -> None:
        if self._engine is not None:
            self._engine.stop()
            self._engine = None

    def sync_now(self) -> None:
        """Refresh the counts the status bar shows and ask the worker to send at once."""
        self._refresh_counts()
        if self._engine is not None:
            self._engine.wake()

    def _hub_answered(self) -> None:
        """A call reached the hub: show "online", and if the till thought it was offline, let the
        waiting events go at once."""
        was_offline = self.status.state.online is False
        self.status.update(online=True)
        if was_offline and self._engine is not None:
            self._engine.hub_is_back()

    def _refresh_counts(self) -> None:
        stats = outbox_stats(self.store)
        self.status.update(waiting=stats.waiting, oldest_created_at=stats.oldest_created_at, problems=stats.problems)

    def sync_state(self) -> SyncState:
        """online, waiting, oldest_age_seconds(), problems, last_error, is_stale() (over 24 h)."""
        if self._engine is None:
            self._refresh_counts()
        return self.status.state

    def subscribe_sync(self, listener: Callable[[SyncState], None]) -> Callable[[], None]:
        """Call ``listener(state)`` on every change (from the sync thread). Returns an unsubscribe function."""
        return self.status.subscribe(listener)

    def events_waiting(self) -> int:
        return outbox_stats(self.store).waiting

    def sync_problems(self) -> list[SyncProblem]:
        """Events the hub rejected (with its code and message), set aside."""
        return sync_problems(self.store)

    def retry_sync_problem(self, event_id: str) -> bool:
        return retry_problem(self.store, event_id)


__all__ = ["SaleError", "TillServices"]
