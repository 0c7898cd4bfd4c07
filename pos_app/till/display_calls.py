"""The customer display at the till: ``TillServices.display`` (one ``CustomerDisplay``) and the pole.

The screens call ``display.show_basket`` / ``show_idle`` / ``show_registration`` directly (pure, any
thread) and ``customer_done`` after a committed sale (a store read: on the store queue). Settings:
``display_idle_text`` (the store's text between sales), ``customer_display_screen`` (which of Qt's
screens shows the customer window, or "none"; the UI reads it) and ``pole_display`` (see
``pos_app.display.connection``). A display that fails never disturbs the sale.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, timedelta

from pos_app.sales import BasketLine, FinishedSale
from pos_app.sync import Member

from .display import CustomerDisplay

log = logging.getLogger(__name__)


class DisplayCalls:
    """The customer display part of ``TillServices`` (it needs ``settings``, ``loaded_rules``, ``find_sale``)."""

    display: CustomerDisplay
    pole = None  # a ``pos_app.display.PoleDisplay`` while one is configured

    def _make_display(self) -> None:
        s = self.settings()
        self.display = CustomerDisplay(self.loaded_rules(), locale=s.get("language") or "ru",
                                       idle_text=str(s.get("display_idle_text") or ""))
        self._pole_unsubscribe = None

    def configure_display(self, *, locale: str | None = None) -> None:
        """The screen language changed, or the rules or the idle text: the idle screen shows them."""
        s = self.settings()
        self.display.configure(rules=self.loaded_rules(), locale=locale or s.get("language") or "ru",
                               idle_text=str(s.get("display_idle_text") or ""))

    def customer_done(self, lines: Sequence[BasketLine], done: FinishedSale, member: Member | None) -> None:
        """*Store.* After a committed sale (never raises): what was paid, the member's balance after it (from the journal)
        and when the new points become available (the sale's day plus the rules' hold days)."""
        try:
            balance_after: int | None = None
            available_on: date | None = None
            if member is not None:
                balance_after = self.find_sale(done.receipt_no).balance_after
                available_on = (done.sold_at.astimezone() + timedelta(days=self.loaded_rules().hold_days)).date()
            self.display.show_done(lines, done.quote, balance_after, available_on)
        except Exception:  # noqa: BLE001 - the sale is committed; a display never disturbs it
            log.exception("customer display: the finished sale was not shown")

    def customer_display_screen(self) -> int | None:
        """Which of Qt's screens shows the customer window (None: none)."""
        value = self.settings().get("customer_display_screen", "none")
        try:
            return int(value) if value not in (None, "", "none") else None
        except (TypeError, ValueError):
            return None

    def start_pole_display(self) -> bool:
        """Start (or restart) the pole display from the ``pole_display`` setting; False: none configured
        or it cannot be made (logged; the till goes on without it)."""
        from pos_app.display import PoleDisplay
        from pos_app.display.connection import is_configured, pole_connection, pole_sender

        self.stop_pole_display()
        value = self.settings().get("pole_display")
        if not is_configured(value):
            return False
        try:
            send = pole_sender(pole_connection(value))
        except Exception as exc:  # noqa: BLE001 - a display never stops the till
            log.warning("pole display not started: %s", exc)
            return False
        self.pole = PoleDisplay(send)
        self._pole_unsubscribe = self.display.subscribe(self.pole.show)
        return True

    def stop_pole_display(self) -> None:
        if self._pole_unsubscribe is not None:
            self._pole_unsubscribe()
            self._pole_unsubscribe = None
        if self.pole is not None:
            self.pole.stop()
            self.pole = None
