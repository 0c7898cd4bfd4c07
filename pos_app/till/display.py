"""What the customer sees, as plain data: the till layer's view for the customer display window and the
pole display. Qt-free; each display is one more listener of ``CustomerDisplay``.

The screens call ``CustomerDisplay.show_*`` as the sale moves on (basket changed, payment, done, idle,
registration); a display that is unplugged or slow never disturbs the sale (its listener runs on its own
queue and swallows its own failures).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from pos_app.loyalty import Quote, Rules, currency_symbol, format_amount
from pos_app.loyalty.money import CENT

IDLE, SALE, DONE, REGISTRATION = "idle", "sale", "done", "registration"


@dataclass(frozen=True)
class ShownLine:
    name: str
    qty: int
    amount: Decimal  # money for the line (0 for a gift)
    gift_points: int | None = None


@dataclass(frozen=True)
class CustomerScreen:
    """One state of the customer display. Amounts are exact; the view formats them."""

    mode: str  # idle | sale | done | registration
    currency: str = "RUB"
    lines: tuple[ShownLine, ...] = ()
    total: Decimal = Decimal("0.00")
    max_points: int | None = None  # the most points this basket may take (None: no member)
    points_spent: int = 0  # points being spent (redeemed + gifts)
    to_pay: Decimal = Decimal("0.00")
    points_earned: int | None = None  # what the purchase earns (None: no member)
    balance_after: int | None = None  # after payment
    available_on: date | None = None  # when the new points become available
    idle_text: str = ""
    rules_lines: tuple[str, ...] = ()  # the program's rules in two lines
    consent_text: str = ""  # during registration

    def money(self, amount: Decimal, locale: str) -> str:
        return format_amount(amount, self.currency, locale)


def rules_lines(rules: Rules, locale: str = "ru") -> tuple[str, str]:
    """The program in two lines, in the customer's language."""
    value = format_amount(rules.point_value, rules.currency, locale)
    if locale == "sk":
        first = f"1 bod = {value}. Body platia až {int(rules.max_redeem_share * 100)} % nákupu."
        second = f"Body sú dostupné {rules.hold_days} dní po nákupe a platia {rules.expiry_days} dní."
    elif locale == "en":
        first = f"1 point = {value}. Points pay up to {int(rules.max_redeem_share * 100)}% of a purchase."
        second = f"Points are available {rules.hold_days} days after a purchase and last {rules.expiry_days} days."
    else:
        first = f"1 балл = {value}. Баллами можно оплатить до {int(rules.max_redeem_share * 100)}% покупки."
        second = f"Баллы доступны через {rules.hold_days} дней после покупки и действуют {rules.expiry_days} дней."
    return first, second


def _shown(lines) -> tuple[ShownLine, ...]:
    return tuple(ShownLine(ln.product.name, ln.qty, ln.amount.quantize(CENT), ln.product.gift_points) for ln in lines)


class CustomerDisplay:
    """The current ``CustomerScreen`` and the displays that follow it (thread-safe)."""

    def __init__(self, rules: Rules | None = None, locale: str = "ru", idle_text: str = "") -> None:
        self._lock = threading.Lock()
        self._listeners: list[Callable[[CustomerScreen], None]] = []
        self.locale = locale
        self.rules = rules or Rules()
        self.idle_text = idle_text
        self._screen = self._idle()

    def configure(self, *, rules: Rules | None = None, locale: str | None = None,
                  idle_text: str | None = None) -> None:
        """New rules, language or idle text; an idle (or registration) screen shows them at once."""
        with self._lock:
            if rules is not None:
                self.rules = rules
            if locale is not None:
                self.locale = locale
            if idle_text is not None:
                self.idle_text = idle_text
            mode = self._screen.mode
        if mode == IDLE:
            self.show_idle()
        elif mode == REGISTRATION:
            self.show_registration(self.screen.consent_text)

    @property
    def screen(self) -> CustomerScreen:
        with self._lock:
            return self._screen

    def subscribe(self, listener: Callable[[CustomerScreen], None]) -> Callable[[], None]:
        """``listener(screen)`` now and on every change. Returns an unsubscribe function."""
        with self._lock:
            self._listeners.append(listener)
            screen = self._screen
        listener(screen)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def _show(self, screen: CustomerScreen) -> None:
        with self._lock:
            if screen == self._screen:
                return
            self._screen = screen
            listeners = list(self._listeners)
        for listener in listeners:
            listener(screen)

    def _idle(self) -> CustomerScreen:
        return CustomerScreen(IDLE, self.rules.currency, idle_text=self.idle_text,
                              rules_lines=rules_lines(self.rules, self.locale))

    # -- what the screens call ---------------------------------------------------------------------
    def show_idle(self) -> None:
        self._show(self._idle())

    def show_basket(self, lines, quote: Quote | None, member: bool) -> None:
        """The basket as scanned, with what the quote says (``quote`` None: not quotable yet)."""
        if not lines:
            self.show_idle()
            return
        total = sum((ln.amount for ln in lines), Decimal(0)).quantize(CENT)
        self._show(CustomerScreen(
            SALE, self.rules.currency, _shown(lines), total,
            max_points=quote.max_redeem_points if quote and member else None,
            points_spent=quote.points_spent if quote else 0,
            to_pay=quote.to_pay if quote else total,
            points_earned=quote.accrual_points if quote and member else None,
        ))

    def show_done(self, lines, quote: Quote, balance_after: int | None, available_on: date | None) -> None:
        self._show(CustomerScreen(
            DONE, self.rules.currency, _shown(lines), quote.total, points_spent=quote.points_spent,
            to_pay=quote.to_pay, points_earned=quote.accrual_points if balance_after is not None else None,
            balance_after=balance_after, available_on=available_on,
        ))

    def show_registration(self, consent_text: str) -> None:
        self._show(CustomerScreen(REGISTRATION, self.rules.currency, consent_text=consent_text,
                                  rules_lines=rules_lines(self.rules, self.locale)))


def sign(currency: str, locale: str) -> str:
    return currency_symbol(currency, locale)


@dataclass
class DisplayHealth:
    """Whether a physical display took the last screen (shown in the settings; never blocks a sale)."""

    ok: bool = True
    detail: str = ""
    failures: int = field(default=0)
