"""Steps, notes and arrows are grouped by lane and cell; a paint skips the cells it does
not show. That must never hide anything: whatever a step or arrow draws stays inside the
rect its cell's layer gives Qt, through every kind of edit, and is painted where it is.
"""

import random
import uuid

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QMessageBox

from journeymapper.canvas import layers
from journeymapper.canvas.layers import CellLayerItem, LaneLayerItem
from journeymapper.canvas.scene import JourneyScene
from journeymapper.commands import MoveNodesCommand, push
from journeymapper.model import Touchpoint

from canvas_support import shown_editor


def _editor(qtbot, template="sample-airline"):
    return shown_editor(qtbot, template)


def _holds_all(layer: CellLayerItem) -> bool:
    """Does the layer's rect hold everything its items draw? (The promise made to Qt.)"""
    rect = layer.rect()
    return all(rect.contains(child.mapRectToParent(child.boundingRect())
                             .united(child.mapRectToParent(child.childrenBoundingRect())))
               for child in layer.childItems())


def _broken_promises(scene: JourneyScene) -> list[str]:
    """Items drawing outside their cell layer's rect, or parented by the wrong cell."""
    wrong = []
    for (stage_id, lane_id, _z), layer in scene._layers.items():
        lane = layer.parentItem()
        assert isinstance(lane, LaneLayerItem)
        if not _holds_all(layer):
            wrong.append(f"layer {stage_id}/{lane_id} does not hold its items")
        # a lane's layer holds its cells' layers too (Qt skips a lane outside a paint)
        if not lane.rect().contains(layer.mapRectToParent(layer.rect())):
            wrong.append(f"lane {lane_id} does not hold the layer of {stage_id}")
        # each sits where its cell is drawn
        cell = scene.grid.cell(stage_id, lane_id)
        if (layer.scenePos().x(), layer.scenePos().y()) != (cell.x, cell.y):
            wrong.append(f"layer {stage_id}/{lane_id} is not at its cell")
    for item in scene.node_items():
        layer = item.parentItem()
        node = item.node
        z = layers.STEPS if node.is_step else layers.NOTES
        if scene._layers.get((node.stage_id, node.journey_id, z)) is not layer:
            wrong.append(f"{node.label!r} is not in its cell's layer")
    for arrow in scene.edge_items():
        if not isinstance(arrow.parentItem(), CellLayerItem):
            wrong.append(f"arrow {arrow.item_id} has no cell layer")
    return wrong


