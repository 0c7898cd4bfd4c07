"""The quote contract: the worked example, each refusal, each accrual mode."""

from __future__ import annotations

import pytest

from pos_app.loyalty import LoyaltyError, quote_json

PHONE = {"sku": "PHONE", "category": "phones", "price": "12999.00", "qty": 1, "bonus_points": 650}
GIFT_CARDS = {"sku": "GC1000", "category": "gift_card", "price": "1000.00", "qty": 2}
TV_ON_SALE = {"sku": "TV", "category": "tv", "price": "30000.00", "qty": 1, "bonus_points": 100, "on_sale": True}


def refusal(data: dict) -> tuple[str, str | None]:
    with pytest.raises(LoyaltyError) as info:
        quote_json(data)
    return info.value.code, info.value.field


def test_issue_example_phone_gift_cards_and_tv_on_sale():
    q = quote_json({"available_points": 5000, "redeem_points": "max", "lines": [PHONE, GIFT_CARDS, TV_ON_SALE]})
    assert q["total"] == "44999.00"
    assert q["eligible_total"] == "12999.00"
    assert q["max_redeem_points"] == 5000
    assert q["redeem_points"] == 5000
    assert q["bonus_payment"] == "5000.00"
    assert q["to_pay"] == "39999.00"
    assert q["points_spent"] == 5000
    assert q["accrual_points"] == 499
    phone, cards, tv = q["lines"]
    assert phone == {
        "sku": "PHONE", "amount": "12999.00", "eligible": True, "reason": None,
        "redeem_points": 5000, "bonus_payment": "5000.00", "accrual_points": 399,
    }
    assert (cards["eligible"], cards["reason"], cards["redeem_points"], cards["amount"]) == (
        False, "excluded_category", 0, "2000.00")
    assert (tv["reason"], tv["redeem_points"], tv["accrual_points"]) == ("sale_item", 0, 100)


def test_defaults_spend_nothing_and_earn_the_tag_points():
    q = quote_json({"available_points": 5000, "lines": [PHONE]})
    assert q["redeem_points"] == 0 and q["max_redeem_points"] == 5000
    assert q["to_pay"] == "12999.00" and q["accrual_points"] == 650


def test_reasons_follow_the_documented_order():
    line = {"sku": "X", "category": "gift_card", "price": "10.00", "on_sale": True, "credit": True}
    q = quote_json({"lines": [line, {**line, "category": "x"}, {**line, "category": "x", "on_sale": False},
                              {"sku": "G", "gift_points": 0}]})
    assert [ln["reason"] for ln in q["lines"]] == ["excluded_category", "sale_item", "credit", "gift"]


def test_credit_tender_makes_every_priced_line_ineligible():
    q = quote_json({"available_points": 100, "tender": "credit", "redeem_points": "max", "lines": [PHONE]})
    assert q["lines"][0]["reason"] == "credit" and q["max_redeem_points"] == 0 and q["redeem_points"] == 0


def test_rules_can_allow_sale_items_and_credit():
    q = quote_json({"rules": {"exclude_sale_items": False, "exclude_credit": False, "excluded_categories": []},
                    "tender": "credit", "lines": [TV_ON_SALE, GIFT_CARDS]})
    assert all(ln["eligible"] for ln in q["lines"])


def test_point_value_of_one_cent_and_the_prozis_cap():
    rules = {"point_value": "0.01", "max_points_per_order": 9000}
    q = quote_json({"rules": rules, "available_points": 50000, "redeem_points": "max",
                    "lines": [{"sku": "A", "price": "200.00"}]})
    assert q["max_redeem_points"] == 9000 and q["bonus_payment"] == "90.00" and q["to_pay"] == "110.00"


def test_gifts_count_against_cap_and_available_points():
    rules = {"max_points_per_order": 9000}
    q = quote_json({"rules": rules, "available_points": 10000, "redeem_points": "max",
                    "lines": [{"sku": "SHAKER", "gift_points": 3000, "qty": 2}, {"sku": "A", "price": "5000.00"}]})
    assert q["gift_points"] == 6000 and q["max_redeem_points"] == 3000 and q["points_spent"] == 9000
    assert q["lines"][0]["amount"] == "0.00" and q["lines"][0]["accrual_points"] == 0


def test_max_redeem_share_and_min_money_payment():
    q = quote_json({"rules": {"max_redeem_share": "0.5"}, "available_points": 10000, "redeem_points": "max",
                    "lines": [{"sku": "A", "price": "999.99"}]})
    assert q["max_redeem_points"] == 499
    q = quote_json({"rules": {"min_money_payment": "1.00"}, "available_points": 10000, "redeem_points": "max",
                    "lines": [{"sku": "A", "price": "100.00"}]})
    assert q["max_redeem_points"] == 99 and q["to_pay"] == "1.00"


def test_allocation_largest_remainder_ties_go_to_the_earlier_line():
    lines = [{"sku": s, "price": "10.00"} for s in "ABC"]
    q = quote_json({"available_points": 100, "redeem_points": 10, "lines": lines})
    assert [ln["redeem_points"] for ln in q["lines"]] == [4, 3, 3]


