"""File → Export PDF…: choose paper and orientation, then write the leadership PDF."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

PAPERS = ("A4", "A3", "A2", "letter")
ORIENTATIONS = ("landscape", "portrait")


class ExportPdfDialog(QDialog):
    """Paper size and orientation for the PDF (the file name is asked next)."""

    def __init__(self, parent: QWidget | None = None, paper: str = "A4",
                 orientation: str = "landscape") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        self.paper = QComboBox()
        for name in PAPERS:
            self.paper.addItem(self.tr("US Letter") if name == "letter" else name, name)
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(orientation)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Orientation:"), self.orientation)
        form.addRow(buttons)

    def choice(self) -> tuple[str, str]:
        return self.paper.currentData(), self.orientation.currentData()
