"""The journeys outline: lanes and their steps in flow order; rename and reorder."""

from __future__ import annotations

from test_panels_sample import sample_session  # noqa: F401  (fixture)

from journeymapper.commands import ConnectCommand, UpdateNodeCommand
from journeymapper.io import dumps
from journeymapper.panels.outline_dock import ID_ROLE, OutlineDock


def make(qtbot, session) -> OutlineDock:
    dock = OutlineDock(session)
    qtbot.addWidget(dock)
    return dock


def test_lanes_and_their_steps_in_flow_order(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    assert dock.outline() == [
        ("booking", ["t1", "t2", "c1", "t3", "out1"]),
        ("flight", ["t4", "c2", "c3", "t5"]),  # the note n1 is not a step
    ]
    lane = dock.tree.topLevelItem(0)
    assert lane.text(0) == "Bestille billett"
    crossroads = lane.child(2)
    assert crossroads.text(0) == "Kommer bekreftelsen?" and crossroads.text(1) == "Under kjøpet"
    assert not crossroads.icon(0).isNull()  # the ◆ mark: the kind shows without colour
    assert crossroads.toolTip(1) == "Crossroads"


def test_flow_order_follows_the_arrows_after_an_edit(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    doc, stack = sample_session.document, sample_session.undo_stack
    # t5 moves to the first stage: by position it would come first, but the arrows decide
    stack.push(UpdateNodeCommand(doc, "t5", stage_id="before", x=300))
    qtbot.waitUntil(lambda: dock.outline()[1] == ("flight", ["t4", "c2", "c3", "t5"]))
    stack.push(ConnectCommand(doc, "t5", "t4"))  # now a loop: position decides inside it
    qtbot.waitUntil(lambda: dock.outline()[1] == ("flight", ["t4", "t5", "c2", "c3"]))


def test_clicking_a_step_selects_and_focuses_it(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    item = dock.find_item("c2")
    with qtbot.waitSignal(sample_session.selection.focusRequested) as focused:
        dock.tree.itemClicked.emit(item, 0)
    assert focused.args == ["c2"]
    sample_session.selection.set(["t1"])
    assert [i.data(0, ID_ROLE) for i in dock.tree.selectedItems()] == ["t1"]


def test_rename_a_lane_and_a_step_in_place(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    doc = sample_session.document
    before = dumps(doc)
    dock.rename("flight", "Flyturen – ø")
    assert doc.journey("flight").name == "Flyturen – ø"
    dock.rename("t4", "Innsjekk på flyplassen")
    assert doc.node("t4").label == "Innsjekk på flyplassen"
    assert sample_session.undo_stack.count() == 2
    sample_session.undo_stack.undo()
    sample_session.undo_stack.undo()
    assert dumps(doc) == before
    qtbot.waitUntil(lambda: dock.find_item("flight").text(0) == "Flyturen")


def test_reorder_lanes_with_move_and_by_drag(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    doc = sample_session.document
    dock.tree.setCurrentItem(dock.find_item("flight"))
    assert dock.up_button.isEnabled() and not dock.down_button.isEnabled()
    dock.up_button.click()
    assert [j.id for j in doc.journeys] == ["flight", "booking"]
    assert [lane for lane, _ in dock.outline()] == ["flight", "booking"]
    sample_session.undo_stack.undo()
    assert [j.id for j in doc.journeys] == ["booking", "flight"]
    # a drag of the first lane to below the second
    tree = dock.tree
    dock.refresh_now()
    index = tree.drop_index(dock.find_item("booking"), dock.find_item("flight"), below=True)
    assert index == 1
    # dropped on a step of the first lane: stays where it is
    assert tree.drop_index(dock.find_item("booking"), dock.find_item("t2"), below=False) == 0
    dock.move_lane("booking", index)
    assert [j.id for j in doc.journeys] == ["flight", "booking"]


def test_dropping_a_dragged_lane_below_another_reorders_the_map(qtbot, sample_session):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    dock = make(qtbot, sample_session)
    dock.resize(400, 500)
    dock.show()
    qtbot.waitExposed(dock)
    tree = dock.tree
    booking, flight = dock.find_item("booking"), dock.find_item("flight")
    flight.setExpanded(False)
    tree.setCurrentItem(booking)
    mime = tree.mimeData([booking])
    rect = tree.visualItemRect(flight)
    point = rect.center() + type(rect.center())(0, rect.height() // 4)  # lower half
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    viewport = tree.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(point, *args))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, *args))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), *args))
    assert [j.id for j in sample_session.document.journeys] == ["flight", "booking"]
    assert sample_session.undo_stack.count() == 1
    qtbot.waitUntil(lambda: [lane for lane, _ in dock.outline()] == ["flight", "booking"])
