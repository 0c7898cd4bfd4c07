"""What the hub takes from fiscal registration: a VAT rate per catalog item (CSV, versions, API), and the
register's answer on ``sale.finished``/``sale.returned`` (optional, checked, never required)."""

from __future__ import annotations

from hub_builders import add_member, line, returned, sale, send
from pos_app.hub.catalog import catalog_since
from pos_app.hub.catalog.csv_import import parse_rows
from pos_app.hub.errors import ApiError
from pos_app.hub.server import open_hub
from pos_app.hub_cli import main

CSV = """sku,barcode,name,price,category,on_sale,bonus_points,gift_points,vat
PH-1,4600000000011,Phone,12999.00,phones,false,650,,vat22
CB-1,,Cable,499.00,accessories,,,,VAT10
GC-1,,Gift card,1000.00,gift_card,,,,
"""
FISCAL = {"number": 42, "fiscal_sign": "3295008842", "fn_number": "9999078902004155",
          "registered_at": "2026-12-01T12:30:00+03:00", "total": "1000.00", "shift_number": 7,
          "qr": "t=20261201T1230&s=1000.00&fn=9999078902004155&i=42&fp=3295008842&n=1",
          "points_on_receipt": "discount", "key": "ignored-by-the-hub"}


def test_vat_through_the_csv_the_versions_and_the_api_answer(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    path = tmp_path / "catalog.csv"
    path.write_text(CSV, encoding="utf-8")
    assert main(["catalog", "import", str(path), "--db", db]) == 0
    with open_hub(db).db.read() as s:
        items = {i["sku"]: i for i in catalog_since(s, 0).items}
    assert {sku: i["vat"] for sku, i in items.items()} == {"PH-1": "vat22", "CB-1": "vat10", "GC-1": "none"}
    path.write_text(CSV.replace("vat22", "vat5"), encoding="utf-8")
    assert main(["catalog", "import", str(path), "--db", db]) == 0
    with open_hub(db).db.read() as s:
        changes = catalog_since(s, 1)
    assert changes.version == 2 and {i["sku"]: i["vat"] for i in changes.items}["PH-1"] == "vat5"


def test_an_unknown_vat_rate_is_refused_naming_the_known_ones():
    try:
        parse_rows([{"sku": "X", "name": "X", "price": "1.00", "category": "c", "vat": "vat18"}])
    except ApiError as exc:
        assert "line 2 vat" in str(exc) and "vat22" in str(exc)
    else:
        raise AssertionError("vat18 accepted")


def test_events_may_carry_the_fiscal_answer(hub, till, clock):
    add_member(hub)
    done = send(hub, till, "sale.finished", {**sale("F1", [line(accrual=10)], clock.now()), "fiscal": FISCAL})
    assert done["status"] == "applied"
    back = send(hub, till, "sale.returned", {**returned("F1", [(1, 1)], clock.now()), "fiscal": {
        **FISCAL, "number": 43, "fiscal_sign": "1", "original": {"number": 42, "fiscal_sign": "3295008842",
                                                                  "fn_number": "9999078902004155"}}})
    assert back["status"] == "applied"
    bad = send(hub, till, "sale.finished", {**sale("F2", [line(accrual=10)], clock.now()),
                                            "fiscal": {**FISCAL, "number": 0}})
    assert bad["status"] == "rejected" and bad["code"] == "invalid_payload" and "fiscal" in bad["message"]
