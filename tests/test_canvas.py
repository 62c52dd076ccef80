"""The canvas through its real widgets and actions: what the user does, what the model holds."""

import random

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from journeymapper.canvas import CanvasEditor
from journeymapper.canvas.node_items import CrossroadsItem, OutcomeItem, TouchpointItem
from journeymapper.commands import MIME_TYPE
from journeymapper.io import dumps
from journeymapper.io.templates import find_template
from journeymapper.model import (
    EdgeKind,
    NodeKind,
    Sentiment,
    Touchpoint,
)
from journeymapper.model import geometry as g
from journeymapper.look import palette as pal
from journeymapper.state import MapSession


def make_editor(qtbot, template="sample-airline"):
    session = MapSession(find_template(template).open())
    editor = CanvasEditor(session)
    qtbot.addWidget(editor)
    editor.resize(1400, 900)
    editor.show()
    qtbot.waitExposed(editor)
    editor.view.setFocus()
    return editor


@pytest.fixture
def editor(qtbot):
    return make_editor(qtbot)


@pytest.fixture
def empty(qtbot):
    return make_editor(qtbot, "empty-three-stages")


def doc_of(editor):
    return editor.session.document


def view_point(editor, scene_point):
    return editor.view.mapFromScene(scene_point)


def test_actions_api_is_complete(editor):
    keys = {"cut", "copy", "paste", "duplicate", "delete", "select_all", "zoom_in", "zoom_out",
            "fit_map", "large_print", "auto_layout", "add_touchpoint", "add_crossroads",
            "add_outcome", "add_note", "add_stage", "add_lane"}
    assert keys <= set(editor.actions)
    assert editor.actions["large_print"].isCheckable()
    assert not editor.actions["copy"].shortcut().isEmpty()


def test_scene_mirrors_the_document_when_opened(editor):
    doc = doc_of(editor)
    scene = editor.scene
    assert len(scene.node_items()) == doc.node_count()
    assert len(scene.edge_items()) == doc.edge_count()
    for node in doc.nodes():
        item = scene.node_item(node.id)
        r = scene.grid.node_rect(node)
        assert (item.scenePos().x(), item.scenePos().y()) == (r.x, r.y)
    assert scene.sceneRect().contains(scene.itemsBoundingRect())


@pytest.mark.parametrize("key,kind,item_type", [
    ("add_touchpoint", NodeKind.TOUCHPOINT, TouchpointItem),
    ("add_crossroads", NodeKind.CROSSROADS, CrossroadsItem),
    ("add_outcome", NodeKind.OUTCOME, OutcomeItem),
    ("add_note", NodeKind.NOTE, None),
])
def test_add_each_kind_from_the_palette(empty, qtbot, key, kind, item_type):
    doc = doc_of(empty)
    empty.actions[key].trigger()
    nodes = list(doc.nodes())
    assert len(nodes) == 1 and nodes[0].kind == kind
    item = empty.scene.node_item(nodes[0].id)
    assert item is not None and item.isSelected()
    if item_type is not None:
        assert isinstance(item, item_type)
    # the new step is ready to type into: type its name, Enter commits it
    assert empty.scene.editing.is_editing()
    qtbot.keyClicks(empty.view, "Kaffe på døra")
    qtbot.keyClick(empty.view, Qt.Key.Key_Return)
    assert doc.node(nodes[0].id).label == "Kaffe på døra"
    assert not empty.scene.editing.is_editing()
    # two undo steps: the text, then the step itself
    stack = empty.session.undo_stack
    stack.undo()
    assert doc.node(nodes[0].id).label == ""
    stack.undo()
    assert doc.node_count() == 0 and empty.scene.node_items() == []


def test_two_added_steps_do_not_overlap(empty):
    empty.actions["add_touchpoint"].trigger()
    empty.scene.editing.finish_inline()
    empty.actions["add_touchpoint"].trigger()
    empty.scene.editing.finish_inline()
    a, b = empty.scene.node_items()
    assert not a.scene_rect().intersects(b.scene_rect())


def test_context_menu_adds_in_the_cell_under_the_cursor(empty):
    doc = doc_of(empty)
    target = doc.stages[2]
    cell = empty.scene.grid.cell(target.id, doc.journeys[0].id)
    point = QPointF(cell.x + 120, cell.y + 80)
    menu = empty.scene.editing.build_context_menu(point)
    action = next(a for a in menu.actions() if "crossroads" in a.text())
    action.trigger()
    node = next(doc.nodes())
    assert node.kind == NodeKind.CROSSROADS and node.stage_id == target.id


def test_edit_text_in_place_and_escape_cancels(editor, qtbot):
    doc = doc_of(editor)
    node = next(n for n in doc.nodes() if n.kind == NodeKind.TOUCHPOINT)
    item = editor.scene.node_item(node.id)
    qtbot.mouseDClick(editor.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=view_point(editor, item.scene_rect().center()))
    assert editor.scene.editing.is_editing()
    qtbot.keyClicks(editor.view, "Bestiller på nett")
    qtbot.keyClick(editor.view, Qt.Key.Key_Escape)
    assert doc.node(node.id).label == node.label
    editor.scene.select_ids([node.id])
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)  # Enter edits the selected step
    assert editor.scene.editing.is_editing()
    qtbot.keyClicks(editor.view, "Bestiller på nett")
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    assert doc.node(node.id).label == "Bestiller på nett"
    assert editor.session.undo_stack.undoText() == "Edit text"


