"""Panels and canvas together: an edit on either side shows on the other, and undoes once.

They never import each other: the canvas and the panels meet only in the
session (document, selection, view options), which is what these tests use.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMainWindow
from test_panels_sample import sample_session  # noqa: F401  (fixture)

from journeymapper.canvas import CanvasEditor
from journeymapper.canvas.owner_focus import DIMMED
from journeymapper.commands import UpdateNodeCommand
from journeymapper.io import dumps
from journeymapper.model import CrossroadsStatus
from journeymapper.panels import (
    FrictionRegisterDock,
    InspectorDock,
    OutlineDock,
    OwnershipDock,
    create_docks,
)
from journeymapper.panels.friction_model import STATUS
from journeymapper.state import OWNER_MIME_TYPE


def build(qtbot, session):
    editor = CanvasEditor(session, show_palette=False)
    qtbot.addWidget(editor)
    docks = {type(d): d for d, _area in create_docks(session)}
    for dock in docks.values():
        qtbot.addWidget(dock)
    return editor, docks


def test_create_docks_gives_named_closable_docks(qtbot, sample_session):
    window = QMainWindow()
    qtbot.addWidget(window)
    docks = create_docks(sample_session, window)
    names = [dock.objectName() for dock, _area in docks]
    assert {"InspectorDock", "OwnershipDock", "FrictionRegisterDock", "OutlineDock"} <= set(names)
    assert len(set(names)) == len(names)  # QMainWindow.saveState keys docks by name
    for dock, area in docks:
        window.addDockWidget(area, dock)
        assert dock.features() & dock.DockWidgetFeature.DockWidgetClosable
    state = window.saveState()
    assert window.restoreState(state)


def test_an_edit_on_the_canvas_side_shows_at_once_in_every_panel(qtbot, sample_session):
    editor, docks = build(qtbot, sample_session)
    doc, stack = sample_session.document, sample_session.undo_stack
    sample_session.selection.set(["c1"])  # as a click on the diamond would
    inspector, register = docks[InspectorDock], docks[FrictionRegisterDock]
    ownership, outline = docks[OwnershipDock], docks[OutlineDock]
    stack.push(UpdateNodeCommand(doc, "c1", label="Kom SMS-en?", owner_id=None))
    assert inspector.editors["label"].text() == "Kom SMS-en?"
    assert inspector.editors["owner_id"].currentText() == "Nobody"
    row = register.shown_ids().index("c1")
    assert register.proxy.index(row, 2).data() == "Nobody"
    qtbot.waitUntil(lambda: "c1" in ownership.unowned_ids())
    qtbot.waitUntil(lambda: outline.find_item("c1").text(0) == "Kom SMS-en?")
    assert editor.scene.node_item("c1").node.label == "Kom SMS-en?"
    stack.undo()  # one step puts everything back, everywhere
    assert inspector.editors["label"].text() == "Kommer bekreftelsen?"
    qtbot.waitUntil(lambda: "c1" not in ownership.unowned_ids())


def test_an_edit_in_a_panel_shows_on_the_canvas_and_undoes_in_one_step(qtbot, sample_session):
    editor, docks = build(qtbot, sample_session)
    doc = sample_session.document
    before = dumps(doc)
    register = docks[FrictionRegisterDock]
    row = register.shown_ids().index("c1")
    register.proxy.setData(register.proxy.index(row, STATUS), CrossroadsStatus.IMPROVING)
    assert editor.scene.node_item("c1").node.status == CrossroadsStatus.IMPROVING
    assert sample_session.undo_stack.count() == 1
    sample_session.undo_stack.undo()
    assert dumps(doc) == before
    assert editor.scene.node_item("c1").node.status == CrossroadsStatus.OPEN


def test_show_only_one_owner_dims_the_rest_and_colour_by_owner_draws_halos(
        qtbot, sample_session):
    editor, docks = build(qtbot, sample_session)
    scene, ownership = editor.scene, docks[OwnershipDock]
    ownership.focus_owner.pick("service")
    assert scene.node_item("t4").opacity() == 1.0  # Kundeservice's own
    assert scene.node_item("t1").opacity() == DIMMED
    assert scene.node_item("n1").opacity() == DIMMED  # notes are not theirs either
    assert scene.edge_item("e_t2_c1").opacity() == 1.0  # leads into their crossroads
    assert scene.edge_item("e_t1_t2").opacity() == DIMMED
    # an owner reassigned elsewhere (here: by a command) lights up at once
    sample_session.undo_stack.push(UpdateNodeCommand(sample_session.document, "t1",
                                                     owner_id="service"))
    assert scene.node_item("t1").opacity() == 1.0
    ownership.focus_owner.pick(None)
    assert scene.node_item("t2").opacity() == 1.0

    assert editor.owner_focus.halo("t2") is None
    ownership.colour_by_owner.click()
    assert editor.owner_focus.halo("t2").colour == "#009E73"  # IT
    assert editor.owner_focus.halo("t3") is None  # nobody owns it: the hatched stripe says so
    sample_session.document.update_owner("it", colour="#D55E00")
    assert editor.owner_focus.halo("t2").colour == "#D55E00"
    ownership.colour_by_owner.click()
    assert editor.owner_focus.halo("t2") is None


def drag_and_drop(view, point: QPoint, mime) -> tuple[bool, bool]:
    """Enter, move and drop, as a real drag does; (move accepted, drop accepted)."""
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(point, *args))
    move = QDragMoveEvent(point, *args)
    QApplication.sendEvent(view.viewport(), move)
    drop = QDropEvent(QPointF(point), *args)
    QApplication.sendEvent(view.viewport(), drop)
    return move.isAccepted(), drop.isAccepted()


def test_dropping_an_owner_from_the_panel_onto_a_card_assigns_it(qtbot, sample_session):
    editor, docks = build(qtbot, sample_session)
    editor.resize(1400, 900)
    editor.show()
    qtbot.waitExposed(editor)
    view, doc = editor.view, sample_session.document
    card = editor.scene.node_item("t3")
    view.centerOn(card)
    point = view.mapFromScene(card.scene_rect().center())
    ownership = docks[OwnershipDock]
    mime = ownership.owners.mimeData([ownership.owners.topLevelItem(2)])  # IT
    assert mime.hasFormat(OWNER_MIME_TYPE)
    assert drag_and_drop(view, point, mime) == (True, True)
    assert doc.node("t3").owner_id == "it"
    assert sample_session.undo_stack.count() == 1
    qtbot.waitUntil(lambda: "t3" not in ownership.unowned_ids())
    sample_session.undo_stack.undo()
    assert doc.node("t3").owner_id is None
    # over empty map space (and over an outcome) the drag is refused and nothing happens
    outcome = view.mapFromScene(editor.scene.node_item("out1").scene_rect().center())
    for where in (QPoint(3, 3), outcome):
        assert drag_and_drop(view, where, mime) == (False, False)
    assert not sample_session.undo_stack.canUndo()


def test_an_unrelated_drag_is_left_to_the_canvas(qtbot, sample_session):
    editor, _docks = build(qtbot, sample_session)
    mime = QMimeData()
    mime.setText("just text")
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    assert not editor.owner_drop.eventFilter(editor.view.viewport(), event)


def test_a_dock_tabbed_behind_another_is_right_when_it_is_shown(qtbot, sample_session):
    window = QMainWindow()
    qtbot.addWidget(window)
    docks = {type(d): d for d, _area in create_docks(sample_session, window)}
    inspector, ownership = docks[InspectorDock], docks[OwnershipDock]
    outline = docks[OutlineDock]
    for dock in (inspector, ownership, outline):
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.tabifyDockWidget(inspector, ownership)
    window.tabifyDockWidget(inspector, outline)
    window.show()
    qtbot.waitExposed(window)
    inspector.raise_()
    doc = sample_session.document
    sample_session.undo_stack.push(UpdateNodeCommand(doc, "t3", owner_id="it",
                                                     label="Kvittering på SMS"))
    assert ownership.tabs.tabText(1) != "Unowned (1)"  # hidden: not computed yet
    ownership.raise_()  # shown: brought up to date
    qtbot.waitUntil(lambda: ownership.tabs.tabText(1) == "Unowned (1)")
    assert ownership.unowned_ids() == ["c2"]
    assert "e_c1_t3" in ownership.handoff_ids()  # Kundeservice's c1 now hands over to IT
    outline.raise_()
    qtbot.waitUntil(lambda: outline.find_item("t3") is not None
                    and outline.find_item("t3").text(0) == "Kvittering på SMS")
