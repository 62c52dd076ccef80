"""An owner at the desk: scripted owner sessions through the real window, keys counted.

Issue 17's owner — the head of Baggage services on the airline sample — finds their
items, sets status, action, due date and evidence on each crossroads, rates a
touchpoint and saves, by keyboard, from My items. Each key goes to the widget with
the keyboard focus, as a real key press does, and is counted.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journeymapper.io import load, save
from journeymapper.io.templates import find_template
from journeymapper.model import Crossroads, CrossroadsStatus, FeedbackInstrument, Touchpoint
from journeymapper.panels.my_items_dock import MyItemsDock

from test_app_support import open_in_window

pytestmark = pytest.mark.usefixtures("no_windows_left")

TODAY = dt.date(2027, 2, 1)  # "Is the bag home within 24 hours?" was due 2027-01-15: overdue
K = Qt.Key


class Keyboard:
    """The owner's hands: keys to whatever has the focus, counted."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.keys = 0  # presses of keys that are not text: Tab, Enter, arrows, shortcuts
        self.typed = 0  # characters of text typed
        self.clicks = 0

    def focus(self):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focus(), key, modifier)
            QApplication.processEvents()  # as the event loop does between two key presses
            self.keys += 1

    def type(self, text: str) -> None:
        for character in text:
            self.qtbot.keyClicks(self.focus(), character)
        QApplication.processEvents()
        self.typed += len(text)


@pytest.fixture
def airline_file(tmp_path):
    path = tmp_path / "flyreise.jmap"
    save(find_template("sample-airline").open(), path, keep_backup=False)
    return path


