"""Arrows on paper run and are labelled by the canvas's rule (look/arrows.py).

A reader of the PDF must be able to read every arrow label without it covering a
step, and recognise the arrows the room drew on the screen.
"""

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from journeymapper.canvas.edge_items import ConnectionItem
from journeymapper.export.fonts import register_fonts
from journeymapper.export.map_pages import MapScene, tile_origin
from journeymapper.export.painter import TextLog
from journeymapper.export.paper import map_page_frame, page_size
from journeymapper.export.pdf import _page_and_plan, build_pdf
from journeymapper.export.shapes import draw_arrow_label
from journeymapper.look import arrow_look
from journeymapper.export.tiling import label_places, plan_map
from journeymapper.io.templates import find_template
from journeymapper.model import EdgeKind, JourneyDocument, MicroJourney, Stage, Touchpoint
from journeymapper.look import arrows as ar
from journeymapper.model.geometry import HEADER_HEIGHT, LANE_HEADER_WIDTH, GridLayout

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.synthetic import make_map  # noqa: E402

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


def _map(name):
    return make_map(300, seed=int(name[-1])) if name.startswith("synthetic") else \
        find_template(name).open()


ALL_MAPS = TEMPLATES + ("sample-dentist", "synthetic-300-seed-2")


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
@pytest.mark.parametrize("paper", ["A3", "A4"])
@pytest.mark.parametrize("name", ALL_MAPS)
def test_no_printed_arrow_label_covers_a_step_or_leaves_its_part(name, paper, orientation):
    log = TextLog()
    result = build_pdf(_map(name), paper, orientation, log=log, today=TODAY)
    labels = [run for run in log.runs if run.role == "arrow"]
    assert len(labels) >= 4
    covered = [(run.text, node_id) for run in labels
               for (page, node_id), box in log.boxes.items()
               if page == run.page and _meets(_text_box(run), box)]
    assert covered == []
    # each line prints inside the frame of one part of the map on its page
    plan, area = result.plan, map_page_frame(page_size(paper, orientation)).map
    first = result.map_pages[1 if plan.glance else 0]
    windows: dict[int, list] = {}
    for tile in plan.tiles:
        left, top = tile_origin(plan, tile, area)
        x0 = left + LANE_HEADER_WIDTH * plan.scale
        y1 = top - HEADER_HEIGHT * plan.scale
        windows.setdefault(first + tile.page, []).append(
            (x0, y1 - tile.content_h * plan.scale, x0 + tile.content_w * plan.scale, y1))
    outside = []
    for run in labels:
        x0, y0, x1, y1 = _text_box(run)
        if not any(a - 0.01 <= x0 and x1 <= c + 0.01 and b - 0.01 <= y0 and y1 <= d + 0.01
                   for a, b, c, d in windows.get(run.page, ())):
            outside.append(run.text)
    assert outside == []


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
@pytest.mark.parametrize("paper", ["A3", "A4"])
@pytest.mark.parametrize("name", ALL_MAPS)
def test_labels_hide_no_step_and_no_other_label_unless_crowded(name, paper, orientation):
    # the layout itself (map units): every label found a free place on its part, inside
    # it; where one is crowded, only the canvas rule's fallback could put it on a step.
    # A label's own place (the rule's, with no part's edge in the way) is cut by a part's
    # edge only where that edge cuts its arrow too (else the part would show the arrow
    # and its label elsewhere)
    register_fonts()
    document = _map(name)
    scene = MapScene.of(document, TODAY)
    _size, _frame, plan = _page_and_plan(document, scene, paper, orientation)
    own = label_places(document, scene.rects)
    spans = {arrow.edge_id: arrow.bounds for arrow in scene.arrows}  # round steps, too
    for edge_id, (x, y, w, h) in own.items():
        edge = document.edge(edge_id)
        a, b, c = scene.rects[edge.source], scene.rects[edge.target], spans[edge_id]
        for x0, x1 in plan.column_edges:
            for cut in (x0, x1):
                if x < cut < x + w:
                    assert min(a.x, b.x, c.x) < cut < max(a.right, b.right, c.right), edge.label
    placed = 0
    for tile in plan.tiles:
        visible, _arrows = scene.on_tile(plan, tile)
        part = scene.for_tile(plan, tile)
        steps = [(n.id, part.rects[n.id]) for n in visible]
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
    assert placed == len(own) == sum(1 for a in scene.arrows if a.label is not None)
    assert placed >= 4


def _row_of_steps(stages: int, per_stage: int, spacing: float) -> JourneyDocument:
    document = JourneyDocument()
    for i in range(stages):
        document.add_stage(Stage(id=f"s{i}", name=f"Fase {i}"))
    document.add_journey(MicroJourney(id="j", name="Reisen"))
    for i in range(stages):
        for k in range(per_stage):
            document.add_node(Touchpoint(id=f"t{i}-{k}", label=f"Steg {i}.{k} – på nett",
                                         stage_id=f"s{i}", journey_id="j",
                                         x=24 + k * spacing, y=40))
    return document


def _labels_by_part(document):
    register_fonts()
    scene = MapScene.of(document, TODAY)
    frame = map_page_frame(page_size("A4", "landscape"))
    plan = plan_map(document, scene.layout, frame.map.w, frame.map.h)
    assert plan.tiled
    return plan, [(tile, arrow, place) for tile in plan.tiles
                  for arrow, place in scene.labels_on(plan, tile)]


