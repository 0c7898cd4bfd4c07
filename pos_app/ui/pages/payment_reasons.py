"""Why the points cannot pay more of this basket: the lines the rules exclude (with the quote's
reason) and what limits the rest (the member's points, the offline limit, the cap per order)."""

from __future__ import annotations

from pos_app.loyalty import Quote

from ..context import TillContext
from ..qt import QCoreApplication
from ..texts import reason_text
from ..widgets.money import points


def why_not_more(ctx: TillContext, q: Quote, limit: int) -> str:
    basket = ctx.basket
    reasons = []
    for line, lq in zip(basket.lines, q.lines):
        if lq.reason:
            reasons.append(f"{line.name}: {reason_text(lq.reason)}")
    member = basket.member
    if member is None:
        reasons.append(QCoreApplication.translate("PaymentPage", "no member on this sale"))
    elif q.eligible_total > 0 and limit < q.eligible_total / ctx.rules.point_value:
        cap = ctx.rules.max_points_per_order
        if member.cached:
            text = QCoreApplication.translate("PaymentPage", "offline: at most %1 pts (offline limit)")
            reasons.append(text.replace("%1", points(limit)))
        elif cap is not None and limit == cap - q.gift_points:
            text = QCoreApplication.translate("PaymentPage", "at most %1 pts per order")
            reasons.append(text.replace("%1", points(cap)))
        else:
            reasons.append(QCoreApplication.translate("PaymentPage", "the member's available points"))
    return "\n".join(reasons) if reasons else QCoreApplication.translate("PaymentPage", "nothing limits it")
