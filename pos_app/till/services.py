"""``TillServices``: the till's one Qt-free application layer; the screens call nothing else.

Threading: methods marked *network* talk to the hub (timeouts <= 5 s) and run on a worker queue, never
on the Qt main thread; so do the store calls (a durable write takes a few milliseconds). ``quote`` is
pure and safe on any thread. Sync runs on its own thread; read its state with ``status()``.

Every refusal a person can see is a ``CodedError`` (``pos_app.loyalty.errors``) with a machine ``code``
the screens translate: ``AuthError`` (wrong_pin, not_supervisor, forbidden), ``ProductNotFound``
(product_not_found), ``SaleError``, ``InvalidPhone`` (invalid_phone), ``MemberNotFound``
(member_not_found), ``MemberUnavailable`` and ``HubUnavailable`` (offline), ``HubRefused`` (the hub's
own code), ``AdjustmentError``, ``NoPrinter`` (no_printer). None of them changes anything.

The parts by area: ``members.py`` (look-up, registration, codes, adjustments), ``selling.py`` (quote,
sale, journal, returns), ``print_calls.py`` (receipts, slips, the printer setting).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pos_app.loyalty import Rules
from pos_app.sales import SaleError
from pos_app.store import Store, all_settings, open_store, set_setting
from pos_app.store.models import CashierRow
from pos_app.sync import HubClient, SyncEngine, SyncProblem, SyncState, SyncStatus, load_rules, outbox_stats
from pos_app.sync import pull_catalog, pull_rules, pull_staff, retry_problem, sync_problems

from . import staff
from pos_app.fiscal import FiscalError

from .catalog import Product, find_product
from .display_calls import DisplayCalls
from .fiscal_calls import FiscalCalls
from .members import MemberCalls
from .print_calls import PrintCalls
from .printer import TillPrinter
from .seed import seed_default_cashiers
from .selling import SellingCalls
from .staff import AuthError, Cashier, ShiftInfo
from .status import TillStatus

SELLING_ROLES = ("cashier", "supervisor")


class TillServices(MemberCalls, SellingCalls, PrintCalls, FiscalCalls, DisplayCalls):
    """One till: its store, the signed-in cashier and shift, the hub client, the sync engine, the printer."""

    def __init__(self, store: Store, *, sync_options: dict[str, Any] | None = None):
        self.store = store
        self.status = SyncStatus()
        self.cashier: Cashier | None = None
        self.shift: ShiftInfo | None = None
        self._sync_options = sync_options or {}
        self._client: HubClient | None = None
        self._engine: SyncEngine | None = None
        self._rules: tuple[Rules, int | None] | None = None
        self.printer = TillPrinter(self.printer_setting)  # the one print queue
        self._make_client()
        self._make_display()  # what the customer sees: ``display`` (the window and the pole follow it)

    # ----- opening and closing -------------------------------------------------------------
    @classmethod
    def open(
        cls, db_path: Path | str | None = None, *, hub_url: str | None = None, till_token: str | None = None,
        store_id: str | None = None, till_id: str | None = None, start_sync: bool = True, seed: bool = False,
        sync_options: dict[str, Any] | None = None, fiscal: dict[str, Any] | None = None,
    ) -> "TillServices":
        """Open (create, migrate) the store at ``db_path`` (default: the data dir), save any given
        settings (``fiscal``: the register, e.g. ``{"driver": "emulator"}`` for the demo), settle sales a
        crash left "being registered", and start syncing. Staff come from the hub (``pull_now``, and the
        sync's pulls); ``seed`` adds the demo people (1/1111, 2/2222, 9/9999) to an empty till: tests and
        screenshots only."""
        store = open_store(db_path)
        changes = {k: v for k, v in {"hub_url": hub_url, "till_token": till_token, "store_id": store_id,
                                     "till_id": till_id, "fiscal": fiscal}.items() if v is not None}
        if changes:
            with store.write() as session:
                for key, value in changes.items():
                    set_setting(session, key, value)
        if seed:
            seed_default_cashiers(store)
        services = cls(store, sync_options=sync_options)
        try:
            services.recover_fiscal()  # sales a crash left "being registered"
        except FiscalError as exc:
            services.fiscal_problem = exc
        services.start_pole_display()
        if start_sync:
            services.start_sync()
        return services

    def close(self) -> int:
        """Stop syncing and printing and close the store. Returns the events still waiting (they are kept)."""
        waiting = self.events_waiting()
        self.stop_sync()
        self.printer.stop()
        self.close_fiscal()
        self.stop_pole_display()
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
        if {"language", "display_idle_text"} & values.keys():
            self.configure_display()
        if "pole_display" in values:
            self.start_pole_display()
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
    def login(self, number: str, pin: str) -> Cashier:
        """Sign a cashier in (raises ``AuthError`` "wrong_pin"). Opens or resumes their shift."""
        self.cashier = staff.authenticate(self.store, number, pin)
        self.shift = staff.open_shift(self.store, self.cashier.number)
        if self.cashier.role in SELLING_ROLES:
            try:  # the cashier's shift opens the fiscal shift; a register fault shows in fiscal_status()
                self.open_fiscal_shift()
                self.fiscal_problem = None
            except FiscalError as exc:
                self.fiscal_problem = exc
        return self.cashier

    def logout(self) -> int:
        """Sign out (the shift stays open). Returns the events waiting, for the "not yet synced" warning;
        nothing is deleted."""
        self.cashier = None
        self.shift = None
        return self.events_waiting()

    def close_shift_needs_supervisor(self) -> bool:
        """The rule: a shift whose events have not all reached the hub closes with a supervisor's PIN
        (unless the cashier is one)."""
        return self.events_waiting() > 0 and not (self.cashier and self.cashier.is_supervisor)

    def close_shift(self, supervisor: str | None = None) -> "ShiftClosed":
        """Close the signed-in cashier's shift (and the fiscal shift: the Z report, kept in ``last_z_report``)
        and sign them out. Returns the shift, its figures and the
        shift loyalty report to print (``print_shift_report``). Raises ``AuthError`` forbidden (nobody
        signed in), not_supervisor / supervisor_required (events waiting and no supervisor given)."""
        from .shifts import ShiftClosed, shift_figures, shift_report

        shift = self._require_shift()
        if self.close_shift_needs_supervisor():
            if not supervisor:
                raise AuthError("supervisor_required", "Events are waiting for the hub: a supervisor closes the shift.")
            self._require_supervisor(supervisor)
        waiting = self.events_waiting()
        self.last_z_report = self.close_fiscal_shift()  # the register's Z report first: a FiscalError keeps both open
        closed = staff.close_shift(self.store, shift.id)
        figures = shift_figures(self.store, closed, waiting)
        report = shift_report(closed, figures, self._store_info(), self.cashier.number if self.cashier else closed.cashier)
        self.logout()
        return ShiftClosed(closed, figures, report)

    def approve(self, number: str, pin: str, action: str, reference: str | None = None,
                detail: str | None = None) -> Cashier:
        """A supervisor's PIN for ``action`` (return, cancel, offline_redeem, price_override, ...).
        Raises ``AuthError`` (wrong_pin, not_supervisor); records every approval."""
        cashier = self.cashier.number if self.cashier else None
        return staff.approve(self.store, number, pin, action, cashier, reference, detail)

    def has_staff(self) -> bool:
        """False when nobody can log in: the hub has sent no staff yet (the login screen says "ask IT to
        add staff at the hub")."""
        with self.store.read() as session:
            return session.query(CashierRow).filter(CashierRow.active.is_(True)).first() is not None

    def add_cashier(self, number: str, name: str, role: str, pin: str) -> None:
        staff.add_cashier(self.store, number, name, role, pin)

    def _require_seller(self) -> Cashier:
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
            row = session.get(CashierRow, number)
        if row is None or not row.active or row.role != "supervisor":
            raise AuthError("not_supervisor", f"{number} is not a supervisor.")
        return number

    # ----- catalog and rules -----------------------------------------------------------------
    def find_product(self, code: str) -> Product:
        """By barcode or SKU; raises ``ProductNotFound`` (the basket is untouched)."""
        return find_product(self.store, code)

    def rules(self) -> Rules:
        """The program rules this till quotes with, read from the store (the sync pulls new ones)."""
        return self._rules_and_version()[0]

    def _rules_and_version(self) -> tuple[Rules, int | None]:
        self._rules = load_rules(self.store)
        display = getattr(self, "display", None)
        if display is not None and display.rules != self._rules[0]:
            display.configure(rules=self._rules[0])
        return self._rules

    def pull_now(self) -> None:
        """*Network.* Pull the program rules, the catalog and the store's staff from the hub now (the sync
        does it on its own schedule; a new till calls this before its first login)."""
        pull_rules(self.store, self._need_hub())
        pull_catalog(self.store, self._need_hub())
        pull_staff(self.store, self._need_hub())
        self._rules_and_version()

    def loaded_rules(self) -> Rules:
        """The rules last read by ``rules()`` (read now if never): no I/O after the first call."""
        return (self._rules or self._rules_and_version())[0]

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

    def events_waiting(self) -> int:
        return outbox_stats(self.store).waiting

    def sync_problems(self) -> list[SyncProblem]:
        """Events the hub rejected (with its code and message), set aside."""
        return sync_problems(self.store)

    def retry_sync_problem(self, event_id: str) -> bool:
        """Put a set-aside event back in the queue and ask the worker to send it."""
        done = retry_problem(self.store, event_id)
        self.sync_now()
        return done

    def till_status(self) -> TillStatus:
        """One snapshot for the status bar."""
        state = self.sync_state()
        return TillStatus(online=state.online, waiting=state.waiting, oldest_age_s=state.oldest_age_seconds(),
                          problems=tuple(self.sync_problems()) if state.problems else (),
                          printer="ok" if self.printer_configured() else "none", rules_version=state.rules_version,
                          fiscal=self.fiscal_status())


__all__ = ["SaleError", "TillServices"]