def test_baggage_services_does_the_whole_job_by_keyboard_from_my_items(qtbot, airline_file):
    window = open_in_window(qtbot, airline_file)
    with qtbot.waitActive(window):
        window.activateWindow()
    [desk] = [d for d in window.docks() if isinstance(d, MyItemsDock)]
    desk.set_today(TODAY)
    doc = window.session.document
    baggage = next(o.id for o in doc.owners if o.name == "Baggage services")
    window.editor.view.setFocus()  # a map just opened: the keyboard is on the map
    hands = Keyboard(qtbot)
    steps_before = window.session.undo_stack.count()

    hands.press(K.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert desk.isVisible() and desk.owner.hasFocus()
    hands.type("B")  # Baggage services: the only owner starting with B
    hands.press(K.Key_Tab)  # into the table: the choice is made on leaving
    assert window.session.view_options.focus_owner_id == baggage
    shown_rect = window.editor.view.shown_rect()  # the map fitted to their items
    assert all(shown_rect.contains(item.sceneBoundingRect())
               for item in window.editor.scene.node_items()
               if getattr(item.node, "owner_id", None) == baggage)
    home, arrive, desk_report, tracking = ids = desk.shown_ids()
    assert [doc.node(i).label for i in ids] == [  # overdue first, then as on the map
        "Is the bag home within 24 hours?", "Did the bag arrive?",
        "Report the missing bag at the desk", "Tracking link by SMS"]
    table = desk.table
    assert hands.focus() is table

    # the overdue crossroads: status, action, due date, evidence — Tab walks exactly those
    hands.press(K.Key_Return)  # edit the current field: the first row's status
    hands.press(K.Key_Down)  # Improving → Resolved, shown; committed when the field is left
    hands.press(K.Key_Tab)
    hands.type("Courier within 24 h, call the customer every day")
    hands.press(K.Key_Tab)
    hands.type("2027-03-31")
    hands.press(K.Key_Tab)
    hands.type("Claims log Q4: 61 % home in 24 h")
    hands.press(K.Key_Tab)  # on to the next row's first field

    # the next crossroads, with no date yet: the Norwegian way of writing one
    hands.press(K.Key_Down)  # Open → Investigating
    hands.press(K.Key_Tab)
    hands.type("Scan every bag at transfer")
    hands.press(K.Key_Tab)
    hands.type("30.04.2027")
    hands.press(K.Key_Tab)
    hands.type("WorldTracer: 1 in 400 bags missing")
    hands.press(K.Key_Tab)

    # a touchpoint: the customer's rating and how it is measured
    hands.press(K.Key_Down)  # −2 very bad → −1 bad
    hands.press(K.Key_Tab)
    hands.press(K.Key_Down, times=2)  # no feedback → NPS → CSAT
    hands.press(K.Key_Return)  # done with the table
    hands.press(K.Key_S, Qt.KeyboardModifier.ControlModifier)

    saved = load(airline_file)
    first, second = saved.node(home), saved.node(arrive)
    assert (first.status, first.action, first.due, first.evidence) == (
        CrossroadsStatus.RESOLVED, "Courier within 24 h, call the customer every day",
        dt.date(2027, 3, 31), "Claims log Q4: 61 % home in 24 h")
    assert (second.status, second.action, second.due, second.evidence) == (
        CrossroadsStatus.INVESTIGATING, "Scan every bag at transfer", dt.date(2027, 4, 30),
        "WorldTracer: 1 in 400 bags missing")
    rated = saved.node(desk_report)
    assert (rated.rating, rated.feedback) == (-1, FeedbackInstrument.CSAT)
    assert saved.node(tracking) == doc.node(tracking)  # untouched
    assert window.session.undo_stack.count() - steps_before == 10  # one per field changed
    assert not window.isWindowModified()
    print(f"\nkeys {hands.keys}, typed characters {hands.typed}, clicks {hands.clicks}")
    assert hands.clicks == 0 and hands.keys <= 20


# --- the same through the panels on the small sample map ------------------------------

from test_panels_sample import TODAY as SAMPLE_TODAY, sample_session  # noqa: E402,F401

from journeymapper.canvas import CanvasEditor  # noqa: E402
from journeymapper.canvas.owner_focus import DIMMED  # noqa: E402
from journeymapper.panels import (  # noqa: E402
    FrictionRegisterDock,
    InspectorDock,
    OwnershipDock,
    create_docks,
)
from journeymapper.panels.fields import DateField, parse_date  # noqa: E402
from journeymapper.panels.friction_model import (  # noqa: E402
    ACTION,
    ANY,
    DUE,
    EVIDENCE,
    JOURNEY,
    OWNER,
    STAGE,
    STATUS,
)
from journeymapper.panels.my_items_dock import (  # noqa: E402
    EVIDENCE as MY_EVIDENCE,
    FEEDBACK,
    RATING,
    STATUS as MY_STATUS,
)
from journeymapper.state import NOBODY  # noqa: E402


def shown(qtbot, widget, size=(1200, 500)):
    """A panel on screen with the keyboard, as a user has it in front of them."""
    qtbot.addWidget(widget)
    widget.resize(*size)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def settle() -> None:
    QApplication.processEvents()  # what the event loop does between two key presses


def steps(session) -> int:
    return session.undo_stack.count()


def no_due(session, node_id: str) -> None:
    """The crossroads starts with "no date" (set before the session's first action)."""
    session.document.update_node(node_id, due=None)


def test_parse_date_reads_iso_and_the_locale_order():
    assert parse_date("2027-03-31") == parse_date("2027-3-31") == dt.date(2027, 3, 31)
    assert parse_date("20270331") == dt.date(2027, 3, 31)
    assert parse_date("31.03.2027", "dmy") == parse_date("31/3/27", "dmy") == dt.date(2027, 3, 31)
    assert parse_date("3/31/2027", "mdy") == dt.date(2027, 3, 31)
    assert parse_date("2027-03-31", "mdy") == dt.date(2027, 3, 31)  # ISO in any locale
    for wrong in ("", "no date", "31.02.2027", "2027-13-01", "31.03", "1.2.12345"):
        assert parse_date(wrong, "dmy") is None, wrong


def test_a_due_date_is_typed_from_no_date_in_the_inspector(qtbot, sample_session):
    """Typing 2027-03-31 into "no date" gave "no date20270331" and Enter committed nothing."""
    no_due(sample_session, "c2")
    dock = shown(qtbot, InspectorDock(sample_session), (420, 800))
    sample_session.selection.set(["c2"])
    settle()  # the form's fields are shown by the event loop
    doc, field = sample_session.document, dock.editors["due"]
    assert isinstance(field, DateField) and field.text() == ""
    assert field.placeholderText() == "no date"
    field.setFocus()
    qtbot.keyClicks(field, "2027-03-31")
    qtbot.keyClick(field, K.Key_Return)
    assert doc.node("c2").due == dt.date(2027, 3, 31) and steps(sample_session) == 1
    field = dock.editors["due"]
    field.selectAll()
    qtbot.keyClicks(field, "31.12.2027")  # the Nordic way round
    qtbot.keyClick(field, K.Key_Return)
    assert doc.node("c2").due == dt.date(2027, 12, 31) and steps(sample_session) == 2
    assert dock.editors["due"].text() == "2027-12-31"  # read back as the map writes it
    field = dock.editors["due"]
    qtbot.keyClicks(field, "abc")  # letters never get in among the digits
    assert field.text() == "2027-12-31"
    field.selectAll()
    qtbot.keyClick(field, K.Key_Delete)  # cleared: no date again
    qtbot.keyClick(field, K.Key_Return)
    assert doc.node("c2").due is None and steps(sample_session) == 3
    field = dock.editors["due"]
    qtbot.keyClick(field, K.Key_Up)  # from no date, the first step lands on today
    assert field.text() == dt.date.today().isoformat()
    assert doc.node("c2").due is None  # shown, not committed yet
    qtbot.keyClick(field, K.Key_Escape)  # …and taken back
    assert field.text() == "" and steps(sample_session) == 3
    qtbot.keyClick(field, K.Key_Down)
    qtbot.keyClick(field, K.Key_Down)
    qtbot.keyClick(field, K.Key_Return)  # today, then a day back: one edit
    assert doc.node("c2").due == dt.date.today() - dt.timedelta(days=1)
    assert steps(sample_session) == 4
    qtbot.keyClicks(field, "2027-0")  # half a date, then the focus leaves: nothing changes
    dock.editors["label"].setFocus()
    settle()
    assert dock.editors["due"].text() == doc.node("c2").due.isoformat()
    assert steps(sample_session) == 4
    for _ in range(4):
        sample_session.undo_stack.undo()
    assert doc.node("c2").due is None


def _cell_editor(table, kind):
    editors = [w for w in table.viewport().findChildren(kind) if w.isVisible()]
    assert len(editors) == 1, editors
    return editors[0]


def test_a_due_date_is_typed_from_no_date_in_the_register(qtbot, sample_session):
    no_due(sample_session, "c2")
    dock = shown(qtbot, FrictionRegisterDock(sample_session, today=SAMPLE_TODAY))
    doc, table = sample_session.document, dock.table
    row = dock.shown_ids().index("c2")
    assert dock.proxy.index(row, DUE).data() == ""
    table.setFocus()
    table.setCurrentIndex(dock.proxy.index(row, DUE))
    qtbot.keyClick(table, K.Key_Return)  # Enter edits the current cell
    field = _cell_editor(table, DateField)
    assert field.text() == "" and field.hasFocus()
    qtbot.keyClicks(field, "2027-03-31")
    qtbot.keyClick(field, K.Key_Return)
    qtbot.waitUntil(lambda: doc.node("c2").due == dt.date(2027, 3, 31))
    settle()
    assert steps(sample_session) == 1
    assert dock.proxy.index(dock.shown_ids().index("c2"), DUE).data() == "2027-03-31"
    sample_session.undo_stack.undo()
    assert doc.node("c2").due is None
    # the calendar, from the keyboard: it opens on today, Enter picks the day, once
    table.setCurrentIndex(dock.proxy.index(dock.shown_ids().index("c2"), DUE))
    qtbot.keyClick(table, K.Key_Return)
    field = _cell_editor(table, DateField)
    qtbot.keyClick(field, K.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendar()
    assert calendar.isVisible() and field.isVisible()  # the cell stays open behind it
    today = dt.date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    qtbot.keyClick(calendar.focusWidget() or calendar, K.Key_Right)  # tomorrow
    qtbot.keyClick(calendar.focusWidget() or calendar, K.Key_Return)
    qtbot.waitUntil(lambda: doc.node("c2").due == today + dt.timedelta(days=1))
    settle()
    assert steps(sample_session) == 1 and not calendar.isVisible()
    assert table.state() != table.State.EditingState  # a pick closes the cell


def test_tab_in_the_register_walks_only_what_an_owner_edits(qtbot, sample_session):
    """Tab from Status to Action went through Owner, Stage and Micro-journey: a stray key
    there reassigned the crossroads."""
    dock = shown(qtbot, FrictionRegisterDock(sample_session, today=SAMPLE_TODAY))
    table, proxy = dock.table, dock.proxy
    table.setFocus()
    table.setCurrentIndex(proxy.index(0, STATUS))
    walked = []
    for _ in range(5):
        qtbot.keyClick(table, K.Key_Tab)
        walked.append((table.currentIndex().row(), table.currentIndex().column()))
    assert walked == [(0, ACTION), (0, DUE), (0, EVIDENCE), (1, STATUS), (1, ACTION)]
    qtbot.keyClick(table, K.Key_Backtab)
    qtbot.keyClick(table, K.Key_Backtab)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (0, EVIDENCE)
    # editing: Tab commits the field and opens the next one an owner edits
    first = dock.shown_ids()[0]
    table.setCurrentIndex(proxy.index(0, STATUS))
    qtbot.keyClick(table, K.Key_Return)
    status = _cell_editor(table, type(dock.owner_filter))
    qtbot.keyClick(status, K.Key_Down)
    qtbot.keyClick(status, K.Key_Tab)
    settle()
    assert table.currentIndex().column() == ACTION
    assert table.state() == table.State.EditingState
    assert {OWNER, STAGE, JOURNEY}.isdisjoint({c for _r, c in walked})
    assert sample_session.document.node(first).status == CrossroadsStatus.IMPROVING  # c2
    assert steps(sample_session) == 1


def test_arrow_keys_over_a_drop_down_make_one_undo_step(qtbot, sample_session):
    """none → NPS → CSAT → CES with the arrow keys was three edits and three undo steps."""
    dock = shown(qtbot, InspectorDock(sample_session), (420, 900))
    doc = sample_session.document
    sample_session.selection.set(["t1"])
    settle()
    feedback = dock.editors["feedback"]
    feedback.setFocus()
    for _ in range(3):
        qtbot.keyClick(feedback, K.Key_Down)
    assert feedback.currentText() == "Effort score (CES)"
    assert doc.node("t1").feedback == FeedbackInstrument.NONE and steps(sample_session) == 0
    dock.editors["kpi"].setFocus()  # the focus leaves: committed once
    settle()
    assert doc.node("t1").feedback == FeedbackInstrument.CES and steps(sample_session) == 1
    # the list opened, walked with the arrows and closed on a value: one step too
    feedback = dock.editors["feedback"]
    feedback.setFocus()
    qtbot.keyClick(feedback, K.Key_F4)
    qtbot.waitUntil(lambda: feedback.view().isVisible())
    qtbot.keyClick(feedback.view(), K.Key_Up)
    qtbot.keyClick(feedback.view(), K.Key_Up)
    assert steps(sample_session) == 1
    qtbot.keyClick(feedback.view(), K.Key_Return)
    settle()
    assert doc.node("t1").feedback == FeedbackInstrument.NPS and steps(sample_session) == 2
    # Escape after the arrows: nothing at all
    feedback = dock.editors["feedback"]
    feedback.setFocus()
    qtbot.keyClick(feedback, K.Key_Down)
    qtbot.keyClick(feedback, K.Key_Escape)
    dock.editors["kpi"].setFocus()
    settle()
    assert doc.node("t1").feedback == FeedbackInstrument.NPS and steps(sample_session) == 2

    # a drop-down in the register's cell: the arrows pass, Enter commits once
    register = shown(qtbot, FrictionRegisterDock(sample_session, today=SAMPLE_TODAY))
    table = register.table
    row = register.shown_ids().index("c1")
    table.setFocus()
    table.setCurrentIndex(register.proxy.index(row, STATUS))
    qtbot.keyClick(table, K.Key_Return)
    status = _cell_editor(table, type(feedback))
    for _ in range(3):
        qtbot.keyClick(status, K.Key_Down)
    assert doc.node("c1").status == CrossroadsStatus.OPEN and steps(sample_session) == 2
    qtbot.keyClick(status, K.Key_Return)
    qtbot.waitUntil(lambda: doc.node("c1").status == CrossroadsStatus.RESOLVED)
    settle()
    assert steps(sample_session) == 3


def build(qtbot, session, size=(1400, 900)):
    editor = CanvasEditor(session, show_palette=False)
    shown(qtbot, editor, size)
    docks = {type(d): d for d, _area in create_docks(session)}
    for dock in docks.values():
        qtbot.addWidget(dock)
    return editor, docks


def _bars(view):
    return view.horizontalScrollBar().value(), view.verticalScrollBar().value(), view.zoom()


def test_selecting_a_row_moves_the_map_only_for_an_item_out_of_sight(qtbot, sample_session):
    """Selecting a row scrolled the map even when the crossroads was in view, so the next
    click landed on empty canvas."""
    editor, docks = build(qtbot, sample_session)
    register = docks[FrictionRegisterDock]
    view, scene = editor.view, editor.scene
    view.set_zoom(3.0)
    item = scene.node_item("c1")
    view.centerOn(item)
    other = next(i for i in ("c2", "c3") if not view.shown_rect().contains(
        scene.node_item(i).sceneBoundingRect()))
    for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
        bar.setValue(bar.value() + 40)  # c1 off centre, but in sight
    assert view.shown_rect().contains(item.sceneBoundingRect())
    before = _bars(view)
    register.select_row(register.shown_ids().index("c1"))
    assert sample_session.selection.ids() == ("c1",)
    assert _bars(view) == before  # in sight: the map stays still
    register.select_row(register.shown_ids().index(other))  # out of sight: brought in
    assert view.shown_rect().contains(scene.node_item(other).sceneBoundingRect())


def test_my_items_edits_a_touchpoint_and_a_crossroads_in_place(qtbot, sample_session):
    editor, docks = build(qtbot, sample_session)
    desk = shown(qtbot, docks[MyItemsDock])
    desk.set_today(SAMPLE_TODAY)
    doc, table = sample_session.document, desk.table
    assert desk.shown_ids() == [] and desk.hint.isVisible()
    desk.owner.pick("service")
    assert desk.shown_ids() == ["c1", "t4", "t5"]  # the overdue crossroads first
    assert "⚠" in desk.model.index(0, 4).data()
    table.setFocus()
    # the touchpoint: Tab from its rating goes to its feedback, nothing else
    table.setCurrentIndex(desk.model.index(1, RATING))
    qtbot.keyClick(table, K.Key_Return)
    rating = _cell_editor(table, type(desk.owner))
    qtbot.keyClick(rating, K.Key_End)  # +2 very good
    qtbot.keyClick(rating, K.Key_Tab)
    settle()
    assert doc.node("t4").rating == 2 and steps(sample_session) == 1
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, FEEDBACK)
    qtbot.keyClick(_cell_editor(table, type(desk.owner)), K.Key_Escape)
    settle()
    # the crossroads: evidence typed in its row
    table.setCurrentIndex(desk.model.index(0, MY_EVIDENCE))
    qtbot.keyClick(table, K.Key_Return)
    qtbot.keyClicks(QApplication.focusWidget(), "SMS-loggen: 40 % venter > 1 time")
    qtbot.keyClick(QApplication.focusWidget(), K.Key_Return)
    qtbot.waitUntil(lambda: doc.node("c1").evidence == "SMS-loggen: 40 % venter > 1 time")
    settle()
    assert steps(sample_session) == 2
    # resolved, it is no longer overdue, but the row stays where it is under the hand
    table.setCurrentIndex(desk.model.index(0, MY_STATUS))
    qtbot.keyClick(table, K.Key_Return)
    qtbot.keyClick(_cell_editor(table, type(desk.owner)), K.Key_End)
    qtbot.keyClick(QApplication.focusWidget(), K.Key_Return)
    qtbot.waitUntil(lambda: doc.node("c1").status == CrossroadsStatus.RESOLVED)
    assert desk.shown_ids() == ["c1", "t4", "t5"]
    assert not desk.model.flags(desk.model.index(1, MY_STATUS)) & Qt.ItemFlag.ItemIsEditable
    # an item given to the owner elsewhere joins the list; one taken away leaves it
    doc.update_node("t1", owner_id="service")
    doc.update_node("t5", owner_id="it")
    assert desk.shown_ids() == ["c1", "t4", "t1"]
    for _ in range(3):
        sample_session.undo_stack.undo()
    assert doc.node("t4").rating is None and doc.node("c1").evidence == ""
    assert doc.node("c1").status == CrossroadsStatus.OPEN


def test_show_only_is_one_setting_everywhere(qtbot, sample_session):
    """"Show only" set the register's filter one way only, and the register's own owner
    filter did not dim the map: now every control is the same setting."""
    editor, docks = build(qtbot, sample_session)
    ownership, register = docks[OwnershipDock], docks[FrictionRegisterDock]
    desk = docks[MyItemsDock]
    options, scene = sample_session.view_options, editor.scene

    def everywhere():
        return (options.focus_owner_id, ownership.focus_owner.value(),
                register.owner_filter.value(), desk.owner.value())

    desk.owner.pick("service")
    assert everywhere() == ("service",) * 4
    assert register.shown_ids() == ["c1"] and scene.node_item("t1").opacity() == DIMMED
    ownership.focus_owner.pick("it")
    assert everywhere() == ("it",) * 4 and desk.shown_ids() == ["t2"]
    register.owner_filter.pick("sales")  # the register's filter dims the map now too
    assert everywhere() == ("sales",) * 4 and desk.shown_ids() == ["t1", "c3"]
    assert scene.node_item("t2").opacity() == DIMMED and scene.node_item("t1").opacity() == 1
    register.owner_filter.pick(None)  # nobody: the unowned items, everywhere
    assert options.focus_owner_id == NOBODY and ownership.focus_owner.value() == NOBODY
    assert desk.shown_ids() == ["c2", "t3"] and register.shown_ids() == ["c2"]
    register.owner_filter.pick(ANY)
    assert everywhere() == (None, None, ANY, None)
    assert desk.shown_ids() == [] and scene.node_item("t2").opacity() == 1.0


def test_choosing_an_owner_scrolls_the_matrix_to_their_cells(qtbot):
    """The owner × stage matrix needed sideways scrolling to reach an owner's cells."""
    from journeymapper.state import MapSession

    session = MapSession(find_template("sample-b2b-software").open())
    doc = session.document
    dock = shown(qtbot, OwnershipDock(session), (340, 700))
    matrix = dock.matrix
    dock.refresh_now()
    assert matrix.horizontalScrollBar().maximum() > 0  # seven stages: wider than the panel
    late = None
    for owner in doc.owners:  # an owner whose first cell lies beyond the panel's edge
        row = [matrix.verticalHeaderItem(r).text() for r in range(matrix.rowCount())].index(
            owner.name)
        filled = [c for c in range(matrix.columnCount() - 1) if matrix.item(row, c).text()]
        if filled and not matrix.viewport().rect().contains(
                matrix.visualItemRect(matrix.item(row, filled[0]))):
            late = (owner, row, filled)
            break
    assert late is not None
    owner, row, filled = late
    session.view_options.set_focus_owner(owner.id)
    item = matrix.item(row, filled[0])
    assert matrix.currentItem() is item
    assert matrix.viewport().rect().contains(matrix.visualItemRect(item))


def test_in_norwegian_a_date_is_typed_the_norwegian_way(qtbot, norwegian, sample_session):
    """An owner in Oslo writes 31.03.2027; the field says so, and "no date" in Bokmål."""
    no_due(sample_session, "c2")
    dock = shown(qtbot, InspectorDock(sample_session), (420, 800))
    sample_session.selection.set(["c2"])
    settle()
    field = dock.editors["due"]
    assert field.placeholderText() == "ingen dato" and "31.03.2027" in field.toolTip()
    field.setFocus()
    qtbot.keyClicks(field, "31.03.2027")
    qtbot.keyClick(field, K.Key_Return)
    assert sample_session.document.node("c2").due == dt.date(2027, 3, 31)
    assert steps(sample_session) == 1
    desk = shown(qtbot, MyItemsDock(sample_session, today=SAMPLE_TODAY))
    assert desk.owner.currentText() == "Velg en eier …"
    desk.owner.pick("service")
    assert desk.summary.text() == "Møtepunkter: 2 · Veiskiller: 1 · ⚠ forsinket: 1"
