"""After a crash: offer the maps the last run autosaved, to reopen or to throw away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..config.autosave import AutosaveRecord


class RecoveryDialog(QDialog):
    """Lists leftover autosaves with a tick each.

    ``Recover`` opens the ticked ones; ``Discard`` deletes them all;
    ``Later`` keeps them for the next start. :attr:`decision` says which.
    """

    RECOVER, DISCARD, LATER = "recover", "discard", "later"

    def __init__(self, records: list[AutosaveRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover Unsaved Maps"))
        self.resize(600, 360)
        self.records = list(records)
        self.decision = self.LATER

        intro = QLabel(self.tr(
            "JourneyMapper did not close properly last time. These maps had unsaved changes "
            "and were saved automatically. Tick the ones to reopen:"))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setSpacing(3)
        for record in self.records:
            when = record.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
            title = record.title or self.tr("Untitled map")
            where = (str(record.original_path) if record.original_path
                     else self.tr("never saved to a file"))
            item = QListWidgetItem(self.tr("{0} — {1}\nautosaved {2}").format(title, where, when))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)

        buttons = QDialogButtonBox()
        self.recover_button = QPushButton(self.tr("Recover"))
        self.discard_button = QPushButton(self.tr("Discard"))
        self.later_button = QPushButton(self.tr("Decide Later"))
        buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(lambda: self._finish(self.RECOVER))
        self.discard_button.clicked.connect(lambda: self._finish(self.DISCARD))
        self.later_button.clicked.connect(lambda: self._finish(self.LATER))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def _finish(self, decision: str) -> None:
        if decision == self.DISCARD:
            answer = QMessageBox.question(
                self, self.tr("Discard Unsaved Maps?"),
                self.tr("Delete the autosaved copies of %n map(s)? Their unsaved changes "
                        "will be lost.", "", len(self.records)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.decision = decision
        if decision == self.LATER:
            self.reject()
        else:
            self.accept()

    def checked(self) -> list[AutosaveRecord]:
        return [record for row, record in enumerate(self.records)
                if self.list.item(row).checkState() == Qt.CheckState.Checked]
