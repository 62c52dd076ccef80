"""The New chooser: pick an empty stage model or a sample map to start from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..io.templates import Template, list_templates


class TemplateChooserDialog(QDialog):
    """A list of the built-in templates with their titles and descriptions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Journey Map"))
        self.resize(560, 460)
        self.templates = list_templates()

        intro = QLabel(self.tr("Start from an empty stage model or from a sample map:"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for template in self.templates:
            kind = (self.tr("Sample map") if template.name.startswith("sample-")
                    else self.tr("Empty map"))
            title = template.title or template.name
            item = QListWidgetItem(f"{title}  ·  {kind}\n{template.description}".rstrip())
            item.setData(Qt.ItemDataRole.UserRole, template.name)
            item.setToolTip(template.description)
            self.list.addItem(item)
        if self.templates:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)

    def select(self, name: str) -> bool:
        """Make the template called ``name`` the current choice."""
        for row, template in enumerate(self.templates):
            if template.name == name:
                self.list.setCurrentRow(row)
                return True
        return False

    def chosen(self) -> Template | None:
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None
