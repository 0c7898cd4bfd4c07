"""Over HTTP, on SQLite and on PostgreSQL: a hub from ``running_hub(db_url=...)`` and two concurrent
requests carrying the same event id."""

from __future__ import annotations

import threading
import uuid

import requests

from hub_builders import line, sale, sold
from pos_app.hub.demo import DEMO_PHONES
from pos_app.hub.testing import running_hub


def test_two_concurrent_requests_with_one_event_id_apply_once(db_url):
    with running_hub(db_url=db_url) as api:
        for n in range(3):
            payload = sold(api.hub, f"HTTP-{n}", [line(accrual=10)], api.hub.clock.now(), phone=DEMO_PHONES["gleb"])
            ev = {"id": str(uuid.uuid4()), "kind": "sale.finished", "payload": payload}
            barrier = threading.Barrier(2)
            results: list[dict] = []

            def worker():
                barrier.wait()
                r = requests.post(api.url + "/v1/events", json={"events": [ev]}, headers=api.headers, timeout=(3, 30))
                results.append(r.json()["results"][0])

            threads = [threading.Thread(target=worker) for _ in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(60)
            assert sorted(r["status"] for r in results) == ["applied", "duplicate"]
            assert results[0]["result"] == results[1]["result"]
        member = requests.get(f"{api.url}/v1/members/by-phone/{DEMO_PHONES['gleb']}", headers=api.headers,
                              timeout=(3, 10)).json()
        assert member["balance"]["pending_total"] == 30
