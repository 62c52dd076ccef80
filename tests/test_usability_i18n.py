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


def test_removing_a_stage_in_use_asks_in_bokmal(qtbot, monkeypatch, norwegian):
    """The question said "The stage ‘Vurdering’ still holds 3 steps. Move or delete them
    first, or choose another column…" (the document's English reason) above its Bokmål line."""
    from test_app_support import Prompts

    from journeymapper.model import Touchpoint

    editor = shown_editor(qtbot, "empty-three-stages")
    doc = editor.session.document
    stage, lane = doc.stages[1], doc.journeys[0]
    for label in ("Googler produktet", "Sammenligner priser"):
        doc.add_node(Touchpoint(label=label, stage_id=stage.id, journey_id=lane.id))
    prompts = Prompts(monkeypatch)
    assert editor.scene.editing.remove_grid("stage", stage.id)
    [(_kind, title, text)] = prompts.of("question")
    assert title == "Fjern fase"
    assert f"Fasen «{stage.name}» har fortsatt 2 steg." in text
    assert "Flytte stegene til" in text and "still holds" not in text
    doc.add_node(Touchpoint(label="Bestiller", stage_id=doc.stages[0].id, journey_id=lane.id))
    editor.scene.editing.add_grid("journey", lane.id, name="Levering", rename=False)
    assert editor.scene.editing.remove_grid("journey", lane.id)
    assert f"Mikroreisen «{lane.name}» har fortsatt 3 steg." in prompts.of("question")[-1][2]


def test_a_refused_arrow_is_explained_in_bokmal(qtbot, norwegian):
    """Dragging a second arrow between the same two steps said "There is already an arrow
    from ‘Ser annonse på Facebook’ to ‘Leser anmeldelser’." in a Bokmål session."""
    from journeymapper.commands import ConnectCommand
    from journeymapper.commands.base import push
    from journeymapper.io.templates import find_template
    from journeymapper.model import Note
    from journeymapper.state import MapSession

    session = MapSession(find_template("sample-plumber-no").open())
    doc, stack = session.document, session.undo_stack
    edge = next(e for e in doc.edges() if doc.node(e.source).label and doc.node(e.target).label)
    source, target = doc.node(edge.source), doc.node(edge.target)
    assert push(stack, ConnectCommand(doc, source.id, target.id)) == (
        f"Det går allerede en pil fra ‘{source.label}’ til ‘{target.label}’.")
    assert push(stack, ConnectCommand(doc, source.id, source.id)) == (
        "En pil kan ikke gå fra et steg tilbake til seg selv.")
    note = Note(label="Husk å smile", stage_id=source.stage_id, journey_id=source.journey_id)
    doc.add_node(note)
    assert push(stack, ConnectCommand(doc, source.id, note.id)) == (
        "Notater kommenterer kartet; de kan ikke kobles med piler.")
    assert stack.count() == 0  # nothing was drawn
