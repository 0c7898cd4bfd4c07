"""Properties of the quote for any valid basket (hypothesis)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pos_app.loyalty import Line, LoyaltyError, QuoteRequest, Rules, quote
from pos_app.loyalty.errors import InsufficientPoints, OrderPointsCap

CATEGORIES = ["phones", "tv", "gift_card", "audio"]

prices = st.integers(min_value=0, max_value=5_000_000).map(lambda c: Decimal(c) / 100)

priced_lines = st.builds(
    Line,
    sku=st.text(alphabet="ABCDEF0123", min_size=1, max_size=6),
    price=prices,
    qty=st.integers(1, 5),
    category=st.sampled_from(CATEGORIES),
    bonus_points=st.integers(0, 2000),
    on_sale=st.booleans(),
    credit=st.booleans(),
)
gift_lines = st.builds(
    Line, sku=st.just("GIFT"), qty=st.integers(1, 3), gift_points=st.integers(0, 3000),
)
rules = st.builds(
    Rules,
    point_value=st.sampled_from([Decimal("1.00"), Decimal("0.01"), Decimal("0.50"), Decimal("2.00")]),
    max_redeem_share=st.sampled_from([Decimal("1"), Decimal("0.5"), Decimal("0.3333"), Decimal("0")]),
    max_points_per_order=st.one_of(st.none(), st.integers(0, 20000)),
    excluded_categories=st.sampled_from([("gift_card",), (), ("gift_card", "tv")]),
    exclude_sale_items=st.booleans(),
    exclude_credit=st.booleans(),
    accrual_on_redeemed=st.sampled_from(["proportional", "none", "full"]),
    min_money_payment=st.sampled_from([Decimal("0"), Decimal("1.00"), Decimal("500.00")]),
)
requests_ = st.builds(
    QuoteRequest,
    lines=st.lists(st.one_of(priced_lines, priced_lines, priced_lines, gift_lines), max_size=12).map(tuple),
    rules=rules,
    available_points=st.integers(0, 200_000),
    tender=st.sampled_from(["cash", "card", "credit"]),
    redeem_points=st.just("max"),
)


@settings(max_examples=400, deadline=None)
@given(requests_, st.integers(0, 100))
def test_quote_invariants(request, percent):
    try:
        top = quote(request)
    except (InsufficientPoints, OrderPointsCap):
        top = None
    assume(top is not None)  # a basket the points cannot pay any part of has no invariants to check
    # Any amount up to the max is accepted too; check invariants for a share of it.
    redeem = top.max_redeem_points * percent // 100
    q = quote(QuoteRequest(request.lines, request.rules, request.available_points, request.tender, redeem))
    r = request.rules
    assert sum(ln.redeem_points for ln in q.lines) == q.redeem_points == redeem
    for line, lq in zip(request.lines, q.lines):
        if not lq.eligible:
            assert lq.redeem_points == 0
        assert lq.redeem_points >= 0
        assert lq.bonus_payment <= lq.amount
        assert lq.accrual_points <= line.base_accrual
    if q.redeem_points > 0:
        assert q.to_pay >= r.min_money_payment
        assert q.redeem_points * r.point_value <= r.max_redeem_share * q.eligible_total
    assert q.points_spent <= request.available_points
    if r.max_points_per_order is not None:
        assert q.points_spent <= r.max_points_per_order
    assert 0 <= q.accrual_points <= sum(line.base_accrual for line in request.lines)
    assert q.to_pay == q.total - q.bonus_payment >= 0


@settings(max_examples=200, deadline=None)
@given(requests_)
def test_asking_one_more_than_the_max_is_refused(request):
    try:
        top = quote(request)
    except LoyaltyError:
        top = None
    assume(top is not None)
    over = QuoteRequest(request.lines, request.rules, request.available_points, request.tender,
                        top.max_redeem_points + 1)
    try:
        quote(over)
    except LoyaltyError as exc:
        assert exc.code == "redeem_exceeds_max"
    else:
        raise AssertionError("a redeem above max_redeem_points was accepted")
