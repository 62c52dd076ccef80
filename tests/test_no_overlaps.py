"""Nothing an arrow draws hides anything else, on screen and on paper, and no step
covers another or has its label cut.

A facilitator shows the map to a room and hands out the PDF: a branch label lying on
another label, a card or an arrowhead cannot be read, and an arrow running through a
card looks as if it entered it. Counted over every template and a generated 200-step
map, at 100 % and in large print (the paper has one size), the overlapping pairs are
zero. Steps grow to show their whole label (look/sizing) and move their neighbours
aside: no step lies on another, and no template's label ends in "…" anywhere.
"""

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPainterPathStroker, QPolygonF

from journeymapper.canvas.scene import JourneyScene
from journeymapper.export.fonts import register_fonts
from journeymapper.export.map_pages import MapScene
from journeymapper.export.pdf import _packed_scenes, _sheet_and_plan
from journeymapper.io.templates import find_template, list_templates
from journeymapper.state import MapSession

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.synthetic import make_map  # noqa: E402

TODAY = dt.date(2026, 11, 27)
SHRINK = 1.5  # an arrow grazing a step's border is not through it


def _map(name):
    return make_map(200, seed=7) if name == "synthetic-200" else find_template(name).open()


def _qrect(r) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def _stroke(path: QPainterPath) -> QPainterPath:
    """The line as drawn (a bare path would count the area its chord closes)."""
    stroker = QPainterPathStroker()
    stroker.setWidth(1.0)
    return stroker.createStroke(path)


def _overlaps(nodes: dict, arrows: list) -> list[str]:
    """Every overlapping pair: ``nodes`` id -> QRectF; ``arrows`` (name, source id,
    target id, path, head polygon, label QRectF or None)."""
    found = []
    steps = list(nodes.items())
    for i, (name, rect) in enumerate(steps):  # a grown step moves its neighbours aside
        found += [f"step {name} on step {other}" for other, them in steps[i + 1:]
                  if rect.intersects(them)]
    labels = [(name, label) for name, _s, _t, _p, _h, label in arrows if label is not None]
    heads = []
    for name, _s, _t, _p, head, _l in arrows:
        shape = QPainterPath()
        shape.addPolygon(head)
        shape.closeSubpath()
        heads.append((name, shape))
    for name, label in labels:
        found += [f"label {name} on step {node}" for node, rect in nodes.items()
                  if rect.intersects(label)]
        found += [f"label {name} on the head of {other}" for other, head in heads
                  if head.intersects(label.adjusted(0.5, 0.5, -0.5, -0.5))]
    for i, (name, label) in enumerate(labels):
        found += [f"label {name} on label {other}" for other, rect in labels[i + 1:]
                  if rect.intersects(label)]
    for name, source, target, path, _h, _l in arrows:
        line = _stroke(path)
        box = line.boundingRect()
        found += [f"arrow {name} through step {node}" for node, rect in nodes.items()
                  if node not in (source, target) and rect.intersects(box)
                  and line.intersects(rect.adjusted(SHRINK, SHRINK, -SHRINK, -SHRINK))]
    return found


def screen_overlaps(document, large_print: bool) -> list[str]:
    session = MapSession(document)
    scene = JourneyScene(session)
    try:
        if large_print:
            scene.set_large_print(True)
        nodes = {item.item_id: item.scene_rect() for item in scene.node_items()}
        arrows = []
        for item in sorted(scene.edge_items(), key=lambda i: i.order):
            label = item.label_rect()
            arrows.append((item.text() or item.item_id, item.edge.source, item.edge.target,
                           item.path(), item.head(), None if label.isNull() else label))
        return _overlaps(nodes, arrows)
    finally:
        scene.close()
        session.close()


