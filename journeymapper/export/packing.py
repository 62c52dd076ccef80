"""A print layout that packs each stage's steps into fewer slots across, for paper.

The room spreads a map out: a stage holds as many steps side by side as its busiest
micro-journey has in a row, and every micro-journey is as tall as its tallest cell,
so a 16-step map is 2,600 units wide and prints on two A3 pages at a readable size.
On paper the steps of a cell can instead be *flowed* like the words of a paragraph:
in the room's reading order (its rows from the top, each from the left) into ``k``
slots per line, line under line. Order is kept, every step stays in its stage and
micro-journey, and a narrower stage costs height only where its cells are busy.

:func:`candidates` gives a few such layouts (every stage capped at 1…4 slots, and
stages narrowed one at a time, widest first, towards a page's shape);
:func:`journeymapper.export.pdf` prints one only when it takes fewer pages than the
room's own arrangement (:func:`.tiling.print_layout`) and needs no whole-map-at-a-glance
page; otherwise the room's arrangement is kept.
"""

from __future__ import annotations

from ..look.layout import DrawnLayout
from ..model import NodeKind
from ..model.geometry import (
    CELL_PADDING,
    EMOTION_BAND,
    FLOW_GAP,
    HEADER_HEIGHT,
    LANE_HEADER_WIDTH,
    GridLayout,
    Rect,
)
from .shapes import paper_size_of
from .tiling import MIN_COLUMN, MIN_LANE, _Band, label_places, name_width

SLOT_GAP = FLOW_GAP   # between two steps of a line: an arrow, its head and a short label
LINE_GAP = FLOW_GAP   # between two lines of a cell: an arrow, or a label beside it
PACK_UP_TO = 200      # steps; a bigger map is tiled in the room's arrangement
PAD = CELL_PADDING    # blank space round a cell's steps
ASPECTS = (1.414, 0.707, 1.0)  # landscape, portrait, square pages


def reading_order(members: list[tuple]) -> list[tuple]:
    """A cell's steps ``(node, x, y, w, h)`` in the room's reading order: its rows from
    the top (a step whose middle is beside the row's first step joins that row), each
    row from the left."""
    rows: list[list[tuple]] = []
    for item in sorted(members, key=lambda m: (m[2], m[1])):
        _, _x, y, _w, h = item
        if rows:
            first = rows[-1][0]
            if first[2] <= y + h / 2 <= first[2] + first[4]:
                rows[-1].append(item)
                continue
        rows.append([item])
    return [item for row in rows for item in sorted(row, key=lambda m: m[1])]


class Cells:
    """The map's steps by cell in reading order, with their printed sizes, gathered
    once for every packing tried."""

    def __init__(self, document, drawn: DrawnLayout | None = None) -> None:
        drawn = drawn or DrawnLayout.of(document, paper_size_of(document))
        by_cell: dict[tuple[str, str], list] = {}
        for node in document.nodes():
            by_cell.setdefault((node.stage_id, node.journey_id), []).append(
                (node, *drawn.placement(node)))
        self.document = document
        self.cells = {key: reading_order(members) for key, members in by_cell.items()}
        self.slot_w: dict[str, float] = {}
        self.most: dict[str, int] = {}  # stage id -> the most steps one of its cells holds
        for (stage_id, _), members in self.cells.items():
            self.slot_w[stage_id] = max([self.slot_w.get(stage_id, 0.0)]
                                        + [m[3] for m in members])
            self.most[stage_id] = max(self.most.get(stage_id, 0), len(members))
        self.name_w = {s.id: name_width(s) for s in document.stages}

    def lines(self, stage_id: str, journey_id: str, k: int) -> list[list[tuple]]:
        members = self.cells.get((stage_id, journey_id), [])
        return [members[i:i + k] for i in range(0, len(members), k)]

    def column_width(self, stage_id: str, k: int) -> float:
        k = min(k, self.most.get(stage_id, 0))
        need = 2 * PAD + k * self.slot_w.get(stage_id, 0.0) + max(0, k - 1) * SLOT_GAP
        return max(MIN_COLUMN, self.name_w[stage_id], need if k else 0.0)

    def cell_height(self, stage_id: str, journey_id: str, k: int) -> float:
        lines = self.lines(stage_id, journey_id, k)
        if not lines:
            return 0.0
        return (sum(max(m[4] for m in line) for line in lines)
                + (len(lines) - 1) * LINE_GAP + 2 * PAD)

    def lane_height(self, journey_id: str, slots: dict[str, int]) -> float:
        cells = [self.cell_height(s.id, journey_id, slots[s.id]) for s in self.document.stages]
        return max([MIN_LANE] + [h + EMOTION_BAND for h in cells if h])

    def extent(self, slots: dict[str, int]) -> tuple[float, float]:
        """The whole map's width and height with ``slots`` per stage."""
        width = LANE_HEADER_WIDTH + sum(self.column_width(s.id, slots[s.id])
                                        for s in self.document.stages)
        height = HEADER_HEIGHT + sum(self.lane_height(j.id, slots)
                                     for j in self.document.journeys)
        return width, height


