"""Properties of the money and points arithmetic of tenders and returns (hypothesis)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from pos_app.sales.draft import Tender
from pos_app.sales.errors import SaleError
from pos_app.sales.returns import _share
from pos_app.sales.tenders import check_payment

cents = st.integers(min_value=0, max_value=10_000_000).map(lambda c: Decimal(c) / 100)


@given(to_pay=cents, tenders=st.lists(st.tuples(st.sampled_from(["cash", "card", "credit"]), cents), max_size=4))
def test_settled_tenders_add_up_to_what_was_to_pay(to_pay, tenders):
    try:
        settled = check_payment(tuple(Tender(k, a) for k, a in tenders), to_pay)
    except SaleError as exc:
        paid = sum((a for _, a in tenders), Decimal(0))
        cash = sum((a for k, a in tenders if k == "cash"), Decimal(0))
        assert paid < to_pay or paid - to_pay > cash, exc.code
    else:
        assert sum((t.amount for t in settled.tenders), Decimal(0)) == to_pay
        assert settled.change >= 0 and all(t.amount >= 0 for t in settled.tenders)
        assert [t.kind for t in settled.tenders] == [k for k, _ in tenders]


@given(points=st.integers(0, 100_000), sold=st.integers(1, 50), data=st.data())
def test_returns_in_any_steps_add_up_to_the_whole(points, sold, data):
    steps = data.draw(st.lists(st.integers(1, sold), max_size=sold))
    returned = 0
    total = 0
    for step in steps:
        if returned + step > sold:
            break
        total += _share(points, returned, returned + step, sold)
        returned += step
        assert total == points * returned // sold  # cumulative floor, as the hub computes it
    assert 0 <= total <= points
