"""Closing the shift: the supervisor's PIN where the rules say (events still waiting for the hub), then
the till closes the shift, prints the shift loyalty report, and the cashier is signed out."""

from __future__ import annotations

from ..context import TillContext
from ..qt import QCoreApplication
from ..texts import refusal_text
from .confirm import confirm
from .supervisor_pin import ask_supervisor


def close_shift(ctx: TillContext, page, on_closed):
    """Ask, then close. ``page`` shows the progress and any refusal; ``on_closed(ShiftClosed)`` after the
    till closed the shift and signed the cashier out (the report is queued on the printer)."""

    def run(supervisor: str | None) -> None:
        page.show_info(QCoreApplication.translate("CloseShift", "Closing the shift…"))
        ctx.ops.store.submit(lambda: ctx.till.close_shift(supervisor=supervisor), done,
                             lambda exc: page.show_problem(refusal_text(exc)), name="close_shift", owner=page)

    def done(result) -> None:
        ctx.printing.submit(lambda: ctx.till.print_shift_report(result.report), on_error=lambda exc: None,
                            owner=page.window())
        ctx.cashier = None  # the till signed the cashier out with the close
        ctx.basket.clear()
        on_closed(result)

    def asked() -> None:
        ctx.ops.store.submit(ctx.till.close_shift_needs_supervisor, decide, page.show_error,
                             name="close_shift_rule", owner=page)

    def decide(needs: bool) -> None:
        if needs:
            page._pin = ask_supervisor(ctx, "close_shift", QCoreApplication.translate(
                "CloseShift", "Events have not reached the hub yet: closing the shift needs a supervisor."),
                                       lambda sup: run(sup.number), page)
        else:
            run(None)

    return confirm(page, QCoreApplication.translate("CloseShift", "Close shift"),
                   QCoreApplication.translate("CloseShift", "Close the shift, print the shift loyalty report and log out?"),
                   asked)