def test_an_arrow_between_stages_that_can_share_a_part_keeps_its_label_over_it():
    # five stages in two parts: 3 + 2 stages cut through the label on the arrow from the
    # third stage to the fourth (it was pushed aside, half off its arrow); 2 + 3 do not
    document = _row_of_steps(5, 1, 0)
    for i in range(4):
        document.connect(f"t{i}-0", f"t{i + 1}-0",
                         **({"label": "Betaler med kort", "share": 60} if i == 2 else {}))
    plan, labels = _labels_by_part(document)
    assert len(plan.tiles) == 2
    [(tile, arrow, place)] = labels
    x, y, w, h = place.rect
    assert x + w / 2 == pytest.approx(arrow.midpoint()[0])
    assert tile.x0 < x < x + w < tile.x1


def test_a_stage_wider_than_a_page_is_cut_beside_its_arrow_labels_not_through_them():
    # fourteen steps in a row, every other arrow labelled: the stage is cut in a gap
    # whose arrow has no label (it was cut beside the middle of a labelled one)
    document = _row_of_steps(1, 14, 200)
    for k in range(13):
        document.connect(f"t0-{k}", f"t0-{k + 1}", label="Går videre · ærlig" if k % 2 else "")
    plan, labels = _labels_by_part(document)
    assert len(labels) == 6
    for tile, arrow, place in labels:
        x, y, w, h = place.rect
        assert x + w / 2 == pytest.approx(arrow.midpoint()[0]), arrow.label.lines
        assert tile.x0 < x < x + w < tile.x1


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
    steps = ar.Obstacles((r.x, r.y, r.w, r.h) for r in scene.rects.values())
    for edge in document.edges():
        src, dst = scene.rects[edge.source], scene.rects[edge.target]
        item = ConnectionItem(edge)
        item.route(QRectF(src.x, src.y, src.w, src.h), QRectF(dst.x, dst.y, dst.w, dst.h),
                   steps=steps)
        path = item.path()
        on_screen = tuple((path.elementAt(i).x, path.elementAt(i).y) for i in range(4))
        assert arrows[edge.id].points == on_screen
        # the same arrowhead: tip, corners, so as large as on the screen at 100 %
        head = arrows[edge.id].head
        screen_head = [(p.x(), p.y()) for p in item._head]
        paper_head = [(head[0], head[1]), (head[2], head[3]), (head[4], head[5])]
        for (px, py), (sx, sy) in zip(paper_head, screen_head):
            assert px == pytest.approx(sx, abs=1e-6) and py == pytest.approx(sy, abs=1e-6)


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
        look = arrow_look(arrow.kind, arrow.sentiment)  # the canvas's leader: thin, dotted
        assert colour == look.colour and width < 1.2 and tuple(dash) == (1.0, 2.0)
        assert line_at < names.index("round_rect")  # the tab covers the leader's end
        # from the curve's middle to the tab
        assert place.leader[:2] == ar.point_at(arrow.route, 0.5)
        assert not ar.on_curve(arrow.route, place.rect)
    for arrow, place in on:
        p = _Recorder()
        draw_arrow_label(p, arrow, place)
        assert "line" not in [name for name, _ in p.calls]
    assert any(a.kind == EdgeKind.BRANCH for a, _ in off)


def test_a_stage_whose_every_gap_holds_a_label_is_still_cut_between_its_steps():
    # no blank place is left beside the labels: a label may be cut, never a card
    document = _row_of_steps(1, 14, 200)
    for k in range(13):
        document.connect(f"t0-{k}", f"t0-{k + 1}", label="Går videre · ærlig")
    plan, labels = _labels_by_part(document)
    assert len(labels) == 13
    register_fonts()
    layout = MapScene.of(document, TODAY).layout
    cards = [layout.node_rect(n) for n in document.nodes()]
    for tile in plan.tiles:
        for edge in (tile.x0, tile.x1):
            assert not [c for c in cards if c.x < edge < c.right], "a cut runs through a card"


@pytest.mark.parametrize("name", ALL_MAPS[:4])
def test_a_label_on_its_arrow_on_the_screen_is_on_it_on_paper_too(name):
    # leaving out blank space must not take a label's room: on sample-airline "On time
    # · 71 %" sat between its diamond and the next card on screen, and got a leader on
    # paper when the blank after a stage's last step was left out
    register_fonts()
    document = _map(name)
    screen = GridLayout.of(document)
    scene = MapScene.of(document, TODAY)
    on_screen = label_places(document, {n.id: screen.node_rect(n) for n in document.nodes()})
    on_paper = label_places(document, scene.rects)
    arrows = {a.edge_id: a for a in scene.arrows}
    for edge in document.edges():
        if edge.id not in on_screen:
            continue
        a, b = screen.node_rect(document.node(edge.source)), \
            screen.node_rect(document.node(edge.target))
        route = ar.route((a.x, a.y, a.w, a.h), (b.x, b.y, b.w, b.h), edge.kind == EdgeKind.BRANCH)
        if ar.on_curve(route, on_screen[edge.id]):
            assert ar.on_curve(arrows[edge.id].route, on_paper[edge.id]), edge.label
