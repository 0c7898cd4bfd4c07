"""The sync problems: events the hub refused, with the hub's message. A supervisor may send one
again (after the cause is fixed at the hub); the others keep being sent meanwhile."""

from __future__ import annotations

from pos_app.till import SyncProblem

from ..context import TillContext
from ..texts import problem_text
from ..qt import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPushButton, Qt, QVBoxLayout
from .supervisor_pin import ask_supervisor


class SyncProblemsDialog(QDialog):
    def __init__(self, ctx: TillContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Sync problems"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Events the hub refused"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        hint = QLabel(self.tr("These events were put aside; the rest keep being sent. Tell the supervisor."), self)
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.list = QListWidget(self)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.retry_button = QPushButton(self.tr("Send again (supervisor)"), self)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button.clicked.connect(self.retry)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(680, 380)
        self.reload()

    def reload(self) -> None:
        self.ctx.ops.store.submit(self.ctx.till.sync_problems, self._show, name="sync_problems", owner=self)

    def _show(self, problems: list[SyncProblem]) -> None:
        self.list.clear()
        for problem in problems:
            item = QListWidgetItem(problem_text(problem), self.list)
            item.setData(Qt.ItemDataRole.UserRole, problem.event_id)
        if problems:
            self.list.setCurrentRow(0)
        self.retry_button.setEnabled(bool(problems))

    def retry(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        event_id = item.data(Qt.ItemDataRole.UserRole)
        reason = self.tr("Sending a refused event again needs a supervisor.")
        self._pin = ask_supervisor(self.ctx, "retry_sync_problem", reason, lambda _sup: self._retry(event_id), self)

    def _retry(self, event_id: str) -> None:
        self.ctx.ops.store.submit(lambda: self.ctx.till.retry_sync_problem(event_id), lambda _r: self.reload(),
                                  name="retry_sync_problem", owner=self)
