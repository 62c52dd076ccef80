"""Removing a stage or a lane that holds steps, as a facilitator does it from the header
menu: the steps land inside the neighbour, beside its own steps, never over another stage."""

from __future__ import annotations

from canvas_support import shown_editor
from test_app_support import Prompts

from journeymapper.io import dumps
from journeymapper.model import Touchpoint
from journeymapper.model import geometry as g


def _overlapping(a, b) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def _assert_inside_and_apart(doc) -> None:
    grid = g.GridLayout.of(doc)
    rects = {}
    for node in doc.nodes():
        rect, column = grid.node_rect(node), grid.column(node.stage_id)
        lane = grid.lane(node.journey_id)
        assert column.x <= rect.x and rect.right <= column.right, node.label
        assert lane.y <= rect.y and rect.bottom <= lane.bottom - g.EMOTION_BAND, node.label
        rects[node.label] = rect
    labels = sorted(rects)
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert not _overlapping(rects[a], rects[b]), (a, b)


def _fill(doc) -> None:
    """Two steps in every cell, one near its far corner."""
    w, h = g.node_size(Touchpoint(stage_id="s", journey_id="j").kind)
    for stage in doc.stages:
        for lane in doc.journeys:
            doc.add_node(Touchpoint(label=f"{stage.name} near · {lane.name}", stage_id=stage.id,
                                    journey_id=lane.id, x=16, y=16))
            doc.add_node(Touchpoint(label=f"{stage.name} far · {lane.name}", stage_id=stage.id,
                                    journey_id=lane.id, x=stage.width - w - 16,
                                    y=lane.height - g.EMOTION_BAND - h - 8))


def _map_with_two_lanes(qtbot):
    editor = shown_editor(qtbot, "empty-three-stages")
    doc = editor.session.document
    editor.scene.editing.add_grid("journey", doc.journeys[0].id, name="Levering på døra")
    for stage in doc.stages:
        doc.update_stage(stage.id, width=420)
    for lane in doc.journeys:
        doc.update_journey(lane.id, height=300)
    _fill(doc)
    editor.session.undo_stack.clear()
    return editor, doc


def _remove_and_check(qtbot, monkeypatch, kind: str, index: int) -> None:
    editor, doc = _map_with_two_lanes(qtbot)
    prompts = Prompts(monkeypatch)  # "Move its steps to … and remove it?" → Yes
    before = dumps(doc)
    items = doc.stages if kind == "stage" else doc.journeys
    count = doc.node_count()
    assert editor.scene.editing.remove_grid(kind, items[index].id)
    assert prompts.of("question")
    assert doc.node_count() == count
    _assert_inside_and_apart(doc)
    after = dumps(doc)
    stack = editor.session.undo_stack
    stack.undo()
    assert dumps(doc) == before
    stack.redo()
    assert dumps(doc) == after


def test_removing_a_middle_stage_puts_its_steps_after_the_previous_stages(qtbot, monkeypatch):
    _remove_and_check(qtbot, monkeypatch, "stage", 1)


def test_removing_the_first_stage_puts_its_steps_before_the_next_stages(qtbot, monkeypatch):
    _remove_and_check(qtbot, monkeypatch, "stage", 0)


def test_removing_a_lane_puts_its_steps_below_the_lane_above(qtbot, monkeypatch):
    _remove_and_check(qtbot, monkeypatch, "journey", 1)


def test_removing_the_first_lane_puts_its_steps_above_the_next_lane(qtbot, monkeypatch):
    _remove_and_check(qtbot, monkeypatch, "journey", 0)