def _render(scene: JourneyScene, area: QRectF) -> QImage:
    image = QImage(int(area.width()), int(area.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    return image


def test_cell_layers_hold_everything_through_random_edits(qtbot, monkeypatch):
    # the steps added get ids from a seeded generator: the edits below pick steps by
    # sorted id, so random ids made a different run each time (one in seven failed on a
    # lane's rect 1e-13 short of a cell's, found by seeding the ids; this seed found it,
    # and 60 seeds pass now)
    id_source = random.Random(7)
    monkeypatch.setattr(uuid, "uuid4",
                        lambda: uuid.UUID(int=id_source.getrandbits(128), version=4))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    editor = _editor(qtbot)
    scene, doc = editor.scene, editor.session.document
    editing, stack = scene.editing, editor.session.undo_stack
    editor.session.view_options.set_colour_by_owner(True)  # halos drawn around the steps
    assert _broken_promises(scene) == []
    rng = random.Random(11)
    removed = 0
    for step in range(120):
        ids = sorted(n.id for n in doc.nodes())
        choice = rng.randrange(12)
        if choice == 0:
            editor.actions["add_touchpoint"].trigger()
            editing.finish_inline()
        elif choice == 1 and ids:  # a long label makes a card wider and taller: its
            # neighbours, its column and its lane move (and the columns and lanes after)
            editing.edit_text(rng.choice(ids))
            editing.inline.setPlainText(" ".join(["lang tekst med æ ø å"] * rng.randint(1, 6)))
            editing.finish_inline()
        elif choice == 2 and ids:  # a live drag far away, then the drop
            item = scene.node_item(rng.choice(ids))
            scene.select_ids([item.node_id])
            scene.begin_drag()
            item.setPos(item.pos() + QPointF(rng.choice([-600, 420, 900]), rng.choice([-300, 260])))
            scene.steps_dragged()
            assert _broken_promises(scene) == [], f"step {step}: while dragging"
            scene.end_drag()
        elif choice == 3:
            editor.actions["large_print"].trigger()
            editor.session.view_options.set_colour_by_owner(rng.random() < 0.7)
        elif choice == 4:
            stage = rng.choice(doc.stages)
            editing.resize_grid("stage", stage.id, rng.choice([-40, 48, 160]))
        elif choice == 5 and ids:
            scene.select_ids([rng.choice(ids)])
            editor.actions["auto_layout"].trigger()
        elif choice == 6 and ids:
            stage = rng.choice(doc.stages)
            editing.reorder_grid("stage", stage.id, QPointF(
                scene.grid.column(rng.choice(doc.stages).id).x + 5, 5))
        elif choice == 7 and stack.canUndo():
            stack.undo()
        elif choice == 8 and stack.canRedo():
            stack.redo()
        elif choice == 9:
            editor.actions[rng.choice(["add_stage", "add_lane"])].trigger()
            editing.finish_inline()
        elif choice == 10 and len(doc.stages) > 2:  # its steps go to a neighbour (asked)
            removed += editing.remove_grid("stage", rng.choice(doc.stages).id)
        elif choice == 11 and len(doc.journeys) > 1:
            removed += editing.remove_grid("journey", rng.choice(doc.journeys).id)
        scene.flush()
        assert _broken_promises(scene) == [], f"step {step}, choice {choice}"
    assert removed >= 2  # stages and lanes with steps in them went, their steps moved


def test_a_step_beyond_the_edge_of_its_cell_is_painted_there(qtbot):
    editor = _editor(qtbot, "empty-three-stages")
    scene, doc = editor.scene, editor.session.document
    stage, lane = doc.stages[0], doc.journeys[0]
    cell = scene.grid.cell(stage.id, lane.id)
    node = Touchpoint(label="Utenfor kanten – Ærø", stage_id=stage.id, journey_id=lane.id,
                      x=cell.w + 60.0, y=20.0)  # well into the next stage's column
    doc.add_node(node)
    scene.flush()
    item = scene.node_item(node.id)
    beyond = item.scene_rect()
    assert beyond.left() > cell.x + cell.w  # all of it outside its own cell
    with_step = _render(scene, beyond)
    # the lookups Qt uses for clicks find it there too
    assert item in scene.items(beyond.center())
    doc.remove_node(node.id)
    scene.flush()
    assert with_step != _render(scene, beyond)


def test_a_dragged_step_is_painted_on_the_way_and_above_the_cards_it_passes(qtbot):
    editor = _editor(qtbot)
    scene, doc = editor.scene, editor.session.document
    node = next(n for n in doc.nodes() if n.is_step and n.journey_id == doc.journeys[0].id)
    item = scene.node_item(node.id)
    # a card in the last lane and stage, far from the dragged one's cell
    under = next(n for n in doc.nodes() if n.is_step and n.journey_id == doc.journeys[-1].id
                 and n.stage_id == doc.stages[-1].id)
    target = scene.node_item(under.id).scene_rect()
    scene.select_ids([node.id])
    scene.begin_drag()
    item.setPos(item.parentItem().mapFromScene(target.topLeft()))  # (a drag moves it so)
    scene.steps_dragged()
    area = item.scene_rect()
    during = _render(scene, area)
    item.setOpacity(0.0)  # the same moment without the dragged step: the card below shows
    assert during != _render(scene, area)
    item.setOpacity(1.0)
    scene.end_drag()
    assert doc.node(node.id).stage_id == doc.stages[-1].id
    # once dropped, the stacking is the map's again: no layer stays raised
    assert all(layer.zValue() in (layers.NOTES, layers.ARROWS, layers.STEPS)
               for layer in list(scene._layers.values()) + list(scene._lane_layers.values()))


def test_moving_a_step_back_and_forth_keeps_its_arrows_with_it(qtbot):
    editor = _editor(qtbot)
    scene, doc, stack = editor.scene, editor.session.document, editor.session.undo_stack
    node = next(n for n in doc.nodes() if n.is_step and doc.out_edges(n.id))
    place = (node.stage_id, node.journey_id, node.x, node.y)
    other = next(s.id for s in doc.stages if s.id != node.stage_id)
    push(stack, MoveNodesCommand(doc, {node.id: (place, (other, node.journey_id, 8.0, 8.0))}))
    scene.flush()
    arrows = [scene.edge_item(e.id) for e in doc.out_edges(node.id)]
    layer = scene._layers[(other, node.journey_id, layers.ARROWS)]
    assert arrows and all(a.parentItem() is layer for a in arrows)
    assert _broken_promises(scene) == []
    stack.undo()
    scene.flush()
    layer = scene._layers[(node.stage_id, node.journey_id, layers.ARROWS)]
    assert all(a.parentItem() is layer for a in arrows)
    assert _broken_promises(scene) == []


def test_a_step_in_large_print_has_large_print_bounds_whatever_came_first(qtbot):
    """Steps of one kind share their bounds per print size; switching back and forth
    (new styles each time) never hands a step the other size's bounds."""
    editor = _editor(qtbot)
    scene = editor.scene
    normal = {i.node_id: i.boundingRect() for i in scene.node_items()}
    for _ in range(3):
        editor.actions["large_print"].trigger()
        large = {i.node_id: i.boundingRect() for i in scene.node_items()}
        assert all(large[k].width() > normal[k].width() for k in normal)
        editor.actions["large_print"].trigger()
        assert {i.node_id: i.boundingRect() for i in scene.node_items()} == normal
        for item in scene.node_items():  # what each computes on its own
            assert item.boundingRect() == item.compute_bounds()
