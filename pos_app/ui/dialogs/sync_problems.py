"""The sync problems: events the hub refused, with the hub's message."""

from __future__ import annotations

from ..qt import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout


class SyncProblemsDialog(QDialog):
    def __init__(self, problems: list[str] | tuple[str, ...], parent=None) -> None:
        super().__init__(parent)
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
        self.list.addItems(list(problems))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)
