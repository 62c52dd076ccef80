"""The friction register's table: every crossroads, one row each, and its filter.

The source model follows the document change by change (a row per crossroads,
in the order they came); the proxy sorts and filters. Edits go through undo
commands, so a cell edited here undoes like an edit on the canvas.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ..commands import UpdateNodeCommand, push
from ..model import Action, Crossroads, CrossroadsStatus, Target
from ..model.voting import latest_votes
from ..look import palette as pal
from .cells import FIELD_ROLE, ID_ROLE, VALUE_ROLE
from .fields import swatch_icon
from .words import OVERDUE_MARK, marked, owner_name, tr, word

SEVERITY, STATUS, OWNER, STAGE, JOURNEY, QUESTION, ACTION, DUE, EVIDENCE, VOTES = range(10)
COLUMNS = {
    SEVERITY: QT_TRANSLATE_NOOP("panels", "Severity"),
    STATUS: QT_TRANSLATE_NOOP("panels", "Status"),
    OWNER: QT_TRANSLATE_NOOP("panels", "Owner"),
    STAGE: QT_TRANSLATE_NOOP("panels", "Stage"),
    JOURNEY: QT_TRANSLATE_NOOP("panels", "Micro-journey"),
    QUESTION: QT_TRANSLATE_NOOP("panels", "Question"),
    ACTION: QT_TRANSLATE_NOOP("panels", "Improvement action"),
    DUE: QT_TRANSLATE_NOOP("panels", "Due"),
    EVIDENCE: QT_TRANSLATE_NOOP("panels", "Evidence"),
    VOTES: QT_TRANSLATE_NOOP("panels", "Votes"),
}
FIELD = {SEVERITY: "severity", STATUS: "status", OWNER: "owner_id", STAGE: "stage_id",
         JOURNEY: "journey_id", QUESTION: "label", ACTION: "action", DUE: "due",
         EVIDENCE: "evidence"}
# VOTES is no field of the crossroads: the room's votes in the latest round about it.
# What an owner edits, in the order Tab walks them (never the owner, stage or
# micro-journey: a stray key there moves the item away).
OWNER_FIELDS = [STATUS, ACTION, DUE, EVIDENCE]
STATUS_ORDER = {CrossroadsStatus.OPEN: 0, CrossroadsStatus.INVESTIGATING: 1,
                CrossroadsStatus.IMPROVING: 2, CrossroadsStatus.RESOLVED: 3}


def is_overdue(node: Crossroads, today: _dt.date) -> bool:
    """An improvement that should have been done by now and is not resolved."""
    return (node.due is not None and node.due < today
            and node.status != CrossroadsStatus.RESOLVED)


class FrictionTableModel(QAbstractTableModel):
    """One row per crossroads of the map; edits are pushed as undo commands."""

    editFailed = Signal(str)

    def __init__(self, session, today: _dt.date | None = None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._today = today
        self._ids: list[str] = []
        self._votes: dict = {}  # crossroads id -> (the latest round about it, its votes)
        self.reset()

    @property
    def document(self):
        return self.session.document

    def today(self) -> _dt.date:
        return self._today or _dt.date.today()

    def set_today(self, today: _dt.date | None) -> None:
        self._today = today
        self._all_changed()

    # --- rows ------------------------------------------------------------------
    def reset(self) -> None:
        self.beginResetModel()
        self._ids = [n.id for n in self.document.nodes() if isinstance(n, Crossroads)]
        self._index_grid()
        self._votes = latest_votes(self.document.rounds)
        self.endResetModel()

    def _index_grid(self) -> None:
        """Stage and lane positions, for sorting (read for every row; kept between changes)."""
        doc = self.document
        self._stage_index = {s.id: i for i, s in enumerate(doc.stages)}
        self._journey_index = {j.id: i for i, j in enumerate(doc.journeys)}

    def node_id(self, row: int) -> str:
        return self._ids[row]

    def node(self, row: int) -> Crossroads | None:
        """The crossroads of a row, or None while its removal is on its way to this model.

        A deletion removes its steps one by one, and each removal is announced to
        the canvas before this model: the canvas drops the step from the selection,
        the register shows the new selection and reads its rows, and a row whose
        crossroads is already gone (announced later) must then answer nothing. An
        exception here would escape inside QAbstractTableModel::data().
        """
        if not 0 <= row < len(self._ids):
            return None
        node_id = self._ids[row]
        doc = self.document
        return doc.node(node_id) if doc.has_node(node_id) else None

    def row_of(self, node_id: str) -> int:
        try:
            return self._ids.index(node_id)
        except ValueError:
            return -1

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return marked(COLUMNS[section])
        if (orientation == Qt.Orientation.Horizontal and section in (SEVERITY, VOTES)
                and role == Qt.ItemDataRole.InitialSortOrderRole):
            return Qt.SortOrder.DescendingOrder  # a click: the worst, or the most votes, first
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == SEVERITY:
                return tr("1 a small irritation … 5 customers leave")
            if section == DUE:
                return tr("{0} marks an action that is overdue").format(OVERDUE_MARK)
            if section == VOTES:
                return tr("The room's votes in the latest dot-voting round about the point")
        return super().headerData(section, orientation, role)

    def follow(self, change) -> None:
        """Keep the rows in step with one document change."""
        if change.target == Target.NODE:
            if change.action == Action.ADDED and isinstance(change.new, Crossroads):
                row = len(self._ids)
                self.beginInsertRows(QModelIndex(), row, row)
                self._ids.append(change.id)
                self.endInsertRows()
            elif change.action == Action.REMOVED and isinstance(change.old, Crossroads):
                row = self.row_of(change.id)
                if row >= 0:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    del self._ids[row]
                    self.endRemoveRows()
            elif change.action == Action.UPDATED:
                row = self.row_of(change.id)
                if row >= 0:
                    self.dataChanged.emit(self.index(row, 0),
                                          self.index(row, len(COLUMNS) - 1))
        elif change.target in (Target.OWNER, Target.STAGE, Target.JOURNEY):
            self._index_grid()
            self._all_changed()  # names, colours and orders show in every row
        elif change.target == Target.ROUND:
            self._votes = latest_votes(self.document.rounds)
            if self._ids:
                self.dataChanged.emit(self.index(0, VOTES), self.index(len(self._ids) - 1, VOTES))

    def votes(self, node_id: str) -> int | None:
        """The crossroads' votes in the latest round about it; None when never voted on."""
        found = self._votes.get(node_id)
        return None if found is None else found[1]

    def _all_changed(self) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    # --- cells --------------------------------------------------------------------
    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        doc = self.document
        node = self.node(index.row())
        if node is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return node.id
        if role == VALUE_ROLE:
            return self.votes(node.id) if column == VOTES else getattr(node, FIELD[column])
        if role == FIELD_ROLE:
            return FIELD.get(column)
        overdue = column == DUE and is_overdue(node, self.today())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(node, column, overdue, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.DecorationRole and column == OWNER:
            colour = doc.owner(node.owner_id).colour if doc.has_owner(node.owner_id) else None
            return swatch_icon(colour)
        if role == Qt.ItemDataRole.FontRole and (overdue or column == SEVERITY):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column == SEVERITY:
            return QBrush(QColor(pal.SEVERITY_FILL[node.severity - 1]))
        if role == Qt.ItemDataRole.ForegroundRole and column == SEVERITY:
            return QBrush(QColor(pal.SEVERITY_TEXT[node.severity - 1]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SEVERITY, VOTES):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and column == VOTES:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == VOTES:
            found = self._votes.get(node.id)
            if found is None:
                return tr("Not voted on yet")
            round_, votes = found
            when = round_.held.isoformat() if round_.held else ""
            return tr("{0} of {1} votes in “{2}” {3}").format(votes, round_.total,
                                                            round_.title, when).strip()
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue:
                return tr("Overdue: due {0}, still {1}").format(
                    node.due.isoformat(), word(node.status).lower())
            if column == QUESTION:
                return "\n\n".join(t for t in (node.label, node.description) if t) or None
            if column == ACTION:
                return node.action or None
            if column == EVIDENCE:
                return node.evidence or None
        return None

    def _text(self, node: Crossroads, column: int, overdue: bool, editing: bool):
        doc = self.document
        if column == SEVERITY:
            return node.severity
        if column == STATUS:
            return word(node.status)
        if column == OWNER:
            return owner_name(doc, node.owner_id)
        if column == STAGE:
            return doc.stage(node.stage_id).name
        if column == JOURNEY:
            return doc.journey(node.journey_id).name
        if column == QUESTION:
            return node.label if editing else " ".join(node.label.split())
        if column == ACTION:
            return node.action if editing else " ".join(node.action.split())
        if column == EVIDENCE:
            return node.evidence if editing else " ".join(node.evidence.split())
        if column == VOTES:
            votes = self.votes(node.id)
            return "" if votes is None else votes
        if column == DUE:
            if node.due is None:
                return ""
            text = node.due.isoformat()
            return f"{OVERDUE_MARK} {text}" if overdue and not editing else text
        return None

    def sort_key(self, row: int, column: int) -> tuple:
        node = self.node(row)
        return () if node is None else self._sort_key(node, column)  # a gone row: first

    def _sort_key(self, node: Crossroads, column: int):
        """The column's value, then where the crossroads sits on the map (ties read left to
        right, lane by lane)."""
        place = (self._stage_index.get(node.stage_id, 0),
                 self._journey_index.get(node.journey_id, 0), node.x, node.y, node.id)
        if column == SEVERITY:
            return (node.severity, *place)
        if column == STATUS:
            return (STATUS_ORDER[node.status], *place)
        if column == OWNER:
            name = owner_name(self.document, node.owner_id).casefold()
            return (node.owner_id is None, name, *place)
        if column == STAGE:
            return place
        if column == JOURNEY:
            return (place[1], place[0], *place[2:])
        if column == DUE:
            return (node.due or _dt.date.max, *place)
        if column == VOTES:
            votes = self.votes(node.id)
            return (-1 if votes is None else votes, *place)
        return (" ".join(getattr(node, FIELD[column]).split()).casefold(), *place)

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        if index.isValid() and index.column() != VOTES:  # the room's word: not edited here
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == VOTES:
            return False
        if self.node(index.row()) is None:
            return False
        node_id = self._ids[index.row()]
        field = FIELD[index.column()]
        if field in ("label", "action", "evidence") and value is not None:
            value = str(value)
        what = marked(COLUMNS[index.column()]).lower()
        command = UpdateNodeCommand(self.document, node_id, text=tr("Edit {0}").format(what),
                                    **{field: value})
        error = push(self.session.undo_stack, command)
        if error:
            self.editFailed.emit(error)
            return False
        return True


ANY = object()


class FrictionFilterProxy(QSortFilterProxyModel):
    """Sorts by the real values (severity as a number, dates as dates) and filters rows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(True)
        self._keys: list | None = None  # the rows' sort keys during a whole sort
        self.owner = ANY  # an owner id, None for nobody, or ANY
        self.status = ANY
        self.min_severity = 1
        self.stage = ANY
        self.text = ""

    def set_filter(self, **values) -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt 6.10 deprecates invalidateFilter
        if modern:
            self.beginFilterChange()
        for name, value in values.items():
            if not hasattr(self, name):
                raise AttributeError(name)
            setattr(self, name, value)
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Each row's key made once for the sort, not twice per comparison: sorting the
        ~2,500 crossroads of a 10,000-step map cost ~0.15 s when the register opened."""
        model = self.sourceModel()
        if model is not None and column >= 0:
            self._keys = [model.sort_key(row, column) for row in range(model.rowCount())]
        try:
            super().sort(column, order)
        finally:
            self._keys = None

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        # compared in Python: the keys are tuples (value, then place on the map)
        keys = self._keys
        if keys is not None:  # a whole sort (see sort)
            return keys[left.row()] < keys[right.row()]
        model = self.sourceModel()
        return model.sort_key(left.row(), left.column()) < model.sort_key(right.row(),
                                                                          right.column())

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        node = self.sourceModel().node(row)
        if node is None:
            return False  # removed; its row goes when the model hears of it
        if self.owner is not ANY and node.owner_id != self.owner:
            return False
        if self.status is not ANY and node.status != self.status:
            return False
        if node.severity < self.min_severity:
            return False
        if self.stage is not ANY and node.stage_id != self.stage:
            return False
        if self.text:
            needle = self.text.casefold()
            haystack = " ".join((node.label, node.description, node.action, node.evidence))
            if needle not in haystack.casefold():
                return False
        return True

    def node_ids(self) -> list[str]:
        """The ids of the rows shown, top to bottom."""
        return [self.data(self.index(r, 0), ID_ROLE) for r in range(self.rowCount())]
