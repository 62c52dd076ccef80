"""The one arrow rule (look/arrows.py) that the canvas and the PDF both draw by.

The model has no Qt; these tests hold its plain-float curve against Qt's, so the
canvas (which draws through Qt) and the PDF (which uses the floats) agree.
"""

import random

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath

from journeymapper.model import EdgeKind
from journeymapper.look import arrows as ar
from journeymapper.model.geometry import GridLayout
from journeymapper.io.templates import find_template

TEMPLATES = ("sample-airline", "sample-plumber-no", "sample-b2b-software")


def _qt_path(r: ar.Route) -> QPainterPath:
    path = QPainterPath(QPointF(*r.start))
    path.cubicTo(QPointF(*r.c1), QPointF(*r.c2), QPointF(*r.end))
    return path


def _random_routes(n=300, seed=7):
    rng = random.Random(seed)
    for _ in range(n):
        a = (rng.uniform(0, 2000), rng.uniform(0, 1500), rng.choice((160.0, 112.0, 144.0)),
             rng.choice((72.0, 88.0, 48.0)))
        b = (rng.uniform(0, 2000), rng.uniform(0, 1500), rng.choice((160.0, 112.0, 144.0)),
             rng.choice((72.0, 88.0, 48.0)))
        yield a, b, rng.random() < 0.3


def _template_routes(name):
    document = find_template(name).open()
    grid = GridLayout.of(document)
    for edge in document.edges():
        a = grid.node_rect(document.node(edge.source))
        b = grid.node_rect(document.node(edge.target))
        yield ar.route((a.x, a.y, a.w, a.h), (b.x, b.y, b.w, b.h), edge.kind == EdgeKind.BRANCH)


@pytest.mark.parametrize("source", ["random", *TEMPLATES])
def test_points_along_the_curve_are_where_qt_puts_them(source):
    # the canvas's labels were placed with QPainterPath.pointAtPercent; the PDF has
    # only the floats: both must name the same points, to well under a pixel
    routes = list(ar.route(*ends) for ends in _random_routes()) if source == "random" \
        else list(_template_routes(source))
    assert routes
    worst = 0.0
    for r in routes:
        path = _qt_path(r)
        for t in (0.0, 0.1, 0.26, 0.38, 0.5, 0.62, 0.74, 0.9, 1.0):
            q = path.pointAtPercent(t)
            x, y = ar.point_at(r, t)
            worst = max(worst, abs(q.x() - x), abs(q.y() - y))
    assert worst < 1e-6


def test_a_branch_forks_from_the_crossroads_top_or_bottom():
    crossroads = (400.0, 100.0, 112.0, 88.0)
    below_right = (600.0, 300.0, 160.0, 72.0)
    assert ar.route(crossroads, below_right, True).out_side == "bottom"
    assert ar.route(crossroads, below_right, False).out_side == "right"  # a flow: wider
    r = ar.route((0.0, 0.0, 160.0, 72.0), (200.0, 0.0, 160.0, 72.0), False)
    assert (r.start, r.end) == ((160.0, 36.0), (200.0, 36.0))
    # a short arrow still bends by at least 24 out of each side
    assert r.c1 == (184.0, 36.0) and r.c2 == (176.0, 36.0)


def test_the_extent_holds_every_place_the_label_can_go():
    for a, b, fork in _random_routes(200, seed=3):
        r = ar.route(a, b, fork)
        w, h = 120.0, 14.0
        left, top, right, bottom = ar.extent(a, b, fork, (w, h))
        for x, y, cw, ch in ar.label_candidates(r, w, h):
            assert left <= x and x + cw <= right and top <= y and y + ch <= bottom