def drag(qtbot, editor, start, end, modifier=Qt.KeyboardModifier.NoModifier):
    viewport = editor.view.viewport()
    a, b = view_point(editor, start), view_point(editor, end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, a)
    steps = 8
    for i in range(1, steps + 1):
        p = QPoint(a.x() + (b.x() - a.x()) * i // steps, a.y() + (b.y() - a.y()) * i // steps)
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtCore import QEvent
        event = QMouseEvent(QEvent.Type.MouseMove, QPointF(p), QPointF(viewport.mapToGlobal(p)),
                            Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, modifier)
        QGuiApplication.sendEvent(viewport, event)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, b)


def test_drag_across_a_column_changes_the_stage_in_one_command(empty, qtbot):
    doc = doc_of(empty)
    empty.actions["add_touchpoint"].trigger()
    empty.scene.editing.finish_inline()
    node = next(doc.nodes())
    empty.view.fit_map()
    item = empty.scene.node_item(node.id)
    start = item.scene_rect().center()
    origin = node.stage_id
    target = next(s for s in doc.stages if s.id != origin)
    column = empty.scene.grid.column(target.id)
    end = QPointF(column.x + column.w / 2, start.y())
    before = empty.session.undo_stack.count()
    seen = []
    original = empty.scene._show_drop_hint

    def spy():
        original()
        hint = empty.scene._drop_hint
        seen.append(QPointF(hint.rect.center()) if hint is not None else None)
        stages_during.append(doc.node(node.id).stage_id)
    stages_during = []
    empty.scene._show_drop_hint = spy
    drag(qtbot, empty, start, end)
    moved = doc.node(node.id)
    assert moved.stage_id == target.id
    # while dragging, the target cell was outlined; the model only changed on release
    assert seen and column.x < seen[-1].x() < column.x + column.w
    assert set(stages_during) == {origin}
    assert empty.scene._drop_hint is None
    assert moved.x % g.GRID == 0 and moved.y % g.GRID == 0
    assert empty.session.undo_stack.count() == before + 1
    assert item.scenePos().x() == empty.scene.grid.node_rect(moved).x
    empty.session.undo_stack.undo()
    assert doc.node(node.id).stage_id == origin
    assert item.scenePos().x() == empty.scene.grid.node_rect(doc.node(node.id)).x


def test_connect_by_dragging_from_the_handle(empty, qtbot):
    doc = doc_of(empty)
    ids = []
    for _ in range(2):
        empty.actions["add_touchpoint"].trigger()
        empty.scene.editing.finish_inline()
        ids.append(empty.scene.selected_node_ids()[0])
    empty.view.fit_map()
    source = empty.scene.node_item(ids[0])
    target = empty.scene.node_item(ids[1])
    empty.scene.select_ids([ids[0]])
    handle = source.mapToScene(source.handle_rect().center())
    drag(qtbot, empty, handle, target.scene_rect().center())
    edge = doc.edge_between(ids[0], ids[1])
    assert edge is not None and edge.kind == EdgeKind.FLOW
    assert empty.scene.edge_item(edge.id) is not None
    # the steps did not move while the arrow was drawn
    assert doc.node(ids[0]).x == g.CELL_PADDING


def test_arrow_label_and_sentiment_from_its_menu(editor, qtbot):
    doc = doc_of(editor)
    edge = next(e for e in doc.edges() if e.kind == EdgeKind.BRANCH)
    item = editor.scene.edge_item(edge.id)
    # double-click the arrow, type the label on it, Enter
    editor.view.fit_map()
    on_arrow = item.path().pointAtPercent(0.5)
    qtbot.mouseDClick(editor.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=view_point(editor, on_arrow))
    assert editor.scene.editing.is_editing()
    qtbot.keyClicks(editor.view, "Går videre")
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    assert doc.edge(edge.id).label == "Går videre"
    editor.scene.editing.set_sentiment(edge.id, Sentiment.BAD)
    assert doc.edge(edge.id).sentiment == Sentiment.BAD
    assert item.dash() == pal.SENTIMENT_DASH[Sentiment.BAD]
    assert "✗" in item.text()


def test_delete_selection_removes_steps_and_their_arrows(editor):
    doc = doc_of(editor)
    busy = max(doc.nodes(), key=lambda n: len(doc.edges_of(n.id)))
    edges = [e.id for e in doc.edges_of(busy.id)]
    before = dumps(doc)
    editor.scene.select_ids([busy.id])
    editor.actions["delete"].trigger()
    assert editor.session.selection.ids() == ()  # the panels are told at once
    assert not doc.has_node(busy.id)
    assert editor.scene.node_item(busy.id) is None
    assert all(editor.scene.edge_item(e) is None for e in edges)
    editor.session.undo_stack.undo()
    assert dumps(doc) == before
    assert all(editor.scene.edge_item(e) is not None for e in edges)


def test_copy_paste_gives_fresh_ids_and_uses_the_clipboard(editor):
    doc = doc_of(editor)
    edge = next(e for e in doc.edges() if e.kind == EdgeKind.FLOW)
    editor.scene.select_ids([edge.source, edge.target])
    editor.actions["copy"].trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(MIME_TYPE)
    count, edges = doc.node_count(), doc.edge_count()
    editor.actions["paste"].trigger()
    assert doc.node_count() == count + 2 and doc.edge_count() == edges + 1
    pasted = editor.scene.selected_node_ids()
    assert len(pasted) == 2 and not set(pasted) & {edge.source, edge.target}
    labels = sorted(doc.node(i).label for i in pasted)
    assert labels == sorted([doc.node(edge.source).label, doc.node(edge.target).label])


