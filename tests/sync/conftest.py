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


@pytest.fixture
def ledger_hubs():
    """Two hubs, each with .url, .address (host, port), .token, .phones, .ledger()."""
    import json as _json
    from collections import Counter
    from types import SimpleNamespace

    from events_hub_stub import StubHub

    def view(hub):
        host, port = hub.server.server_address[:2]
        return SimpleNamespace(url=hub.url, address=(host, port), token="tok", phones=["+79123456789", "+79123456780"],
                               ledger=lambda: Counter(_json.dumps(p, sort_keys=True) for p in hub.payloads.values()))

    with StubHub() as a, StubHub() as b:
        yield view(a), view(b)


@pytest.fixture
def offline_hub():
    """.token, .start() -> context manager yielding (host, port), .applied_in_order() -> event ids."""
    import contextlib
    from types import SimpleNamespace

    from events_hub_stub import StubHub

    hub = StubHub()

    @contextlib.contextmanager
    def start():
        with hub:
            yield hub.server.server_address[:2]

    return SimpleNamespace(token="tok", start=start, applied_in_order=lambda: list(hub.applied))
