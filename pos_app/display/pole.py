"""Pole (VFD) customer displays: two lines of 20 characters, Epson DM-D compatible ESC/POS commands.

The commands: ``ESC @`` initialise, ``ESC t n`` code page (CP866 is 17 on DM-D compatible displays), ``FF``
clear, ``US $ x y`` cursor to column x, row y. The bytes go through a python-escpos connection (a serial
port for most poles, or any python-escpos printer kind), on the display's own thread: a display that is
unplugged or slow never holds up the till (its failure is recorded, the next screen tries again).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from decimal import Decimal

from pos_app.loyalty import format_money

from ..printing.charset import encode

WIDTH = 20
INIT, CLEAR = b"\x1b@", b"\x0c"
CODE_PAGE_SLOT = {"CP866": 17}
log = logging.getLogger(__name__)


def _pair(left: str, right: str) -> str:
    room = WIDTH - len(right) - 1
    return (left[:room].ljust(room) + " " + right)[:WIDTH] if room > 0 else right[-WIDTH:]


def _amount(amount: Decimal, currency: str) -> str:
    sign = {"RUB": "р", "EUR": "EUR"}.get(currency, currency)
    return f"{format_money(amount)}{sign}" if currency == "RUB" else f"{format_money(amount)} {sign}"


def pole_lines(screen) -> tuple[str, str]:
    """The two lines for a ``CustomerScreen``: the last line scanned and the total; then the points spent
    and what is left to pay; after payment the points earned and the balance; idle, the store's text."""
    cur = screen.currency
    if screen.mode == "sale" and screen.lines:
        last = screen.lines[-1]
        what = f"{last.gift_points * last.qty}Б" if last.gift_points is not None else _amount(last.amount, cur)
        gifts = sum(ln.gift_points * ln.qty for ln in screen.lines if ln.gift_points is not None)
        if screen.points_spent > gifts:  # paying with points: what they take and what is left
            return _pair(f"Баллами -{screen.points_spent}", ""), _pair("К оплате", _amount(screen.to_pay, cur))
        return _pair(last.name, what), _pair("К оплате" if gifts else "Итого", _amount(screen.to_pay, cur))
    if screen.mode == "done":
        if screen.points_earned is not None:
            first = _pair("Начислено", f"+{screen.points_earned}")
            second = _pair("Баланс", str(screen.balance_after)) if screen.balance_after is not None else ""
            return first, second
        return _pair("Оплачено", _amount(screen.to_pay, cur)), "Спасибо за покупку!"
    if screen.mode == "registration":
        return "Бонусная программа", "Прочтите правила"
    return (screen.idle_text or "Добро пожаловать!")[:WIDTH], "Копите баллы"[:WIDTH]


def pole_bytes(line1: str, line2: str, code_page: str = "CP866") -> bytes:
    """The ESC/POS bytes that show two lines (each cut or padded to 20 characters)."""
    slot = CODE_PAGE_SLOT[code_page]
    return (INIT + b"\x1bt" + bytes([slot]) + CLEAR
            + b"\x1f$\x01\x01" + encode(line1[:WIDTH].ljust(WIDTH), code_page)
            + b"\x1f$\x01\x02" + encode(line2[:WIDTH].ljust(WIDTH), code_page))


class PoleDisplay:
    """Sends each new screen to the pole on its own thread; only the newest screen waiting is sent."""

    def __init__(self, send: Callable[[bytes], None], code_page: str = "CP866") -> None:
        self._send, self.code_page = send, code_page
        self._jobs: queue.Queue = queue.Queue(maxsize=1)
        self.last_error: str | None = None
        self.sent = 0
        self._thread = threading.Thread(target=self._run, name="pole-display", daemon=True)
        self._thread.start()

    def show(self, screen) -> None:
        """A ``CustomerDisplay`` listener: never blocks, never raises."""
        data = pole_bytes(*pole_lines(screen), code_page=self.code_page)
        try:
            self._jobs.get_nowait()  # an older screen not yet sent is dropped: the newest wins
        except queue.Empty:
            pass
        try:
            self._jobs.put_nowait(data)
        except queue.Full:
            pass

    def _run(self) -> None:
        while True:
            data = self._jobs.get()
            if data is None:
                return
            try:
                self._send(data)
                self.sent += 1
                self.last_error = None
            except Exception as exc:  # noqa: BLE001 - an unplugged display must not disturb the sale
                self.last_error = f"{type(exc).__name__}: {exc}"
                log.warning("pole display: %s", self.last_error)

    def stop(self, timeout: float = 2.0) -> None:
        try:
            self._jobs.get_nowait()
        except queue.Empty:
            pass
        self._jobs.put(None)
        self._thread.join(timeout)
