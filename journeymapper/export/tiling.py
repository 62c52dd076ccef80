"""Fit the map on one page, or cut it into tiles along stage and lane boundaries.

The rule from the users: a big map must not shrink into an unreadable strip.
The map is drawn at one scale on every page; that scale is the largest that
fits, as long as the smallest text on the map prints at ``MIN_READABLE_PT`` or
more. Below that the map is split into tiles: groups of whole stages (and, if
the lanes are too tall, groups of whole lanes), balanced so the last tile is
not a sliver. A single stage wider than a page is cut into equal slices, and a
part of the map with nothing on it is not printed.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass

from ..model.geometry import (
    CELL_PADDING,
    EMOTION_BAND,
    HEADER_HEIGHT,
    HEADER_PT,
    LANE_HEADER_WIDTH,
    MAP_MIN_TEXT_PT,
    MIN_READABLE_PT,
    GridLayout,
    node_size,
)
from .fonts import BOLD, width as text_width
from .words import translate

MAX_SCALE = 1.0  # never blow a small map up beyond its screen size
MIN_COLUMN = 140.0
MIN_LANE = 120.0


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

    Steps keep their place inside their cell, so the paper looks like the screen.
    """
    right: dict[str, float] = {}
    bottom: dict[str, float] = {}
    for node in document.nodes():
        w, h = node_size(node.kind)
        right[node.stage_id] = max(right.get(node.stage_id, 0.0), node.x + w + CELL_PADDING)
        bottom[node.journey_id] = max(bottom.get(node.journey_id, 0.0),
                                      node.y + h + CELL_PADDING)
    stages = []
    for stage in document.stages:
        name_w = text_width(stage.name, BOLD, HEADER_PT) + 40 if stage.name else 0.0
        need = max(MIN_COLUMN, min(name_w, 260.0), right.get(stage.id, 0.0))
        stages.append(_Band(stage.id, width=need if stage.id in right else
                            min(stage.width, need)))
    lanes = []
    for journey in document.journeys:
        need = max(MIN_LANE, bottom.get(journey.id, 0.0) + EMOTION_BAND)
        lanes.append(_Band(journey.id, height=need if journey.id in bottom else
                           min(journey.height, need)))
    return GridLayout(stages, lanes)


@dataclass(frozen=True)
class Tile:
    """One map page: a window [x0, x1) × [y0, y1) of the map's content, in map units."""

    index: int
    x0: float
    x1: float
    y0: float
    y1: float
    column: int
    row: int

    @property
    def content_w(self) -> float:
        return self.x1 - self.x0

    @property
    def content_h(self) -> float:
        return self.y1 - self.y0


@dataclass(frozen=True)
class MapPlan:
    scale: float
    tiles: tuple[Tile, ...]
    width: float    # the map's full extent in map units, headers included
    height: float
    column_edges: tuple[tuple[float, float], ...]  # the tile grid, empty parts included
    row_edges: tuple[tuple[float, float], ...]

    @property
    def tiled(self) -> bool:
        return len(self.tiles) > 1

    @property
    def columns(self) -> int:
        return len(self.column_edges)

    @property
    def rows(self) -> int:
        return len(self.row_edges)

    @property
    def skipped(self) -> int:
        """Parts of the tile grid with nothing on them, not printed."""
        return self.columns * self.rows - len(self.tiles)


def map_extent(document, layout: GridLayout) -> tuple[float, float]:
    """The map's width and height: the grid, stretched to hold steps placed beyond it."""
    width, height = layout.width, layout.height
    for node in document.nodes():
        try:
            rect = layout.node_rect(node)
        except KeyError:
            continue
        width = max(width, rect.right + CELL_PADDING)
        height = max(height, rect.bottom + CELL_PADDING)
    return max(width, LANE_HEADER_WIDTH + 80.0), max(height, HEADER_HEIGHT + 80.0)


def _segments(bounds: list[float], end: float, capacity: float) -> list[tuple[float, float]]:
    """Cells between consecutive boundaries, the last stretched to ``end``; too-long cells
    are cut into equal slices no longer than ``capacity``."""
    cuts = sorted(set(b for b in bounds if b < end)) + [end]
    out: list[tuple[float, float]] = []
    for a, b in zip(cuts, cuts[1:]):
        pieces = max(1, math.ceil((b - a) / capacity - 1e-9))
        step = (b - a) / pieces
        out.extend((a + i * step, a + (i + 1) * step) for i in range(pieces))
    return out


