"""The kinds of step come from one table (journeymapper/look/kinds.py).

Every kind has a complete entry both drawings know, and the palette, the menus, the
words, the PDF and ``jmap check`` list the kinds by walking that table: a kind that
reuses a shape needs no other change to be drawn on screen and on paper.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas as rl_canvas

from journeymapper.canvas import CanvasEditor
from journeymapper.canvas.node_items import ITEM_TYPES, TouchpointItem, make_node_item
from journeymapper.cli import _summary
from journeymapper.export.fonts import register_fonts
from journeymapper.export.painter import Painter
from journeymapper.export.shapes import DRAWINGS, draw_node, fit_node_texts
from journeymapper.io.templates import find_template
from journeymapper.look import kinds, step_look
from journeymapper.look.kinds import KINDS, SHAPES, kind_spec
from journeymapper.look.steps import SHAPE_LOOKS
from journeymapper.model import Note, NodeKind
from journeymapper.model.elements import NODE_TYPES
from journeymapper.model.geometry import Rect, node_size
from journeymapper.state import MapSession

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "journeymapper_nb.ts"


def a_node(kind):
    return NODE_TYPES[kind](stage_id="s", journey_id="j")


def test_every_kind_has_a_complete_entry_both_drawings_know(qtbot):
    assert [spec.kind for spec in KINDS] == list(NodeKind)
    for spec in KINDS:
        assert spec.shape in SHAPES
        assert spec.shape in ITEM_TYPES and spec.shape in DRAWINGS and spec.shape in SHAPE_LOOKS
        assert spec.mark and spec.name and spec.word and spec.untitled and spec.plural
        assert "&" in spec.add_text and spec.shortcut
        assert set(kinds.editable_fields(spec.kind)) <= set(NODE_TYPES[spec.kind].model_fields)
        node = a_node(spec.kind)
        assert step_look(node).shape == spec.shape
        assert isinstance(make_node_item(node), ITEM_TYPES[spec.shape])
    assert len({spec.mark for spec in KINDS}) == len(KINDS)
    assert len({spec.shortcut for spec in KINDS}) == len(KINDS)
    # owners and ratings are the model's: only touchpoints and crossroads are owned
    assert [s.kind for s in KINDS if s.has_owner] == [NodeKind.TOUCHPOINT, NodeKind.CROSSROADS]


def test_every_kind_word_is_in_bokmal():
    text = TS.read_text(encoding="utf-8")
    block = re.search(r"<name>kinds</name>(.*?)</context>", text, re.S).group(1)
    found = dict(re.findall(r"<source>([^<]*)</source>\s*<translation>([^<]+)</translation>",
                            block))
    for spec in KINDS:
        for word in (spec.name, spec.word, spec.add_text, spec.untitled, spec.untitled_label):
            assert word.replace("&", "&amp;") in found, word
    assert found["an untitled crossroads"] == "et veiskille uten navn"


def test_the_palette_and_the_add_here_menu_follow_the_table(qtbot):
    editor = CanvasEditor(MapSession(find_template("empty-three-stages").open()))
    qtbot.addWidget(editor)
    steps = [a for a in editor.palette.actions() if a.objectName() or a.text()][:len(KINDS)]
    assert [a.text() for a in steps] == [spec.add_text for spec in KINDS]
    assert [editor.actions[s.action_key].shortcut().toString() for s in KINDS] == \
        [s.shortcut for s in KINDS]
    menu = editor.scene.editing.build_context_menu(editor.scene.sceneRect().center())
    adds = [a.text() for a in menu.actions() if a.text().endswith(" here")][:len(KINDS)]
    assert adds == [f"Add {spec.word} here" for spec in KINDS]
    editor.actions[KINDS[2].action_key].trigger()  # adds an outcome, as the table says
    assert [n.kind for n in editor.session.document.nodes()] == [NodeKind.OUTCOME]


def test_the_check_summary_counts_every_kind():
    document = find_template("sample-airline").open()
    lines = _summary("flyreise.jmap", document).splitlines()
    for kind in NodeKind:
        count = sum(1 for n in document.nodes() if n.kind == kind)
        assert f"  {kind_spec(kind).plural + ':':<17}{count}" in lines
    assert lines[3] == f"  touchpoints:     {sum(1 for _ in document.nodes(NodeKind.TOUCHPOINT))}"


def _page(tmp_path):
    register_fonts()
    canv = rl_canvas.Canvas(str(tmp_path / "k.pdf"))
    return Painter(canv, 1.0, 0.0, 800.0, 1, None)


def test_a_kind_drawn_in_another_shape_is_drawn_so_on_screen_and_paper(qtbot, monkeypatch,
                                                                     tmp_path):
    note = Note(stage_id="s", journey_id="j", label="Kø ved skranken")
    spec = kind_spec(NodeKind.NOTE)
    monkeypatch.setitem(kinds._BY_KIND, NodeKind.NOTE, dataclasses.replace(spec, shape="card"))
    assert isinstance(make_node_item(note), TouchpointItem)
    assert step_look(note).shape == "card" and step_look(note).owner_marker.colour is None
    rect = Rect(0, 0, *node_size(NodeKind.NOTE))
    draw_node(_page(tmp_path), note, rect, fit_node_texts(note, rect), None, dt.date.today())


def test_a_shape_the_pdf_cannot_draw_is_an_error_not_a_sticky_note(monkeypatch, tmp_path):
    note = Note(stage_id="s", journey_id="j", label="x")
    rect = Rect(0, 0, *node_size(NodeKind.NOTE))
    fitted = fit_node_texts(note, rect)
    spec = kind_spec(NodeKind.NOTE)
    monkeypatch.setitem(kinds._BY_KIND, NodeKind.NOTE, dataclasses.replace(spec, shape="hexagon"))
    with pytest.raises(ValueError, match="hexagon"):
        draw_node(_page(tmp_path), note, rect, fitted, None, dt.date.today())
