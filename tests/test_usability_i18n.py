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

