"""Issue 12 #1 on the screen: a till whose hub sent no staff says so on its login screen."""

from __future__ import annotations

from pos_app.till import TillServices


def test_the_login_screen_says_to_ask_it_for_staff(qtbot, tmp_path):
    from pos_app.ui.app import TillApp

    services = TillServices.open(tmp_path / "till.db", hub_url="", start_sync=False)
    app = TillApp(services)
    try:
        page = app.window.pages["login"] if hasattr(app, "window") else None
        assert page is not None
        page.activate()
        qtbot.waitUntil(lambda: page.no_staff.isVisibleTo(page), timeout=5000)
        assert "IT" in page.no_staff.text() and "pos-hub staff add" in page.no_staff.text()
        services.add_cashier("101", "Иванова", "cashier", "4821")
        page.activate()
        qtbot.waitUntil(lambda: not page.no_staff.isVisibleTo(page), timeout=5000)
    finally:
        app.close()
        services.close()
