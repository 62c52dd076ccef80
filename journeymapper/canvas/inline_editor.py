"""Text edited in place on the canvas: a label, or a stage or lane name.

The editor is a plain QGraphicsTextItem laid over the thing being edited. It
changes nothing itself: on commit it hands the text to a callback that pushes
one undo command; Escape cancels.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QTextCursor, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem

from ..look import palette as pal


class InlineEditorItem(QGraphicsTextItem):
    """A white box with a caret over the edited shape; the whole text starts selected."""

    def __init__(self, target_id: str, rect: QRectF, text: str, font,
                 on_commit: Callable[[str], None], on_cancel: Callable[[], None],
                 select: bool = True) -> None:
        super().__init__()
        self.target_id = target_id
        self.box = QRectF(rect)
        self._on_commit, self._on_cancel = on_commit, on_cancel
        self._done = False
        self.setFont(font)
        self.setDefaultTextColor(QColor(pal.INK))
        self.setPlainText(text)
        self.setTextWidth(max(40.0, rect.width() - 8))
        option = self.document().defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setZValue(1000)
        self.setPos(rect.x() + 4, rect.y() + 4)
        cursor = self.textCursor()
        if select:  # typing replaces the old text
            cursor.select(QTextCursor.SelectionType.Document)
        else:  # typing goes on where the text ends
            cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def text(self) -> str:
        return self.toPlainText()

    def boundingRect(self) -> QRectF:
        return super().boundingRect().adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(QPen(QColor(pal.SELECTION_COLOUR), 2.0))
        painter.setBrush(QBrush(QColor(pal.PAPER)))
        painter.drawRect(super().boundingRect().adjusted(-3, -3, 3, 3))
        super().paint(painter, option, widget)

    def commit(self) -> None:
        if not self._done:
            self._done = True
            self._on_commit(self.text())

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self._on_cancel()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        # clicking elsewhere keeps what was typed, as in any text field
        if event.reason() not in (Qt.FocusReason.PopupFocusReason,
                                  Qt.FocusReason.ActiveWindowFocusReason):
            self.commit()