def _greedy(segments, capacity: float) -> list[list[tuple[float, float]]]:
    groups: list[list[tuple[float, float]]] = []
    for seg in segments:
        if groups and seg[1] - groups[-1][0][0] <= capacity + 1e-6:
            groups[-1].append(seg)
        else:
            groups.append([seg])
    return groups


def _balanced(segments, capacity: float) -> list[tuple[float, float]]:
    """The fewest groups of consecutive segments within ``capacity``, made as even as
    possible (binary search on the largest group)."""
    count = len(_greedy(segments, capacity))
    longest = max(b - a for a, b in segments)
    lo, hi = longest, capacity
    for _ in range(40):
        mid = (lo + hi) / 2
        if len(_greedy(segments, mid)) <= count:
            hi = mid
        else:
            lo = mid
    return [(g[0][0], g[-1][1]) for g in _greedy(segments, hi)]


def _occupied(document, layout: GridLayout, columns, rows) -> set[tuple[int, int]]:
    """The (column, row) cells of the tile grid that hold at least one step or note;
    a part of the map with nothing on it is not printed (the overview shows the gap)."""
    xs = [a for a, _ in columns]
    ys = [a for a, _ in rows]
    found = set()
    for node in document.nodes():
        rect = layout.node_rect(node)
        c0 = max(0, bisect_right(xs, rect.x) - 1)
        c1 = max(0, bisect_right(xs, rect.right) - 1)
        r0 = max(0, bisect_right(ys, rect.y) - 1)
        r1 = max(0, bisect_right(ys, rect.bottom) - 1)
        for c in range(c0, c1 + 1):
            for r in range(r0, r1 + 1):
                found.add((c, r))
    return found


def plan_map(document, layout: GridLayout, area_w: float, area_h: float,
             min_text: float = MAP_MIN_TEXT_PT, min_readable: float = MIN_READABLE_PT) -> MapPlan:
    """How to lay the map out on pages whose map area is ``area_w`` × ``area_h`` points."""
    width, height = map_extent(document, layout)
    fit = min(area_w / width, area_h / height, MAX_SCALE)
    floor = min(min_readable / min_text, MAX_SCALE)
    if fit >= floor:
        tile = Tile(0, LANE_HEADER_WIDTH, width, HEADER_HEIGHT, height, 0, 0)
        return MapPlan(fit, (tile,), width, height, ((LANE_HEADER_WIDTH, width),),
                       ((HEADER_HEIGHT, height),))
    cap_w = area_w / floor - LANE_HEADER_WIDTH
    cap_h = area_h / floor - HEADER_HEIGHT
    if cap_w < 40 or cap_h < 40:
        raise ValueError(translate("export", "The page is too small to print the map "
                                   "readably; choose a larger paper size."))
    col_bounds = [layout.column(s).x for s in layout.stage_ids] or [LANE_HEADER_WIDTH]
    row_bounds = [layout.lane(j).y for j in layout.journey_ids] or [HEADER_HEIGHT]
    col_bounds[0] = LANE_HEADER_WIDTH
    row_bounds[0] = HEADER_HEIGHT
    columns = _balanced(_segments(col_bounds, width, cap_w), cap_w)
    rows = _balanced(_segments(row_bounds, height, cap_h), cap_h)
    occupied = _occupied(document, layout, columns, rows)
    tiles = []
    for r, (y0, y1) in enumerate(rows):
        for c, (x0, x1) in enumerate(columns):
            if (c, r) in occupied or not occupied:
                tiles.append(Tile(len(tiles), x0, x1, y0, y1, c, r))
    scale = min(MAX_SCALE,
                min(area_w / (LANE_HEADER_WIDTH + t.content_w) for t in tiles),
                min(area_h / (HEADER_HEIGHT + t.content_h) for t in tiles))
    return MapPlan(max(scale, floor), tuple(tiles), width, height, tuple(columns), tuple(rows))
