"""``pos-hub`` commands, run in-process against a temp SQLite file."""

from __future__ import annotations

import requests

from pos_app.hub.audit import entries
from pos_app.hub.catalog import catalog_since
from pos_app.hub.server import BackgroundServer, open_hub
from pos_app.hub_cli import main

CSV = """sku,barcode,name,price,category,on_sale,bonus_points,gift_points
PH-1,4600000000011,Phone,12999.00,phones,false,650,
GC-1,,Gift card,1000.00,gift_card,,,
GF-1,,Gift,0,gifts,no,,300
"""


def test_till_add_prints_a_token_that_works_and_revoke_stops_it(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    assert main(["migrate", "--db", db]) == 0
    assert main(["till", "add", "S1", "T1", "--db", db]) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    hub = open_hub(db)
    server = BackgroundServer(hub).start()
    try:
        auth = {"Authorization": f"Bearer {token}"}
        assert requests.get(server.url + "/v1/rules", headers=auth, timeout=(3, 10)).status_code == 200
        assert main(["till", "revoke", "S1", "T1", "--db", db]) == 0
        r = requests.get(server.url + "/v1/rules", headers=auth, timeout=(3, 10))
        assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_token"
    finally:
        server.stop()
    with hub.db.read() as s:
        assert [e.action for e in entries(s)] == ["till.add", "till.revoke"]
        from pos_app.hub.db.models import Till

        assert token not in {t.token_hash for t in s.query(Till)}
    assert main(["till", "revoke", "S9", "T9", "--db", db]) == 2


def test_catalog_import(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    path = tmp_path / "catalog.csv"
    path.write_text(CSV, encoding="utf-8")
    assert main(["catalog", "import", str(path), "--db", db]) == 0
    assert "imported 3 items, catalog version 1" in capsys.readouterr().out
    with open_hub(db).db.read() as s:
        items = {i["sku"]: i for i in catalog_since(s, 0).items}
    assert items["PH-1"]["price"] == "12999.00" and items["PH-1"]["bonus_points"] == 650
    assert items["GF-1"]["gift_points"] == 300 and items["GF-1"]["price"] == "0.00"
    assert items["GC-1"]["barcode"] is None


def test_a_bad_csv_changes_nothing(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    path = tmp_path / "catalog.csv"
    path.write_text(CSV + "BAD,,Bad,12.345,phones,,,\n", encoding="utf-8")
    assert main(["catalog", "import", str(path), "--db", db]) == 2
    assert "line 5" in capsys.readouterr().err
    with open_hub(db).db.read() as s:
        assert catalog_since(s, 0).items == []
    assert main(["catalog", "import", str(tmp_path / "missing.csv"), "--db", db]) == 2


def test_demo_is_idempotent(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    assert main(["demo", "--db", db]) == 0
    assert main(["demo", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "+79123456789" in out
    hub = open_hub(db)
    from pos_app.hub.db.models import LedgerMovement

    with hub.db.read() as s:
        assert s.query(LedgerMovement).count() == 6


def test_catalog_changes_since_a_version(sqlite_hub):
    from decimal import Decimal

    from pos_app.hub.catalog import Product, remove_items, upsert_items

    with sqlite_hub.db.write() as s:
        v1 = upsert_items(s, [Product("A", "A", Decimal("1.00"), "x"), Product("B", "B", Decimal("2.00"), "x")])
        v2 = upsert_items(s, [Product("A", "A2", Decimal("1.50"), "x")])
        v3 = remove_items(s, ["B"])
    with sqlite_hub.db.read() as s:
        assert [i["name"] for i in catalog_since(s, v1).items] == ["A2"]
        changes = catalog_since(s, v2)
        assert (changes.version, changes.items, changes.removed) == (v3, [], ["B"])
        assert [i["sku"] for i in catalog_since(s, 0).items] == ["A"]


def test_serve_with_zero_set_up(tmp_path):
    """``pos-hub demo`` then ``pos-hub serve`` with no --db: SQLite under the user data dir."""
    import os
    import socket
    import subprocess
    import sys
    import time

    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), HOME=str(tmp_path))
    env.pop("POS_HUB_DB", None)
    cli = [sys.executable, "-m", "pos_app.hub_cli"]
    assert subprocess.run([*cli, "demo"], env=env, capture_output=True, timeout=120).returncode == 0
    token = subprocess.run([*cli, "till", "add", "S1", "T1"], env=env, capture_output=True, text=True,
                           timeout=120).stdout.strip()
    assert list((tmp_path / "data" / "pos-hub").glob("hub.sqlite3"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([*cli, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        body = None
        for _ in range(900):
            try:
                r = requests.get(f"http://127.0.0.1:{port}/v1/members/by-phone/+79123456789",
                                 headers={"Authorization": f"Bearer {token}"}, timeout=(1, 5))
                body = r.json()
                break
            except requests.ConnectionError:
                time.sleep(0.1)  # waiting for a separate process to listen, not for time to pass
        assert body is not None and body["balance"]["available"] == 5000
    finally:
        proc.terminate()
        proc.wait(10)


def test_rules_set_and_show(tmp_path, capsys):
    import json

    db = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    good, bad = tmp_path / "rules.json", tmp_path / "bad.json"
    good.write_text(json.dumps({"hold_days": 14, "max_points_per_order": 9000}))
    bad.write_text(json.dumps({"hold_days": -1}))
    assert main(["rules", "set", str(good), "--author", "admin", "--db", db]) == 0
    assert main(["rules", "set", str(bad), "--db", db]) == 2
    capsys.readouterr()
    assert main(["rules", "show", "--db", db]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["version"] == 2 and shown["rules"]["hold_days"] == 14
    with open_hub(db).db.read() as s:
        assert [e.actor for e in entries(s, "rules.change")] == ["admin"]


def test_staff_add(tmp_path, capsys):
    """Issue 12 #1: a PIN (file or prompt) kept only as a salted slow hash; 6 digits at least for supervisors."""
    from pos_app.hub.db.models import Staff
    from pos_app.hub.server import open_hub
    from pos_app.loyalty.pins import check_pin

    db = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    pins = tmp_path / "pin.txt"
    pins.write_text("9999\n")
    assert main(["staff", "add", "S1", "900", "Ivanova", "supervisor", "--pin-file", str(pins), "--db", db]) == 2
    assert "invalid_pin" in capsys.readouterr().err
    pins.write_text("482913\n")
    assert main(["staff", "add", "S1", "900", "Ivanova", "supervisor", "--pin-file", str(pins), "--db", db]) == 0
    assert main(["staff", "add", "S1", "901", "Petrov", "janitor", "--pin-file", str(pins), "--db", db]) == 2
    hub = open_hub(db)
    with hub.db.read() as s:
        person = s.query(Staff).filter_by(store="S1", code="900").one()
        assert "482913" not in person.pin_hash and check_pin("482913", person.pin_hash)
    hub.db.dispose()
    capsys.readouterr()
    assert main(["staff", "list", "S1", "--db", db]) == 0
    assert capsys.readouterr().out == "900\tsupervisor\tIvanova\tactive\n"


def test_db_works_before_or_after_the_sub_command(tmp_path, capsys, monkeypatch):
    from pos_app.hub.cli import _parser

    monkeypatch.setenv("POS_HUB_DB", "sqlite:///from-env.sqlite3")
    assert _parser().parse_args(["serve"]).db == "sqlite:///from-env.sqlite3"
    assert _parser().parse_args(["--db", "A", "serve", "--port", "1"]).db == "A"
    assert _parser().parse_args(["serve", "--db", "B"]).db == "B"
    assert _parser().parse_args(["--db", "A", "till", "add", "S1", "T1"]).db == "A"
    assert _parser().parse_args(["--db", "A", "till", "add", "S1", "T1", "--db", "B"]).db == "B"  # the last wins
    before, after = tmp_path / "before.sqlite3", tmp_path / "after.sqlite3"
    assert main(["--db", f"sqlite:///{before}", "till", "add", "S1", "T1"]) == 0
    pins = tmp_path / "pin.txt"
    pins.write_text("1234\n")
    assert main(["staff", "add", "S1", "100", "Ivanova", "cashier", "--pin-file", str(pins),
                 "--db", f"sqlite:///{after}"]) == 0
    assert before.exists() and after.exists() and not (tmp_path / "from-env.sqlite3").exists()
    assert main(["--db", f"sqlite:///{before}", "till", "revoke", "S1", "T1"]) == 0  # the token is in that file