def test_allocation_gives_remainders_by_largest_fraction():
    lines = [{"sku": "A", "price": "1.00"}, {"sku": "B", "price": "2.00"}, {"sku": "C", "price": "3.00"}]
    # 5 points: shares 5/6, 10/6, 15/6 -> floors 0, 1, 2; fractions .83 .67 .5 -> 1 to A, 1 to B
    q = quote_json({"available_points": 100, "redeem_points": 5, "lines": lines})
    assert [ln["redeem_points"] for ln in q["lines"]] == [1, 2, 2]


def test_allocation_never_passes_a_line_limit_with_fractional_prices():
    lines = [{"sku": "A", "price": "0.99"}, {"sku": "B", "price": "5.50"}]
    q = quote_json({"available_points": 100, "redeem_points": "max", "lines": lines})
    assert q["max_redeem_points"] == 5  # floor(0.99) + floor(5.50) = 0 + 5
    assert [ln["redeem_points"] for ln in q["lines"]] == [0, 5]


@pytest.mark.parametrize(
    "mode, expected", [("proportional", 399), ("none", 0), ("full", 650)],
)
def test_accrual_modes(mode, expected):
    q = quote_json({"rules": {"accrual_on_redeemed": mode}, "available_points": 5000,
                    "redeem_points": 5000, "lines": [PHONE]})
    assert q["accrual_points"] == expected


def test_free_line_keeps_its_base_accrual():
    q = quote_json({"lines": [{"sku": "FREE", "price": "0", "bonus_points": 5, "qty": 2}]})
    assert q["accrual_points"] == 10 and q["total"] == "0.00"


def test_refusal_insufficient_points_for_gifts():
    assert refusal({"available_points": 10, "lines": [{"sku": "G", "gift_points": 11}]}) == (
        "insufficient_points", None)


def test_refusal_gifts_over_the_order_cap():
    data = {"rules": {"max_points_per_order": 100}, "available_points": 1000,
            "lines": [{"sku": "G", "gift_points": 60, "qty": 2}]}
    assert refusal(data)[0] == "order_points_cap"


def test_refusal_redeem_exceeds_max():
    assert refusal({"available_points": 10, "redeem_points": 11, "lines": [PHONE]}) == (
        "redeem_exceeds_max", "redeem_points")


@pytest.mark.parametrize(
    "data, field",
    [
        ({"lines": [PHONE, {"sku": "B", "price": "1.00", "qty": 0}]}, "lines[1].qty"),
        ({"lines": [{"sku": "B", "price": "1.00", "qty": -1}]}, "lines[0].qty"),
        ({"lines": [{"sku": "B", "price": "1.00", "qty": 1.5}]}, "lines[0].qty"),
        ({"lines": [{"sku": "B", "price": "1.00", "qty": True}]}, "lines[0].qty"),
        ({"lines": [{"sku": "B", "price": 12.5}]}, "lines[0].price"),
        ({"lines": [{"sku": "B", "price": 12}]}, "lines[0].price"),
        ({"lines": [{"sku": "B", "price": "1.005"}]}, "lines[0].price"),
        ({"lines": [{"sku": "B", "price": "-1.00"}]}, "lines[0].price"),
        ({"lines": [{"sku": "B", "price": "1e3"}]}, "lines[0].price"),
        ({"lines": [{"sku": "B"}]}, "lines[0].price"),
        ({"lines": [{"price": "1.00"}]}, "lines[0].sku"),
        ({"lines": [{"sku": "B", "price": "1.00", "gift_points": 5}]}, "lines[0].price"),
        ({"lines": [{"sku": "B", "price": "1.00", "bonus_points": -1}]}, "lines[0].bonus_points"),
        ({"lines": [{"sku": "B", "price": "1.00", "on_sale": "yes"}]}, "lines[0].on_sale"),
        ({"lines": "PHONE"}, "lines"),
        ({"tender": "cheque", "lines": []}, "tender"),
        ({"available_points": -1, "lines": []}, "available_points"),
        ({"available_points": 1.0, "lines": []}, "available_points"),
        ({"redeem_points": "all", "lines": []}, "redeem_points"),
        ({"redeem_points": -5, "lines": []}, "redeem_points"),
        ({"rules": {"accrual_on_redeemed": "half"}, "lines": []}, "rules.accrual_on_redeemed"),
        ({"rules": {"point_value": 1}, "lines": []}, "rules.point_value"),
        ({"rules": {"point_value": "0"}, "lines": []}, "rules.point_value"),
        ({"rules": {"point_value": "0.005"}, "lines": []}, "rules.point_value"),
        ({"rules": {"max_redeem_share": "1.5"}, "lines": []}, "rules.max_redeem_share"),
        ({"rules": {"min_money_payment": "-1"}, "lines": []}, "rules.min_money_payment"),
        ({"rules": {"colour": "red"}, "lines": []}, "rules.colour"),
        ({"rules": [], "lines": []}, "rules"),
        ({"lines": [], "extra": 1}, "extra"),
    ],
)
def test_malformed_input_names_the_offending_path(data, field):
    assert refusal(data) == ("invalid_input", field)


def test_refusal_dict_shape():
    with pytest.raises(LoyaltyError) as info:
        quote_json({"tender": "cheque"})
    err = info.value.as_dict()["error"]
    assert set(err) == {"code", "message", "field"} and "cash" in err["message"]
