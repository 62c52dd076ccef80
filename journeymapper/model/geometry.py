"""The measurements the document is stored in: the grid and the steps' sizes.

A step's position is kept relative to its cell, and auto-layout and the analysis
need where cells and steps are; that is all this module holds. How a map *looks*
(colours, type, line widths, marks, words, arrow routes) is presentation and lives in
:mod:`journeymapper.look`, which the canvas and the PDF both draw from.
Coordinates are in map units (1 unit = 1 px at 100 % zoom, 1 pt before fitting
to paper). A step's stored ``x, y`` is relative to its cell; these functions
turn that into absolute map coordinates and back.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from .elements import NodeKind

# --- the grid ---------------------------------------------------------------
HEADER_HEIGHT = 56.0          # stage header band along the top
LANE_HEADER_WIDTH = 170.0     # micro-journey names down the left
EMOTION_BAND = 76.0           # the emotion curve at the foot of each lane
CELL_PADDING = 16.0
GRID = 8.0                    # snapping step for dragged items

# --- the shapes (width, height) -----------------------------------------------
NODE_SIZE: dict[NodeKind, tuple[float, float]] = {
    NodeKind.TOUCHPOINT: (160.0, 72.0),
    NodeKind.CROSSROADS: (112.0, 88.0),
    NodeKind.OUTCOME: (144.0, 48.0),
    NodeKind.NOTE: (136.0, 88.0),
}
FLOW_GAP = 40.0               # horizontal gap between consecutive steps at auto-layout


def node_size(kind: NodeKind) -> tuple[float, float]:
    return NODE_SIZE[NodeKind(kind)]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2


class GridLayout:
    """Absolute positions of columns, lanes and steps for one state of a document.

    Build it once per redraw or query batch; it is cheap (O(stages + lanes)).
    """

    def __init__(self, stages, journeys) -> None:
        self.stage_ids = [s.id for s in stages]
        self.journey_ids = [j.id for j in journeys]
        widths = [s.width for s in stages]
        heights = [j.height for j in journeys]
        self._col_x = [LANE_HEADER_WIDTH + v for v in accumulate([0.0] + widths)]
        self._lane_y = [HEADER_HEIGHT + v for v in accumulate([0.0] + heights)]
        self._stage_pos = {sid: i for i, sid in enumerate(self.stage_ids)}
        self._journey_pos = {jid: i for i, jid in enumerate(self.journey_ids)}

    @classmethod
    def of(cls, document) -> "GridLayout":
        return cls(document.stages, document.journeys)

    # --- the grid ---
    @property
    def width(self) -> float:
        return self._col_x[-1]

    @property
    def height(self) -> float:
        return self._lane_y[-1]

    def column(self, stage_id: str) -> Rect:
        i = self._stage_pos[stage_id]
        return Rect(self._col_x[i], 0.0, self._col_x[i + 1] - self._col_x[i], self.height)

    def lane(self, journey_id: str) -> Rect:
        i = self._journey_pos[journey_id]
        return Rect(0.0, self._lane_y[i], self.width, self._lane_y[i + 1] - self._lane_y[i])

    def stage_header(self, stage_id: str) -> Rect:
        col = self.column(stage_id)
        return Rect(col.x, 0.0, col.w, HEADER_HEIGHT)

    def lane_header(self, journey_id: str) -> Rect:
        lane = self.lane(journey_id)
        return Rect(0.0, lane.y, LANE_HEADER_WIDTH, lane.h)

    def emotion_band(self, journey_id: str) -> Rect:
        lane = self.lane(journey_id)
        return Rect(LANE_HEADER_WIDTH, lane.bottom - EMOTION_BAND,
                    self.width - LANE_HEADER_WIDTH, EMOTION_BAND)

    def cell(self, stage_id: str, journey_id: str) -> Rect:
        return Rect(*self.cell_coords(stage_id, journey_id))

    def cell_coords(self, stage_id: str, journey_id: str) -> tuple[float, float, float, float]:
        """The cell's ``(x, y, w, h)`` as plain numbers (the canvas asks once per cell
        and layer when a map opens)."""
        i, j = self._stage_pos[stage_id], self._journey_pos[journey_id]
        x, y = self._col_x[i], self._lane_y[j]
        return x, y, self._col_x[i + 1] - x, self._lane_y[j + 1] - y

    # --- steps ---
    def node_rect(self, node) -> Rect:
        cell_x = self._col_x[self._stage_pos[node.stage_id]]
        cell_y = self._lane_y[self._journey_pos[node.journey_id]]
        w, h = node_size(node.kind)
        return Rect(cell_x + node.x, cell_y + node.y, w, h)

    def node_origin(self, node) -> tuple[float, float]:
        """The step's top-left corner as plain numbers (the canvas asks for every step
        when a map opens)."""
        return (self._col_x[self._stage_pos[node.stage_id]] + node.x,
                self._lane_y[self._journey_pos[node.journey_id]] + node.y)

    def cell_at(self, x: float, y: float) -> tuple[str | None, str | None]:
        """The (stage id, journey id) under an absolute point, clamped to the grid."""
        if not self.stage_ids or not self.journey_ids:
            return None, None
        i = min(max(bisect_right(self._col_x, x) - 1, 0), len(self.stage_ids) - 1)
        j = min(max(bisect_right(self._lane_y, y) - 1, 0), len(self.journey_ids) - 1)
        return self.stage_ids[i], self.journey_ids[j]

    def to_cell(self, x: float, y: float) -> tuple[str, str, float, float]:
        """Where an absolute top-left corner lands: its cell and the offset inside it."""
        stage_id, journey_id = self.cell_at(x, y)
        if stage_id is None:
            raise ValueError("The map has no stage or no micro-journey to place a step in.")
        cell = self.cell(stage_id, journey_id)
        return stage_id, journey_id, x - cell.x, y - cell.y


def snap(value: float, step: float = GRID) -> float:
    return round(value / step) * step
