"""My items: an owner's desk — everything one owner holds, edited in one table.

The second group of users are the owners: a department head who receives the map
and annotates the touchpoints and crossroads their department owns. Before this
panel their crossroads were in the friction register, their touchpoints only on
the map, and the evidence only in the Inspector (which shared a tab with
Ownership). Here they choose themselves once and every item they own is one row:

- a crossroads: its status, improvement action, due date and evidence;
- a touchpoint: the customer's rating and the feedback instrument;

edited in place (Enter edits, Tab commits and goes on to the next field, row after
row; each field changed is one undo step). Overdue actions come first, then the
items as they lie on the map, left to right. The order is made when the owner is
chosen and then kept: a row never jumps away while it is being edited.

Why a panel of its own and not a mode of the friction register: the register is
the facilitator's and leadership's list of every crossroads, sorted by severity,
with the columns that move an item (owner, stage, micro-journey). An owner's desk
holds two kinds of item with different fields, a fixed order and none of the
fields that move an item, so neither view has to compromise. They share the
cell editors and the keyboard (``cells.py``), and the owner chosen here is the
session's one "show only" setting: the map dims everything else and fits to
the owner's items, Ownership's "Show only" and the register's owner filter
show the same owner, and choosing there fills this panel.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..commands import UpdateNodeCommand, push
from ..model import Action, Crossroads, CrossroadsStatus, FeedbackInstrument, Target, Touchpoint
from ..state.view_options import NOBODY
from .base import SessionDock
from .cells import FIELD_ROLE, ID_ROLE, RATINGS, VALUE_ROLE, FieldDelegate, FieldTable
from .fields import ChoiceField, glyph_icon
from .friction_model import is_overdue
from .words import OVERDUE_MARK, marked, members, node_mark, node_name, rating_word, tr, word

ITEM, STAGE, STATUS, ACTION, DUE, EVIDENCE, RATING, FEEDBACK = range(8)
COLUMNS = {
    ITEM: QT_TRANSLATE_NOOP("panels", "Item"),
    STAGE: QT_TRANSLATE_NOOP("panels", "Stage"),
    STATUS: QT_TRANSLATE_NOOP("panels", "Status"),
    ACTION: QT_TRANSLATE_NOOP("panels", "Improvement action"),
    DUE: QT_TRANSLATE_NOOP("panels", "Due"),
    EVIDENCE: QT_TRANSLATE_NOOP("panels", "Evidence"),
    RATING: QT_TRANSLATE_NOOP("panels", "Customer's rating"),
    FEEDBACK: QT_TRANSLATE_NOOP("panels", "Feedback"),
}
# The field each column edits, for the kinds that have it.
FIELDS = {STATUS: "status", ACTION: "action", DUE: "due", EVIDENCE: "evidence",
          RATING: "rating", FEEDBACK: "feedback"}
KIND_FIELDS = {Crossroads: {STATUS, ACTION, DUE, EVIDENCE}, Touchpoint: {RATING, FEEDBACK}}
NOT_FOR_KIND = "#EFEFEF"  # a cell the row's kind has no field for


class MyItemsModel(QAbstractTableModel):
    """The focused owner's touchpoints and crossroads; edits are undo commands."""

    editFailed = Signal(str)

    def __init__(self, session, today: _dt.date | None = None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._today = today
        self._ids: list[str] = []
        self.refill()

    @property
    def document(self):
        return self.session.document

    def today(self) -> _dt.date:
        return self._today or _dt.date.today()

    def set_today(self, today: _dt.date | None) -> None:
        self._today = today
        self.refill()

    # --- rows ----------------------------------------------------------------------
    def refill(self) -> None:
        """The owner's items, overdue first, then as they lie on the map."""
        self.beginResetModel()
        options = self.session.view_options
        if options.focus_owner_id is None:
            self._ids = []
        else:
            doc, today = self.document, self.today()
            stages = {s.id: i for i, s in enumerate(doc.stages)}
            journeys = {j.id: i for i, j in enumerate(doc.journeys)}

            def order(node) -> tuple:
                overdue = isinstance(node, Crossroads) and is_overdue(node, today)
                return (not overdue, node.due if overdue else _dt.date.max,
                        stages.get(node.stage_id, 0), journeys.get(node.journey_id, 0),
                        node.x, node.y, node.id)

            nodes = [n for n in doc.nodes()
                     if isinstance(n, (Crossroads, Touchpoint)) and options.is_focused(n)]
            self._ids = [n.id for n in sorted(nodes, key=order)]
        self.endResetModel()

    def node_ids(self) -> list[str]:
        return list(self._ids)

    def node(self, row: int):
        if not 0 <= row < len(self._ids):
            return None
        node_id = self._ids[row]
        return self.document.node(node_id) if self.document.has_node(node_id) else None

    def row_of(self, node_id: str) -> int:
        try:
            return self._ids.index(node_id)
        except ValueError:
            return -1

    def follow(self, change) -> None:
        """Keep the rows in step with one change: an item given to or taken from the
        owner comes or goes (at the end: the rows on screen do not move)."""
        if change.target == Target.NODE:
            row = self.row_of(change.id)
            new = change.new if change.action != Action.REMOVED else None
            wanted = new is not None and isinstance(new, (Crossroads, Touchpoint)) \
                and self.session.view_options.is_focused(new)
            if row >= 0 and not wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self.endRemoveRows()
            elif row < 0 and wanted:
                self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids))
                self._ids.append(change.id)
                self.endInsertRows()
            elif row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        elif change.target in (Target.STAGE, Target.JOURNEY) and self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    # --- cells ----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return marked(COLUMNS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == DUE:
                return tr("{0} marks an action that is overdue").format(OVERDUE_MARK)
            if section == RATING:
                return tr("−2 very bad · −1 bad · 0 neutral · +1 good · +2 very good")
        return super().headerData(section, orientation, role)

    @staticmethod
    def has_field(node, column: int) -> bool:
        return column in KIND_FIELDS.get(type(node), ())

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self.node(index.row())
        if node is None:
            return None
        column = index.column()
        mine = self.has_field(node, column)
        if role == ID_ROLE:
            return node.id
        if role == FIELD_ROLE:
            return FIELDS.get(column) if mine else None
        if role == VALUE_ROLE:
            return getattr(node, FIELDS[column]) if mine else None
        overdue = column == DUE and mine and is_overdue(node, self.today())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(node, column, mine, overdue, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.DecorationRole and column == ITEM:
            return glyph_icon(node_mark(node))
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column in FIELDS and not mine:
            return QBrush(QColor(NOT_FOR_KIND))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, column, mine, overdue)
        return None

    def _text(self, node, column: int, mine: bool, overdue: bool, editing: bool):
        doc = self.document
        if column == ITEM:
            return node_name(node)
        if column == STAGE:
            return doc.stage(node.stage_id).name
        if not mine:
            return ""
        if column == STATUS:
            return word(node.status)
        if column in (ACTION, EVIDENCE):
            text = getattr(node, FIELDS[column])
            return text if editing else " ".join(text.split())
        if column == DUE:
            if node.due is None:
                return ""
            text = node.due.isoformat()
            return f"{OVERDUE_MARK} {text}" if overdue and not editing else text
        if column == RATING:
            return rating_word(node.rating)
        if column == FEEDBACK:
            return word(node.feedback)
        return None

    def _tooltip(self, node, column: int, mine: bool, overdue: bool):
        doc = self.document
        if column == ITEM:
            where = tr("In {0} · {1}").format(doc.stage(node.stage_id).name,
                                               doc.journey(node.journey_id).name)
            lines = [f"{word(node.kind)}: {node_name(node)}", where]
            if isinstance(node, Crossroads):
                lines.append(tr("Severity {0} of 5").format(node.severity))
            return "\n".join(lines)
        if column == STAGE:
            return tr("In {0} · {1}").format(doc.stage(node.stage_id).name,
                                              doc.journey(node.journey_id).name)
        if column in FIELDS and not mine:
            return tr("Not for a {0}").format(word(node.kind).lower())
        if overdue:
            return tr("Overdue: due {0}, still {1}").format(
                node.due.isoformat(), word(node.status).lower())
        if column in (ACTION, EVIDENCE):
            return getattr(node, FIELDS[column]) or None
        return None

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        node = self.node(index.row()) if index.isValid() else None
        if node is not None and self.has_field(node, index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        node = self.node(index.row())
        if node is None or not self.has_field(node, index.column()):
            return False
        field = FIELDS[index.column()]
        if field in ("action", "evidence"):
            value = "" if value is None else str(value)
        if getattr(node, field) == value:
            return True
        what = marked(COLUMNS[index.column()]).lower()
        command = UpdateNodeCommand(self.document, node.id, text=tr("Edit {0}").format(what),
                                    **{field: value})
        error = push(self.session.undo_stack, command)
        if error:
            self.editFailed.emit(error)
            return False
        return True


class MyItemsDock(SessionDock):
    """One owner's touchpoints and crossroads, every field they keep editable in place."""

    OBJECT_NAME = "MyItemsDock"

    def __init__(self, session, parent: QWidget | None = None,
                 today: _dt.date | None = None) -> None:
        super().__init__(session, tr("My items"), parent)
        self._today = today
        self._syncing = False
        self._focus = None
        self.owner = ChoiceField()
        self.owner.setObjectName("owner")
        self.owner.setToolTip(tr("Whose items: the map dims everything else and shows them "
                                 "all; Ownership and the friction register show the same "
                                 "owner"))
        self.owner.setMinimumContentsLength(20)
        self.owner.edited.connect(self._owner_picked)
        self.summary = QLabel()
        self.hint = QLabel(tr("Choose an owner to list everything they own — their "
                              "touchpoints and crossroads, overdue first — and edit it here: "
                              "Enter edits a field, Tab goes on to the next one."))
        self.hint.setWordWrap(True)
        self.table = FieldTable(None)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        top = QHBoxLayout()
        label = QLabel(tr("Owner"))
        label.setBuddy(self.owner)
        top.addWidget(label)
        top.addWidget(self.owner)
        top.addWidget(self.summary, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_line)
        self.setWidget(body)
        self.model = None
        self.set_session(session)

    # --- following the session ------------------------------------------------------
    def set_session(self, session) -> None:
        if self.session is not None:
            self.session.view_options.changed.disconnect(self._view_options_changed)
        super().set_session(session)
        if session is not None:
            session.view_options.changed.connect(self._view_options_changed)

    def reset(self) -> None:
        if self.session is None:
            return
        old = self.model
        self._focus = self.session.view_options.focus_owner_id
        self.model = MyItemsModel(self.session, self._today, self)
        self.model.editFailed.connect(self.error_line.show_error)
        self.table.setModel(self.model)
        if old is not None:
            old.deleteLater()
        self.table.setItemDelegate(FieldDelegate(self.model, self.table))
        self.table.selectionModel().selectionChanged.connect(self._rows_selected)
        self.model.modelReset.connect(self._fit_columns)
        self._fill_owners()
        self._fit_columns()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(100)
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        width = self.fontMetrics().horizontalAdvance

        def widest(words) -> int:  # a drop-down's longest word, in the user's language
            return max(width(w) for w in words) + 40

        minimum = {ITEM: width("M" * 16), ACTION: width("M" * 14), EVIDENCE: width("M" * 14),
                   DUE: width(f"{OVERDUE_MARK} 2026-12-31") + 64,
                   STATUS: widest(t for _v, t in members(CrossroadsStatus)),
                   RATING: widest(rating_word(v) for v in RATINGS),
                   FEEDBACK: widest(t for _v, t in members(FeedbackInstrument))}
        for column, least in minimum.items():
            header.resizeSection(column, max(min(header.sectionSize(column), 360), least))
        for column in (ACTION, EVIDENCE):  # the free text gets the panel's spare width
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._update_summary()

    def set_today(self, today: _dt.date | None) -> None:
        self._today = today
        self.model.set_today(today)

    def _fill_owners(self) -> None:
        doc = self.document
        self.owner.set_choices(
            [(None, tr("Choose an owner…"), None), (NOBODY, tr("Nobody (unowned)"), None)]
            + [(o.id, o.name or tr("(unnamed owner)"), o.colour) for o in doc.owners],
            swatches=True)
        self.owner.set_value(self.session.view_options.focus_owner_id)

    def _view_options_changed(self) -> None:
        focus = self.session.view_options.focus_owner_id
        self.owner.set_value(focus)
        if focus != self._focus:
            self._focus = focus
            self.model.refill()
            self._show_selection()

    def _owner_picked(self, owner_id) -> None:
        self.session.view_options.set_focus_owner(owner_id)

    def choose_owner(self) -> None:
        """Put the keyboard on the owner chooser (the Map menu's My Items)."""
        self.owner.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def document_changed(self, change) -> None:
        if change.target == Target.OWNER:
            focus = self.session.view_options.focus_owner_id
            if focus not in (None, NOBODY) and not self.document.has_owner(focus):
                self.session.view_options.set_focus_owner(None)  # the owner went away
            self._fill_owners()
        self.model.follow(change)

    def action_done(self, batch) -> None:
        self._update_summary()

    def _update_summary(self) -> None:
        if self.model is None:
            return
        focus = self.session.view_options.focus_owner_id
        self.hint.setVisible(focus is None)
        nodes = [self.model.node(r) for r in range(self.model.rowCount())]
        nodes = [n for n in nodes if n is not None]
        if focus is None:
            self.summary.setText("")
            return
        touchpoints = sum(isinstance(n, Touchpoint) for n in nodes)
        crossroads = sum(isinstance(n, Crossroads) for n in nodes)
        overdue = sum(isinstance(n, Crossroads) and is_overdue(n, self.model.today())
                      for n in nodes)
        text = tr("Touchpoints: {0} · Crossroads: {1}").format(touchpoints, crossroads)
        if overdue:
            text += " · " + tr("{0} overdue: {1}").format(OVERDUE_MARK, overdue)
        self.summary.setText(text)

    # --- selection, both ways ------------------------------------------------------------
    def shown_ids(self) -> list[str]:
        return self.model.node_ids()

    def _rows_selected(self, *_args) -> None:
        if self._syncing:
            return
        ids = [self.model.data(i, ID_ROLE) for i in self.table.selectionModel().selectedRows()]
        if len(ids) == 1:
            self.selection.focus(ids[0])  # the map scrolls only if it is out of sight

    def selection_changed(self) -> None:
        self._show_selection()

    def _show_selection(self) -> None:
        if self.model is None:
            return
        wanted = set(self.selection.ids())
        selection_model = self.table.selectionModel()
        self._syncing = True
        try:
            selected = {self.model.data(i, ID_ROLE) for i in selection_model.selectedRows()}
            if selected == wanted & set(self.model.node_ids()):
                return
            selection_model.clearSelection()
            for row, node_id in enumerate(self.model.node_ids()):
                if node_id in wanted:
                    selection_model.select(self.model.index(row, 0),
                                           QItemSelectionModel.SelectionFlag.Select
                                           | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._syncing = False


__all__ = ["MyItemsDock", "MyItemsModel"]