def test_paste_into_a_second_window(editor, qtbot):
    other = make_editor(qtbot, "empty-three-stages")
    node = next(n for n in doc_of(editor).nodes() if n.kind == NodeKind.CROSSROADS)
    editor.scene.select_ids([node.id])
    editor.actions["copy"].trigger()
    target = doc_of(other).stages[1].id
    other.view.centerOn(QPointF(other.scene.grid.column(target).x + 100,
                                other.scene.grid.lane(doc_of(other).journeys[0].id).y + 100))
    other.actions["paste"].trigger()
    pasted = list(doc_of(other).nodes())
    assert len(pasted) == 1 and pasted[0].label == node.label and pasted[0].id != node.id
    assert pasted[0].stage_id == target  # where the other window was looking


def test_cut_and_duplicate(editor):
    doc = doc_of(editor)
    node = next(n for n in doc.nodes() if n.kind == NodeKind.OUTCOME)
    editor.scene.select_ids([node.id])
    editor.actions["duplicate"].trigger()
    copies = [n for n in doc.nodes() if n.label == node.label]
    assert len(copies) == 2
    editor.scene.select_ids([node.id])
    editor.actions["cut"].trigger()
    assert not doc.has_node(node.id)
    editor.actions["paste"].trigger()
    assert len([n for n in doc.nodes() if n.label == node.label]) == 2


def test_select_all_and_rubber_band(editor, qtbot):
    editor.actions["select_all"].trigger()
    assert set(editor.session.selection.ids()) == {n.id for n in doc_of(editor).nodes()}
    editor.scene.select_ids([])
    editor.view.fit_map()
    lane = editor.scene.grid.lane(doc_of(editor).journeys[0].id)
    drag(qtbot, editor, QPointF(g.LANE_HEADER_WIDTH + 2, lane.y + 2),
         QPointF(lane.right - 2, lane.bottom - g.EMOTION_BAND))
    chosen = set(editor.session.selection.ids())
    in_lane = {n.id for n in doc_of(editor).nodes() if n.journey_id == lane_id(editor, 0)}
    assert in_lane <= chosen


def lane_id(editor, i):
    return doc_of(editor).journeys[i].id


def test_ctrl_click_adds_to_the_selection(editor, qtbot):
    editor.view.fit_map()
    a, b = sorted(editor.scene.node_items(), key=lambda i: i.node_id)[:2]
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view_point(editor, a.scene_rect().center()))
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier,
                     view_point(editor, b.scene_rect().center()))
    assert set(editor.session.selection.ids()) == {a.node_id, b.node_id}


def test_selection_follows_the_session_both_ways(editor):
    doc = doc_of(editor)
    node = next(doc.nodes())
    editor.session.selection.set([node.id])
    assert editor.scene.node_item(node.id).isSelected()
    editor.session.selection.clear()
    assert not editor.scene.selectedItems()
    editor.scene.node_item(node.id).setSelected(True)
    assert editor.session.selection.ids() == (node.id,)


def test_deleting_a_big_selection_tells_the_session_once(editor):
    doc = doc_of(editor)
    editor.actions["select_all"].trigger()
    told = []
    editor.session.selection.changed.connect(lambda: told.append(editor.session.selection.ids()))
    editor.actions["delete"].trigger()
    assert doc.node_count() == 0
    assert told == [()]


def test_scene_follows_direct_document_changes(editor):
    doc = doc_of(editor)
    s, j = doc.stages[1].id, doc.journeys[2].id
    node = doc.add_node(Touchpoint(label="Direkte", stage_id=s, journey_id=j, x=16, y=16,
                                   rating=-2))
    item = editor.scene.node_item(node.id)
    assert item is not None and item.scenePos().x() == editor.scene.grid.cell(s, j).x + 16
    assert any(x == item.scenePos().x() + item.width / 2
               for x, _r in editor.scene.emotion_curve(j).points())
    doc.update_node(node.id, label="Endret", x=40)
    assert item.node.label == "Endret" and item.scenePos().x() == editor.scene.grid.cell(s, j).x + 40
    other = next(n for n in doc.nodes() if n.id != node.id and n.is_step)
    edge = doc.connect(node.id, other.id)
    assert editor.scene.edge_item(edge.id) is not None
    doc.update_stage(doc.stages[0].id, width=doc.stages[0].width + 80)
    QApplication.processEvents()  # the whole grid follows once the change is done
    assert item.scenePos().x() == editor.scene.grid.cell(s, j).x + 40
    doc.remove_node(node.id)
    assert editor.scene.node_item(node.id) is None
    assert editor.scene.edge_item(edge.id) is None
    doc.update_stage(doc.stages[0].id, name="Nytt navn")
    assert editor.scene.stage_header(doc.stages[0].id).element.name == "Nytt navn"


def test_stage_header_rename_reorder_resize_remove(editor, qtbot, monkeypatch):
    doc = doc_of(editor)
    editing = editor.scene.editing
    stage = doc.stages[0]
    editing.rename_grid("stage", stage.id)
    assert editing.is_editing()
    qtbot.keyClicks(editor.view, "Planlegge")
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    assert doc.stage(stage.id).name == "Planlegge"
    last = editor.scene.grid.column(doc.stages[-1].id)
    editing.reorder_grid("stage", stage.id, QPointF(last.x + 10, 10))
    assert doc.stages[-1].id == stage.id
    editing.resize_grid("stage", stage.id, 43)
    assert doc.stage(stage.id).width == g.snap(stage.width + 43)
    # removing a stage that holds steps: the reason is shown, the steps can move
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    holding = len(doc.nodes_in(stage_id=stage.id))
    assert holding
    assert editing.remove_grid("stage", stage.id)
    assert "still holds" in asked[0]
    assert not doc.has_stage(stage.id)
    assert editor.scene.stage_header(stage.id) is None


