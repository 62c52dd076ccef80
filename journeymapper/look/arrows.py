"""How an arrow runs between two steps and where its label goes: one rule for the
canvas and the PDF, so a map looks the same on paper as on screen.

Plain floats, no Qt: rects are ``(x, y, w, h)`` in map units, points ``(x, y)``.
An arrow leaves and enters its two shapes on the sides that face each other
(:func:`side`) and bends out of them by clamp(0.4 × distance, 24, 120). Its label
sits on the curve (its middle first), else beside it, above or below it, or above or
below both steps, at the first place that hides neither of its own two steps nor
whatever the caller says is taken; a label off the curve gets a leader from the
curve's middle.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from . import corridors

BEND_SHARE = 0.4              # how far the curve bends out of a side, per unit of distance
BEND_MIN, BEND_MAX = 24.0, 120.0
HEAD_SPREAD = 0.4             # an arrowhead's half angle (radians)

# where a label is tried along the curve, then beside it (the Bézier parameter, as
# ``QPainterPath.pointAtPercent`` reads it for one cubic: see :func:`point_at`)
ON_CURVE = (0.5, 0.38, 0.62, 0.26, 0.74)
BESIDE = (0.5, 0.38, 0.62)
ON_CURVE_CHECK = (0.26, 0.38, 0.5, 0.62, 0.74)  # (the same points, in the curve's order)
GAP_BESIDE = 3.0              # between the curve and a label beside, above or below it
GAP_OUTSIDE = 4.0             # between the steps and a label above or below both
CLEARANCE = 2.0               # a label keeps this far from anything it must not hide
ON_CURVE_SLACK = 4.0          # a label this near a point of the curve is on it

OUT = {"left": (-1, 0), "right": (1, 0), "top": (0, -1), "bottom": (0, 1)}
# a side's middle as a share of the rect's width and height, and the way out of it
_SIDE = {"left": (0.0, 0.5, -1, 0), "right": (1.0, 0.5, 1, 0), "top": (0.5, 0.0, 0, -1),
         "bottom": (0.5, 1.0, 0, 1)}


class Route(NamedTuple):
    """An arrow's cubic Bézier between two shapes, and the shapes and sides it joins.

    A way round through the corridors between steps (:mod:`.corridors`) is several
    cubics, in ``pieces`` (8 numbers each); then ``start`` and ``c1`` are the first
    piece's, ``c2`` and ``end`` the last's, so the head and the sides read the same."""

    start: tuple[float, float]
    c1: tuple[float, float]
    c2: tuple[float, float]
    end: tuple[float, float]
    out_side: str
    in_side: str
    source: tuple
    target: tuple
    pieces: tuple = ()

    def cubics(self) -> tuple:
        """The curve as cubic pieces, 8 numbers each (one piece unless it goes round)."""
        if self.pieces:
            return self.pieces
        return ((*self.start, *self.c1, *self.c2, *self.end),)


class LabelPlace(NamedTuple):
    """Where a label went: its rect, whether no place was free (``crowded``: it may
    hide something), and the leader from the curve's middle when it is off the curve."""

    rect: tuple
    crowded: bool
    leader: tuple | None  # (x1, y1, x2, y2)


def side(x, y, w, h, ox, oy, ow, oh, leaving_crossroads: bool) -> str:
    """Which side of rect ``(x, y, w, h)`` an arrow to or from the other rect uses.

    Side by side (rows overlap): left or right. Above each other (columns overlap):
    top or bottom. Diagonal: a crossroads forks from its top or bottom point (branches
    above and below); otherwise the longer distance decides.
    """
    cx, cy, ocx, ocy = x + w / 2, y + h / 2, ox + ow / 2, oy + oh / 2
    rows_overlap = y < oy + oh and oy < y + h
    cols_overlap = x < ox + ow and ox < x + w
    if rows_overlap and not cols_overlap:
        return "right" if ocx > cx else "left"
    if cols_overlap and not rows_overlap:
        return "bottom" if ocy > cy else "top"
    if rows_overlap and cols_overlap:
        return "right" if ocx >= cx else "left"
    if leaving_crossroads or abs(ocy - cy) > abs(ocx - cx):
        return "bottom" if ocy > cy else "top"
    return "right" if ocx > cx else "left"


