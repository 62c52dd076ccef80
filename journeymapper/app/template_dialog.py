"""The New chooser: pick an empty stage model or a sample map to start from."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..io import JourneyFileError
from ..io.templates import Template, list_templates
from .template_words import is_stage_model, word

TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_ROLE = Qt.ItemDataRole.UserRole
PAD = 8


class _TemplateDelegate(QStyledItemDelegate):
    """A template as a bold title over its wrapped description; section rows in small caps."""

    def _fonts(self, option) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        return title, QFont(option.font)

    def _text_width(self, option) -> int:
        view = self.parent()
        width = option.rect.width() or (view.viewport().width() if view else 480)
        return max(120, width - 2 * PAD)

    def sizeHint(self, option, index) -> QSize:
        title_font, body_font = self._fonts(option)
        if index.data(NAME_ROLE) is None:  # a section heading
            return QSize(0, QFontMetrics(title_font).height() + PAD * 2)
        width = self._text_width(option)
        title_h = QFontMetrics(title_font).boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, index.data(TITLE_ROLE)).height()
        body_h = QFontMetrics(body_font).boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap,
            index.data(DESCRIPTION_ROLE) or "").height()
        return QSize(width, title_h + body_h + PAD * 2 + 2)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        title_font, body_font = self._fonts(option)
        top = PAD // 2 if index.data(NAME_ROLE) is None else PAD
        rect = opt.rect.adjusted(PAD, top, -PAD, -PAD)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                 else QPalette.ColorRole.Text)
        painter.save()
        if index.data(NAME_ROLE) is None:
            heading = QFont(title_font)
            heading.setCapitalization(QFont.Capitalization.AllUppercase)
            heading.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 105)
            painter.setFont(heading)
            painter.setPen(opt.palette.color(group, QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft,
                             index.data(TITLE_ROLE))
            painter.restore()
            return
        painter.setPen(text)
        painter.setFont(title_font)
        drawn = painter.boundingRect(rect, Qt.TextFlag.TextWordWrap, index.data(TITLE_ROLE))
        painter.drawText(rect, Qt.TextFlag.TextWordWrap, index.data(TITLE_ROLE))
        painter.setFont(body_font)
        body = rect.adjusted(0, drawn.height() + 2, 0, 0)
        painter.drawText(body, Qt.TextFlag.TextWordWrap, index.data(DESCRIPTION_ROLE) or "")
        painter.restore()


def _stage_count(template: Template) -> int:
    try:
        return len(template.open().stages)
    except JourneyFileError:
        return 0


class TemplateChooserDialog(QDialog):
    """The built-in templates, empty stage models first (fewest stages first), then samples."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Journey Map"))
        self.resize(620, 560)
        found = list_templates()
        empty = sorted((t for t in found if not t.name.startswith("sample-")),
                       key=lambda t: (_stage_count(t), t.name))
        samples = [t for t in found if t.name.startswith("sample-")]
        self.templates = empty + samples

        intro = QLabel(self.tr("Start from an empty stage model or from a sample map:"))
        self.list = QListWidget()
        self.list.setItemDelegate(_TemplateDelegate(self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self._rows: dict[str, int] = {}
        for heading, group in ((self.tr("Empty maps"), empty), (self.tr("Sample maps"), samples)):
            if not group:
                continue
            section = QListWidgetItem(heading)
            section.setData(TITLE_ROLE, heading)
            section.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(section)
            for template in group:
                title = word(template.title) if is_stage_model(template.name) else template.title
                description = (word(template.description) if is_stage_model(template.name)
                               else template.description)
                item = QListWidgetItem(title or template.name)
                item.setData(NAME_ROLE, template.name)
                item.setData(TITLE_ROLE, title or template.name)
                item.setData(DESCRIPTION_ROLE, description)
                item.setToolTip(description)
                self._rows[template.name] = self.list.count()
                self.list.addItem(item)
        if self.templates:
            self.select(self.templates[0].name)
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
        row = self._rows.get(name)
        if row is None:
            return False
        self.list.setCurrentRow(row)
        return True

    def chosen(self) -> Template | None:
        item = self.list.currentItem()
        name = item.data(NAME_ROLE) if item is not None else None
        for template in self.templates:
            if template.name == name:
                return template
        return None
