"""The friction register: every crossroads in one sortable, filterable table.

Owners work through it: filter to their own points, sort by severity or due
date, edit the status, the action, the date and the evidence in place (Tab walks
those four, never the owner, stage or micro-journey). Selecting a row selects
the crossroads, and scrolls the map to it only when it is out of sight. Overdue
actions are bold and marked ⚠ (not colour alone).

The owner filter is the session's one "show only this owner" setting
(``ViewOptions.focus_owner_id``): picking an owner here dims the map and fills
My items, as Ownership's "Show only" does, and either way this filter follows.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..model import CrossroadsStatus, Target
from ..state.view_options import NOBODY
from .base import SessionDock
from .cells import ID_ROLE, FieldDelegate, FieldTable
from .fields import ChoiceField
from .friction_model import (
    ACTION,
    ANY,
    DUE,
    EVIDENCE,
    JOURNEY,
    OWNER,
    OWNER_FIELDS,
    QUESTION,
    SEVERITY,
    STAGE,
    STATUS,
    FrictionFilterProxy,
    FrictionTableModel,
)
from .words import OVERDUE_MARK, members, tr


def focus_of_filter(owner) -> str | None:
    """The shared "show only" setting for a value of an owner filter (ANY: everyone)."""
    return None if owner is ANY else NOBODY if owner is None else owner


def filter_of_focus(focus: str | None):
    """The owner filter's value for the shared "show only" setting."""
    return ANY if focus is None else None if focus == NOBODY else focus

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
        self.owner_filter.setToolTip(tr("Show only this owner's crossroads; the map dims "
                                        "everything else, as Ownership's “Show only” does"))
        self.status_filter = ChoiceField(live=True)  # filters, not edits: they follow the keys
        self.severity_filter = ChoiceField(live=True)
        self.stage_filter = ChoiceField(live=True)
        for fixed in (self.status_filter, self.severity_filter):  # the program's own words
            fixed.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # in full
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search questions, actions, evidence…"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.table = FieldTable(OWNER_FIELDS)
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
        self.owner_filter.edited.connect(self._owner_picked)
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
            session.view_options.changed.connect(self._view_options_changed)
            self._view_options_changed()

    def _view_options_changed(self) -> None:
        """"Show only this owner's items", set anywhere, narrows the register to their
        crossroads."""
        focus = self.session.view_options.focus_owner_id
        if focus != self._focus_owner:
            self._focus_owner = focus
            self._filter(owner=filter_of_focus(focus))
            self.owner_filter.set_value(self.proxy.owner)

    def _owner_picked(self, owner) -> None:
        """The owner filter is the shared "show only" setting: the map and the other
        panels follow it, and it comes back here through ``_view_options_changed``."""
        self.session.view_options.set_focus_owner(focus_of_filter(owner))

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
        self.table.setItemDelegate(FieldDelegate(self.model, self.table))
        self.table.selectionModel().selectionChanged.connect(self._rows_selected)
        self.table.sortByColumn(SEVERITY, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # fit the first rows, not all 10,000
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for column in (QUESTION, ACTION, EVIDENCE):
            header.resizeSection(column, max(header.sectionSize(column), 220))
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        self._fitted = self.model.rowCount() > 0
        bold = QFont(self.table.font())
        bold.setBold(True)
        due_width = QFontMetrics(bold).horizontalAdvance(f"{OVERDUE_MARK} 2026-12-31") + 48
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
        header.resizeSection(EVIDENCE, max(header.sectionSize(EVIDENCE), 220))

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
            proxy.set_filter(owner=ANY)  # the owner went away (Ownership clears the focus)
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
            self.selection.focus(ids[0])  # select it; the map scrolls only if it is out of sight
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