def test_add_stage_and_lane_from_actions(editor, qtbot):
    doc = doc_of(editor)
    stages, lanes = len(doc.stages), len(doc.journeys)
    editor.actions["add_stage"].trigger()
    qtbot.keyClicks(editor.view, "Gjenkjøp")
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    editor.actions["add_lane"].trigger()
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    assert len(doc.stages) == stages + 1 and len(doc.journeys) == lanes + 1
    assert any(s.name == "Gjenkjøp" for s in doc.stages)
    assert len(editor.scene.node_items()) == doc.node_count()


def test_auto_layout_is_one_undo_step_without_overlaps(editor):
    doc = doc_of(editor)
    before = dumps(doc)
    # scramble a lane first
    lane = doc.journeys[1].id
    for i, node in enumerate(n for n in doc.nodes() if n.journey_id == lane):
        doc.update_node(node.id, x=8.0, y=8.0)
    scrambled = dumps(doc)
    assert scrambled != before
    count = editor.session.undo_stack.count()
    editor.actions["auto_layout"].trigger()
    assert editor.session.undo_stack.count() == count + 1
    rects = [editor.scene.node_item(n.id).scene_rect() for n in doc.nodes()
             if n.journey_id == lane]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b)
    editor.session.undo_stack.undo()
    assert dumps(doc) == scrambled


def test_zoom_fit_and_large_print(editor):
    view = editor.view
    z = view.zoom()
    editor.actions["zoom_in"].trigger()
    assert view.zoom() > z
    editor.actions["zoom_out"].trigger()
    editor.actions["zoom_out"].trigger()
    assert view.zoom() < z
    editor.actions["fit_map"].trigger()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(editor.scene.itemsBoundingRect().adjusted(10, 10, -10, -10))
    editor.actions["large_print"].trigger()
    assert editor.scene.large_print
    item = editor.scene.node_items()[0]
    assert item.style.label_font.pixelSize() == round(pal.LABEL_PT * pal.PT_TO_PX * pal.LARGE_PRINT)
    editor.actions["large_print"].trigger()
    assert not editor.scene.large_print