def paper_overlaps(document, paper: str) -> list[str]:
    """Per printed part: its steps, the arrows it shows and the labels it prints, in the
    layout the export prints (the room's arrangement, or a packed one when that takes
    fewer pages)."""
    register_fonts()
    scene = MapScene.of(document, TODAY)
    _sheet, _size, _frame, plan, scene = _sheet_and_plan(document, scene, paper, None,
                                                         _packed_scenes(document, TODAY))
    found = []
    for tile in plan.tiles:
        visible, shown = scene.on_tile(plan, tile)
        part = scene.for_tile(plan, tile)  # the layout of its band of stages
        # what the part prints: the steps in its window (a stage cut between two bands
        # brings the steps of the other band along, outside the window, not printed)
        window = QRectF(tile.x0, tile.y0, tile.x1 - tile.x0, tile.y1 - tile.y0)
        nodes = {n.id: _qrect(part.rects[n.id]) for n in visible
                 if _qrect(part.rects[n.id]).intersects(window)}
        places = {arrow.edge_id: place.rect for arrow, place in scene.labels_on(plan, tile)}
        arrows = []
        for arrow in shown:
            edge = document.edge(arrow.edge_id)
            path = QPainterPath(QPointF(*arrow.points[0]))
            for c1, c2, end in arrow.segments():
                path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
            h = arrow.head
            head = QPolygonF([QPointF(h[0], h[1]), QPointF(h[2], h[3]), QPointF(h[4], h[5])])
            label = places.get(arrow.edge_id)
            arrows.append((" ".join(arrow.label.lines) if arrow.label else arrow.edge_id,
                           edge.source, edge.target, path, head,
                           None if label is None else QRectF(*label)))
        found += [f"part {tile.index}: {each}" for each in _overlaps(nodes, arrows)]
    return found


TEMPLATES = tuple(t.name for t in list_templates())


@pytest.mark.parametrize("large_print", [False, True], ids=["100%", "large-print"])
@pytest.mark.parametrize("name", TEMPLATES)
def test_nothing_an_arrow_draws_overlaps_on_screen(qapp, name, large_print):
    assert screen_overlaps(_map(name), large_print) == []


@pytest.mark.parametrize("paper", ["A4", "A3"])
@pytest.mark.parametrize("name", TEMPLATES)
def test_nothing_an_arrow_draws_overlaps_on_paper(name, paper):
    assert paper_overlaps(_map(name), paper) == []


def _labels_only(found: list[str]) -> list[str]:
    return [each for each in found if " through step " not in each]


def screen_cut_labels(document, large_print: bool) -> list[str]:
    """Every step on screen whose label or foot line ends in "…", or whose lines are
    wider on screen (Qt's measure) than the room the look gave them."""
    from PySide6.QtGui import QFontMetricsF

    session = MapSession(document)
    scene = JourneyScene(session)
    try:
        if large_print:
            scene.set_large_print(True)
        found = []
        st = scene.style
        for item in scene.node_items():
            content, name = item.content, item.node.label or item.node.id
            if content.cut or content.broken:
                found.append(f"{name!r} cut: {[r.text for r in content.label]}")
            if content.foot_cut:
                found.append(f"{name!r}: its foot line is cut ({content.foot.text!r})")
            font = st.label_font if content.label_px == st.label_font.pixelSize() \
                else st.small_font
            assert font.pixelSize() == content.label_px
            fm = QFontMetricsF(font)
            found += [f"{name!r}: {r.text!r} wider than its line"
                      for r in content.label if fm.horizontalAdvance(r.text) > r.w + 0.01]
        return found
    finally:
        scene.close()
        session.close()


def paper_cut_labels(document) -> list[str]:
    """Every printed step whose label the PDF ends in "…"."""
    register_fonts()
    scene = MapScene.of(document, TODAY)
    return [f"{node.label!r} cut on paper: {scene.fitted[node.id].lines}"
            for node in document.nodes() if scene.fitted[node.id].truncated]


