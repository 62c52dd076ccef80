"""Arrows on paper run and are labelled by the canvas's rule (model/arrows.py).

A reader of the PDF must be able to read every arrow label without it covering a
step, and recognise the arrows the room drew on the screen.
"""

import datetime as dt

import pytest
from PySide6.QtCore import QRectF

from journeymapper.canvas.edge_items import ConnectionItem
from journeymapper.export.fonts import register_fonts
from journeymapper.export.map_pages import MapScene
from journeymapper.export.painter import TextLog
from journeymapper.export.pdf import _page_and_plan, build_pdf
from journeymapper.export.shapes import LEADER_DOTS, SENTIMENT_COLOUR, draw_arrow_label
from journeymapper.io.templates import find_template
from journeymapper.model import EdgeKind
from journeymapper.model import arrows as ar

TEMPLATES = ("sample-airline", "sample-plumber-no", "sample-b2b-software")
TODAY = dt.date(2026, 11, 27)


def _meets(a, b) -> bool:
    """Two page boxes (x0, y0, x1, y1) share some area (touching does not count)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _text_box(run):
    """The page box a printed line covers: its advance, descender to ascender."""
    return (run.x, run.y - 0.24 * run.size, run.x + run.width, run.y + 0.76 * run.size)


def _printed(name, paper):
    log = TextLog()
    build_pdf(find_template(name).open(), paper, log=log, today=TODAY)
    return log


@pytest.mark.parametrize("paper", ["A3", "A4"])
@pytest.mark.parametrize("name", TEMPLATES)
def test_no_printed_arrow_label_covers_a_step(name, paper):
    log = _printed(name, paper)
    labels = [run for run in log.runs if run.role == "arrow"]
    assert len(labels) >= 4
    covered = [(run.text, node_id) for run in labels
               for (page, node_id), box in log.boxes.items()
               if page == run.page and _meets(_text_box(run), box)]
    assert covered == []


@pytest.mark.parametrize("paper", ["A3", "A4"])
@pytest.mark.parametrize("name", TEMPLATES)
def test_labels_hide_no_step_and_no_other_label_unless_crowded(name, paper):
    # the layout itself (map units): every label found a free place on its part, inside
    # it; where one is crowded, only the canvas rule's fallback could put it on a step
    register_fonts()
    document = find_template(name).open()
    scene = MapScene.of(document, TODAY)
    _size, _frame, plan = _page_and_plan(document, scene, paper, "landscape")
    placed = 0
    for tile in plan.tiles:
        visible, _arrows = scene.on_tile(plan, tile)
        steps = [(n.id, scene.rects[n.id]) for n in visible]
        rects = []
        for arrow, place in scene.labels_on(plan, tile):
            placed += 1
            x, y, w, h = place.rect
            assert tile.x0 <= x and x + w <= tile.x1 and tile.y0 <= y and y + h <= tile.y1
            if place.crowded:
                continue
            hidden = [i for i, r in steps if ar._meets(x, y, w, h, (r.x, r.y, r.w, r.h))]
            assert hidden == [], (arrow.label.lines, hidden)
            assert not any(ar._meets(*place.rect, other) for other in rects)
            rects.append(place.rect)
    assert placed == sum(1 for e in document.edges() if e.label.strip() or e.share is not None)


def test_the_plumbers_known_plan_label_is_clear_of_its_diamond_and_the_next_card():
    # "✓ Kjenner planen · 75 %" on a short arrow: it used to print across both
    document = find_template("sample-plumber-no").open()
    diamond = next(n for n in document.nodes() if n.label == "Vet kunden hva som skal skje?")
    card = next(n for n in document.nodes() if n.label == "Kunden gjør badet klart")
    for paper in ("A3", "A4"):
        log = _printed("sample-plumber-no", paper)
        runs = [r for r in log.runs if r.role == "arrow" and "Kjenner planen" in r.text]
        assert len(runs) == 1
        run = runs[0]
        for node in (diamond, card):
            assert not _meets(_text_box(run), log.boxes[(run.page, node.id)])


@pytest.mark.parametrize("name", TEMPLATES)
def test_the_canvas_and_the_paper_route_an_arrow_alike(qapp, name):
    register_fonts()
    document = find_template(name).open()
    scene = MapScene.of(document, TODAY)  # the printed (squeezed) rects
    arrows = {a.edge_id: a for a in scene.arrows}
    for edge in document.edges():
        src, dst = scene.rects[edge.source], scene.rects[edge.target]
        item = ConnectionItem(edge)
        item.route(QRectF(src.x, src.y, src.w, src.h), QRectF(dst.x, dst.y, dst.w, dst.h))
        path = item.path()
        on_screen = tuple((path.elementAt(i).x, path.elementAt(i).y) for i in range(4))
        assert arrows[edge.id].points == on_screen
        # the head points the same way (its size is the paper's own)
        head = arrows[edge.id].head
        tip, left = (head[0], head[1]), (head[2], head[3])
        screen_head = [(p.x(), p.y()) for p in item._head]
        assert tip == screen_head[0]
        assert (left[0] - tip[0]) * (screen_head[1][0] - tip[0]) + \
            (left[1] - tip[1]) * (screen_head[1][1] - tip[1]) > 0


class _Recorder:
    """Stands in for the PDF painter: what was drawn, in order."""

    def __init__(self) -> None:
        self.calls = []

    def __getattr__(self, name):
        return lambda *args, **kwargs: self.calls.append((name, args))


def test_a_label_off_the_curve_is_tied_to_it_by_a_thin_leader_in_the_arrows_colour():
    register_fonts()
    document = find_template("sample-plumber-no").open()
    scene = MapScene.of(document, TODAY)
    _size, _frame, plan = _page_and_plan(document, scene, "A3", "landscape")
    placed = [pair for tile in plan.tiles for pair in scene.labels_on(plan, tile)]
    off = [(a, p) for a, p in placed if p.leader is not None]
    on = [(a, p) for a, p in placed if p.leader is None]
    assert off and on
    for arrow, place in off:
        p = _Recorder()
        draw_arrow_label(p, arrow, place)
        names = [name for name, _ in p.calls]
        line_at = names.index("line")
        assert p.calls[line_at][1] == place.leader
        colour, width, dash = p.calls[line_at - 1][1]
        assert colour == SENTIMENT_COLOUR[arrow.sentiment] and width < 1.2 and dash == LEADER_DOTS
        assert line_at < names.index("round_rect")  # the tab covers the leader's end
        # from the curve's middle to the tab
        assert place.leader[:2] == ar.point_at(arrow.route, 0.5)
        assert not ar.on_curve(arrow.route, place.rect)
    for arrow, place in on:
        p = _Recorder()
        draw_arrow_label(p, arrow, place)
        assert "line" not in [name for name, _ in p.calls]
    assert any(a.kind == EdgeKind.BRANCH for a, _ in off)
