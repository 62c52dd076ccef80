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
    """An arrow's cubic Bézier between two shapes, and the shapes and sides it joins."""

    start: tuple[float, float]
    c1: tuple[float, float]
    c2: tuple[float, float]
    end: tuple[float, float]
    out_side: str
    in_side: str
    source: tuple
    target: tuple


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


def _ends(source: tuple, target: tuple, fork: bool) -> tuple:
    """The start, the end and the two control points (8 numbers) and the two sides.
    Table look-ups, not calls: it runs for every arrow when a map opens."""
    sx, sy, sw, sh = source
    tx, ty, tw, th = target
    out_side = side(sx, sy, sw, sh, tx, ty, tw, th, fork)
    in_side = side(tx, ty, tw, th, sx, sy, sw, sh, False)
    fx, fy, ox, oy = _SIDE[out_side]
    ax, ay = sx + sw * fx, sy + sh * fy  # the middle of the side the arrow leaves by
    fx, fy, ix, iy = _SIDE[in_side]
    bx, by = tx + tw * fx, ty + th * fy
    d = max(BEND_MIN, min(BEND_MAX, math.hypot(bx - ax, by - ay) * BEND_SHARE))
    return (ax, ay, ax + ox * d, ay + oy * d, bx + ix * d, by + iy * d, bx, by,
            out_side, in_side)


def route(source: tuple, target: tuple, fork: bool) -> Route:
    """The curve from ``source`` to ``target`` (``fork``: a branch out of a crossroads)."""
    ax, ay, c1x, c1y, c2x, c2y, bx, by, out_side, in_side = _ends(source, target, fork)
    return Route((ax, ay), (c1x, c1y), (c2x, c2y), (bx, by), out_side, in_side,
                 source, target)


def extent(source: tuple, target: tuple, fork: bool, label: tuple | None = None) -> tuple:
    """``(left, top, right, bottom)`` holding whatever the route between these shapes
    draws except the head's and line's own width: the curve lies in the hull of its end
    and control points, a label of size ``label`` (w, h) within its size of the curve or
    just above or below the two shapes (see :func:`label_candidates`). Cheap: it runs
    for every arrow when a map opens."""
    ax, ay, c1x, c1y, c2x, c2y, bx, by, _out, _in = _ends(source, target, fork)
    left, right = min(ax, bx, c1x, c2x), max(ax, bx, c1x, c2x)
    top, bottom = min(ay, by, c1y, c2y), max(ay, by, c1y, c2y)
    if label is not None:
        w, h = label
        sy, sh, ty, th = source[1], source[3], target[1], target[3]
        left, right = left - w - 6, right + w + 6
        top = min(top, sy, ty) - h - 6
        bottom = max(bottom, sy + sh, ty + th) + h + 6
    return left, top, right, bottom


def point_at(r: Route, t: float) -> tuple[float, float]:
    """The curve's point at Bézier parameter ``t`` (de Casteljau, as Qt computes it).

    This is what ``QPainterPath.pointAtPercent`` gives for a path of one cubic: Qt
    spreads the percentage over a path's segments by length, but inside the one
    segment uses it as the parameter (checked against Qt in the tests)."""
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
    out += [(mx - w / 2, my - h - GAP_BESIDE, w, h), (mx - w / 2, my + GAP_BESIDE, w, h),
            (mx - w / 2, top - h - GAP_OUTSIDE, w, h), (mx - w / 2, bottom + GAP_OUTSIDE, w, h)]
    return out


def _meets(x, y, w, h, rect) -> bool:
    """Do two rects share some area (touching edges do not)?"""
    ox, oy, ow, oh = rect
    return x < ox + ow and ox < x + w and y < oy + oh and oy < y + h


def inside(rect: tuple, window: tuple) -> tuple:
    """``rect`` slid (not resized) the least way into ``window`` (a printed part of the
    map); pinned to its top left when it is larger."""
    x, y, w, h = rect
    wx, wy, ww, wh = window
    return (max(min(x, wx + ww - w), wx), max(min(y, wy + wh - h), wy), w, h)


def place_label(r: Route, w: float, h: float, blocked=None, window=None) -> LabelPlace:
    """The first candidate (:func:`label_candidates`) that, grown by ``CLEARANCE``,
    touches neither of the arrow's two steps nor anything ``blocked(grown_rect)`` says
    is taken. With a ``window`` (x, y, w, h: the printed part) every candidate is first
    slid inside it (:func:`inside`).

    Crowded (no candidate free): the first one clear of the two steps, else the first
    candidate. A label off the curve gets a leader (:func:`leader`)."""
    source, target = r.source, r.target
    points = middle_points(r)
    candidates = label_candidates(r, w, h, points)
    if window is not None:
        candidates = [inside(rect, window) for rect in candidates]
    fallback = None
    k = CLEARANCE
    gw, gh = w + 2 * k, h + 2 * k
    for rect in candidates:
        x, y = rect[0] - k, rect[1] - k
        if _meets(x, y, gw, gh, source) or _meets(x, y, gw, gh, target):
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