class PackedLayout(GridLayout):
    """The grid and steps as packed: each step's rect is set here, not worked out from
    its stored place. ``slots``: stage id -> steps side by side in its lines."""

    def __init__(self, cells: Cells, slots: dict[str, int]) -> None:
        document = cells.document
        stages = [_Band(s.id, width=cells.column_width(s.id, slots[s.id]))
                  for s in document.stages]
        lanes = [_Band(j.id, height=cells.lane_height(j.id, slots)) for j in document.journeys]
        super().__init__(stages, lanes)
        self.slots = dict(slots)
        self.routes: dict | None = None  # edge id -> its route here, when already made
        self._labels: tuple | None = None
        self._rects: dict[str, Rect] = {}
        self.curve_x: dict[str, float] = {}  # touchpoint id -> its x on the feeling curve
        for (stage_id, journey_id), members in cells.cells.items():
            col, lane = self.column(stage_id), self.lane(journey_id)
            slot_w = cells.slot_w[stage_id]
            lines = cells.lines(stage_id, journey_id, slots[stage_id])
            y = lane.y + PAD
            for line in lines:
                line_h = max(m[4] for m in line)
                for i, (node, _x, _y, w, h) in enumerate(line):
                    x = col.x + PAD + i * (slot_w + SLOT_GAP) + (slot_w - w) / 2
                    self._rects[node.id] = Rect(x, y + (line_h - h) / 2, w, h)
                y += line_h + LINE_GAP
            # the feeling curve runs through a wrapped cell's touchpoints in their order
            touchpoints = [m[0] for m in members if m[0].kind == NodeKind.TOUCHPOINT]
            span = col.w - 2 * PAD
            for i, node in enumerate(touchpoints):
                if len(lines) == 1:
                    self.curve_x[node.id] = self._rects[node.id].centre[0]
                else:
                    self.curve_x[node.id] = col.x + PAD + span * (i + 0.5) / len(
                        touchpoints)

    def node_rect(self, node) -> Rect:
        return self._rects[node.id]

    def label_places(self, document, rects: dict) -> dict:
        """Where the arrows' labels go among these steps (see
        :func:`.tiling.label_places`), worked out once, by the routes the export drew."""
        if self._labels is None or self._labels[0] is not document:
            self._labels = (document, label_places(document, rects, routes=self.routes))
        return self._labels[1]


def _narrowed(cells: Cells, aspect: float) -> dict[str, int]:
    """Slots per stage for a map about ``aspect`` times as wide as it is tall: from every
    cell in one line, the stage whose narrowing saves the most width per height it
    adds is narrowed by one slot, until the map is no wider than that."""
    slots = {s.id: max(1, cells.most.get(s.id, 1)) for s in cells.document.stages}
    width, height = cells.extent(slots)
    while width > aspect * height:
        best = None
        for stage_id, k in slots.items():
            if k <= 1:
                continue
            trial = dict(slots, **{stage_id: k - 1})
            w, h = cells.extent(trial)
            gain = (width - w) / max(1.0, h - height)
            if w < width and (best is None or gain > best[0]):
                best = (gain, trial, w, h)
        if best is None:
            break
        _, slots, width, height = best
    return slots


def candidates(document) -> list[PackedLayout]:
    """The packed layouts worth trying on paper for ``document`` (none for a map of
    more than ``PACK_UP_TO`` steps, or one whose every cell already holds a single
    line of at most one step)."""
    if sum(1 for _ in document.nodes()) > PACK_UP_TO:
        return []
    cells = Cells(document)
    if not cells.cells or max(cells.most.values()) <= 1:
        return []
    found: list[dict[str, int]] = []
    for cap in (1, 2, 3, 4):
        slots = {s.id: max(1, min(cap, cells.most.get(s.id, 1))) for s in document.stages}
        if slots not in found:
            found.append(slots)
    for aspect in ASPECTS:
        slots = _narrowed(cells, aspect)
        if slots not in found:
            found.append(slots)
    return [PackedLayout(cells, slots) for slots in found]
