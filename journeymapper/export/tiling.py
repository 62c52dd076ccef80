"""Fit the map on one page, or cut it into parts and lay the parts out on as few pages
as will print every word readably.

The rule from the users: a big map must not shrink into an unreadable strip.
The map is drawn at one scale on every page; that scale is the largest that
fits, as long as the smallest text on the map prints at ``MIN_READABLE_PT`` or
more. Below that the map is cut into bands of whole stages, as wide as a page
allows and balanced so the last is not a sliver, printed like the words and lines
of a text: side by side while they fit a page's width, then one under the other
(:func:`_pile`). In a band each micro-journey is only as tall as its
steps (and arrow labels) in those stages need, and one with nothing there is
left out (:class:`BandLayout`): a lane that is busy in one stage and empty in
the rest no longer prints its height across the whole map; a part leaves out the
stages at its ends where its micro-journeys have nothing (:func:`_trimmed`). A band taller than a
page is cut between micro-journeys; a single stage wider than a page is cut
where it is blank between steps (in equal slices only when there is no such
place). Blank space wider than the map's own spacing (a hand-spread map) is not
printed; steps keep their order, rows and columns.

The legend is printed once: on the first page of the parts with room left for it,
or on the whole-map-at-a-glance page, which comes first only when the parts take
``GLANCE_FROM`` pages or more (on fewer, each page's thumbnail shows where it sits).

Arrow labels take the room the PDF prints them in: where the shared rule
(:mod:`journeymapper.look.arrows`, through :mod:`.shapes`) puts them, see
:func:`label_places`.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from ..model import EdgeKind
from ..look import arrows as ar
from ..look.edges import edge_look
from ..look.layout import DrawnLayout
from ..look.palette import HEADER_PT, MAP_MIN_TEXT_PT, MIN_READABLE_PT
from ..model.geometry import (
    CELL_PADDING,
    EMOTION_BAND,
    FLOW_GAP,
    HEADER_HEIGHT,
    LANE_HEADER_WIDTH,
    GridLayout,
    Rect,
)
from .fonts import BOLD, width as text_width
from .shapes import arrow_path, label_size, paper_size_of
from .words import translate

MAX_SCALE = 1.0  # never blow a small map up beyond its screen size
MIN_COLUMN = 140.0
MIN_LANE = 120.0
STACK_GAP = 14.0   # points between two parts stacked on one page
PRINT_MARGIN = 24.0  # blank space kept before the first step of a stage or lane
PRINT_GAP = FLOW_GAP  # and between steps (the auto-layout's own gap)
MORE_BANDS = 4     # more stage (and lane) groups tried than the fewest: a fuller, larger print
BIG_PLAN = 60      # parts beyond which other stage groupings are not tried
GLANCE_FROM = 6    # parts on this many pages or more: the whole map at a glance first
BAND_MARGIN = CELL_PADDING  # blank space kept above a micro-journey's first step in a band


@dataclass(frozen=True)
class _Band:
    """A stage or lane as the printed grid sees it: its id and printed size."""

    id: str
    width: float = 0.0
    height: float = 0.0


def print_layout(document) -> GridLayout:
    """The grid as printed: each stage as wide and each lane as tall as its content
    needs (blank space at the end is not printed; a step placed past the edge gets
    room, so it never covers the emotion curve or the next stage).

    Steps keep their order and arrangement inside their cell, so the paper looks like
    the screen; only blank space wider than the map's own spacing is left out (a
    margin over ``PRINT_MARGIN``, a gap between steps over ``PRINT_GAP``). It starts from
    the screen's layout: every step as big as its words need, its neighbours moved
    aside (:mod:`journeymapper.look.layout`).
    """
    sizes: dict = {}
    drawn = DrawnLayout.of(document, paper_size_of(document))
    shifts, right, bottom = _squeezed(document, sizes, drawn)
    return _printed(document, shifts, right, bottom, sizes, drawn)


def name_width(stage) -> float:
    """How wide a stage's column prints for its name to fit its header on one line (a
    long name wraps from 260 units on)."""
    return min(text_width(stage.name, BOLD, HEADER_PT) + 40, 260.0) if stage.name else 0.0


def _printed(document, shifts: dict, right: dict, bottom: dict,
             sizes: dict | None = None, drawn: DrawnLayout | None = None) -> "PrintLayout":
    """The printed grid for these moves of the steps, its columns and lanes holding
    the labels that reach ``right`` into a column and ``bottom`` down a lane."""
    drawn = drawn or DrawnLayout.of(document, paper_size_of(document))
    right, bottom = dict(right), dict(bottom)
    for node in document.nodes():
        x, y, w, h = drawn.placement(node)
        dx, dy = shifts.get(node.id, (0.0, 0.0))
        right[node.stage_id] = max(right.get(node.stage_id, 0.0),
                                   x - dx + w + CELL_PADDING)
        bottom[node.journey_id] = max(bottom.get(node.journey_id, 0.0),
                                      y - dy + h + CELL_PADDING)
    stages = []
    for stage in document.stages:
        need = max(MIN_COLUMN, name_width(stage), right.get(stage.id, 0.0))
        stages.append(_Band(stage.id, width=need if stage.id in right else
                            min(stage.width, need)))
    lanes = []
    for journey in document.journeys:
        need = max(MIN_LANE, bottom.get(journey.id, 0.0) + EMOTION_BAND)
        lanes.append(_Band(journey.id, height=need if journey.id in bottom else
                           min(journey.height, need)))
    return PrintLayout(stages, lanes, shifts, document, sizes, drawn)


class PrintLayout(GridLayout):
    """The printed grid, with each step moved left and up by what blank space before it
    was left out (from its place and size on the screen, ``drawn``)."""

    def __init__(self, stages, journeys, shifts: dict[str, tuple[float, float]],
                 document=None, label_sizes: dict | None = None,
                 drawn: DrawnLayout | None = None) -> None:
        super().__init__(stages, journeys)
        self._drawn = drawn
        self._shifts = shifts
        self._document = document
        self._sizes = label_sizes
        self._labels: dict | None = None
        self.routes: dict | None = None  # edge id -> its route here, when already made

    def label_places(self, document, rects: dict) -> dict:
        """:func:`label_places` on this layout (``rects``: its steps' rects), worked out
        once: both orientations of an export plan the same layout; the arrows' routes
        are the ones the export drew (``routes``), not made a second time."""
        if document is not self._document:
            return label_places(document, rects)
        if self._labels is None:
            self._labels = label_places(document, rects, sizes=self._sizes,
                                        routes=self.routes)
        return self._labels

    def node_rect(self, node) -> Rect:
        rect = super().node_rect(node)
        if self._drawn is not None:  # at its size and place on the screen, in its cell
            x, y, w, h = self._drawn.placement(node)
            rect = Rect(rect.x - node.x + x, rect.y - node.y + y, w, h)
        shift = self._shifts.get(node.id)
        if shift is None:
            return rect
        return Rect(rect.x - shift[0], rect.y - shift[1], rect.w, rect.h)


def _squeezed(document, sizes: dict | None = None,
              drawn: DrawnLayout | None = None) -> tuple[dict, dict, dict]:
    """How far each step moves left and up so that no blank stretch in its stage column
    (across all lanes) or its lane (across all stages) is wider than the map's own
    spacing. Moves are the same for every step of a stretch: order, rows and columns
    stay as they are. Also how far into its column and its lane the arrow labels
    reach (stage / lane id -> the furthest end, moves taken off).

    An arrow's label keeps the room it takes on the screen (:func:`label_places`)
    along the axis its two steps share: across their stage (its part in each of the
    two stages, for steps side by side in one lane), down their lane. Only the
    columns and lanes with blank space to leave out, and steps side by side further
    apart than the printed gap, ask where their labels go (room kept can only keep
    more); ``sizes`` gathers the labels measured."""
    drawn = drawn or DrawnLayout.of(document, paper_size_of(document))
    across: dict[str, list] = {}
    down: dict[str, list] = {}
    for node in document.nodes():
        x, y, w, h = drawn.placement(node)
        across.setdefault(node.stage_id, []).append((x, x + w, node.id))
        down.setdefault(node.journey_id, []).append((y, y + h, node.id))
    dx = {k: _cuts(spans) for k, spans in across.items()}
    dy = {k: _cuts(spans) for k, spans in down.items()}
    right: dict[str, float] = {}
    bottom: dict[str, float] = {}
    sizes = {} if sizes is None else sizes
    loose = [e for e in document.edges() if _has_words(e)]
    screen = None
    if loose:
        node = document.node
        wanted, apart = [], []
        for e in loose:
            a, b = node(e.source), node(e.target)
            if (a.stage_id == b.stage_id and dx[a.stage_id]) or (
                    a.journey_id == b.journey_id and dy[a.journey_id]):
                wanted.append((e, a, b))
            elif a.journey_id == b.journey_id:  # side by side across a stage boundary:
                screen = screen or drawn  # the label sits between
                ra, rb = screen.node_rect(a), screen.node_rect(b)  # them on the screen
                gap = max(rb.x - ra.right, ra.x - rb.right)
                if gap > PRINT_GAP and gap > _label_width(e, ra, rb, sizes) + 4:
                    apart.append((e, a, b))
        if apart:  # ... and on paper, where a column ends after its last step, too?
            ends: dict[str, float] = {}
            index = {stage.id: i for i, stage in enumerate(document.stages)}
            for e, a, b in apart:
                if index[a.stage_id] > index[b.stage_id]:
                    a, b = b, a
                if index[b.stage_id] != index[a.stage_id] + 1:
                    continue  # a column or more between them
                end = ends.get(a.stage_id)
                if end is None:
                    end = ends[a.stage_id] = _column_width(document.stage(a.stage_id),
                                                           across[a.stage_id], dx[a.stage_id])
                ax, _ay, aw, _ah = drawn.placement(a)
                a_right = ax - dx[a.stage_id].get(a.id, 0.0) + aw
                bx = drawn.placement(b)[0]
                if end - a_right + bx - dx[b.stage_id].get(b.id, 0.0) < sizes[e.id][0] + 4:
                    wanted.append((e, a, b))
        loose = wanted
    if loose:
        screen = screen or drawn
        places = label_places(document, _node_rects(document, screen), [e for e, _, _ in loose],
                              sizes)
        reach_x, reach_y = [], []
        for edge, a, b in loose:
            place = places.get(edge.id)
            if place is None:
                continue
            x, y, w, h = place
            if a.stage_id == b.stage_id or a.journey_id == b.journey_id:
                for stage_id in {a.stage_id, b.stage_id}:
                    col = screen.column(stage_id)
                    lo, hi = max(x, col.x) - col.x, min(x + w, col.right) - col.x
                    if lo < hi:
                        key = (edge.id, stage_id)
                        across[stage_id].append((lo, hi, key))
                        reach_x.append((stage_id, hi, key))
            if a.journey_id == b.journey_id:
                top = screen.lane(a.journey_id).y
                key = (edge.id, a.journey_id)
                down[a.journey_id].append((y - top, y + h - top, key))
                reach_y.append((a.journey_id, y + h - top, key))
        for stage_id, _, _ in reach_x:
            dx[stage_id] = _cuts(across[stage_id])
        for lane_id, _, _ in reach_y:
            dy[lane_id] = _cuts(down[lane_id])
        for stage_id, end, key in reach_x:
            end -= dx[stage_id].get(key, 0.0)
            right[stage_id] = max(right.get(stage_id, 0.0), end)
        for lane_id, end, key in reach_y:
            end -= dy[lane_id].get(key, 0.0)
            bottom[lane_id] = max(bottom.get(lane_id, 0.0), end)
    return _shifts(dx, dy), right, bottom


def _shifts(dx: dict, dy: dict) -> dict[str, tuple[float, float]]:
    """Step id -> (left, up) from each column's and lane's :func:`_cuts`."""
    dx = {k: v for cuts in dx.values() for k, v in cuts.items() if isinstance(k, str)}
    dy = {k: v for cuts in dy.values() for k, v in cuts.items() if isinstance(k, str)}
    return {key: (dx.get(key, 0.0), dy.get(key, 0.0)) for key in set(dx) | set(dy)
            if dx.get(key) or dy.get(key)}


def _column_width(stage, spans, cuts: dict) -> float:
    """How wide a stage's column prints with the steps at ``spans`` moved by ``cuts``
    (as :func:`print_layout` makes it)."""
    right = max((end - cuts.get(key, 0.0) for _, end, key in spans if isinstance(key, str)),
                default=0.0) + CELL_PADDING
    name_w = text_width(stage.name, BOLD, HEADER_PT) + 40 if stage.name else 0.0
    return max(MIN_COLUMN, min(name_w, 260.0), right)


def _label_width(edge, a: Rect, b: Rect, sizes: dict) -> float:
    """The width of the arrow's label (0 when it has no words), measured once into
    ``sizes`` (see :func:`label_places`)."""
    size = sizes.get(edge.id, False)
    if size is False:
        arrow = arrow_path(edge, a, b)
        size = sizes[edge.id] = (label_size(arrow) if arrow.label is not None
                                 and arrow.label.lines else None)
    return 0.0 if size is None else size[0]


def _has_words(edge) -> bool:
    """Might the arrow print words (cheap; :func:`.shapes.arrow_words` says which)?"""
    return bool(edge.label.strip()) or edge.share is not None or edge.kind == EdgeKind.BRANCH


class _Taken:
    """Rects already taken (steps, labels placed), bucketed in a coarse grid so that a
    label's try looks at its neighbours only."""

    CELL = 256.0

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list] = {}

    def add(self, x: float, y: float, w: float, h: float) -> None:
        box = (x, y, x + w, y + h)
        k, cells = self.CELL, self._cells
        j0, j1 = int(y // k), int((y + h) // k) + 1
        for i in range(int(x // k), int((x + w) // k) + 1):
            for j in range(j0, j1):
                found = cells.get((i, j))
                if found is None:
                    cells[i, j] = [box]
                else:
                    found.append(box)

    def hits(self, rect: tuple) -> bool:
        """Does ``rect`` (x, y, w, h) share some area with anything taken?"""
        x, y, w, h = rect
        right, bottom = x + w, y + h
        k, cells = self.CELL, self._cells
        j0, j1 = int(y // k), int(bottom // k) + 1
        for i in range(int(x // k), int(right // k) + 1):
            for j in range(j0, j1):
                for x0, y0, x1, y1 in cells.get((i, j), ()):
                    if x < x1 and x0 < right and y < y1 and y0 < bottom:
                        return True
        return False


def label_places(document, rects: dict, edges=None, sizes: dict | None = None,
                 routes: dict | None = None) -> dict:
    """Where each arrow's label goes among steps at ``rects`` (node id -> Rect): edge id
    -> (x, y, w, h). ``edges``: only these arrows (all, by default); ``sizes``: edge id
    -> the label's (w, h), or None for no words, as measured before (the words do not
    move with the layout), and filled in here; ``routes``: edge id -> the arrow's route
    among these very steps, when it has been made already.

    The PDF's own choice (:func:`.shapes.place_label`: the canvas's rule, the words of
    :func:`.shapes.arrow_words` fitted by :func:`.shapes.arrow_path`) on a part with
    room for it: the first candidate clear of every step and of the labels placed
    before it, in the map's arrow order. This, and not the superset the canvas keeps
    for an arrow's bounds (a label's width either side of the curve, its height above
    and below both steps), is the room tiling keeps: a superset would leave a busy
    stage no blank place to be cut at (it would be sliced through its cards) and make
    parts keep lanes no label uses (more pages); the chosen place is where the label
    prints when no part's edge is in its way, and keeping the edges out of it is
    tiling's job.
    """
    sizes = {} if sizes is None else sizes
    taken = _Taken()
    for r in rects.values():
        taken.add(r.x, r.y, r.w, r.h)
    steps = None
    known = routes or {}
    routes = {}
    for edge in document.edges():  # labels keep off every arrowhead
        a, b = rects.get(edge.source), rects.get(edge.target)
        if a is not None and b is not None:
            route = known.get(edge.id)
            if route is None:
                if steps is None:
                    steps = ar.Obstacles((r.x, r.y, r.w, r.h) for r in rects.values())
                route = ar.route((a.x, a.y, a.w, a.h), (b.x, b.y, b.w, b.h),
                                 edge.kind == EdgeKind.BRANCH, steps)
            routes[edge.id] = route
            taken.add(*ar.head_box(route, edge_look(edge).head))
    out: dict[str, tuple] = {}
    for edge in document.edges() if edges is None else edges:
        size = sizes.get(edge.id, False)
        if size is None or (size is False and not _has_words(edge)):
            continue
        a, b = rects.get(edge.source), rects.get(edge.target)
        if a is None or b is None:
            continue
        if size is False:
            arrow = arrow_path(edge, a, b)
            size = sizes[edge.id] = (label_size(arrow) if arrow.label is not None
                                     and arrow.label.lines else None)
            if size is None:
                continue
        route = routes[edge.id]
        rect = ar.place_label(route, size[0], size[1], taken.hits,
                              head=edge_look(edge).head).rect
        taken.add(*rect)
        out[edge.id] = rect
    return out


def _cuts(spans) -> dict[str, float]:
    """For spans (start, end, id) along one axis: how much blank space before each is
    left out (a leading margin over ``PRINT_MARGIN``, gaps over ``PRINT_GAP``)."""
    out: dict[str, float] = {}
    removed = 0.0
    reach = None
    for start, end, key in sorted(spans, key=lambda span: span[:2]):
        if reach is None:
            removed = max(0.0, start - PRINT_MARGIN) if key is not None else 0.0
        elif start > reach:
            removed += max(0.0, start - reach - PRINT_GAP)
        reach = end if reach is None else max(reach, end)
        if removed and key is not None:
            out[key] = removed
    return out


@dataclass(frozen=True)
class Tile:
    """One part of the map: a window [x0, x1) × [y0, y1) of the map's content, in map
    units, printed on page ``page`` (counted from 0 among the parts' pages) with its
    frame ``top`` points below the top of the page's map area and ``left`` points right
    of its left edge.

    In a plan cut into bands of stages (``MapPlan.layouts``) the window is in its band's
    own layout (``column`` is the band), where each micro-journey is only as tall as its
    steps in these stages need; ``outline`` is then the same part on the whole map, as
    (x0, y0, x1, y1), for the thumbnails that show where a part sits."""

    index: int
    x0: float
    x1: float
    y0: float
    y1: float
    column: int
    row: int
    page: int = 0
    top: float = 0.0
    outline: tuple[float, float, float, float] | None = None
    left: float = 0.0  # points right of the map area's left edge (parts side by side)

    @property
    def content_w(self) -> float:
        return self.x1 - self.x0

    @property
    def content_h(self) -> float:
        return self.y1 - self.y0

    @property
    def whole(self) -> tuple[float, float, float, float]:
        """The part on the whole map (print layout): (x0, y0, x1, y1)."""
        return self.outline or (self.x0, self.y0, self.x1, self.y1)


@dataclass(frozen=True)
class MapPlan:
    scale: float
    tiles: tuple[Tile, ...]
    width: float    # the map's full extent in map units, headers included
    height: float
    column_edges: tuple[tuple[float, float], ...]  # the bands of stages (x ranges)
    row_edges: tuple[tuple[float, float], ...]
    layouts: tuple = ()  # a BandLayout per band of stages; () when the map is one part
    legend_page: int = 0  # the page of the parts the legend prints on; -1: the glance page

    @property
    def tiled(self) -> bool:
        """The map is printed in more than one part (on one page or more)."""
        return len(self.tiles) > 1

    @cached_property
    def pages(self) -> tuple[tuple[Tile, ...], ...]:
        """The parts on each page, in order."""
        count = max((t.page for t in self.tiles), default=0) + 1
        out: list[list[Tile]] = [[] for _ in range(count)]
        for tile in self.tiles:
            out[tile.page].append(tile)
        return tuple(tuple(p) for p in out)

    @property
    def paged(self) -> bool:
        """The parts need more than one page (each page then shows where it sits)."""
        return any(t.page for t in self.tiles)

    @property
    def glance(self) -> bool:
        """The whole map at a glance is printed before the parts (with the legend): only
        when the parts take ``GLANCE_FROM`` pages or more; on fewer, the pages' own
        thumbnails show where each part sits, and a glance page would be one more
        unreadable page."""
        return self.legend_page < 0

    def on_page(self, tile: Tile) -> tuple[Tile, ...]:
        """The parts printed on the same page as ``tile`` (itself included)."""
        return self.pages[tile.page]

    def layout_of(self, tile: Tile):
        """The layout ``tile``'s window is in: its band's, or None (the whole map's)."""
        return self.layouts[tile.column] if self.layouts else None

    @property
    def columns(self) -> int:
        return len(self.column_edges)

    @property
    def rows(self) -> int:
        return max((t.row for t in self.tiles), default=0) + 1


def map_extent(document, layout: GridLayout, rects=None) -> tuple[float, float]:
    """The map's width and height: the grid, stretched to hold steps placed beyond it
    (``rects``: the steps' rectangles, when they are at hand)."""
    width, height = layout.width, layout.height
    for rect in _node_rects(document, layout).values() if rects is None else rects:
        width = max(width, rect.right + CELL_PADDING)
        height = max(height, rect.bottom + CELL_PADDING)
    return max(width, LANE_HEADER_WIDTH + 80.0), max(height, HEADER_HEIGHT + 80.0)


def _node_rects(document, layout: GridLayout) -> dict:
    rects = {}
    for node in document.nodes():
        try:
            rects[node.id] = layout.node_rect(node)
        except KeyError:  # a step in a stage or lane the grid does not know
            continue
    return rects


def _merged(spans) -> list[tuple[float, float]]:
    """Overlapping (start, end) spans merged, sorted."""
    out: list[list[float]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _blank_cut(lo: float, hi: float, filled: list[tuple[float, float]]) -> float | None:
    """The furthest place in [lo, hi] with no step on it, as far from the steps on
    either side as it can be; None when steps cover all of [lo, hi]."""
    i = max(0, bisect_right(filled, (hi, math.inf)) - 1)
    while i >= -1:
        gap_a = filled[i][1] if i >= 0 else -math.inf
        gap_b = filled[i + 1][0] if i + 1 < len(filled) else math.inf
        if gap_b <= lo:
            return None
        if gap_a < hi and gap_b > lo:
            mid = (gap_a + gap_b) / 2 if math.isfinite(gap_a + gap_b) else (
                hi if gap_b > hi else lo)
            cut = min(max(mid, lo, gap_a + 1e-6), hi, gap_b - 1e-6)
            if gap_a < cut < gap_b:
                return cut
        i -= 1
    return None


def _segments(bounds: list[float], end: float, capacity: float,
              filled=(), steps=None) -> list[tuple[float, float]]:
    """Cells between consecutive boundaries, the last stretched to ``end``; a cell
    longer than ``capacity`` is cut where it is blank (``filled``: the merged spans the
    steps and arrow labels cover), else between steps (``steps()``: the merged spans
    of the steps alone), and into equal slices where neither is."""
    cuts = sorted(set(b for b in bounds if b < end)) + [end]
    filled = list(filled)
    between = None  # steps(), asked for once, when labels leave no blank place
    out: list[tuple[float, float]] = []
    for a, b in zip(cuts, cuts[1:]):
        pos = a
        while b - pos > capacity + 1e-9:
            cut = _blank_cut(pos + capacity / 2, pos + capacity, filled)
            if cut is None and steps is not None:  # labels fill the gaps: cut one
                between = steps() if between is None else between
                cut = _blank_cut(pos + capacity / 2, pos + capacity, between)
            if cut is None:  # steps all the way: equal slices of what is left
                cut = pos + (b - pos) / math.ceil((b - pos) / capacity - 1e-9)
            out.append((pos, cut))
            pos = cut
        out.append((pos, b))
    return out


def _straddled(segments, labels) -> frozenset[int]:
    """The segments whose start an arrow label runs across (``labels``: the merged
    spans the labels take along the same axis), by index."""
    if len(segments) < 2 or not labels:
        return frozenset()
    starts = [a for a, _ in labels]
    out = set()
    for k in range(1, len(segments)):
        edge = segments[k][0]
        i = bisect_right(starts, edge - 0.5) - 1
        if i >= 0 and labels[i][1] > edge + 0.5:
            out.add(k)
    return frozenset(out)


def _greedy(segments, capacity: float, glued=frozenset()) -> list[list[tuple[float, float]]]:
    """Consecutive segments in groups within ``capacity``, each as full as it gets.
    A group does not end before a segment in ``glued`` (an arrow label runs across its
    start) when it can end at an earlier boundary instead."""
    groups: list[list[tuple[float, float]]] = []
    first = 0  # the index of the last group's first segment
    for k, seg in enumerate(segments):
        if groups and seg[1] - groups[-1][0][0] <= capacity + 1e-6:
            groups[-1].append(seg)
            continue
        if k in glued and groups:
            j = k - 1  # the latest boundary in the last group no label runs across
            while j > first and j in glued:
                j -= 1
            if j > first and seg[1] - segments[j][0] <= capacity + 1e-6:
                last = groups[-1]
                groups.append(last[j - first:] + [seg])
                del last[j - first:]
                first = j
                continue
        groups.append([seg])
        first = k
    return groups


def _balanced(segments, capacity: float, count: int | None = None,
              glued=frozenset()) -> list[tuple[float, float]]:
    """The fewest groups of consecutive segments within ``capacity`` (or at most
    ``count`` groups), made as even as possible (binary search on the largest group).
    With ``glued`` (see :func:`_greedy`) the groups end beside labels, not across
    them, where they can in as few groups."""
    if count is None:
        count = len(_greedy(segments, capacity))
    if glued and len(_greedy(segments, capacity, glued)) > count:
        glued = frozenset()  # as few parts come first
    longest = max(b - a for a, b in segments)
    lo, hi = longest, max(capacity, segments[-1][1] - segments[0][0])
    for _ in range(40):
        mid = (lo + hi) / 2
        if len(_greedy(segments, mid, glued)) <= count:
            hi = mid
        else:
            lo = mid
    if glued and hi > capacity:
        hi = capacity
    return [(g[0][0], g[-1][1]) for g in _greedy(segments, hi, glued)]


def _footprints(document, layout: GridLayout, rects: dict) -> list[tuple]:
    """What a part must show, as (x0, x1, y0, y1): every step and note, and every arrow
    label where it prints (:func:`label_places`), so no part's edge runs through it."""
    out = [(r.x, r.right, r.y, r.bottom) for r in rects.values()]
    places = (layout.label_places(document, rects) if hasattr(layout, "label_places")
              else label_places(document, rects))
    out += [(x, x + w, y, y + h) for x, y, w, h in places.values()]
    return out


def _reach(layout: GridLayout, footprints) -> list[tuple[float, float, int, float, float]]:
    """Each footprint as (x0, x1, lane index, top, bottom), top and bottom measured from
    the top of the lane holding its middle: what a band of stages must hold of it."""
    tops = [layout.lane(j).y for j in layout.journey_ids]
    if not tops:
        return []
    out = []
    for x0, x1, y0, y1 in footprints:
        j = max(0, bisect_right(tops, (y0 + y1) / 2) - 1)
        out.append((x0, x1, j, y0 - tops[j], y1 - tops[j]))
    return out


class BandLayout(GridLayout):
    """The printed grid of one band of stages (a column of parts, printed one under the
    other like the lines of a text): every stage as wide as on the whole map, and each
    micro-journey only as tall as its steps and arrow labels in these stages need, from
    the first of them; a micro-journey with nothing in these stages is left out (0
    high). Steps keep their places inside their lane, moved up together."""

    def __init__(self, whole: GridLayout, stage_ids, heights: dict, lifts: dict) -> None:
        super().__init__([_Band(s, width=whole.column(s).w) for s in whole.stage_ids],
                         [_Band(j, height=heights.get(j, 0.0)) for j in whole.journey_ids])
        self.whole = whole
        self.band_stages = frozenset(stage_ids)
        self._dy = {j: self.lane(j).y - whole.lane(j).y - lifts.get(j, 0.0)
                    for j in whole.journey_ids}
        self._lifts = lifts
        self.reach_x: dict[str, tuple[float, float]] = {}  # journey id -> its x extent here

    def shows(self, journey_id: str) -> bool:
        return self.lane(journey_id).h > 0

    def band_dy(self, journey_id: str) -> float:
        """How far this band moves the steps of a micro-journey down from the whole map."""
        return self._dy[journey_id]

    def node_rect(self, node) -> Rect:
        rect = self.whole.node_rect(node)
        return Rect(rect.x, rect.y + self._dy[node.journey_id], rect.w, rect.h)

    def whole_y(self, y: float, end: bool = False) -> float:
        """Where the height ``y`` of this band is on the whole map (a lane's edge on its
        edge; ``end``: ``y`` ends a part, so a lane's top there is the lane before's
        bottom)."""
        shown = [j for j in self.journey_ids if self.shows(j)]
        if not shown:
            return y
        for j in shown:
            lane, whole = self.lane(j), self.whole.lane(j)
            if (lane.y <= y < lane.bottom) if not end else (lane.y < y <= lane.bottom):
                if abs(y - lane.y) < 1e-6:
                    return whole.y
                if abs(y - lane.bottom) < 1e-6:
                    return whole.bottom
                return min(whole.bottom, whole.y + self._lifts.get(j, 0.0) + y - lane.y)
        return self.whole.lane(shown[-1]).bottom if y > HEADER_HEIGHT else HEADER_HEIGHT


def _bands(layout: GridLayout, columns, reach) -> list[BandLayout]:
    """The band layout of each group of stages (``columns``: their x ranges)."""
    starts = [a for a, _ in columns]
    ids = layout.journey_ids
    inf = math.inf
    lo = [[inf] * len(ids) for _ in columns]
    hi = [[-inf] * len(ids) for _ in columns]
    left = [[inf] * len(ids) for _ in columns]    # how far across the band a lane's
    right = [[-inf] * len(ids) for _ in columns]  # steps and labels reach (_trimmed)
    for x0, x1, j, top, bottom in reach:
        k = max(0, bisect_right(starts, x0) - 1)
        while k < len(columns) and columns[k][0] < x1:
            if columns[k][1] > x0:
                if top < lo[k][j]:
                    lo[k][j] = top
                if bottom > hi[k][j]:
                    hi[k][j] = bottom
                if x0 < left[k][j]:
                    left[k][j] = x0
                if x1 > right[k][j]:
                    right[k][j] = x1
            k += 1
    used = {j for row in hi for j, v in enumerate(row) if v > -inf}
    bands = []
    for k, (x0, x1) in enumerate(columns):
        heights, lifts = {}, {}
        for j, jid in enumerate(ids):
            whole = layout.lane(jid).h
            if hi[k][j] > -inf:
                lift = max(0.0, lo[k][j] - BAND_MARGIN)
                heights[jid] = min(whole, max(MIN_LANE, hi[k][j] + CELL_PADDING - lift
                                              + EMOTION_BAND))
                lifts[jid] = lift
            elif j not in used and (k == 0 or not used):
                heights[jid] = whole  # a micro-journey with no steps yet: named once
        stages = [s for s in layout.stage_ids
                  if layout.column(s).x < x1 - 1e-6 and layout.column(s).right > x0 + 1e-6]
        band = BandLayout(layout, stages, heights, lifts)
        band.reach_x = {jid: (left[k][j], right[k][j]) for j, jid in enumerate(ids)
                        if right[k][j] > -inf}
        bands.append(band)
    return bands


def _greedy_lanes(heights: list[list[float]], capacity: float) -> list[tuple[int, int]]:
    """The micro-journeys in consecutive groups, as (first, end) indexes, each as full
    as it gets while it fits ``capacity`` in every band (``heights``: per band, each
    micro-journey's height there). A micro-journey taller than that is a group alone."""
    count = len(heights[0]) if heights else 0
    groups: list[tuple[int, int]] = []
    start = 0
    sums = [0.0] * len(heights)
    for j in range(count):
        grown = [total + row[j] for total, row in zip(sums, heights)]
        if j > start and max(grown) > capacity + 1e-6:
            groups.append((start, j))
            start = j
            sums = [row[j] for row in heights]
        else:
            sums = grown
    groups.append((start, count))
    return groups


def _lane_groups(heights: list[list[float]], capacity: float,
                 count: int | None = None) -> list[tuple[int, int]]:
    """The fewest groups of micro-journeys that fit a page in every band (or at most
    ``count``), made as even as possible (as :func:`_balanced` does for stages)."""
    groups = _greedy_lanes(heights, capacity)
    if count is None or count <= len(groups) or not heights:
        return groups
    lo = max(max(row[j] for row in heights) for j in range(len(heights[0])))
    hi = capacity
    if lo >= hi:
        return groups
    for _ in range(40):
        mid = (lo + hi) / 2
        if len(_greedy_lanes(heights, mid)) <= count:
            hi = mid
        else:
            lo = mid
    return _greedy_lanes(heights, hi)


def _cut_lane(band: BandLayout, x0: float, x1: float, y0: float, y1: float, cap_h: float,
              reach) -> list[tuple[float, float]]:
    """A part of a band taller than a page (one micro-journey, taller than a page there)
    cut where it is blank, else between steps' rows, else in equal slices."""
    ids = band.journey_ids
    spans = []
    for fx0, fx1, j, top, bottom in reach:
        jid = ids[j]
        if fx1 > x0 and fx0 < x1 and band.shows(jid):
            lane_y = band.lane(jid).y - band._lifts.get(jid, 0.0)
            spans.append((lane_y + top, lane_y + bottom))
    return _segments([y0], y1, cap_h, _merged(spans))


def _parts(bands, columns, groups, lanes, cap_h: float, reach) -> list[tuple]:
    """(band, group, y0, y1, x0, x1) of each part, in reading order: each group of micro-journeys
    across the bands, left to right (a micro-journey's story reads on from page to page),
    then the next group; a band with nothing of a group has no part for it."""
    parts = []
    for r, (j0, j1) in enumerate(groups):
        for k, band in enumerate(bands):
            shown = [j for j in range(j0, j1) if lanes[k][j] > 0]
            if not shown:
                continue
            ids = band.journey_ids
            y0, y1 = band.lane(ids[shown[0]]).y, band.lane(ids[shown[-1]]).bottom
            if y1 - y0 > cap_h + 1e-6:
                parts += [(k, r, a, b) for a, b in _cut_lane(band, *columns[k], y0, y1, cap_h,
                                                              reach)]
            else:
                parts.append((k, r, y0, y1))
    return [part + _trimmed(bands[part[0]], columns[part[0]], part[2], part[3], reach)
            for part in parts]


def _trimmed(band: "BandLayout", columns: tuple[float, float], y0: float, y1: float,
             reach) -> tuple[float, float]:
    """The x range a part prints: its band's stages, less those at either end in which
    the part's micro-journeys have nothing (no blank stage columns beside a lane that
    only starts later, as lost luggage does on the airline map)."""
    x0, x1 = columns
    ids = band.journey_ids
    lo, hi = math.inf, -math.inf
    cut = set()
    for j, jid in enumerate(ids):  # a whole lane: how far its band found it reaches
        lane = band.lane(jid)
        if not band.shows(jid) or lane.bottom <= y0 + 1e-6 or lane.y >= y1 - 1e-6:
            continue
        if lane.y >= y0 - 1e-6 and lane.bottom <= y1 + 1e-6:
            a, b = band.reach_x.get(jid, (math.inf, -math.inf))
            lo, hi = min(lo, a), max(hi, b)
        else:
            cut.add(j)
    for fx0, fx1, j, top, bottom in reach if cut else ():  # a lane cut across: its slice
        if j not in cut or fx1 <= x0 or fx0 >= x1:
            continue
        lane_y = band.lane(ids[j]).y - band._lifts.get(ids[j], 0.0)
        if lane_y + bottom > y0 and lane_y + top < y1:
            lo, hi = min(lo, fx0), max(hi, fx1)
    if lo > hi:
        return x0, x1
    edges = [band.column(s).x for s in band.stage_ids] + [band.width]
    start = max([e for e in edges if e <= lo + 1e-6] or [x0])
    end = min([e for e in edges if e >= hi - 1e-6] or [x1])
    return max(x0, start if start > x0 + 1e-6 else x0), min(x1, end)


def _pile(widths: list[float], heights: list[float], area_w: float, area_h: float,
          scale: float, first_h: float) -> list[tuple[int, float, float]] | None:
    """Where each part prints, as (page, left, top) in points from the top left of the
    page's map area (the first page's ``first_h`` high): side by side while they fit
    the page's width, in shelves one under the other while they fit its height, like
    the words and lines of a text; None when the first part does not fit its page."""
    out: list[tuple[int, float, float]] = []
    page, right, top, shelf = 0, 0.0, 0.0, 0.0
    for w, h in zip(widths, heights):
        need_w = (LANE_HEADER_WIDTH + w) * scale
        need_h = (HEADER_HEIGHT + h) * scale
        room = first_h if page == 0 else area_h
        if not out:
            if need_h > first_h + 1e-6:
                return None
        elif (right + STACK_GAP + need_w <= area_w + 1e-6
              and top + need_h <= room + 1e-6):  # beside the part before it
            out.append((page, right + STACK_GAP, top))
            right += STACK_GAP + need_w
            shelf = max(shelf, need_h)
            continue
        elif top + shelf + STACK_GAP + need_h <= room + 1e-6:  # under its shelf
            top += shelf + STACK_GAP
        else:  # on the next page
            page, top = page + 1, 0.0
        out.append((page, 0.0, top))
        right, shelf = need_w, need_h
    return out


def _stack(widths: list[float], heights: list[float], area_w: float, area_h: float,
           scale: float, legend_h: float | None = None) -> tuple[list | None, int]:
    """Where each part prints (:func:`_pile`), and the page the legend prints on
    (``legend_h`` high, under the parts): the first with room for it, else the first
    page, which then holds fewer parts. -1: no legend asked for; None for the places:
    the first part does not fit beside the legend."""
    places = _pile(widths, heights, area_w, area_h, scale, area_h)
    if legend_h is None or places is None:
        return places, -1
    used: dict[int, float] = {}
    for (page, _left, top), h in zip(places, heights):
        used[page] = max(used.get(page, 0.0), top + (HEADER_HEIGHT + h) * scale)
    for page in range(places[-1][0] + 1):
        if area_h - used[page] >= legend_h - 1e-6:
            return places, page
    return _pile(widths, heights, area_w, area_h, scale, area_h - legend_h), 0


def _count(stacked) -> float:
    places = stacked[0]
    return math.inf if places is None else places[-1][0] + 1


def _largest_scale(widths, heights, area_w, area_h, floor: float, pages: int,
                   legend_h: float | None = None) -> float:
    """The largest scale (up to ``MAX_SCALE``) at which the parts still take ``pages``."""
    top = min(MAX_SCALE, min(area_w / (LANE_HEADER_WIDTH + w) for w in widths),
              min(area_h / (HEADER_HEIGHT + h) for h in heights))
    if top <= floor:
        return floor
    if _count(_stack(widths, heights, area_w, area_h, top, legend_h)) <= pages:
        return top
    lo, hi = floor, top
    for _ in range(30):
        mid = (lo + hi) / 2
        if _count(_stack(widths, heights, area_w, area_h, mid, legend_h)) <= pages:
            lo = mid
        else:
            hi = mid
    return lo


def _chosen(found):
    """The fewest pages; on as many, the fewest parts (the least wrapping) among the
    plans that print within a tenth of the largest scale, then the largest."""
    pages = min(f[0] for f in found)
    fewest = [f for f in found if f[0] == pages]
    top = max(f[1] for f in fewest)
    return min((f for f in fewest if f[1] * 1.1 >= top), key=lambda f: (len(f[4]), -f[1]))


def plan_map(document, layout: GridLayout, area_w: float, area_h: float,
             min_text: float = MAP_MIN_TEXT_PT, min_readable: float = MIN_READABLE_PT,
             legend_h: float = 0.0) -> MapPlan:
    """How to lay the map out on pages whose map area is ``area_w`` × ``area_h`` points.

    The legend is printed once: under the map on its first page (``legend_h`` points of
    that page's map area), or on the whole-map-at-a-glance page that comes before the
    parts when they take ``GLANCE_FROM`` pages or more.

    A map that fits at a readable scale is one part. Else it is cut into bands of whole
    stages, each as wide as a page allows, printed one under the other like the lines of
    a text; in each band a micro-journey is as tall as its steps there need, and one with
    nothing there is left out (:class:`BandLayout`). Bands taller than a page are cut
    between the same micro-journeys (groups that fit a page in every band), and the
    parts follow a group across the bands before the next group. Fewest pages first,
    then the largest print: narrower bands and more groups are tried too, when stacking
    them fills the pages better.
    """
    rects = _node_rects(document, layout)
    width, height = map_extent(document, layout, rects.values())
    first_h = area_h - legend_h
    fit = min(area_w / width, first_h / height, MAX_SCALE)
    floor = min(min_readable / min_text, MAX_SCALE)
    if fit >= floor:
        tile = Tile(0, LANE_HEADER_WIDTH, width, HEADER_HEIGHT, height, 0, 0)
        return MapPlan(fit, (tile,), width, height, ((LANE_HEADER_WIDTH, width),),
                       ((HEADER_HEIGHT, height),))
    cap_w = area_w / floor - LANE_HEADER_WIDTH
    if cap_w < 40 or first_h / floor - HEADER_HEIGHT < 40:
        raise ValueError(translate("export", "The page is too small to print the map "
                                   "readably; choose a larger paper size."))
    col_bounds = [layout.column(s).x for s in layout.stage_ids] or [LANE_HEADER_WIDTH]
    col_bounds[0] = LANE_HEADER_WIDTH
    footprints = _footprints(document, layout, rects)
    labels = footprints[len(rects):]
    steps = footprints[:len(rects)]
    col_segs = _segments(col_bounds, width, cap_w, _merged((f[0], f[1]) for f in footprints),
                         lambda: _merged((f[0], f[1]) for f in steps))
    col_glued = _straddled(col_segs, _merged((f[0], f[1]) for f in labels))
    reach = _reach(layout, footprints)
    fewest = len(_greedy(col_segs, cap_w))
    ids = layout.journey_ids

    def search(cap_from: float, legend: float | None):
        cap_h = cap_from / floor - HEADER_HEIGHT
        found = []
        tried = set()
        for count in range(fewest, min(fewest + MORE_BANDS, len(col_segs)) + 1):
            columns = tuple(_balanced(col_segs, cap_w, count, col_glued))
            if columns in tried:
                continue
            tried.add(columns)
            bands = _bands(layout, columns, reach)
            lanes = [[band.lane(j).h for j in ids] for band in bands]
            fewest_rows = len(_lane_groups(lanes, cap_h))
            for row_count in range(fewest_rows, min(fewest_rows + MORE_BANDS, len(ids)) + 1):
                groups = tuple(_lane_groups(lanes, cap_h, row_count))
                if (columns, groups) in tried:
                    continue
                tried.add((columns, groups))
                parts = _parts(bands, columns, groups, lanes, cap_h, reach)
                if not parts:
                    continue
                widths = [x1 - x0 for _, _, _, _, x0, x1 in parts]
                heights = [y1 - y0 for _, _, y0, y1, _, _ in parts]
                pages = _count(_stack(widths, heights, area_w, area_h, floor, legend))
                if pages == math.inf:
                    continue
                scale = _largest_scale(widths, heights, area_w, area_h, floor, pages, legend)
                found.append((pages, scale, bands, columns, parts, heights))
                if len(parts) > BIG_PLAN:
                    break  # a big map: its pages are set by its size
            if found and len(found[0][4]) > BIG_PLAN:
                break  # other groupings only cost time
        return _chosen(found) if found else None

    # the parts alone on their pages, the legend on the glance page before them; when
    # they take fewer than GLANCE_FROM pages, the legend on one of theirs instead, unless
    # that takes more pages than the glance page would
    chosen, legend = search(area_h, None), None
    if chosen is not None and chosen[0] < GLANCE_FROM:
        own = [f for f in (search(area_h, legend_h), search(first_h, legend_h)) if f]
        own = _chosen(own) if own else None
        if own is not None and own[0] < GLANCE_FROM and own[0] <= chosen[0] + 1:
            chosen, legend = own, legend_h
    if chosen is None:  # nothing on the map at all: its grid, as it is
        tile = Tile(0, LANE_HEADER_WIDTH, width, HEADER_HEIGHT, height, 0, 0)
        return MapPlan(floor, (tile,), width, height, ((LANE_HEADER_WIDTH, width),),
                       ((HEADER_HEIGHT, height),))
    _, scale, bands, columns, parts, heights = chosen
    tiles = []
    widths = [x1 - x0 for _, _, _, _, x0, x1 in parts]
    places, legend_page = _stack(widths, heights, area_w, area_h, scale, legend)
    for i, (k, r, y0, y1, x0, x1) in enumerate(parts):
        page, left, top = places[i]
        band = bands[k]
        tiles.append(Tile(i, x0, x1, y0, y1, k, r, page, top,
                          (x0, band.whole_y(y0), x1, band.whole_y(y1, end=True)), left))
    return MapPlan(scale, tuple(tiles), width, height, columns, ((HEADER_HEIGHT, height),),
                   tuple(bands), legend_page)