def test_a_label_keeps_clear_of_its_two_steps_and_of_what_is_taken():
    # two cards 40 apart: a 120-wide label on the curve would cover both
    a, b = (0.0, 0.0, 160.0, 72.0), (200.0, 0.0, 160.0, 72.0)
    r = ar.route(a, b, False)
    place = ar.place_label(r, 120.0, 14.0)
    x, y, w, h = place.rect
    assert not place.crowded
    assert y + h <= 0 or y >= 72  # above or below both cards
    assert place.leader is not None  # off the curve: a line says which arrow it names
    lx1, ly1, lx2, ly2 = place.leader
    assert (lx1, ly1) == ar.point_at(r, 0.5)
    assert x <= lx2 <= x + w and y <= ly2 <= y + h
    # the place above is taken: the next one
    taken = place.rect
    again = ar.place_label(r, 120.0, 14.0, blocked=lambda g: ar._meets(*g, taken))
    assert again.rect != taken and not again.crowded
    # nothing free: crowded, but still off its own two steps
    crowded = ar.place_label(r, 120.0, 14.0, blocked=lambda g: True)
    assert crowded.crowded
    assert not ar._meets(*crowded.rect, a) and not ar._meets(*crowded.rect, b)


def test_a_label_on_a_long_arrow_sits_on_its_middle_without_a_leader():
    a, b = (0.0, 0.0, 160.0, 72.0), (600.0, 0.0, 160.0, 72.0)
    r = ar.route(a, b, False)
    place = ar.place_label(r, 80.0, 14.0)
    mx, my = ar.point_at(r, 0.5)
    assert place.rect == (mx - 40.0, my - 7.0, 80.0, 14.0)
    assert place.leader is None


def test_on_a_printed_part_a_label_is_slid_inside_it():
    # a short arrow across a page cut (the squeezed print layout puts steps 40 apart):
    # the places above and below both steps straddle the cut
    a, b = (594.0, 80.0, 112.0, 88.0), (746.0, 88.0, 160.0, 72.0)
    r = ar.route(a, b, False)
    free = ar.place_label(r, 107.0, 12.0)
    assert free.rect[0] < 722 < free.rect[0] + free.rect[2]
    part = (722.0, 56.0, 776.0, 604.0)
    on_part = ar.place_label(r, 107.0, 12.0, window=part)
    x, y, w, h = on_part.rect
    assert not on_part.crowded and x >= 722 and y >= 56
    assert not ar._meets(*on_part.rect, a) and not ar._meets(*on_part.rect, b)
    assert on_part.leader is not None


def test_an_arrow_goes_round_a_step_in_its_way_and_stays_within_its_extent():
    # a branch from a crossroads to the card below-left of the card beside it: the
    # facing curve (out of the bottom point) would run through the note right below
    crossroads = (400.0, 0.0, 112.0, 88.0)
    note = (388.0, 112.0, 136.0, 88.0)
    between = (176.0, 8.0, 160.0, 72.0)
    target = (0.0, 120.0, 160.0, 72.0)
    steps = ar.Obstacles([crossroads, note, between, target])
    facing = ar.route(crossroads, target, True)
    points = (*facing.start, *facing.c1, *facing.c2, *facing.end)
    assert ar.crosses(points, [note, between])
    r = ar.route(crossroads, target, True, steps)
    points = (*r.start, *r.c1, *r.c2, *r.end)
    assert not ar.crosses(points, [note, between, crossroads, target])
    left, top, right, bottom = ar.extent(crossroads, target, True)
    xs, ys = points[0::2], points[1::2]
    assert left <= min(xs) and max(xs) <= right and top <= min(ys) and max(ys) <= bottom


def test_a_label_keeps_off_its_own_arrowhead():
    # two steps one above the other with a short gap: the label goes beside the arrow,
    # not on its head
    a, b = (0.0, 0.0, 160.0, 72.0), (0.0, 104.0, 160.0, 72.0)
    r = ar.route(a, b, False)
    head = ar.head_box(r, 10.0)
    place = ar.place_label(r, 60.0, 14.0, head=10.0)
    assert not ar._meets(*place.rect, head)
    assert ar._meets(*ar.place_label(r, 60.0, 14.0).rect, head)  # without: on it
