"""A Norwegian facilitator's session: the canvas's menus and messages and the undo texts
speak Bokmål with the shipped translations (found using the program in a Bokmål desktop)."""

from __future__ import annotations

from canvas_support import shown_editor


def test_stage_header_menu_speaks_bokmal(qtbot, norwegian):
    editor = shown_editor(qtbot, "empty-three-stages")
    stage = editor.session.document.stages[0]
    menu = editor.scene.editing.build_grid_menu("stage", stage.id)
    texts = [action.text() for action in menu.actions() if action.text()]
    assert "Gi nytt navn til fase" in texts
    assert "Flytt tidligere" in texts
    assert "Fjern fase…" in texts
    assert not any("stage" in text for text in texts), texts


def test_undo_texts_speak_bokmal(qtbot, norwegian):
    editor = shown_editor(qtbot, "empty-three-stages")
    stack = editor.session.undo_stack
    editor.scene.editing.add_grid("stage", editor.session.document.stages[0].id)
    assert stack.undoText() == "Legg til fase"
    editor.scene.editing.add_grid("journey", editor.session.document.journeys[0].id)
    assert stack.undoText() == "Legg til mikroreise"
