"""The register at the till for the supervisor: the X report and cash in/out (a supervisor's PIN, then a
small menu, then an amount), and the sales a restart found unsigned (pay again or cancel).

Every register call runs on the store worker (``ctx.ops.store``): a register prints for seconds."""

from __future__ import annotations

from decimal import Decimal

from pos_app.till import PendingBasket

from ..amounts import parse_amount
from ..context import TillContext
from ..qt import QCoreApplication, QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout
from ..texts import refusal_text
from ..widgets.keys import key_button
from ..widgets.money import money
from .supervisor_pin import ask_supervisor



class AmountDialog(QDialog):
    """An amount of money: Enter confirms, Esc cancels; ``on_ok(Decimal)``."""

    def __init__(self, title: str, text: str, on_ok, parent=None) -> None:
        super().__init__(parent)
        self.on_ok = on_ok
        self.setWindowTitle(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        layout.addWidget(QLabel(text, self))
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText("0.00")
        self.amount.returnPressed.connect(self.check)
        layout.addWidget(self.amount)
        self.message = QLabel("", self)
        self.message.setObjectName("error")
        layout.addWidget(self.message)
        keys = QHBoxLayout()
        keys.addWidget(key_button(self, "Esc", QCoreApplication.translate("FiscalDialogs", "Cancel"), self.reject))
        keys.addStretch(1)
        self.ok_button = QPushButton(QCoreApplication.translate("FiscalDialogs", "Enter  Confirm"), self)  # Enter in the amount field confirms
        self.ok_button.setObjectName("primary")
        self.ok_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self.check)
        keys.addWidget(self.ok_button)
        layout.addLayout(keys)
        self.setMinimumWidth(380)
        self.amount.setFocus()

    def check(self) -> None:
        value = parse_amount(self.amount.text())
        if value is None or value <= 0:
            self.message.setText(QCoreApplication.translate("FiscalDialogs", "Type an amount such as 5000.00."))
            return
        self.accept()
        self.on_ok(value)