def test_ctrl_wheel_zooms(editor, qtbot):
    from PySide6.QtGui import QWheelEvent
    view = editor.view
    z = view.zoom()
    pos = QPointF(view.viewport().rect().center())
    event = QWheelEvent(pos, QPointF(view.viewport().mapToGlobal(pos.toPoint())), QPoint(0, 0),
                        QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QGuiApplication.sendEvent(view.viewport(), event)
    assert view.zoom() > z


def test_focus_request_centres_the_item(editor):
    node = max(doc_of(editor).nodes(), key=lambda n: editor.scene.grid.node_rect(n).x)
    editor.view.reset_zoom()
    editor.view.centerOn(0, 0)
    editor.session.selection.focus(node.id)
    visible = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
    assert visible.contains(editor.scene.node_item(node.id).scene_rect().center())


# --- the workshop keyboard flow -----------------------------------------------------------

def test_ten_step_journey_with_the_keyboard_only(empty, qtbot):
    doc = doc_of(empty)
    names = ["Ser annonse", "Søker på nett", "Leser omtaler", "Ringer butikken",
             "Bestiller", "Får bekreftelse", "Venter på levering", "Pakker ut",
             "Tar i bruk", "Anbefaler til venn"]
    qtbot.keyClick(empty.view, Qt.Key.Key_Tab)  # nothing selected: starts the journey
    for i, name in enumerate(names):
        qtbot.keyClicks(empty.view, name)
        if i < len(names) - 1:
            qtbot.keyClick(empty.view, Qt.Key.Key_Tab)
    qtbot.keyClick(empty.view, Qt.Key.Key_Return)
    assert doc.node_count() == 10 and doc.edge_count() == 9
    from journeymapper.model.flow import flow_order
    order = [doc.node(i).label for i in flow_order(doc)]
    assert order == names
    assert len({n.journey_id for n in doc.nodes()}) == 1
    # nothing overlaps, and the steps run left to right
    items = [empty.scene.node_item(i) for i in flow_order(doc)]
    for a, b in zip(items, items[1:]):
        assert not a.scene_rect().intersects(b.scene_rect())
        assert b.scene_rect().center().x() > a.scene_rect().center().x()
    # arrow keys walk back along the journey
    assert empty.session.selection.ids() == (items[-1].node_id,)
    for _ in range(3):
        qtbot.keyClick(empty.view, Qt.Key.Key_Left)
    assert empty.session.selection.ids() == (items[-4].node_id,)
    qtbot.keyClick(empty.view, Qt.Key.Key_Right)
    assert empty.session.selection.ids() == (items[-3].node_id,)


def test_shift_tab_forks_a_crossroads_then_a_bad_branch(empty, qtbot):
    doc = doc_of(empty)
    qtbot.keyClick(empty.view, Qt.Key.Key_Tab)
    qtbot.keyClicks(empty.view, "Får tilbud")
    qtbot.keyClick(empty.view, Qt.Key.Key_Backtab)  # a crossroads after it
    qtbot.keyClicks(empty.view, "Pris ok?")
    qtbot.keyClick(empty.view, Qt.Key.Key_Tab)  # the good way on
    qtbot.keyClicks(empty.view, "Kjøper")
    qtbot.keyClick(empty.view, Qt.Key.Key_Return)
    crossroads = next(n for n in doc.nodes() if n.kind == NodeKind.CROSSROADS)
    assert crossroads.label == "Pris ok?"
    empty.scene.select_ids([crossroads.id])
    qtbot.keyClick(empty.view, Qt.Key.Key_Backtab)  # the bad way, below
    qtbot.keyClicks(empty.view, "Går til konkurrent")
    qtbot.keyClick(empty.view, Qt.Key.Key_Return)
    branches = {doc.node(e.target).label: e for e in doc.out_edges(crossroads.id)}
    assert branches["Kjøper"].sentiment == Sentiment.GOOD
    assert branches["Går til konkurrent"].sentiment == Sentiment.BAD
    assert all(e.kind == EdgeKind.BRANCH for e in branches.values())
    good = empty.scene.node_item(branches["Kjøper"].target).scene_rect()
    bad = empty.scene.node_item(branches["Går til konkurrent"].target).scene_rect()
    assert bad.top() > good.bottom()
    # the down key goes from the good branch to the bad one
    empty.scene.select_ids([branches["Kjøper"].target])
    qtbot.keyClick(empty.view, Qt.Key.Key_Down)
    assert empty.session.selection.ids() == (branches["Går til konkurrent"].target,)


def test_escape_on_an_empty_new_step_takes_it_away(empty, qtbot):
    doc = doc_of(empty)
    qtbot.keyClick(empty.view, Qt.Key.Key_Tab)
    qtbot.keyClicks(empty.view, "Første")
    qtbot.keyClick(empty.view, Qt.Key.Key_Tab)
    assert doc.node_count() == 2
    qtbot.keyClick(empty.view, Qt.Key.Key_Escape)
    assert doc.node_count() == 1 and doc.edge_count() == 0
    first = next(doc.nodes())
    assert first.label == "Første"
    assert empty.session.selection.ids() == (first.id,)  # back where the facilitator was


def test_tab_at_the_end_of_the_last_column_grows_it(empty, qtbot):
    doc = doc_of(empty)
    qtbot.keyClick(empty.view, Qt.Key.Key_Tab)
    for i in range(12):
        qtbot.keyClicks(empty.view, f"steg {i}")
        qtbot.keyClick(empty.view, Qt.Key.Key_Tab)
    qtbot.keyClick(empty.view, Qt.Key.Key_Return)
    rects = [i.scene_rect() for i in empty.scene.node_items()]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not a.intersects(b)
    last = doc.stages[-1]
    for node in doc.nodes():
        stage = doc.stage(node.stage_id)
        assert node.x + g.node_size(node.kind)[0] <= stage.width
    assert doc.stage(last.id).width >= last.width


# --- undo of a long random sequence through the canvas ----------------------------------

def test_random_canvas_edits_undo_to_the_start_and_redo_to_the_end(editor, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    doc = doc_of(editor)
    editing = editor.scene.editing
    stack = editor.session.undo_stack
    rng = random.Random(7)
    start = dumps(doc)
    for step in range(120):
        ids = sorted(n.id for n in doc.nodes())
        choice = rng.randrange(10)
        if choice == 0:
            editor.actions[rng.choice(["add_touchpoint", "add_crossroads", "add_outcome",
                                       "add_note"])].trigger()
            editing.finish_inline()
        elif choice == 1 and ids:
            editor.scene.select_ids(rng.sample(ids, min(2, len(ids))))
            editor.actions["delete"].trigger()
        elif choice == 2 and ids:
            editor.scene.select_ids([rng.choice(ids)])
            editor.actions["duplicate"].trigger()
        elif choice == 3 and ids:
            steps = [i for i in ids if doc.node(i).is_step]
            if steps:
                node_id = rng.choice(steps)
                editing.add_next(node_id, edit=False)
        elif choice == 4 and ids:
            editing.edit_text(rng.choice(ids))
            editing.inline.setPlainText(f"tekst {step} æøå")
            editing.finish_inline()
        elif choice == 5 and ids:
            editor.scene.select_ids([rng.choice(ids)])
            editor.actions["auto_layout"].trigger()
        elif choice == 6:
            stage = rng.choice(doc.stages)
            editing.resize_grid("stage", stage.id, rng.choice([-40, 48, 96]))
        elif choice == 7 and ids:
            editor.scene.select_ids(rng.sample(ids, min(3, len(ids))))
            editor.actions["copy"].trigger()
            editor.actions["paste"].trigger()
        elif choice == 8:
            stage = rng.choice(doc.stages)
            editing.reorder_grid("stage", stage.id,
                                 QPointF(editor.scene.grid.column(
                                     rng.choice(doc.stages).id).x + 5, 5))
        elif choice == 9 and len(doc.stages) > 2:
            editing.remove_grid("stage", rng.choice(doc.stages).id)
        assert len(editor.scene.node_items()) == doc.node_count()
    end = dumps(doc)
    assert end != start and stack.count() > 40
    stack.setIndex(0)
    assert dumps(doc) == start
    assert len(editor.scene.node_items()) == doc.node_count()
    assert len(editor.scene.edge_items()) == doc.edge_count()
    stack.setIndex(stack.count())
    assert dumps(doc) == end
    for node in doc.nodes():
        r = editor.scene.grid.node_rect(node)
        pos = editor.scene.node_item(node.id).scenePos()
        assert (pos.x(), pos.y()) == (r.x, r.y)


def test_tooltip_tells_what_the_shape_abbreviates(editor):
    doc = doc_of(editor)
    node = next(n for n in doc.nodes() if n.kind == NodeKind.CROSSROADS)
    item = editor.scene.node_item(node.id)
    item._update_tooltip()
    tip = item.toolTip()
    assert node.label in tip and f"severity {node.severity}" in tip
    assert node.status.value in tip


def mouse_drag(qtbot, editor, button, start, end, modifier=Qt.KeyboardModifier.NoModifier):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent
    viewport = editor.view.viewport()
    qtbot.mousePress(viewport, button, modifier, start)
    for i in range(1, 5):
        p = QPoint(start.x() + (end.x() - start.x()) * i // 4,
                   start.y() + (end.y() - start.y()) * i // 4)
        QGuiApplication.sendEvent(viewport, QMouseEvent(
            QEvent.Type.MouseMove, QPointF(p), QPointF(viewport.mapToGlobal(p)),
            Qt.MouseButton.NoButton, button, modifier))
    qtbot.mouseRelease(viewport, button, modifier, end)


def test_middle_button_and_space_drag_pan(editor, qtbot):
    view = editor.view
    view.reset_zoom()
    view.centerOn(editor.scene.sceneRect().center())
    bar = view.horizontalScrollBar()
    before = bar.value()
    mouse_drag(qtbot, editor, Qt.MouseButton.MiddleButton, QPoint(600, 300), QPoint(400, 300))
    assert bar.value() == before + 200
    before_doc = dumps(doc_of(editor))
    qtbot.keyPress(view, Qt.Key.Key_Space)
    mouse_drag(qtbot, editor, Qt.MouseButton.LeftButton, QPoint(400, 300), QPoint(600, 300))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert bar.value() == before
    assert dumps(doc_of(editor)) == before_doc  # panning moved nothing on the map


def test_resize_a_column_by_dragging_its_header_edge(editor, qtbot):
    doc = doc_of(editor)
    editor.view.reset_zoom()
    stage = doc.stages[0]
    header = editor.scene.stage_header(stage.id)
    edge = QPointF(header.rect.right() - 2, header.rect.center().y())
    editor.view.centerOn(edge)
    start = view_point(editor, edge)
    mouse_drag(qtbot, editor, Qt.MouseButton.LeftButton, start, start + QPoint(80, 0))
    assert doc.stage(stage.id).width == stage.width + 80
    # dragging the middle of a header onto the last column moves the stage there
    header = editor.scene.stage_header(stage.id)
    editor.view.fit_map()
    start = view_point(editor, header.rect.center())
    last = editor.scene.grid.column(doc.stages[-1].id)
    end = view_point(editor, QPointF(last.x + last.w / 2, header.rect.center().y()))
    mouse_drag(qtbot, editor, Qt.MouseButton.LeftButton, start, end)
    assert doc.stages[-1].id == stage.id


def test_alt_arrows_move_a_step_to_the_next_stage_and_lane(editor, qtbot):
    doc = doc_of(editor)
    node = next(n for n in doc.nodes() if n.stage_id == doc.stages[0].id and n.is_step)
    editor.scene.select_ids([node.id])
    qtbot.keyClick(editor.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    moved = doc.node(node.id)
    assert moved.stage_id == doc.stages[1].id and moved.journey_id == node.journey_id
    rect = editor.scene.node_item(node.id).scene_rect()
    assert not any(i.scene_rect().intersects(rect) for i in editor.scene.node_items()
                   if i.node_id != node.id)
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    lanes = [j.id for j in doc.journeys]
    assert doc.node(node.id).journey_id == lanes[lanes.index(node.journey_id) + 1]
    editor.session.undo_stack.undo()
    editor.session.undo_stack.undo()
    assert doc.node(node.id) == node


def test_clicking_a_header_selects_the_stage(editor, qtbot, monkeypatch):
    doc = doc_of(editor)
    editor.view.fit_map()
    stage = doc.stages[1]
    header = editor.scene.stage_header(stage.id)
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view_point(editor, header.rect.center()))
    assert editor.session.selection.ids() == (stage.id,)
    # Delete on a selected header removes the stage (offering to move its steps)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(1) or QMessageBox.StandardButton.Cancel)
    editor.actions["delete"].trigger()
    assert asked and doc.has_stage(stage.id)  # it holds steps: asked, and cancelled
    node = next(doc.nodes())
    editor.scene.node_item(node.id).setSelected(True)
    assert editor.session.selection.ids() == (node.id,)


def test_a_blank_document_grows_from_the_canvas(qtbot):
    from journeymapper.model import JourneyDocument
    session = MapSession(JourneyDocument())
    editor = CanvasEditor(session)
    qtbot.addWidget(editor)
    editor.show()
    editor.view.setFocus()
    messages = []
    editor.statusMessage.connect(messages.append)
    qtbot.keyClick(editor.view, Qt.Key.Key_Tab)
    editor.actions["add_touchpoint"].trigger()
    assert session.document.node_count() == 0 and messages  # told why, nothing broke
    editor.actions["add_stage"].trigger()
    qtbot.keyClicks(editor.view, "Før")
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    editor.actions["add_lane"].trigger()
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    qtbot.keyClick(editor.view, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.view, "Første steg")
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    doc = session.document
    assert [s.name for s in doc.stages] == ["Før"] and len(doc.journeys) == 1
    assert [n.label for n in doc.nodes()] == ["Første steg"]


def test_clicking_elsewhere_keeps_what_was_typed(editor, qtbot):
    doc = doc_of(editor)
    editor.view.fit_map()
    node = next(n for n in doc.nodes() if n.kind == NodeKind.TOUCHPOINT)
    editor.scene.editing.edit_text(node.id)
    qtbot.keyClicks(editor.view, "Skrevet inn")
    corner = QPointF(editor.scene.grid.width - 5, editor.scene.grid.height - 5)
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view_point(editor, corner))
    import gc
    gc.collect()
    qtbot.wait(10)
    assert doc.node(node.id).label == "Skrevet inn"
    assert not editor.scene.editing.is_editing()


def test_standard_shortcuts_reach_the_canvas_but_not_while_typing(editor, qtbot):
    doc = doc_of(editor)
    editor.activateWindow()
    editor.view.setFocus()
    node = next(n for n in doc.nodes() if n.kind == NodeKind.TOUCHPOINT)
    editor.scene.select_ids([node.id])
    count = doc.node_count()
    qtbot.keyClick(editor.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert doc.node_count() == count + 1
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)  # the pasted copy is selected
    assert doc.node_count() == count and doc.has_node(node.id)
    editor.scene.editing.edit_text(node.id)
    qtbot.keyClicks(editor.view, "Ny")
    qtbot.keyClick(editor.view, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    assert doc.node(node.id).label == "N" and doc.node_count() == count


def test_tab_keeps_the_stage_and_alt_right_moves_on(empty, qtbot):
    doc = doc_of(empty)
    first, second = doc.stages[0].id, doc.stages[1].id
    qtbot.keyClick(empty.view, Qt.Key.Key_Tab)
    for name in ("Ser reklame", "Googler", "Leser omtaler"):
        qtbot.keyClicks(empty.view, name)
        qtbot.keyClick(empty.view, Qt.Key.Key_Tab)
    qtbot.keyClicks(empty.view, "Bestiller")
    qtbot.keyClick(empty.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(empty.view, " på nett")
    qtbot.keyClick(empty.view, Qt.Key.Key_Tab)
    qtbot.keyClicks(empty.view, "Betaler")
    qtbot.keyClick(empty.view, Qt.Key.Key_Return)
    stage_of = {n.label: n.stage_id for n in doc.nodes()}
    assert stage_of == {"Ser reklame": first, "Googler": first, "Leser omtaler": first,
                        "Bestiller på nett": second, "Betaler": second}
    assert doc.stage(first).width >= 3 * g.node_size(NodeKind.TOUCHPOINT)[0]  # it grew
    rects = [i.scene_rect() for i in empty.scene.node_items()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


def test_work_per_edit_does_not_grow_with_the_map(qtbot, monkeypatch):
    """Counted, not timed: one edit touches its own items; a grid change moves all once."""
    from benchmarks.synthetic import make_map
    from journeymapper.canvas.edge_items import ConnectionItem
    from journeymapper.canvas.scene import JourneyScene
    from journeymapper.commands import UpdateNodeCommand
    session = MapSession(make_map(1500))
    editor = CanvasEditor(session)
    qtbot.addWidget(editor)
    routes, relayouts = [], []
    original_route = ConnectionItem.route
    monkeypatch.setattr(ConnectionItem, "route",
                        lambda self, *a, **k: routes.append(1) or original_route(self, *a, **k))
    original_relayout = JourneyScene._relayout_grid
    monkeypatch.setattr(JourneyScene, "_relayout_grid",
                        lambda self: relayouts.append(1) or original_relayout(self))
    doc = session.document
    busy = max(doc.nodes(), key=lambda n: len(doc.edges_of(n.id)))
    session.undo_stack.push(UpdateNodeCommand(doc, busy.id, x=busy.x + 8))
    assert 0 < len(routes) <= len(doc.edges_of(busy.id))
    assert relayouts == []
    routes.clear()
    assert editor.scene.editing.auto_layout(None)
    assert len(relayouts) == 1  # however many columns and lanes grew
    assert len(routes) <= 2 * doc.edge_count()


def test_pinch_zooms(editor):
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
    view = editor.view
    view.reset_zoom()
    p = QPointF(100, 100)
    event = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture,
                                QPointingDevice.primaryPointingDevice(), 2, p, p, p, 0.5,
                                QPointF(0, 0), 0)
    QGuiApplication.sendEvent(view.viewport(), event)
    assert view.zoom() == pytest.approx(1.5)


def test_pasting_lines_of_text_makes_a_chain_of_steps(empty):
    doc = doc_of(empty)
    QGuiApplication.clipboard().setText("Ser annonse\n\n  Ringer   butikken \nKjøper på nett\n")
    empty.actions["paste"].trigger()
    from journeymapper.model.flow import flow_order
    assert [doc.node(i).label for i in flow_order(doc)] == [
        "Ser annonse", "Ringer butikken", "Kjøper på nett"]
    assert doc.edge_count() == 2
    assert len({n.stage_id for n in doc.nodes()}) == 1  # in the current stage, which grew
    rects = [i.scene_rect() for i in empty.scene.node_items()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    empty.session.undo_stack.undo()
    assert doc.node_count() == 0 and doc.stages[0].width == 240


def test_tab_in_the_middle_of_a_journey_inserts_a_step(empty, qtbot):
    doc = doc_of(empty)
    qtbot.keyClick(empty.view, Qt.Key.Key_Tab)
    for name in ("Ser reklame", "Leser omtaler"):
        qtbot.keyClicks(empty.view, name)
        qtbot.keyClick(empty.view, Qt.Key.Key_Tab)
    qtbot.keyClicks(empty.view, "Kjøper")
    qtbot.keyClick(empty.view, Qt.Key.Key_Return)
    first = next(n for n in doc.nodes() if n.label == "Ser reklame")
    empty.scene.select_ids([first.id])
    qtbot.keyClick(empty.view, Qt.Key.Key_Tab)
    qtbot.keyClicks(empty.view, "Googler")
    qtbot.keyClick(empty.view, Qt.Key.Key_Return)
    empty.scene.select_ids([next(n.id for n in doc.nodes() if n.label == "Leser omtaler")])
    qtbot.keyClick(empty.view, Qt.Key.Key_Backtab)
    qtbot.keyClicks(empty.view, "Tror på omtalene?")
    qtbot.keyClick(empty.view, Qt.Key.Key_Return)
    from journeymapper.model.flow import flow_order
    assert [doc.node(i).label for i in flow_order(doc)] == [
        "Ser reklame", "Googler", "Leser omtaler", "Tror på omtalene?", "Kjøper"]
    assert doc.edge_count() == 4
    fork = next(n for n in doc.nodes() if n.kind == NodeKind.CROSSROADS)
    (branch,) = doc.out_edges(fork.id)
    assert branch.kind == EdgeKind.BRANCH and doc.node(branch.target).label == "Kjøper"
    items = [empty.scene.node_item(i) for i in flow_order(doc)]
    for a, b in zip(items, items[1:]):  # room was made: left to right, no overlaps
        assert b.scene_rect().left() > a.scene_rect().right()
    for _ in range(4):
        empty.session.undo_stack.undo()
    assert [doc.node(i).label for i in flow_order(doc)] == [
        "Ser reklame", "Leser omtaler", "Kjøper"]


def test_plus_and_minus_rate_steps_and_the_curve_follows(editor, qtbot):
    doc = doc_of(editor)
    tp = next(n for n in doc.nodes() if n.kind == NodeKind.TOUCHPOINT and n.rating == 0)
    fork = next(n for n in doc.nodes() if n.kind == NodeKind.CROSSROADS and n.severity < 5)
    editor.scene.select_ids([tp.id])
    for _ in range(3):
        qtbot.keyClick(editor.view, Qt.Key.Key_Minus)
    assert doc.node(tp.id).rating == -2  # stops at the end of the scale
    curve = editor.scene.emotion_curve(tp.journey_id)
    x = editor.scene.node_item(tp.id).scene_rect().center().x()
    assert (x, -2) in curve.points()
    editor.scene.select_ids([fork.id])
    qtbot.keyClick(editor.view, Qt.Key.Key_Plus)
    assert doc.node(fork.id).severity == fork.severity + 1
    editor.session.undo_stack.undo()
    assert doc.node(fork.id).severity == fork.severity


def test_escape_during_a_drag_puts_the_step_back(editor, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent
    doc = doc_of(editor)
    editor.view.fit_map()
    node = next(n for n in doc.nodes() if n.kind == NodeKind.TOUCHPOINT)
    item = editor.scene.node_item(node.id)
    start = view_point(editor, item.scene_rect().center())
    viewport = editor.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for dx in (20, 60, 120):
        p = start + QPoint(dx, 30)
        QGuiApplication.sendEvent(viewport, QMouseEvent(
            QEvent.Type.MouseMove, QPointF(p), QPointF(viewport.mapToGlobal(p)),
            Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert item.scenePos().x() != editor.scene.grid.node_rect(node).x  # it follows the mouse
    count = editor.session.undo_stack.count()
    qtbot.keyClick(editor.view, Qt.Key.Key_Escape)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(120, 30))
    assert doc.node(node.id) == node and editor.session.undo_stack.count() == count
    r = editor.scene.grid.node_rect(node)
    assert (item.scenePos().x(), item.scenePos().y()) == (r.x, r.y)


def test_many_bad_branches_stack_below_without_overlaps(empty, qtbot):
    doc = doc_of(empty)
    qtbot.keyClick(empty.view, Qt.Key.Key_Tab)
    qtbot.keyClicks(empty.view, "Tilbud")
    qtbot.keyClick(empty.view, Qt.Key.Key_Backtab)
    qtbot.keyClicks(empty.view, "Pris ok?")
    qtbot.keyClick(empty.view, Qt.Key.Key_Return)
    fork = next(n for n in doc.nodes() if n.kind == NodeKind.CROSSROADS)
    for i in range(4):
        empty.scene.select_ids([fork.id])
        qtbot.keyClick(empty.view, Qt.Key.Key_Backtab)
        qtbot.keyClicks(empty.view, f"Grunn {i}")
        qtbot.keyClick(empty.view, Qt.Key.Key_Return)
    assert len(doc.out_edges(fork.id)) == 4
    rects = [i.scene_rect() for i in empty.scene.node_items()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    lane = doc.journeys[0]
    assert all(n.y + g.node_size(n.kind)[1] <= lane.height - g.EMOTION_BAND
               for n in doc.nodes())  # the lane grew to hold them


def test_drag_a_lane_header_to_reorder_and_its_edge_to_resize(editor, qtbot):
    doc = doc_of(editor)
    editor.view.fit_map()
    lane = doc.journeys[0]
    header = editor.scene.lane_header(lane.id)
    last = editor.scene.grid.lane(doc.journeys[-1].id)
    start = view_point(editor, QPointF(header.rect.center().x(), header.rect.top() + 20))
    end = view_point(editor, QPointF(header.rect.center().x(), last.y + last.h / 2))
    mouse_drag(qtbot, editor, Qt.MouseButton.LeftButton, start, end)
    assert doc.journeys[-1].id == lane.id
    editor.view.reset_zoom()
    header = editor.scene.lane_header(lane.id)
    edge = QPointF(header.rect.center().x(), header.rect.bottom() - 2)
    editor.view.centerOn(edge)
    start = view_point(editor, edge)
    mouse_drag(qtbot, editor, Qt.MouseButton.LeftButton, start, start + QPoint(0, 64))
    assert doc.journey(lane.id).height == g.snap(lane.height + 64)  # on the grid
