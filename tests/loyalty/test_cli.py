"""``python -m pos_app.loyalty quote`` as support staff run it: a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

EXAMPLE = {
    "available_points": 5000, "redeem_points": "max",
    "lines": [
        {"sku": "PHONE", "category": "phones", "price": "12999.00", "qty": 1, "bonus_points": 650},
        {"sku": "GC1000", "category": "gift_card", "price": "1000.00", "qty": 2},
        {"sku": "TV", "category": "tv", "price": "30000.00", "qty": 1, "bonus_points": 100, "on_sale": True},
    ],
}


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pos_app.loyalty", *args], input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_quote_from_file(tmp_path):
    path = tmp_path / "basket.json"
    path.write_text(json.dumps(EXAMPLE), encoding="utf-8")
    proc = run("quote", str(path))
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["to_pay"] == "39999.00" and out["accrual_points"] == 499
    assert proc.stdout.count("\n") == 1  # one JSON object on one line


def test_quote_from_stdin_refusal_exits_2():
    proc = run("quote", "-", stdin=json.dumps({"lines": [{"sku": "A", "price": "1.00", "qty": 0}]}))
    assert proc.returncode == 2
    assert json.loads(proc.stdout) == {"error": {
        "code": "invalid_input", "message": json.loads(proc.stdout)["error"]["message"], "field": "lines[0].qty"}}


def test_not_json_and_nan_are_invalid_input():
    for text in ("{not json", '{"available_points": NaN}'):
        proc = run("quote", "-", stdin=text)
        assert proc.returncode == 2
        assert json.loads(proc.stdout)["error"]["code"] == "invalid_input"


def test_missing_file_is_invalid_input(tmp_path):
    proc = run("quote", str(tmp_path / "nope.json"))
    assert proc.returncode == 2 and json.loads(proc.stdout)["error"]["code"] == "invalid_input"


def test_help_explains_what_it_is_for():
    proc = run("--help")
    assert proc.returncode == 0
    assert "why could this basket not be paid with bonuses" in proc.stdout
