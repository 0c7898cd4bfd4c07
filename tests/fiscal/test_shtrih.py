"""The Shtrih-M driver through pyshtrih over a pseudo-terminal, answered from the recorded frames in
``golden/shtrih_frames.txt`` (each request the driver sends must be the recorded one).

To regenerate after a deliberate change: POS_UPDATE_GOLDENS=1 .venv/bin/python -m pytest tests/fiscal/test_shtrih.py
(the frames then come from ``shtrih_pty.Simulator``; review ``git diff`` and run again)."""

from __future__ import annotations

import os
from decimal import Decimal as D
from pathlib import Path

import pytest

from pos_app.fiscal import FiscalRef, SourceLine, build_document

from pos_app.fiscal.drivers.shtrih import ShtrihRegister, import_pyshtrih  # noqa: E402

pytest.importorskip("pyshtrih")
pyshtrih = import_pyshtrih()

from .shtrih_pty import PtyRegister, Replayer, Simulator, read_transcript, write_transcript  # noqa: E402

FRAMES = Path(__file__).parent / "golden" / "shtrih_frames.txt"


def session(register: ShtrihRegister) -> dict:
    """What the till does in a shift: status, open, a sale with points and an e-receipt, a return, cash,
    X and Z reports, and a find after a lost answer."""
    out = {"status": register.status()}
    register.open_shift("Кассир Иванова")
    sale = build_document("sale", [
        SourceLine(1, "Смартфон Nova 8", D("12999.00"), 1, "vat22", "phones", D("898.00")),
        SourceLine(2, "Кабель USB-C", D("499.00"), 3, "vat10", "accessories", D("103.00")),
    ], [("card", D("10000.00")), ("cash", D("3495.00"))], cashier="Кассир Иванова",
        customer_contact="+79123456789", text=("Начислено баллов: 674",))
    out["sale"] = register.register(sale, "key-sale")
    ret = build_document("return", [SourceLine(2, "Кабель USB-C", D("499.00"), 1, "vat10", "accessories", D("34.33"),
                                               amount=D("499.00"))],
                         [("cash", D("464.67"))], cashier="Кассир Иванова", points_mode="payment",
                         original=out["sale"].ref())
    out["return"] = register.register(ret, "key-return")
    register.cash_in(D("1000.00"), "Кассир Иванова")
    register.x_report("Кассир Иванова")
    register.keys.note({"key": "key-lost", "kind": "return", "before": out["return"].number - 1,
                        "total": str(ret.total)})
    out["found"] = register.find("key-lost")
    register.close_shift("Кассир Иванова")
    return out


def test_a_shift_over_the_serial_protocol(tmp_path):
    update = bool(os.environ.get("POS_UPDATE_GOLDENS"))
    answer = Simulator() if update else Replayer(read_transcript(FRAMES.read_text(encoding="utf-8")))
    pty = PtyRegister(answer)
    try:
        device = pyshtrih.ShtrihM01F(port=pty.port, baudrate=115200, timeout=2)
        register = ShtrihRegister(device, tmp_path / "shtrih-keys.jsonl")
        register._call(device.connect)
        out = session(register)
        register.close()
    finally:
        pty.close()
    assert pty.error is None, pty.error
    if update:
        old = FRAMES.read_text(encoding="utf-8") if FRAMES.exists() else None
        FRAMES.write_text(write_transcript(answer.log), encoding="utf-8")
        assert old == FRAMES.read_text(encoding="utf-8"), "shtrih_frames.txt rewritten; review it and run again"
    else:
        assert answer.at == len(answer.transcript), "the driver sent fewer frames than recorded"
    status = out["status"]
    assert not status.shift_open and status.fn_number == "9960440300123456" and status.unsent == 2
    assert str(status.fn_expires_on) == "2027-11-30" and status.paper and not status.cover_open
    sale = out["sale"]
    assert sale.number == 122 and sale.total == D("13495.00") and sale.fn_number == "9960440300123456"
    assert sale.qr == f"t=20261201T1230&s=13495.00&fn=9960440300123456&i=122&fp={sale.fiscal_sign}&n=1"
    assert out["return"].kind == "return" and out["return"].total == D("499.00")  # points as a payment: full price
    assert out["found"].number == out["return"].number


def test_without_pyshtrih_the_message_says_what_to_install(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "pyshtrih", None)
    from pos_app.fiscal import FiscalError

    with pytest.raises(FiscalError) as exc:
        ShtrihRegister.from_setting({"driver": "shtrih", "port": "/dev/null"})
    assert exc.value.code == "fiscal_driver_missing" and "pos-app[shtrih]" in exc.value.message
