from __future__ import annotations

import pytest

from pos_app.store import open_store


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "till.db")
    yield s
    s.close()


@pytest.fixture
def crash_hub():
    """(url, token, applied_receipts) where ``applied_receipts()`` counts sale.finished receipts the hub applied."""
    from collections import Counter

    from events_hub_stub import StubHub

    with StubHub() as hub:
        yield hub.url, "tok", lambda: Counter(p["receipt_no"] for p in hub.payloads.values())
