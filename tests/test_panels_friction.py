"""The friction register: every crossroads, sorted, filtered, edited in place."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from test_panels_sample import OVERDUE, TODAY, sample_session  # noqa: F401  (fixture)

from journeymapper.commands import AddNodeCommand, RemoveNodesCommand, UpdateNodeCommand
from journeymapper.model import Crossroads, CrossroadsStatus
from journeymapper.panels.friction_model import ANY, DUE, SEVERITY, STATUS
from journeymapper.panels.friction_register_dock import FrictionRegisterDock
from journeymapper.panels.words import OVERDUE_MARK


def make(qtbot, session) -> FrictionRegisterDock:
    dock = FrictionRegisterDock(session, today=TODAY)
    qtbot.addWidget(dock)
    return dock


def cell(dock, node_id, column, role=Qt.ItemDataRole.DisplayRole):
    row = dock.shown_ids().index(node_id)
    return dock.proxy.index(row, column).data(role)


def test_every_crossroads_is_listed_worst_first(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    assert dock.shown_ids() == ["c2", "c1", "c3"]  # severity 5, 4, 2
    assert dock.count_label.text() == "3 crossroads"


def test_sorting_by_due_date_and_status(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    dock.table.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
    assert dock.shown_ids() == ["c3", "c1", "c2"]  # 2026-01-01, 2026-01-10, 2027-03-01
    dock.table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
    assert dock.shown_ids() == ["c1", "c2", "c3"]  # open, investigating, resolved


def test_filters_by_owner_status_severity_stage_and_text(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    dock.owner_filter.pick("service")
    assert dock.shown_ids() == ["c1"]
    dock.owner_filter.pick(None)  # nobody owns it
    assert dock.shown_ids() == ["c2"]
    dock.owner_filter.pick(ANY)
    dock.status_filter.pick(CrossroadsStatus.RESOLVED)
    assert dock.shown_ids() == ["c3"]
    dock.status_filter.pick(ANY)
    dock.severity_filter.pick(4)
    assert dock.shown_ids() == ["c2", "c1"]
    dock.severity_filter.pick(1)
    dock.stage_filter.pick("after")
    assert dock.shown_ids() == ["c3"]
    dock.stage_filter.pick(ANY)
    dock.search.setText("sms")  # case-insensitive, in the improvement action
    assert dock.shown_ids() == ["c1"]
    assert dock.count_label.text() == "1 of 3 crossroads"
    dock.search.setText("BAGASJEN")
    assert dock.shown_ids() == ["c3"]


def test_overdue_actions_stand_out_without_colour(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    for node_id in ("c1", "c2", "c3"):
        text = cell(dock, node_id, DUE)
        font = cell(dock, node_id, DUE, Qt.ItemDataRole.FontRole)
        if node_id in OVERDUE:
            assert text.startswith(OVERDUE_MARK) and font.bold()
        else:  # c3 is past due but resolved; c2 is due later
            assert OVERDUE_MARK not in text and not (font and font.bold())
    dock.set_today(dt.date(2027, 6, 1))
    assert cell(dock, "c2", DUE).startswith(OVERDUE_MARK)


def test_selecting_a_row_selects_and_centres_the_node(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    with qtbot.waitSignal(sample_session.selection.focusRequested) as focused:
        dock.select_row(dock.shown_ids().index("c1"))
    assert focused.args == ["c1"]
    assert sample_session.selection.ids() == ("c1",)
    sample_session.selection.set(["c3"])  # selected on the canvas: the row follows
    rows = dock.table.selectionModel().selectedRows()
    assert [dock.shown_ids()[r.row()] for r in rows] == ["c3"]


def test_a_cell_edit_is_one_undo_step(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    doc = sample_session.document
    index = dock.proxy.index(dock.shown_ids().index("c1"), STATUS)
    assert dock.proxy.setData(index, CrossroadsStatus.RESOLVED)
    assert doc.node("c1").status == CrossroadsStatus.RESOLVED
    assert OVERDUE_MARK not in cell(dock, "c1", DUE)  # resolved: no longer overdue
    sample_session.undo_stack.undo()
    assert doc.node("c1").status == CrossroadsStatus.OPEN
    assert cell(dock, "c1", STATUS) == "Open"


def test_the_register_follows_edits_made_elsewhere(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    doc, stack = sample_session.document, sample_session.undo_stack
    stack.push(UpdateNodeCommand(doc, "c3", severity=5))
    assert cell(dock, "c3", SEVERITY) == 5
    assert dock.shown_ids()[-1] != "c3"
    new = Crossroads(id="c9", label="Ny vei", stage_id="before", journey_id="flight",
                     severity=1)
    stack.push(AddNodeCommand(doc, new))
    assert "c9" in dock.shown_ids() and dock.count_label.text() == "4 crossroads"
    stack.push(RemoveNodesCommand(doc, ["c1"]))
    assert "c1" not in dock.shown_ids()
    stack.undo()
    assert "c1" in dock.shown_ids()
    doc.update_owner("service", name="Kundeservice Øst")
    assert cell(dock, "c1", 2) == "Kundeservice Øst"


def test_show_only_and_the_owner_filter_are_one_setting(qtbot, sample_session):
    """Ownership's "Show only" set the register's filter, but the filter did not dim the
    map (one way only): now both are the session's one "show only" setting."""
    from journeymapper.state import NOBODY

    dock = make(qtbot, sample_session)
    options = sample_session.view_options
    options.set_focus_owner("sales")
    assert dock.shown_ids() == ["c3"]
    assert dock.owner_filter.currentText() == "Salg"
    dock.owner_filter.pick(ANY)  # the owner may still look at everything: the map too
    assert len(dock.shown_ids()) == 3 and options.focus_owner_id is None
    dock.owner_filter.pick("it")  # the filter dims the map as "Show only" does
    assert options.focus_owner_id == "it" and options.is_dimmed(sample_session.document
                                                                 .node("c1"))
    dock.owner_filter.pick(None)  # nobody: the unowned items
    assert options.focus_owner_id == NOBODY and dock.shown_ids() == ["c2"]
    sample_session.view_options.set_focus_owner("service")
    assert dock.shown_ids() == ["c1"]
    sample_session.view_options.set_focus_owner(None)
    assert len(dock.shown_ids()) == 3


