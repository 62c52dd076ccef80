"""The friction register: every crossroads in one sortable, filterable table.

Owners work through it: filter to their own points, sort by severity or due
date, edit the status, the action and the date in place. Selecting a row
selects the crossroads and centres it on the map. Overdue actions are bold and
marked ⚠ (not colour alone).
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..model import CrossroadsStatus, Target
from .base import SessionDock
from .fields import CalendarAtToday, ChoiceField, swatch_icon
from .friction_model import (
    ANY,
    DUE,
    ID_ROLE,
    JOURNEY,
    OWNER,
    QUESTION,
    ACTION,
    SEVERITY,
    STAGE,
    STATUS,
    VALUE_ROLE,
    FrictionFilterProxy,
    FrictionTableModel,
)
from .words import OVERDUE_MARK, members, tr

NO_DATE = QDate(2000, 1, 1)


class FrictionDelegate(QStyledItemDelegate):
    """Proper editors in the cells: a spin box, combo boxes with the users' words, a date."""

    def __init__(self, model: FrictionTableModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model

    def _choices(self, column: int) -> list[tuple]:
        doc = self.model.document
        if column == STATUS:
            return [(v, t, None) for v, t in members(CrossroadsStatus)]
        if column == OWNER:
            return [(None, tr("Nobody"), None)] + [(o.id, o.name, o.colour) for o in doc.owners]
        if column == STAGE:
            return [(s.id, s.name, None) for s in doc.stages]
        if column == JOURNEY:
            return [(j.id, j.name, None) for j in doc.journeys]
        return []

    def createEditor(self, parent, option, index):
        column = index.column()
        if column == SEVERITY:
            editor = QSpinBox(parent)
            editor.setRange(1, 5)
            return editor
        if column in (STATUS, OWNER, STAGE, JOURNEY):
            editor = QComboBox(parent)
            for value, text, colour in self._choices(column):
                if column == OWNER:
                    editor.addItem(swatch_icon(colour), text, value)
                else:
                    editor.addItem(text, value)
            return editor
        if column == DUE:
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("yyyy-MM-dd")
            editor.setMinimumDate(NO_DATE)
            editor.setSpecialValueText(tr("no date"))
            CalendarAtToday(editor, NO_DATE)
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index) -> None:
        value = index.data(VALUE_ROLE)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        elif isinstance(editor, QComboBox):
            for i in range(editor.count()):
                if editor.itemData(i) == value:
                    editor.setCurrentIndex(i)
                    break
        elif isinstance(editor, QDateEdit):
            editor.setDate(NO_DATE if value is None
                           else QDate(value.year, value.month, value.day))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, QSpinBox):
            value = editor.value()
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QDateEdit):
            qdate = editor.date()
            value = None if qdate == NO_DATE else _dt.date(qdate.year(), qdate.month(),
                                                           qdate.day())
        else:
            super().setModelData(editor, model, index)
            return
        if value != index.data(VALUE_ROLE):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class FrictionRegisterDock(SessionDock):
    OBJECT_NAME = "FrictionRegisterDock"

    def __init__(self, session, parent: QWidget | None = None,
                 today: _dt.date | None = None) -> None:
        super().__init__(session, tr("Friction register"), parent)
        self._today = today
        self._syncing = False
        self._fitted = False  # the columns were sized to some crossroads' text
        self._focus_owner = None
        self.owner_filter = ChoiceField()
        self.status_filter = ChoiceField()
        self.severity_filter = ChoiceField()
        self.stage_filter = ChoiceField()
        for fixed in (self.status_filter, self.severity_filter):  # the program's own words
            fixed.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # in full
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search questions, actions, evidence…"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        filters = QGridLayout()
        filters.addWidget(QLabel(tr("Owner")), 0, 0)
        filters.addWidget(self.owner_filter, 0, 1)
        filters.addWidget(QLabel(tr("Status")), 0, 2)
        filters.addWidget(self.status_filter, 0, 3)
        filters.addWidget(QLabel(tr("Severity")), 0, 4)
        filters.addWidget(self.severity_filter, 0, 5)
        filters.addWidget(QLabel(tr("Stage")), 0, 6)
        filters.addWidget(self.stage_filter, 0, 7)
        filters.addWidget(self.search, 0, 8)
        filters.setColumnStretch(8, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        bottom = QGridLayout()
        bottom.addWidget(self.count_label, 0, 0)
        bottom.addWidget(self.error_line, 0, 1)
        layout.addLayout(bottom)
        self.setWidget(body)
        self.model = None
        self.proxy = FrictionFilterProxy(self)
        self.owner_filter.edited.connect(lambda v: self._filter(owner=v))
        self.status_filter.edited.connect(lambda v: self._filter(status=v))
        self.severity_filter.edited.connect(lambda v: self._filter(min_severity=v))
        self.stage_filter.edited.connect(lambda v: self._filter(stage=v))
        self.search.textChanged.connect(lambda t: self._filter(text=t.strip()))
        self.set_session(session)

    # --- following the session ------------------------------------------------------
    def set_session(self, session) -> None:
        if self.session is not None:
            self.session.view_options.changed.disconnect(self._view_options_changed)
        super().set_session(session)
        if session is not None:
            self._focus_owner = session.view_options.focus_owner_id
            session.view_options.changed.connect(self._view_options_changed)

    def _view_options_changed(self) -> None:
        """"Show only this owner's items" also narrows the register to their crossroads."""
        focus = self.session.view_options.focus_owner_id
        if focus != self._focus_owner:
            self._focus_owner = focus
            self._filter(owner=ANY if focus is None else focus)
            self.owner_filter.set_value(self.proxy.owner)

    def reset(self) -> None:
        if self.session is None:
            return
        old = self.model
        self.model = FrictionTableModel(self.session, self._today, self)
        self.model.editFailed.connect(self.error_line.show_error)
        self.proxy.setSourceModel(self.model)
        if old is not None:
            old.deleteLater()
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(FrictionDelegate(self.model, self.table))
        self.table.selectionModel().selectionChanged.connect(self._rows_selected)
        self.table.sortByColumn(SEVERITY, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # fit the first rows, not all 10,000
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for column in (QUESTION, ACTION):
            header.resizeSection(column, max(header.sectionSize(column), 220))
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        self._fitted = self.model.rowCount() > 0
        bold = QFont(self.table.font())
        bold.setBold(True)
        due_width = QFontMetrics(bold).horizontalAdvance(f"{OVERDUE_MARK} 2026-12-31") + 24
        header.resizeSection(DUE, max(header.sectionSize(DUE), due_width))
        header.setStretchLastSection(False)
        self._fill_filters()
        self._update_count()

    def _fit_columns(self) -> None:
        """The first crossroads of a map opened empty: its short columns fit their text."""
        self._fitted = True
        header = self.table.horizontalHeader()
        for column in (SEVERITY, STATUS, OWNER, STAGE, JOURNEY, QUESTION):
            self.table.resizeColumnToContents(column)
        header.resizeSection(QUESTION, max(header.sectionSize(QUESTION), 220))

    def set_today(self, today: _dt.date | None) -> None:
        self._today = today
        self.model.set_today(today)

    def document_changed(self, change) -> None:
        self.model.follow(change)
        if not self._fitted and self.model.rowCount():
            self._fit_columns()
        if change.target in (Target.OWNER, Target.STAGE):
            self._fill_filters()
        self._update_count()

    def _fill_filters(self) -> None:
        doc = self.document
        proxy = self.proxy
        self.owner_filter.set_choices(
            [(ANY, tr("Anyone"), None), (None, tr("Nobody"), None)]
            + [(o.id, o.name, o.colour) for o in doc.owners], swatches=True)
        if proxy.owner is not ANY and proxy.owner is not None and not doc.has_owner(proxy.owner):
            proxy.set_filter(owner=ANY)
        self.owner_filter.set_value(proxy.owner)
        self.status_filter.set_choices([(ANY, tr("Any status"))] + members(CrossroadsStatus))
        self.status_filter.set_value(proxy.status)
        self.severity_filter.set_choices(
            [(1, tr("Any severity"))] + [(n, tr("{0} or worse").format(n)) for n in (2, 3, 4)]
            + [(5, tr("5 only"))])
        self.severity_filter.set_value(proxy.min_severity)
        self.stage_filter.set_choices([(ANY, tr("Any stage"))]
                                      + [(s.id, s.name) for s in doc.stages])
        if proxy.stage is not ANY and not doc.has_stage(proxy.stage):
            proxy.set_filter(stage=ANY)
        self.stage_filter.set_value(proxy.stage)

    def _filter(self, **values) -> None:
        self.proxy.set_filter(**values)
        self._update_count()
        self._show_selection()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(tr("{0} of {1} crossroads").format(shown, total)
                                 if shown != total else tr("{0} crossroads").format(total))

    # --- selection, both ways --------------------------------------------------------
    def shown_ids(self) -> list[str]:
        return self.proxy.node_ids()

    def select_row(self, row: int) -> None:
        """Select one row as a user clicking it would."""
        self.table.selectRow(row)

    def _rows_selected(self, *_args) -> None:
        if self._syncing:
            return
        rows = self.table.selectionModel().selectedRows()
        ids = [self.proxy.data(index, ID_ROLE) for index in rows]
        if len(ids) == 1:
            self.selection.focus(ids[0])  # select it and centre it on the map
        elif ids:
            self.selection.set(ids)

    def selection_changed(self) -> None:
        self._show_selection()

    def _show_selection(self) -> None:
        if self.model is None:
            return
        wanted = set(self.selection.ids())
        selection_model = self.table.selectionModel()
        self._syncing = True
        try:
            selection_model.clearSelection()
            first = None
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if index.data(ID_ROLE) in wanted:
                    selection_model.select(index, QItemSelectionModel.SelectionFlag.Select
                                           | QItemSelectionModel.SelectionFlag.Rows)
                    first = first or index
            if first is not None:
                self.table.scrollTo(first)
        finally:
            self._syncing = False
