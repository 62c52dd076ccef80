"""A way for an arrow through the gaps between steps, when no single curve finds one.

A long arrow across a crowded stage (a crossroads in one lane sending customers on to a
step two lanes down) has steps in every direct line: whichever sides one curve leaves
and enters by, it runs through a card, and a room reads that as the arrow entering it.
This module finds a run of straight pieces along the corridors between the steps — the
lines halfway between neighbouring steps' edges, the way a person draws round them —
and rounds its corners, so the arrow still reads as one smooth line.

Plain floats, no Qt, shared by the canvas and the PDF through :func:`look.arrows.route`.
The corridors are the midlines between consecutive step edges (each grown by
``CLEARANCE``), so a step always has a corridor line through it and two neighbouring
lines never have a step between them: a straight piece between two free crossing points
of neighbouring lines is free too, and only the crossing points need checking. A
shortest path over those crossings (a bend costs ``BEND_COST`` of length; A*) is the route.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left, bisect_right

CLEARANCE = 6.0     # how far a corridor keeps from a step's border
STUB = 14.0         # the straight run out of the source's side and into the target's
BEND_COST = 60.0    # a bend costs as much as this much length (a person draws few)
CORNER = 14.0       # the radius a corner is rounded with (less on short pieces)
KAPPA = 0.5523      # a cubic's control distance for a quarter circle, per radius
GREED = 2.0         # the estimate counts double: a near-shortest way found in far fewer steps

OUT = {"left": (-1.0, 0.0), "right": (1.0, 0.0), "top": (0.0, -1.0), "bottom": (0.0, 1.0)}
_SIDE = {"left": (0.0, 0.5), "right": (1.0, 0.5), "top": (0.5, 0.0), "bottom": (0.5, 1.0)}


def side_point(rect: tuple, name: str) -> tuple[float, float]:
    x, y, w, h = rect
    fx, fy = _SIDE[name]
    return x + w * fx, y + h * fy


def _midlines(edges: list[float], extra: list[float], low: float, high: float) -> list[float]:
    coords = sorted(set(edges))
    lines = [(a + b) / 2 for a, b in zip(coords, coords[1:])]
    lines += [low + 1.0, high - 1.0] + extra
    return sorted({round(v, 3) for v in lines if low < v < high})


def polyline(source: tuple, target: tuple, rects: list, box: tuple,
             stub: float = STUB) -> tuple[list, str, str] | None:
    """The corridor path from ``source`` to ``target`` (rects x, y, w, h) inside ``box``
    (left, top, right, bottom) that keeps ``CLEARANCE`` from every rect in ``rects``
    (the two ends included: the path may not double back through them): its corner
    points from the source's side to the target's, and the sides it leaves and enters
    by; None when the gaps hold no such path."""
    left, top, right, bottom = box
    c = CLEARANCE
    grown = [(x - c, y - c, x + w + c, y + h + c) for x, y, w, h in rects]
    starts = {name: side_point(source, name) for name in OUT}
    ends = {name: side_point(target, name) for name in OUT}
    stubs_out = {n: (p[0] + OUT[n][0] * stub, p[1] + OUT[n][1] * stub) for n, p in starts.items()}
    stubs_in = {n: (p[0] + OUT[n][0] * stub, p[1] + OUT[n][1] * stub) for n, p in ends.items()}
    points = list(stubs_out.values()) + list(stubs_in.values())
    xs = _midlines([g[0] for g in grown] + [g[2] for g in grown],
                   [p[0] for p in points], left, right)
    ys = _midlines([g[1] for g in grown] + [g[3] for g in grown],
                   [p[1] for p in points], top, bottom)
    nx, ny = len(xs), len(ys)
    blocked = bytearray(nx * ny)
    for gl, gt, gr, gb in grown:  # mark the crossings inside each grown rect
        i0, i1 = bisect_right(xs, gl), bisect_left(xs, gr)
        j0, j1 = bisect_right(ys, gt), bisect_left(ys, gb)
        for i in range(i0, i1):
            row = i * ny
            for j in range(j0, j1):
                blocked[row + j] = 1
    index_x = {round(x, 3): i for i, x in enumerate(xs)}
    index_y = {round(y, 3): j for j, y in enumerate(ys)}

    def node(p):
        i, j = index_x.get(round(p[0], 3)), index_y.get(round(p[1], 3))
        if i is None or j is None or blocked[i * ny + j]:
            return None
        return i, j

    goals = {}
    for name, p in stubs_in.items():
        n = node(p)
        if n is not None:
            goals[n] = name
    if not goals:
        return None
    # A* over (crossing, heading) — heading 0..3 = +x, -x, +y, -y — estimating what is
    # left by the distance to the box the ways in lie on (never too high: A* stays exact)
    heading_of = {"right": 0, "left": 1, "bottom": 2, "top": 3}
    into = {"right": 1, "left": 0, "bottom": 3, "top": 2}  # the heading that enters a side
    tx, ty, tw, th = target
    gl, gr, gt, gb = tx - stub, tx + tw + stub, ty - stub, ty + th + stub
    hx = [GREED * max(0.0, gl - x, x - gr) for x in xs]
    hy = [GREED * (max(0.0, gt - y, y - gb) + stub) for y in ys]
    queue, best, back = [], {}, {}
    for name, p in stubs_out.items():
        n = node(p)
        if n is None:
            continue
        state = (n[0], n[1], heading_of[name])
        cost = stub + (0.0 if name in ("left", "right") else 0.5)  # level exits first, on ties
        if cost < best.get(state, math.inf):
            best[state] = cost
            back[state] = ("start", name)
            heapq.heappush(queue, (cost + hx[n[0]] + hy[n[1]], -cost, state))
    found = None
    inf = math.inf
    push, pop = heapq.heappush, heapq.heappop
    while queue:
        guess, cost, state = pop(queue)  # (on a tie, the one further along)
        cost = -cost
        if found is not None and guess >= found[0]:
            break
        if cost > best.get(state, inf):
            continue
        i, j, heading = state
        if (i, j) in goals:  # arriving: the last run heads into the target's side
            in_side = goals[(i, j)]
            want = into[in_side]
            if (heading ^ 1) != want:  # (not doubling back over its own last run)
                total = cost + stub + (0.0 if heading == want else BEND_COST)
                if found is None or total < found[0]:
                    found = (total, state, in_side)
        for h, a, b in ((0, i + 1, j), (1, i - 1, j), (2, i, j + 1), (3, i, j - 1)):
            if (h ^ 1) == heading or not (0 <= a < nx and 0 <= b < ny) or blocked[a * ny + b]:
                continue  # (no turning back)
            new = cost + (abs(xs[a] - xs[i]) if h < 2 else abs(ys[b] - ys[j]))
            if h != heading:
                new += BEND_COST
            nxt = (a, b, h)
            if new < best.get(nxt, inf):
                best[nxt] = new
                back[nxt] = state
                push(queue, (new + hx[a] + hy[b], -new, nxt))
    if found is None:
        return None
    _cost, state, in_side = found
    cells = []
    while True:
        cells.append((xs[state[0]], ys[state[1]]))
        prev = back[state]
        if prev[0] == "start":
            out_side = prev[1]
            break
        state = prev
    cells.reverse()
    path = [starts[out_side], *cells, ends[in_side]]
    return _corners(path), out_side, in_side


def _corners(points: list) -> list:
    """The points where the path turns (straight runs merged), its two ends kept."""
    out = [points[0]]
    for k in range(1, len(points) - 1):
        (ax, ay), (bx, by), (cx, cy) = out[-1], points[k], points[k + 1]
        if (bx - ax) * (cy - by) - (by - ay) * (cx - bx) != 0 or \
                (bx - ax) * (cx - bx) + (by - ay) * (cy - by) < 0:
            out.append(points[k])
    out.append(points[-1])
    return out


def _unit(ax, ay, bx, by) -> tuple[float, float, float]:
    length = math.hypot(bx - ax, by - ay) or 1.0
    return (bx - ax) / length, (by - ay) / length, length


def _line(ax, ay, bx, by) -> tuple:
    return (ax, ay, ax + (bx - ax) / 3, ay + (by - ay) / 3,
            ax + 2 * (bx - ax) / 3, ay + 2 * (by - ay) / 3, bx, by)


def cubics(points: list, radius: float = CORNER) -> list[tuple]:
    """The polyline ``points`` as cubic pieces (8 numbers each): straight runs, and each
    corner a quarter circle of ``radius`` (less where a run is short)."""
    pieces = []
    x, y = points[0]
    for k in range(1, len(points) - 1):
        (px, py), (cx, cy), (nx, ny) = points[k - 1], points[k], points[k + 1]
        ux, uy, before = _unit(px, py, cx, cy)
        vx, vy, after = _unit(cx, cy, nx, ny)
        r = min(radius, before / 2 if k > 1 else before, after / 2 if k < len(points) - 2 else after)
        ex, ey = cx - ux * r, cy - uy * r
        if math.hypot(ex - x, ey - y) > 1e-6:
            pieces.append(_line(x, y, ex, ey))
        fx, fy = cx + vx * r, cy + vy * r
        pieces.append((ex, ey, ex + ux * r * KAPPA, ey + uy * r * KAPPA,
                       fx - vx * r * KAPPA, fy - vy * r * KAPPA, fx, fy))
        x, y = fx, fy
    bx, by = points[-1]
    pieces.append(_line(x, y, bx, by))
    return pieces
