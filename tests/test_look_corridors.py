"""Arrows across a crowded stage go round the steps along the gaps between them.

A room reads an arrow that runs through a card as an arrow into that card. When no
single curve gets past (every pair of sides is blocked), the shared rule
(look/arrows.py, drawn by the canvas and the PDF alike) takes the corridors between
the steps, with rounded corners.
"""

from journeymapper.look import arrows as ar
from journeymapper.look import corridors

W, H = 160.0, 72.0


def _wall():
    """A source at the left, a target at the right one row down, and between them a
    grid of cards 3 wide and 3 high with 24-unit gaps: every single curve hits one."""
    source = (0.0, 0.0, W, H)
    target = (4 * (W + 24), 2 * (H + 24), W, H)
    cards = [((1 + i) * (W + 24), j * (H + 24), W, H) for i in range(3) for j in range(3)]
    return source, target, cards


def _all_points(r):
    return [(p[k], p[k + 1]) for p in r.cubics() for k in range(0, 8, 2)]


def test_no_single_curve_gets_across_the_wall():
    source, target, cards = _wall()
    for e in [ar._ends(source, target, False)] + ar._detours(
            source, target, False, ("right", "left"), 120.0):
        assert ar.crosses(e[:8], cards)


def test_the_arrow_goes_along_the_gaps_and_through_no_card():
    source, target, cards = _wall()
    r = ar.route(source, target, False, ar.Obstacles([source, target, *cards]))
    assert len(r.pieces) > 1  # a way round, not the one blocked curve
    assert not any(ar.crosses(piece, cards) for piece in r.cubics())
    # it leaves the source and enters the target on their sides, and the head points in
    assert ar._meets(*ar.head_box(r, 10.0), (target[0] - 12, target[1] - 12, W + 24, H + 24))
    assert (r.start, r.end) == (corridors.side_point(source, r.out_side),
                                corridors.side_point(target, r.in_side))


def test_the_way_round_stays_within_the_bounds_the_canvas_announced():
    source, target, cards = _wall()
    r = ar.route(source, target, False, ar.Obstacles([source, target, *cards]))
    left, top, right, bottom = ar.extent(source, target, False)
    for x, y in _all_points(r):
        assert left <= x <= right and top <= y <= bottom


def test_the_pieces_join_into_one_line_and_its_middle_is_on_it():
    source, target, cards = _wall()
    r = ar.route(source, target, False, ar.Obstacles([source, target, *cards]))
    pieces = r.cubics()
    for a, b in zip(pieces, pieces[1:]):
        assert a[6:8] == b[0:2]
    x, y = ar.point_at(r, 0.5)
    assert any(ar._meets(x - 2, y - 2, 4, 4, (min(p[0::2]) - 1, min(p[1::2]) - 1,
                                             max(p[0::2]) - min(p[0::2]) + 2,
                                             max(p[1::2]) - min(p[1::2]) + 2))
               for p in pieces)


def test_corners_are_rounded_not_sharp():
    points = [(0.0, 0.0), (100.0, 0.0), (100.0, 80.0)]
    pieces = corridors.cubics(points, radius=10.0)
    assert len(pieces) == 3  # run, quarter circle, run
    corner = pieces[1]
    assert corner[0:2] == (90.0, 0.0) and corner[6:8] == (100.0, 10.0)


def test_walled_in_it_keeps_the_facing_curve():
    # the target boxed in by cards on every side with no gap wider than the clearance
    target = (400.0, 400.0, W, H)
    g = 2.0
    box = [(400.0 - W - g, 400.0 - H - g, 3 * W + 2 * g, H),
           (400.0 - W - g, 400.0 + H + g, 3 * W + 2 * g, H),
           (400.0 - W - g, 400.0, W, H), (400.0 + W + g, 400.0, W, H)]
    source = (0.0, 0.0, W, H)
    r = ar.route(source, target, False, ar.Obstacles([source, target, *box]))
    assert r.pieces == ()
