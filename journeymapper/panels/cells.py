"""Tables an owner edits from the keyboard: the friction register and My items.

Both tables edit their cells with the panels' own fields (``fields.py``), so a due
date is typed the same way in a cell as in the inspector, and a drop-down commits
once, when its list closes on a value or its cell is left: arrow keys that pass
values on the way make no edits and no undo steps.

``FieldTable`` keeps the table still under the user's hand: Tab walks only the
cells an owner edits (status, action, due date, evidence; a touchpoint's rating and
feedback), never the owner, stage or micro-journey, where a stray key would move
the item away; Enter starts editing the current cell and commits it.

The models say which field a cell holds (``FIELD_ROLE``) and its value
(``VALUE_ROLE``); the delegate picks the editor by the field.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
)

from ..model import CrossroadsStatus, FeedbackInstrument
from .fields import SEVERAL, ChoiceField, DateField
from .words import members, rating_word, tr

ID_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the model value (an id, an enum, a date)
FIELD_ROLE = Qt.ItemDataRole.UserRole + 3  # the model field a cell shows ("status", "due" …)

RATINGS = (None, -2, -1, 0, 1, 2)


class FieldDelegate(QStyledItemDelegate):
    """The panels' fields as cell editors: drop-downs with the users' words, a date
    that can be typed, a spin box for the severity, a line for text."""

    def __init__(self, model, parent=None) -> None:
        super().__init__(parent)
        self.model = model  # the table's model (it knows the document)

    def choices(self, field: str) -> list[tuple]:
        doc = self.model.document
        if field == "status":
            return [(v, t, None) for v, t in members(CrossroadsStatus)]
        if field == "feedback":
            return [(v, t, None) for v, t in members(FeedbackInstrument)]
        if field == "rating":
            return [(v, rating_word(v), None) for v in RATINGS]
        if field == "owner_id":
            return [(None, tr("Nobody"), None)] + [
                (o.id, o.name or tr("(unnamed owner)"), o.colour) for o in doc.owners]
        if field == "stage_id":
            return [(s.id, s.name or tr("(unnamed stage)"), None) for s in doc.stages]
        if field == "journey_id":
            return [(j.id, j.name or tr("(unnamed micro-journey)"), None) for j in doc.journeys]
        return []

    def createEditor(self, parent, option, index):
        field = index.data(FIELD_ROLE)
        if field == "severity":
            editor = QSpinBox(parent)
            editor.setRange(1, 5)
            return editor
        if field in ("status", "feedback", "rating", "owner_id", "stage_id", "journey_id"):
            editor = ChoiceField(parent)
            editor.set_choices(self.choices(field), swatches=field == "owner_id")
        elif field == "due":
            editor = DateField(parent)
        else:
            return super().createEditor(parent, option, index)
        editor.setFrame(False)
        editor.picked.connect(self._picked)
        return editor

    def _picked(self, _value) -> None:
        """A value chosen in the editor's list or calendar: it is the user's answer."""
        editor = self.sender()
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index) -> None:
        value = index.data(VALUE_ROLE)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, (ChoiceField, DateField)):
            editor.set_value(value)
            if isinstance(editor, DateField):
                editor.selectAll()  # a date typed replaces the one shown
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, QSpinBox):
            value = editor.value()
        elif isinstance(editor, (ChoiceField, DateField)):
            value = editor.value()
            if value is SEVERAL:
                return
        else:
            super().setModelData(editor, model, index)
            return
        if value != index.data(VALUE_ROLE):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class FieldTable(QTableView):
    """A table whose Tab walks the fields an owner edits, and whose Enter edits.

    ``tab_columns``: the columns Tab visits, left to right, row after row (only
    their editable cells); None visits every editable cell.
    """

    def __init__(self, tab_columns: list[int] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.tab_columns = tab_columns

    def moveCursor(self, action, modifiers) -> QModelIndex:
        Move = QAbstractItemView.CursorAction
        if action in (Move.MoveNext, Move.MovePrevious) and self.model() is not None:
            index = self._walk(action == Move.MoveNext)
            if index.isValid():
                return index
        return super().moveCursor(action, modifiers)

    def _walk(self, forward: bool) -> QModelIndex:
        """The next (or previous) editable cell in the Tab columns, wrapping at the ends."""
        model = self.model()
        rows, count = model.rowCount(), model.columnCount()
        columns = [c for c in (self.tab_columns if self.tab_columns is not None
                               else range(count)) if c < count and not self.isColumnHidden(c)]
        if not rows or not columns:
            return QModelIndex()
        current = self.currentIndex()
        here = (current.row(), current.column()) if current.isValid() else (-1, count)
        cells = [(r, c) for r in range(rows) for c in columns]
        if forward:
            after = [cell for cell in cells if cell > here] + [cell for cell in cells
                                                                if cell <= here]
        else:
            after = [cell for cell in reversed(cells) if cell < here] + [
                cell for cell in reversed(cells) if cell >= here]
        if not current.isValid() and forward:
            after = cells
        editable = Qt.ItemFlag.ItemIsEditable
        for row, column in after:
            if self.isRowHidden(row):
                continue
            index = model.index(row, column)
            if index.flags() & editable:
                return index
        return QModelIndex()

    def keyPressEvent(self, event) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.state() != QAbstractItemView.State.EditingState):
            index = self.currentIndex()
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(index)
                return
        super().keyPressEvent(event)


__all__ = ["FIELD_ROLE", "FieldDelegate", "FieldTable", "ID_ROLE", "RATINGS", "VALUE_ROLE"]
