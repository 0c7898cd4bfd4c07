"""Whether a line may be paid with points, and if not, why."""

from __future__ import annotations

from .basket import Line
from .rules import Rules

# Reasons, in the order they are checked.
GIFT = "gift"
EXCLUDED_CATEGORY = "excluded_category"
SALE_ITEM = "sale_item"
CREDIT = "credit"
REASONS = (GIFT, EXCLUDED_CATEGORY, SALE_ITEM, CREDIT)


def ineligibility_reason(line: Line, rules: Rules, tender: str) -> str | None:
    """The first reason the line cannot be paid with points, or ``None`` if it can."""
    if line.is_gift:
        return GIFT
    if line.category is not None and line.category in rules.excluded_categories:
        return EXCLUDED_CATEGORY
    if line.on_sale and rules.exclude_sale_items:
        return SALE_ITEM
    if (line.credit or tender == "credit") and rules.exclude_credit:
        return CREDIT
    return None
