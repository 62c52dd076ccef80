"""Keyboard gaps a facilitator met: stray Tabs, renaming headers with F2 or Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from canvas_support import shown_editor


def test_escape_right_after_tab_leaves_no_card_and_no_undo_step(qtbot):
    editor = shown_editor(qtbot, "sample-airline")
    doc, stack = editor.session.document, editor.session.undo_stack
    start = next(n for n in doc.nodes() if n.is_step)
    editor.scene.select_ids([start.id])
    nodes, steps = doc.node_count(), stack.count()
    qtbot.keyClick(editor.view, Qt.Key.Key_Tab)
    assert doc.node_count() == nodes + 1
    qtbot.keyClick(editor.view, Qt.Key.Key_Escape)
    assert doc.node_count() == nodes
    assert stack.count() == steps and not stack.canRedo()  # no ghost for Redo to bring back
    assert editor.session.selection.ids() == (start.id,)


def test_five_quick_tabs_then_escape_leave_no_empty_card(qtbot):
    editor = shown_editor(qtbot, "sample-airline")
    doc, stack = editor.session.document, editor.session.undo_stack
    start = next(n for n in doc.nodes() if n.is_step)
    editor.scene.select_ids([start.id])
    nodes, edges, steps = doc.node_count(), doc.edge_count(), stack.count()
    for _ in range(5):
        qtbot.keyClick(editor.view, Qt.Key.Key_Tab)
        assert doc.node_count() == nodes + 1  # one empty step at a time, never a pile
    qtbot.keyClick(editor.view, Qt.Key.Key_Escape)
    assert (doc.node_count(), doc.edge_count(), stack.count()) == (nodes, edges, steps)
    assert not any(n.is_step and not n.label for n in doc.nodes())
    assert not stack.canRedo()


def test_a_named_step_stays_and_an_empty_one_after_it_goes(qtbot):
    editor = shown_editor(qtbot, "empty-three-stages")
    doc, stack = editor.session.document, editor.session.undo_stack
    qtbot.keyClick(editor.view, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.view, "Får tilbud æøå")
    qtbot.keyClick(editor.view, Qt.Key.Key_Tab)
    qtbot.keyClick(editor.view, Qt.Key.Key_Tab)
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)  # closes the editor on an empty step
    assert [n.label for n in doc.nodes()] == ["Får tilbud æøå"]
    assert doc.edge_count() == 0
    assert stack.count() == 2  # the step and its text; the stray Tabs left nothing
    assert not stack.canRedo()


def test_alt_right_still_moves_the_new_empty_step_on(qtbot):
    editor = shown_editor(qtbot, "empty-three-stages")
    doc = editor.session.document
    qtbot.keyClick(editor.view, Qt.Key.Key_Tab)
    qtbot.keyClick(editor.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert doc.node_count() == 1
    qtbot.keyClicks(editor.view, "Neste")
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    (node,) = doc.nodes()
    assert node.label == "Neste" and node.stage_id == doc.stages[1].id


def test_f2_and_enter_rename_a_selected_stage_or_lane_header(qtbot):
    editor = shown_editor(qtbot, "sample-airline")
    doc = editor.session.document
    for key, kind, element in ((Qt.Key.Key_F2, "stage", doc.stages[1]),
                               (Qt.Key.Key_Return, "journey", doc.journeys[0])):
        editor.scene.select_header(element.id)
        editor.view.setFocus()
        qtbot.keyClick(editor.view, key)
        assert editor.scene.editing.is_editing(), f"{key} did not open the {kind} name"
        qtbot.keyClicks(editor.view, f"Nytt navn på {kind} å")
        qtbot.keyClick(editor.view, Qt.Key.Key_Return)
        renamed = doc.stage(element.id) if kind == "stage" else doc.journey(element.id)
        assert renamed.name == f"Nytt navn på {kind} å"