def _ends(source: tuple, target: tuple, fork: bool, sides: tuple | None = None,
          bend: float | None = None) -> tuple:
    """The start, the end and the two control points (8 numbers) and the two sides
    (``sides``: these instead of the facing ones; ``bend``: this instead of the
    distance's). Table look-ups, not calls: it runs for every arrow when a map opens."""
    sx, sy, sw, sh = source
    tx, ty, tw, th = target
    if sides is None:
        out_side = side(sx, sy, sw, sh, tx, ty, tw, th, fork)
        in_side = side(tx, ty, tw, th, sx, sy, sw, sh, False)
    else:
        out_side, in_side = sides
    fx, fy, ox, oy = _SIDE[out_side]
    ax, ay = sx + sw * fx, sy + sh * fy  # the middle of the side the arrow leaves by
    fx, fy, ix, iy = _SIDE[in_side]
    bx, by = tx + tw * fx, ty + th * fy
    d = bend if bend is not None else \
        max(BEND_MIN, min(BEND_MAX, math.hypot(bx - ax, by - ay) * BEND_SHARE))
    return (ax, ay, ax + ox * d, ay + oy * d, bx + ix * d, by + iy * d, bx, by,
            out_side, in_side)


SAMPLES = 24          # straight pieces a curve is checked as (see :func:`crosses`)
_WEIGHTS = tuple(((1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t * t, t ** 3)
                 for t in (i / SAMPLES for i in range(SAMPLES + 1)))
GRAZE = 1.0           # a curve this near a step's border runs along it, not through it (1.5
#                       inside its border less the drawn line's half width)


def _segment_meets(x1, y1, x2, y2, left, top, right, bottom) -> bool:
    """Does the straight piece (x1, y1)-(x2, y2) enter the open rect (Liang-Barsky)?"""
    dx, dy = x2 - x1, y2 - y1
    lo, hi = 0.0, 1.0
    for p, q in ((-dx, x1 - left), (dx, right - x1), (-dy, y1 - top), (dy, bottom - y1)):
        if p == 0:
            if q <= 0:
                return False
        else:
            t = q / p
            if p < 0:
                if t > lo:
                    lo = t
            elif t < hi:
                hi = t
            if lo >= hi:
                return False
    return True


def crosses(points: tuple, rects) -> bool:
    """Does the cubic ``points`` (8 numbers: start, c1, c2, end) run through any of
    ``rects`` (x, y, w, h; shrunk by ``GRAZE``)? The curve is checked as ``SAMPLES``
    straight pieces, only against rects that meet the hull of its four points."""
    x1, y1, x2, y2, x3, y3, x4, y4 = points
    hl, hr = min(x1, x2, x3, x4), max(x1, x2, x3, x4)
    ht, hb = min(y1, y2, y3, y4), max(y1, y2, y3, y4)
    line = None
    g = GRAZE
    for x, y, w, h in rects:
        left, top, right, bottom = x + g, y + g, x + w - g, y + h - g
        if right <= hl or hr <= left or bottom <= ht or hb <= top:
            continue
        if line is None:
            line = [(a * x1 + b * x2 + c * x3 + d * x4, a * y1 + b * y2 + c * y3 + d * y4)
                    for a, b, c, d in _WEIGHTS]
        px, py = line[0]
        for qx, qy in line[1:]:
            # a piece wholly on the far side of one of the rect's edges cannot enter it
            # (the test below says the same, a function call later: most pieces are)
            if not ((px <= left and qx <= left) or (px >= right and qx >= right)
                    or (py <= top and qy <= top) or (py >= bottom and qy >= bottom)) \
                    and _segment_meets(px, py, qx, qy, left, top, right, bottom):
                return True
            px, py = qx, qy
    return False


_SIDES = ("right", "bottom", "left", "top")


DETOUR_BENDS = (1.0, 0.5, 0.2)  # a way round bends this share of the facing route's bend


def _detours(source: tuple, target: tuple, fork: bool, facing: tuple, bend: float) -> list:
    """Every pair of sides, bent as much as the facing route or less (a flatter curve
    keeps to the gap between two rows of steps), shortest first: the ways round a step
    the facing route would run through. Never bent more: the route stays within
    :func:`extent`."""
    out = []
    for share in DETOUR_BENDS:
        d = max(bend * share, GRAZE * 4)
        for out_side in _SIDES:
            for in_side in _SIDES:
                if (out_side, in_side) == facing and share == 1.0:
                    continue
                e = _ends(source, target, fork, (out_side, in_side), d)
                length = (math.hypot(e[2] - e[0], e[3] - e[1])
                          + math.hypot(e[4] - e[2], e[5] - e[3])
                          + math.hypot(e[6] - e[4], e[7] - e[5]))
                out.append((length, e))
    out.sort(key=lambda pair: pair[0])
    return [e for _length, e in out]


def route(source: tuple, target: tuple, fork: bool, obstacles=None) -> Route:
    """The curve from ``source`` to ``target`` (``fork``: a branch out of a crossroads).

    ``obstacles(left, top, right, bottom)`` gives the steps' rects there (x, y, w, h;
    the two ends may be among them). When the curve between the facing sides would run
    through one, the route leaves and enters by other sides (the shortest such curve
    that runs through none; the same bend, so it stays within :func:`extent`), going
    round the step through the gaps between steps; when every way is blocked it keeps
    the facing one."""
    e = _ends(source, target, fork)
    if obstacles is not None:
        sx, sy, sw, sh = source
        tx, ty, tw, th = target
        d = max(BEND_MIN, min(BEND_MAX, math.hypot(e[6] - e[0], e[7] - e[1]) * BEND_SHARE))
        left, top = min(sx, tx), min(sy, ty)
        right, bottom = max(sx + sw, tx + tw), max(sy + sh, ty + th)
        hl, hr = min(e[0], e[2], e[4], e[6]), max(e[0], e[2], e[4], e[6])
        ht, hb = min(e[1], e[3], e[5], e[7]), max(e[1], e[3], e[5], e[7])
        near = [r for r in obstacles(min(hl, left) - d, min(ht, top) - d,
                                     max(hr, right) + d, max(hb, bottom) + d)
                if r != source and r != target]
        if near and crosses(e[:8], near):
            near += [source, target]
            for other in _detours(source, target, fork, e[8:], d):
                if not crosses(other[:8], near):
                    e = other
                    break
            else:
                way = _through_corridors(source, target, extent(source, target, fork),
                                         obstacles)
                if way is not None:
                    return way
    ax, ay, c1x, c1y, c2x, c2y, bx, by, out_side, in_side = e
    return Route((ax, ay), (c1x, c1y), (c2x, c2y), (bx, by), out_side, in_side,
                 source, target)


def _through_corridors(source: tuple, target: tuple, box: tuple, obstacles) -> Route | None:
    """The way round along the gaps between the steps in ``box`` (:mod:`.corridors`):
    for the arrows that no single curve takes past every step. ``box`` is the one
    :func:`extent` gives, so the route stays within the bounds the canvas announced."""
    rects = [r for r in obstacles(*box) if r != source and r != target]
    found = corridors.polyline(source, target, rects + [source, target], box)
    if found is None:
        return None
    points, out_side, in_side = found
    pieces = tuple(corridors.cubics(points))
    if any(crosses(piece, rects) for piece in pieces):
        return None
    first, last = pieces[0], pieces[-1]
    return Route((first[0], first[1]), (first[2], first[3]), (last[4], last[5]),
                 (last[6], last[7]), out_side, in_side, source, target, pieces)


def extent(source: tuple, target: tuple, fork: bool, label: tuple | None = None) -> tuple:
    """``(left, top, right, bottom)`` holding whatever the route between these shapes
    draws, whichever way round it goes (see :func:`route`), except the head's and
    line's own width: the curve lies in the hull of its end and control points (on the
    two shapes' sides, and the bend out of them), a label of size ``label`` (w, h)
    within its size of the curve or just above or below the two shapes (see
    :func:`label_candidates`). Cheap: it runs for every arrow when a map opens."""
    ax, ay, c1x, c1y, c2x, c2y, bx, by, _out, _in = _ends(source, target, fork)
    d = max(BEND_MIN, min(BEND_MAX, math.hypot(bx - ax, by - ay) * BEND_SHARE))
    sx, sy, sw, sh = source
    tx, ty, tw, th = target
    left = min(ax, bx, c1x, c2x, min(sx, tx) - d)
    right = max(ax, bx, c1x, c2x, max(sx + sw, tx + tw) + d)
    top = min(ay, by, c1y, c2y, min(sy, ty) - d)
    bottom = max(ay, by, c1y, c2y, max(sy + sh, ty + th) + d)
    if label is not None:
        w, h = label
        left, right = left - w - 6, right + w + 6
        top = top - h - 6
        bottom = bottom + h + 6
    return left, top, right, bottom


class Obstacles:
    """The steps' rects bucketed in a coarse grid, for :func:`route`'s ``obstacles``
    where no scene index answers (the PDF): a query looks at its neighbours only."""

    CELL = 256.0

    def __init__(self, rects=()) -> None:
        self._cells: dict[tuple[int, int], list] = {}
        for rect in rects:
            self.add(rect)

    def add(self, rect: tuple) -> None:
        x, y, w, h = rect
        k, cells = self.CELL, self._cells
        for i in range(int(x // k), int((x + w) // k) + 1):
            for j in range(int(y // k), int((y + h) // k) + 1):
                cells.setdefault((i, j), []).append(rect)

    def __call__(self, left: float, top: float, right: float, bottom: float) -> list:
        k, cells = self.CELL, self._cells
        found, seen = [], set()
        for i in range(int(left // k), int(right // k) + 1):
            for j in range(int(top // k), int(bottom // k) + 1):
                for rect in cells.get((i, j), ()):
                    if id(rect) in seen:
                        continue
                    seen.add(id(rect))
                    x, y, w, h = rect
                    if x < right and left < x + w and y < bottom and top < y + h:
                        found.append(rect)
        return found


def _piece_at(r: Route, t: float) -> tuple:
    """The piece of a way round that holds share ``t`` of its length, and the
    parameter inside it (pieces measured by their control polygons)."""
    lengths = [math.hypot(p[2] - p[0], p[3] - p[1]) + math.hypot(p[4] - p[2], p[5] - p[3])
               + math.hypot(p[6] - p[4], p[7] - p[5]) for p in r.pieces]
    goal = t * sum(lengths)
    for piece, length in zip(r.pieces, lengths):
        if goal <= length or piece is r.pieces[-1]:
            return piece, (min(1.0, goal / length) if length else 0.0)
        goal -= length
    return r.pieces[-1], 1.0


def point_at(r: Route, t: float) -> tuple[float, float]:
    """The curve's point at Bézier parameter ``t`` (de Casteljau, as Qt computes it).

    This is what ``QPainterPath.pointAtPercent`` gives for a path of one cubic: Qt
    spreads the percentage over a path's segments by length, but inside the one
    segment uses it as the parameter (checked against Qt in the tests). A way round
    (several pieces) is read by length, as Qt reads a path of several segments."""
    if r.pieces:
        piece, t = _piece_at(r, t)
        x1, y1, x2, y2, x3, y3, x4, y4 = piece
    else:
        (x1, y1), (x2, y2), (x3, y3), (x4, y4) = r.start, r.c1, r.c2, r.end
    m = 1.0 - t
    a = x1 * m + x2 * t
    b = x2 * m + x3 * t
    c = x3 * m + x4 * t
    a = a * m + b * t
    b = b * m + c * t
    x = a * m + b * t
    a = y1 * m + y2 * t
    b = y2 * m + y3 * t
    c = y3 * m + y4 * t
    a = a * m + b * t
    b = b * m + c * t
    return x, a * m + b * t


def arrowhead(r: Route, size: float, spread: float = HEAD_SPREAD) -> tuple:
    """The head's tip, left and right corner, along the curve's last direction."""
    (ex, ey), (cx, cy) = r.end, r.c2
    angle = math.atan2(ey - cy, ex - cx)
    return ((ex, ey),
            (ex - size * math.cos(angle - spread), ey - size * math.sin(angle - spread)),
            (ex - size * math.cos(angle + spread), ey - size * math.sin(angle + spread)))


def middle_points(r: Route) -> dict:
    """The curve's points a label is tried at and checked against: t -> (x, y)."""
    return {t: point_at(r, t) for t in ON_CURVE}


def label_candidates(r: Route, w: float, h: float, points: dict | None = None) -> list[tuple]:
    """The places a label of size ``w`` × ``h`` is tried, best first: centred on the
    curve (its middle first), beside it (right, then left), just above and below its
    middle, then above and below both steps (``points``: :func:`middle_points`)."""
    if points is None:
        points = middle_points(r)
    out = [(x - w / 2, y - h / 2, w, h) for x, y in (points[t] for t in ON_CURVE)]
    for t in BESIDE:
        x, y = points[t]
        out.append((x + GAP_BESIDE, y - h / 2, w, h))
        out.append((x - w - GAP_BESIDE, y - h / 2, w, h))
    mx, my = points[0.5]
    sy, sh, ty, th = r.source[1], r.source[3], r.target[1], r.target[3]
    top, bottom = min(sy, ty), max(sy + sh, ty + th)
    out += [(mx - w / 2, my - h - GAP_BESIDE, w, h), (mx - w / 2, my + GAP_BESIDE, w, h)]
    for shift in (-0.5, 0.0, -1.0):  # centred on the middle, then starting or ending there
        out += [(mx + w * shift, top - h - GAP_OUTSIDE, w, h),
                (mx + w * shift, bottom + GAP_OUTSIDE, w, h)]
    return out


def _meets(x, y, w, h, rect) -> bool:
    """Do two rects share some area (touching edges do not)?"""
    ox, oy, ow, oh = rect
    return x < ox + ow and ox < x + w and y < oy + oh and oy < y + h


def head_box(r: Route, head: float) -> tuple:
    """The rect (x, y, w, h) round the arrowhead of length ``head`` (:func:`arrowhead`)."""
    (x1, y1), (x2, y2), (x3, y3) = arrowhead(r, head)
    left, top = min(x1, x2, x3), min(y1, y2, y3)
    return left, top, max(x1, x2, x3) - left, max(y1, y2, y3) - top


def inside(rect: tuple, window: tuple) -> tuple:
    """``rect`` slid (not resized) the least way into ``window`` (a printed part of the
    map); pinned to its top left when it is larger."""
    x, y, w, h = rect
    wx, wy, ww, wh = window
    return (max(min(x, wx + ww - w), wx), max(min(y, wy + wh - h), wy), w, h)


def place_label(r: Route, w: float, h: float, blocked=None, window=None,
                head: float = 0.0) -> LabelPlace:
    """The first candidate (:func:`label_candidates`) that, grown by ``CLEARANCE``,
    touches neither of the arrow's two steps nor its own head (of length ``head``) nor
    anything ``blocked(grown_rect)`` says is taken (other steps, labels and heads). With a ``window`` (x, y, w, h: the printed part) every candidate is first
    slid inside it (:func:`inside`).

    Crowded (no candidate free): the first one clear of the two steps, else the first
    candidate. A label off the curve gets a leader (:func:`leader`)."""
    source, target = r.source, r.target
    points = middle_points(r)
    candidates = label_candidates(r, w, h, points)
    if window is not None:
        candidates = [inside(rect, window) for rect in candidates]
    fallback = None
    own_head = head_box(r, head) if head > 0 else None
    k = CLEARANCE
    gw, gh = w + 2 * k, h + 2 * k
    for rect in candidates:
        x, y = rect[0] - k, rect[1] - k
        if _meets(x, y, gw, gh, source) or _meets(x, y, gw, gh, target) or (
                own_head is not None and _meets(x, y, gw, gh, own_head)):
            continue
        if fallback is None:
            fallback = rect
        if blocked is not None and blocked((x, y, gw, gh)):
            continue
        return LabelPlace(rect, False, leader(r, rect, points))
    rect = fallback if fallback is not None else candidates[0]
    return LabelPlace(rect, True, leader(r, rect, points))


def on_curve(r: Route, rect: tuple, points: dict | None = None) -> bool:
    """Does the label at ``rect`` sit on the curve (near one of its middle points)?"""
    if points is None:
        points = middle_points(r)
    s = ON_CURVE_SLACK
    x0, y0 = rect[0] - s, rect[1] - s
    x1, y1 = x0 + (rect[2] + 2 * s), y0 + (rect[3] + 2 * s)
    for t in ON_CURVE_CHECK:
        x, y = points[t]
        if x0 <= x <= x1 and y0 <= y <= y1:
            return True
    return False


def leader(r: Route, rect: tuple, points: dict | None = None) -> tuple | None:
    """The line from the curve's middle to the nearest point of a label that is off the
    curve (None when it is on it), so the reader knows which arrow it names."""
    if points is None:
        points = middle_points(r)
    if on_curve(r, rect, points):
        return None
    mx, my = points[0.5]
    x, y, w, h = rect
    return mx, my, min(max(mx, x), x + w), min(max(my, y), y + h)
