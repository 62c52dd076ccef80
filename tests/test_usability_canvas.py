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