def test_cells_edit_in_place_with_proper_editors(qtbot, sample_session):
    from PySide6.QtWidgets import QComboBox, QSpinBox, QStyleOptionViewItem

    from journeymapper.panels.fields import DateField
    from journeymapper.panels.friction_model import OWNER

    dock = make(qtbot, sample_session)
    doc = sample_session.document
    delegate = dock.table.itemDelegate()
    row = dock.shown_ids().index("c2")

    def edit(column, change):
        index = dock.proxy.index(row, column)
        editor = delegate.createEditor(dock.table.viewport(), QStyleOptionViewItem(), index)
        delegate.setEditorData(editor, index)
        change(editor)
        delegate.setModelData(editor, dock.proxy, index)
        return editor

    owner = edit(OWNER, lambda e: e.setCurrentIndex(e.findText("IT")))
    assert isinstance(owner, QComboBox) and owner.itemText(0) == "Nobody"
    assert doc.node("c2").owner_id == "it"
    severity = edit(SEVERITY, lambda e: e.setValue(2))
    assert isinstance(severity, QSpinBox) and doc.node("c2").severity == 2
    row = dock.shown_ids().index("c2")  # re-sorted: severity 2 now
    due = edit(DUE, lambda e: qtbot.keyClicks(e, "2026-12-24"))  # typed over the date shown
    assert isinstance(due, DateField) and doc.node("c2").due == dt.date(2026, 12, 24)
    assert sample_session.undo_stack.count() == 3
    for _ in range(3):
        sample_session.undo_stack.undo()
    assert doc.node("c2").owner_id is None and doc.node("c2").severity == 5


def test_stepping_a_severity_cell_up_three_times_is_one_undo_step(qtbot, sample_session):
    from PySide6.QtWidgets import QApplication, QSpinBox

    dock = make(qtbot, sample_session)
    dock.show()
    qtbot.waitExposed(dock)
    doc, stack = sample_session.document, sample_session.undo_stack
    table = dock.table
    index = dock.proxy.index(dock.shown_ids().index("c3"), SEVERITY)  # severity 2
    dock.activateWindow()
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QSpinBox), timeout=2000)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QSpinBox) and editor.value() == 2
    for _ in range(3):
        qtbot.keyClick(editor, Qt.Key.Key_Up)
    assert doc.node("c3").severity == 2  # shown in the cell; the map waits for Enter
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits once the key is handled (queued)
    qtbot.waitUntil(lambda: doc.node("c3").severity == 5, timeout=2000)
    assert stack.count() == 1
    stack.undo()
    assert doc.node("c3").severity == 2
