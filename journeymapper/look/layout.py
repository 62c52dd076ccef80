"""The grid as drawn: steps at their content's size, neighbours moved instead of covered.

The document stores each step's place in its cell for the shape's normal size
(:mod:`journeymapper.model.geometry`). A step drawn bigger than that (a long label, large
print: :mod:`.sizing`) would cover its neighbours, so the drawing spreads each cell
instead; the stored places stay as they are, and so does the map's file:

* **Across a cell**, a step that grew by ``g`` pushes every step of the cell that lies
  wholly to its right (in stored places, in any row) ``g`` further right, and the
  pushes add up along a row: the gaps the user left stay the gaps drawn, and steps
  that stood in one column (one above the other) still do. **Down a cell** the same.
  Two steps that did not overlap where they are stored do not overlap where they are
  drawn: they were apart across or down, and that distance only grows.
* **A column** is drawn as wide as its stage, or wider when a step of it drawn bigger
  than stored reaches further (its right edge and :data:`CELL_MARGIN`; then the column
  holds every step of it); **a lane** as tall as its micro-journey, or taller when a
  grown step would reach into its emotion band. The columns to the right and the lanes
  below move along. A map whose steps all keep their normal size is drawn exactly as
  stored (a step the document itself places over an edge stays there, as it always
  did: the keyboard flow and a drop keep steps inside their cell).

Working out one cell is O(its steps · log); a column's width and a lane's height
are the largest of their cells', kept per cell, so an edit changes one cell, and at
most one column and one lane (:meth:`DrawnLayout.update_cells`).

The canvas lays out its scene with this (``JourneyScene.grid``), and the PDF starts its
printed grid from it (:func:`journeymapper.export.tiling.print_layout`), so the paper
shows the screen's arrangement.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable, Iterable

from ..model.geometry import CELL_PADDING, EMOTION_BAND, NODE_SIZE, GridLayout, node_size

# a grown step keeps this far from its column's right edge and its lane's emotion band
# (a crossroads' status pill hangs below its diamond; the paper keeps the same)
CELL_MARGIN = CELL_PADDING

SizeOf = Callable[[object], tuple[float, float]]


def _stretch(spans) -> tuple[dict, list[float], list[float]]:
    """One axis of a cell: ``spans`` as (stored start, stored end, growth, key).

    Returns each key's shift, and the stored coordinate's shift as a step function: the
    stored ends ``ends`` (sorted) and ``shifts[i]`` the shift of any stored coordinate
    from ``ends[i]`` on (0 before the first)."""
    shift: dict = {}
    pending: list = []
    reached = 0.0
    for start, end, grow, key in sorted(spans, key=lambda s: s[0]):
        while pending and pending[0][0] <= start + 1e-6:
            reached = max(reached, heapq.heappop(pending)[1])
        shift[key] = reached
        heapq.heappush(pending, (end, reached + grow))
    ends: list[float] = []
    shifts: list[float] = []
    best = 0.0
    for end, value in sorted((end, shift[key] + grow) for _s, end, grow, key in spans):
        best = max(best, value)
        if ends and abs(ends[-1] - end) < 1e-6:
            shifts[-1] = best
        else:
            ends.append(end)
            shifts.append(best)
    return shift, ends, shifts


def _forward(ends: list[float], shifts: list[float], stored: float) -> float:
    i = bisect_right(ends, stored + 1e-6) - 1
    return stored + (shifts[i] if i >= 0 else 0.0)


def _backward(ends: list[float], shifts: list[float], drawn: float) -> float:
    """The stored coordinate drawn at ``drawn`` (in a gap the drawing opened: its
    start)."""
    shift = 0.0
    for end, next_shift in zip(ends, shifts):
        if drawn < end + shift:
            break
        if drawn < end + next_shift:  # in the gap a grown step opened
            return end
        shift = next_shift
    return drawn - shift


@dataclass
class CellPlan:
    """One cell as drawn: each step's ``(x, y, w, h)`` in the cell, how far its steps
    reach drawn (``right``, ``bottom``; 0 when empty) and stored (``right0``,
    ``bottom0``)."""

    placed: dict
    right: float
    bottom: float
    x_axis: tuple[list[float], list[float]]
    y_axis: tuple[list[float], list[float]]
    right0: float = 0.0
    bottom0: float = 0.0

    @property
    def wider(self) -> bool:
        """Its steps reach further right drawn than stored (one grew)."""
        return self.right > self.right0 + 1e-6

    @property
    def taller(self) -> bool:
        return self.bottom > self.bottom0 + 1e-6

    @classmethod
    def of(cls, nodes: Iterable, size_of: SizeOf) -> "CellPlan":
        sizes, normal = {}, {}
        right0 = bottom0 = 0.0
        grew = False
        for node in nodes:
            w0, h0 = normal[node.id] = NODE_SIZE[node.kind]
            x, y = node.x, node.y
            if x + w0 > right0:
                right0 = x + w0
            if y + h0 > bottom0:
                bottom0 = y + h0
            w, h = size_of(node)
            sizes[node.id] = (x, y, w, h)
            if w > w0 or h > h0:
                grew = True
        if not grew:  # (most cells of a map in normal print: drawn as stored)
            return cls(sizes, right0, bottom0, ([], []), ([], []), right0, bottom0)
        across, down = [], []
        for key, (x, y, w, h) in sizes.items():
            w0, h0 = normal[key]
            across.append((x, x + w0, max(0.0, w - w0), key))
            down.append((y, y + h0, max(0.0, h - h0), key))
        dx, x_ends, x_shifts = _stretch(across)
        dy, y_ends, y_shifts = _stretch(down)
        placed = {}
        right = bottom = 0.0
        for key, (x, y, w, h) in sizes.items():
            px, py = x + dx[key], y + dy[key]
            placed[key] = (px, py, w, h)
            right, bottom = max(right, px + w), max(bottom, py + h)
        return cls(placed, right, bottom, (x_ends, x_shifts), (y_ends, y_shifts), right0,
                   bottom0)


class DrawnLayout(GridLayout):
    """The grid and the steps as drawn (see the module): a :class:`GridLayout` whose
    columns and lanes hold what they contain and whose steps are at their drawn place
    and size (``size_of(node)``); :meth:`to_cell` answers in stored units."""

    def __init__(self, stages, journeys, nodes: Iterable = (), size_of: SizeOf | None = None,
                 margin: float = CELL_MARGIN) -> None:
        self._stages, self._journeys = list(stages), list(journeys)
        self.size_of = size_of or (lambda node: node_size(node.kind))
        self.margin = margin
        self.cells: dict[tuple[str, str], CellPlan] = {}
        by_cell: dict[tuple[str, str], list] = {}
        for node in nodes:
            by_cell.setdefault((node.stage_id, node.journey_id), []).append(node)
        for key, members in by_cell.items():
            self._plan(key, members)
        self._bands()

    @classmethod
    def of(cls, document, size_of: SizeOf | None = None) -> "DrawnLayout":
        return cls(document.stages, document.journeys, document.nodes(), size_of)

    # --- building -------------------------------------------------------------------
    def _plan(self, key: tuple[str, str], nodes) -> CellPlan | None:
        self.cells.pop(key, None)
        nodes = list(nodes)
        if not nodes:
            return None
        plan = self.cells[key] = CellPlan.of(nodes, self.size_of)
        return plan

    def _needs(self) -> None:
        """What each column's and lane's grown cells ask of it (see :meth:`_need`)."""
        self._wide: dict[str, dict[str, float]] = {}   # stage -> lane -> right + margin
        self._tall: dict[str, dict[str, float]] = {}   # lane -> stage -> bottom + ...
        for key, plan in self.cells.items():
            self._need(key, plan)

    def _need(self, key: tuple[str, str], plan: CellPlan | None) -> None:
        """A cell drawn wider (taller) than stored asks its column (lane) for room."""
        stage_id, journey_id = key
        wide, tall = self._wide.setdefault(stage_id, {}), self._tall.setdefault(journey_id, {})
        wide.pop(journey_id, None)
        tall.pop(stage_id, None)
        if plan is not None and plan.wider:
            wide[journey_id] = plan.right + self.margin
        if plan is not None and plan.taller:
            tall[stage_id] = plan.bottom + self.margin + EMOTION_BAND

    def _bands(self) -> None:
        self._needs()
        self._set_grid()

    def _set_grid(self) -> None:
        stages = [_Band(s.id, width=max(s.width, max(self._wide.get(s.id, {}).values(),
                                                     default=0.0)))
                  for s in self._stages]
        journeys = [_Band(j.id, height=max(j.height, max(self._tall.get(j.id, {}).values(),
                                                          default=0.0)))
                    for j in self._journeys]
        super().__init__(stages, journeys)

    def set_bands(self, stages, journeys) -> None:
        """The document's stages or micro-journeys changed (added, removed, resized,
        reordered): the grid follows; the cells keep their layout (a removed stage's or
        lane's cells are dropped)."""
        self._stages, self._journeys = list(stages), list(journeys)
        stage_ids = {s.id for s in self._stages}
        lane_ids = {j.id for j in self._journeys}
        for key in [k for k in self.cells if k[0] not in stage_ids or k[1] not in lane_ids]:
            self._plan(key, ())
        self._bands()

    # --- an edit -----------------------------------------------------------------------
    def update_cells(self, cells: dict) -> tuple[set, set, set]:
        """Lay out these cells anew: ``cells`` maps (stage id, journey id) to the steps
        now in it. Returns the ids of the steps whose drawn place or size changed, and
        the ids of the stages and lanes whose drawn width or height changed (the
        columns right of such a stage and the lanes below such a lane move).
        O(the cells' steps), and O(stages + lanes) only when a column or lane changes."""
        moved: set[str] = set()
        before = {}
        for key, nodes in cells.items():
            stage_id, journey_id = key
            before.setdefault(("s", stage_id), self._width_of(stage_id))
            before.setdefault(("j", journey_id), self._height_of(journey_id))
            old = self.cells.get(key)
            plan = self._plan(key, nodes)
            self._need(key, plan)
            old_placed = old.placed if old is not None else {}
            new_placed = plan.placed if plan is not None else {}
            for node_id, place in new_placed.items():
                if old_placed.get(node_id) != place:
                    moved.add(node_id)
        stages = {k for (kind, k), v in before.items()
                  if kind == "s" and self._width_of(k) != v}
        lanes = {k for (kind, k), v in before.items()
                 if kind == "j" and self._height_of(k) != v}
        if stages or lanes:
            self._set_grid()
        return moved, stages, lanes

    def _width_of(self, stage_id: str) -> float:
        """The column's drawn width by its stage and what its cells ask."""
        stage = self._stages[self._stage_pos[stage_id]]
        return max(stage.width, max(self._wide.get(stage_id, {}).values(), default=0.0))

    def _height_of(self, journey_id: str) -> float:
        journey = self._journeys[self._journey_pos[journey_id]]
        return max(journey.height, max(self._tall.get(journey_id, {}).values(),
                                       default=0.0))

    def edges(self) -> tuple[list[float], list[float]]:
        """The columns' left edges and the lanes' top edges, each with the last one's far
        edge at the end (copies)."""
        return list(self._col_x), list(self._lane_y)

    def stage_index(self, stage_id: str) -> int:
        return self._stage_pos[stage_id]

    def lane_index(self, journey_id: str) -> int:
        return self._journey_pos[journey_id]

    # --- where things are ----------------------------------------------------------------
    def placement(self, node) -> tuple[float, float, float, float]:
        """The step's drawn ``(x, y, w, h)`` inside its cell (its stored place and normal
        size when it is not laid out)."""
        key = (node.stage_id, node.journey_id)
        plan = self.cells.get(key)
        place = plan.placed.get(node.id) if plan is not None else None
        if place is None:
            return (node.x, node.y, *node_size(node.kind))
        return place

    def node_rect(self, node):
        from ..model.geometry import Rect

        x, y, w, h = self.placement(node)
        cell_x = self._col_x[self._stage_pos[node.stage_id]]
        cell_y = self._lane_y[self._journey_pos[node.journey_id]]
        return Rect(cell_x + x, cell_y + y, w, h)

    def node_origin(self, node) -> tuple[float, float]:
        x, y, _w, _h = self.placement(node)
        return (self._col_x[self._stage_pos[node.stage_id]] + x,
                self._lane_y[self._journey_pos[node.journey_id]] + y)

    def drawn_offset(self, stage_id: str, journey_id: str, x: float,
                     y: float) -> tuple[float, float]:
        """Where a stored place ``(x, y)`` of the cell is drawn, in the cell."""
        plan = self.cells.get((stage_id, journey_id))
        if plan is None:
            return x, y
        return _forward(*plan.x_axis, x), _forward(*plan.y_axis, y)

    def stored_offset(self, stage_id: str, journey_id: str, x: float,
                      y: float) -> tuple[float, float]:
        """The stored place drawn at ``(x, y)`` of the cell (a place in a gap the drawing
        opened beside a grown step: the gap's start)."""
        plan = self.cells.get((stage_id, journey_id))
        if plan is None:
            return x, y
        return _backward(*plan.x_axis, x), _backward(*plan.y_axis, y)

    def to_cell(self, x: float, y: float) -> tuple[str, str, float, float]:
        """Where an absolute drawn top-left corner lands: its cell and the stored offset."""
        stage_id, journey_id, dx, dy = super().to_cell(x, y)
        return (stage_id, journey_id, *self.stored_offset(stage_id, journey_id, dx, dy))


@dataclass(frozen=True)
class _Band:
    """A stage or lane as the drawn grid sees it: its id and drawn size."""

    id: str
    width: float = 0.0
    height: float = 0.0