class RegisterMenu(QDialog):
    """The supervisor's register keys: 1 X report, 2 cash in, 3 cash out, Esc back."""

    def __init__(self, on_choice, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("FiscalDialogs", "Register"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        heading = QLabel(QCoreApplication.translate("FiscalDialogs", "Register"), self)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.buttons = {}
        for key, choice, text in (("1", "x_report", QCoreApplication.translate("FiscalDialogs", "X report")), ("2", "cash_in", QCoreApplication.translate("FiscalDialogs", "Cash in")),
                                  ("3", "cash_out", QCoreApplication.translate("FiscalDialogs", "Cash out"))):
            button = key_button(self, key, text, lambda _c=False, c=choice: self._choose(on_choice, c))
            button.setMinimumHeight(44)
            layout.addWidget(button)
            self.buttons[choice] = button
        layout.addWidget(key_button(self, "Esc", QCoreApplication.translate("FiscalDialogs", "Back"), self.reject))
        self.setMinimumWidth(320)

    def _choose(self, on_choice, choice: str) -> None:
        self.accept()
        on_choice(choice)


def register_menu(ctx: TillContext, page) -> None:
    """Supervisor's PIN, then the menu; the answers show on ``page`` (``page._fiscal`` keeps the dialogs)."""

    def run(what: str, supervisor: str, amount: Decimal | None = None) -> None:
        till = ctx.till
        call = {"x_report": lambda: till.x_report(supervisor),
                "cash_in": lambda: till.cash_in(amount, supervisor),
                "cash_out": lambda: till.cash_out(amount, supervisor)}[what]
        page.show_info(QCoreApplication.translate("FiscalDialogs", "The register is printing…"))
        ctx.ops.store.submit(call, lambda report: done(what, report),
                             lambda exc: page.show_problem(refusal_text(exc)), name=f"fiscal_{what}", owner=page)

    def done(what: str, report) -> None:
        page.last_fiscal_report = report
        if what == "x_report":
            cash = report.details.get("cash")
            text = QCoreApplication.translate("FiscalDialogs", "X report printed (shift %1).").replace("%1", str(report.shift_number))
            if cash is not None:
                text += " " + QCoreApplication.translate("FiscalDialogs", "Cash in the drawer: %1").replace("%1", money(Decimal(str(cash)), ctx.rules.currency))
        elif what == "cash_in":
            text = QCoreApplication.translate("FiscalDialogs", "Cash in registered: %1").replace("%1", money(report.amount or Decimal(0), ctx.rules.currency))
        else:
            text = QCoreApplication.translate("FiscalDialogs", "Cash out registered: %1").replace("%1", money(report.amount or Decimal(0), ctx.rules.currency))
        page.show_info(text)

    def chosen(supervisor: str, what: str) -> None:
        if what == "x_report":
            run(what, supervisor)
            return
        title = QCoreApplication.translate("FiscalDialogs", "Cash in") if what == "cash_in" else QCoreApplication.translate("FiscalDialogs", "Cash out")
        text = QCoreApplication.translate("FiscalDialogs", "Money put into the drawer:") if what == "cash_in" else QCoreApplication.translate("FiscalDialogs", "Money taken from the drawer:")
        page._fiscal = AmountDialog(title, text, lambda amount: run(what, supervisor, amount), page)
        page._fiscal.open()

    def approved(sup) -> None:
        page._fiscal = RegisterMenu(lambda what: chosen(sup.number, what), page)
        page._fiscal.open()

    page._fiscal = ask_supervisor(ctx, "fiscal_register", QCoreApplication.translate("FiscalDialogs", "The X report and cash in/out need a supervisor."),
                                  approved, page)


class PendingBasketDialog(QDialog):
    """A sale (or return) the register did not sign before the till stopped: pay again or cancel."""

    def __init__(self, pending: PendingBasket, on_again, on_cancel, parent=None, currency: str = "RUB") -> None:
        super().__init__(parent)
        self.pending = pending
        self.setWindowTitle(QCoreApplication.translate("FiscalDialogs", "Unfinished sale"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        heading = QLabel(QCoreApplication.translate("FiscalDialogs", "The register did not sign this sale") if pending.kind == "sale"
                         else QCoreApplication.translate("FiscalDialogs", "The register did not sign this return"), self)
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        at = pending.created_at.astimezone().strftime("%d.%m.%Y %H:%M")
        lines = [QCoreApplication.translate("FiscalDialogs", "Started %1 by cashier %2, total %3.").replace("%1", at).replace("%2", pending.cashier)
                 .replace("%3", money(pending.total, currency))]
        if pending.draft is not None:
            lines += [f"{line.product.name} × {line.qty}" for line in pending.draft.lines]
        if pending.receipt_no:
            lines.append(QCoreApplication.translate("FiscalDialogs", "Return from receipt %1.").replace("%1", pending.receipt_no))
        lines.append(QCoreApplication.translate("FiscalDialogs", "No money was registered for it. Take the payment again, or cancel it.") if pending.kind == "sale"
                     else QCoreApplication.translate("FiscalDialogs", "No refund was registered for it. Do the return again, or cancel it."))
        self.text = QLabel("\n".join(lines), self)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        keys = QHBoxLayout()
        self.cancel_button = key_button(self, "Esc", QCoreApplication.translate("FiscalDialogs", "Cancel the sale"), lambda: self._pick(on_cancel),
                                        kind="danger")
        self.cancel_button.setAutoDefault(False)
        again = (QCoreApplication.translate("FiscalDialogs", "Enter  Pay again") if pending.kind == "sale"
                 else QCoreApplication.translate("FiscalDialogs", "Enter  Return again"))
        self.again_button = QPushButton(again, self)  # the dialog's default button: Enter presses it
        self.again_button.setObjectName("primary")
        self.again_button.setDefault(True)
        self.again_button.clicked.connect(lambda: self._pick(on_again))
        keys.addWidget(self.cancel_button)
        keys.addStretch(1)
        keys.addWidget(self.again_button)
        layout.addLayout(keys)
        self.setMinimumWidth(560)

    def reject(self) -> None:  # Esc is "cancel the sale", answered by its key
        pass

    def _pick(self, fn) -> None:
        self.done(QDialog.DialogCode.Accepted)
        fn(self.pending)
