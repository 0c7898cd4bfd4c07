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


def test_the_warning_goes_when_the_first_pull_brings_staff(qtbot, tmp_path):
    """``make run`` shows the login window before the demo hub answers: when its staff arrive, the
    "nobody can log in" warning goes by itself."""
    from pos_app.ui.app import TillApp

    services = TillServices.open(tmp_path / "till.db", hub_url="", start_sync=False)
    app = TillApp(services)
    try:
        page = app.window.pages["login"]
        app.show()
        page.activate()
        qtbot.waitUntil(lambda: page.no_staff.isVisibleTo(page), timeout=5000)
        services.add_cashier("101", "Иванова", "cashier", "4821")  # as the pull does, off the GUI thread's view
        qtbot.waitUntil(lambda: not page.no_staff.isVisibleTo(page), timeout=5000)
    finally:
        app.close()
        services.close()
