"""The canvas as a facilitator meets it in front of a room (found in the real window)."""

from __future__ import annotations

from canvas_support import shown_editor

from journeymapper.model import geometry as g


def test_the_first_touchpoint_of_an_empty_map_starts_in_the_first_stage(qtbot):
    """On a fresh five-stage map the toolbar's Touchpoint put the first step in
    "Evaluation", the column that happened to be mid-view, while Tab starts in the first."""
    editor = shown_editor(qtbot, "empty-five-stages", size=(900, 600))
    doc = editor.session.document
    grid = g.GridLayout.of(doc)
    middle = grid.cell(doc.stages[2].id, doc.journeys[0].id)
    editor.view.centerOn(*middle.centre)
    editor.actions["add_touchpoint"].trigger()
    [node] = list(doc.nodes())
    assert (node.stage_id, node.journey_id) == (doc.stages[0].id, doc.journeys[0].id)
    # with steps on the map, a new one still goes where the view is
    editor.scene.editing.finish_inline()
    editor.scene.clearSelection()
    editor.view.centerOn(*middle.centre)
    editor.actions["add_touchpoint"].trigger()
    newest = [n for n in doc.nodes() if n.id != node.id]
    assert [n.stage_id for n in newest] == [doc.stages[2].id]


def test_a_new_step_is_not_put_on_an_arrow(qtbot):
    """Insert › Outcome put the new outcome on the good branch between a crossroads and the
    next step: it looked like a step in the flow, with the arrow running through it."""
    from PySide6.QtCore import QRectF

    from journeymapper.model import Crossroads, NodeKind, Touchpoint

    editor = shown_editor(qtbot, "empty-three-stages")
    doc = editor.session.document
    stage, lane = doc.stages[0], doc.journeys[0]
    doc.update_stage(stage.id, width=720)
    fork = Crossroads(label="Er frakten gratis?", stage_id=stage.id, journey_id=lane.id,
                      x=16, y=16)
    buy = Touchpoint(label="Fullfører kjøpet", stage_id=stage.id, journey_id=lane.id,
                     x=544, y=16)
    doc.add_node(fork)
    doc.add_node(buy)
    doc.connect(fork.id, buy.id)
    editor.scene.select_ids([fork.id])
    new_id = editor.scene.editing.add_node(NodeKind.OUTCOME, edit=False)
    rect = editor.scene.node_item(new_id).scene_rect()
    assert doc.node(new_id).stage_id == stage.id
    for arrow in editor.scene.edge_items():
        outline = arrow.mapToScene(arrow.shape())
        assert not outline.intersects(QRectF(rect)), "the new step sits on an arrow"


def _in_sight(editor, owner_id, every: bool = False) -> bool:
    view = editor.view
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    test = visible.contains if every else visible.intersects
    found = [test(item.sceneBoundingRect()) for item in editor.scene.node_items()
             if getattr(item.node, "owner_id", None) == owner_id]
    return all(found) if every else any(found)


def test_showing_only_an_owners_items_brings_them_all_into_sight(qtbot):
    """Ownership › Show only › Baggage services dimmed everything in sight: all their
    items are in "After arrival", off to the right, and the map did not move there.
    Now the map fits to the owner's items (issue 17): all of them, not one."""
    editor = shown_editor(qtbot, "sample-airline", size=(900, 600))
    doc = editor.session.document
    owners = {o.name: o.id for o in doc.owners}
    editor.view.set_zoom(1.0)
    for bar in (editor.view.horizontalScrollBar(), editor.view.verticalScrollBar()):
        bar.setValue(bar.minimum())  # the map's top-left: stage and lane names
    assert _in_sight(editor, owners["Digital channels"])
    assert not _in_sight(editor, owners["Baggage services"])
    editor.session.view_options.set_focus_owner(owners["Digital channels"])
    assert _in_sight(editor, owners["Digital channels"], every=True)
    editor.session.view_options.set_focus_owner(owners["Baggage services"])
    assert _in_sight(editor, owners["Baggage services"], every=True)
    assert 0.4 <= editor.view.zoom() <= 1.0  # fitted, but never blown up past 100 %
    # all of an owner's items already in sight: choosing them moves nothing
    editor.session.view_options.set_focus_owner(None)
    bars = (editor.view.horizontalScrollBar().value(), editor.view.verticalScrollBar().value())
    zoom = editor.view.zoom()
    editor.session.view_options.set_focus_owner(owners["Baggage services"])
    assert (editor.view.horizontalScrollBar().value(),
            editor.view.verticalScrollBar().value()) == bars and editor.view.zoom() == zoom