@pytest.mark.parametrize("large_print", [False, True], ids=["100%", "large-print"])
@pytest.mark.parametrize("name", TEMPLATES)
def test_no_label_is_cut_on_screen(qapp, name, large_print):
    assert screen_cut_labels(_map(name), large_print) == []


@pytest.mark.parametrize("name", TEMPLATES)
def test_no_label_is_cut_on_paper(name):
    assert paper_cut_labels(_map(name)) == []


@pytest.mark.parametrize("large_print", [False, True], ids=["100%", "large-print"])
def test_a_big_generated_maps_labels_hide_nothing_on_screen(qapp, large_print):
    assert _labels_only(screen_overlaps(_map("synthetic-200"), large_print)) == []


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_a_big_generated_maps_labels_hide_nothing_on_paper(paper):
    assert _labels_only(paper_overlaps(_map("synthetic-200"), paper)) == []


@pytest.mark.parametrize("large_print", [False, True], ids=["100%", "large-print"])
def test_a_big_generated_maps_arrows_run_through_no_step(qapp, large_print):
    """Long arrows across crowded stages find their way along the gaps (corridors)."""
    assert screen_overlaps(_map("synthetic-200"), large_print) == []


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_a_big_generated_maps_arrows_run_through_no_step_on_paper(paper):
    assert paper_overlaps(_map("synthetic-200"), paper) == []


def _one_arrow(steps) -> tuple:
    """A stage and a lane with touchpoints at ``steps`` ((id, x, y), …), an arrow from the
    first to the second, shown in a scene: (document, session, scene, the arrow item)."""
    from journeymapper.model import JourneyDocument, MicroJourney, Stage, Touchpoint

    document = JourneyDocument()
    document.add_stage(Stage(id="s", name="Kjøp", width=900))
    document.add_journey(MicroJourney(id="j", name="Reisen", height=500))
    for node_id, x, y in steps:
        document.add_node(Touchpoint(id=node_id, label=f"Steg {node_id} – ærlig",
                                     stage_id="s", journey_id="j", x=x, y=y))
    document.connect(steps[0][0], steps[1][0])
    session = MapSession(document)
    scene = JourneyScene(session)
    arrow = scene.edge_items()[0]
    arrow.ensure_routed()
    return document, session, scene, arrow


def _arrow_crossings(scene, arrow) -> list[str]:
    arrow.ensure_routed()
    nodes = {item.item_id: item.scene_rect() for item in scene.node_items()}
    return _overlaps(nodes, [("a→b", "a", "b", arrow.path(), arrow.head(), None)])


def test_an_arrow_goes_round_a_step_put_in_its_way_after_it_was_drawn(qapp):
    """Arrows were routed again only when one of their own ends moved: a step added (or
    dragged) onto an arrow's line left the arrow running through it."""
    from journeymapper.commands import AddNodeCommand, push
    from journeymapper.model import Touchpoint

    document, session, scene, arrow = _one_arrow((("a", 16, 120), ("b", 680, 120)))
    try:
        push(session.undo_stack, AddNodeCommand(document, Touchpoint(
            id="c", label="I veien", stage_id="s", journey_id="j", x=352, y=120)))
        assert _arrow_crossings(scene, arrow) == []
    finally:
        scene.close()
        session.close()


def test_an_arrow_goes_round_a_step_dragged_into_its_way(qapp):
    """A drag moves the item before the command: the arrows it now stands on still go round."""
    from journeymapper.commands import MoveNodesCommand, push

    document, session, scene, arrow = _one_arrow(
        (("a", 16, 120), ("b", 680, 120), ("c", 352, 300)))
    try:
        dragged = scene.node_item("c")
        dragged.setPos(dragged.pos().x(), dragged.pos().y() - 180)  # the live drag
        push(session.undo_stack, MoveNodesCommand.to(document, {"c": ("s", "j", 352, 120)}))
        assert _arrow_crossings(scene, arrow) == []
    finally:
        scene.close()
        session.close()
