"""``make run``'s demo hub: ``pos-hub serve --demo`` in a subprocess with its data in the given
directory, answering on a loopback port, stopped on request."""

from __future__ import annotations

import requests

from pos_app.till.demo_hub import LocalHub


def test_demo_hub_runs_with_its_data_where_asked(tmp_path):
    hub = LocalHub(tmp_path / "demo-hub")
    assert hub.is_new
    token = hub.new_till_token("S1", "T1")
    assert hub.db_file.exists() and not hub.is_new  # the data is where we said, not the user data dir
    url = hub.start()
    try:
        assert url.startswith("http://127.0.0.1:")
        member = requests.get(f"{url}/v1/members/by-phone/+79123456789",
                              headers={"Authorization": f"Bearer {token}"}, timeout=(2, 5))
        assert member.status_code == 200 and member.json()["balance"]["available"] == 5000
    finally:
        hub.stop()
    assert hub._proc is None
    try:
        requests.get(f"{url}/v1/health", timeout=(1, 1))
        stopped = False
    except requests.ConnectionError:
        stopped = True
    assert stopped
