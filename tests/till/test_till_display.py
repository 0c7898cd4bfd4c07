"""Issue 16 #1: the till owns one customer display; the pole display from the ``pole_display`` setting
follows it through python-escpos; one that is unplugged never disturbs the till."""

from __future__ import annotations

from decimal import Decimal

from pos_app.display import pole_bytes, pole_lines
from pos_app.till import BasketLine, Product, TillServices



def wait_for_value(predicate, timeout: float = 5.0) -> bool:
    import time

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()

PHONE = Product("PH-001", "Smartphone Nova 8", Decimal("24999.00"), "phones", bonus_points=1250)


def _till(tmp_path, **settings) -> TillServices:
    till = TillServices.open(tmp_path / "till.db", hub_url="", seed=True, start_sync=False)
    if settings:
        till.update_settings(**settings)
    return till


def test_the_display_has_the_idle_text_and_the_screen_language(tmp_path):
    till = _till(tmp_path, display_idle_text="Techno store", language="sk")
    try:
        screen = till.display.screen
        assert (screen.mode, screen.idle_text) == ("idle", "Techno store")
        assert screen.rules_lines[0].startswith("1 bod = ")
        assert till.customer_display_screen() is None  # "none" by default
        till.update_settings(customer_display_screen=1)
        assert till.customer_display_screen() == 1
    finally:
        till.close()


def test_the_pole_display_gets_each_screen_as_escpos_bytes(tmp_path):
    path = tmp_path / "pole.bin"
    till = _till(tmp_path, pole_display={"kind": "file", "path": str(path)})
    try:
        assert till.pole is not None
        lines = [BasketLine(PHONE)]
        till.display.show_basket(lines, till.quote(lines), member=False)
        expected = pole_bytes(*pole_lines(till.display.screen))
        assert wait_for_value(lambda: path.exists() and path.read_bytes().endswith(expected))
    finally:
        till.close()


def test_an_unplugged_pole_display_never_disturbs_the_till(tmp_path):
    till = _till(tmp_path, pole_display={"kind": "file", "path": str(tmp_path / "no-such-dir" / "pole.bin")})
    try:
        lines = [BasketLine(PHONE)]
        till.display.show_basket(lines, till.quote(lines), member=False)  # never raises
        assert wait_for_value(lambda: till.pole.last_error is not None)
        assert till.display.screen.mode == "sale"
    finally:
        till.close()
