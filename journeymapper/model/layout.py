"""Auto-layout: put a lane's steps in flow order, left to right, with branches above and below.

Qt-free, so the canvas (as one undo command) and any script can use it. The
result is a plan, not a change: new places for the steps, and the stage widths
and lane heights needed to hold them (they only ever grow).

Within one lane and one stage column, a step's *slot* (left to right) is one
more than the slot of its predecessor in that column; its *row* is its
predecessor's row, except that the branches of a crossroads fan out: the
first (good before neutral before bad) keeps the row, the next go one row
below, one above, two below … Two steps never share a slot in a row, so
nothing overlaps. Notes are stacked under the steps of their cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import geometry as g
from .elements import EdgeKind, Sentiment
from .flow import flow_order

ROW_GAP = 24.0
_SENTIMENT_ORDER = {Sentiment.GOOD: 0, Sentiment.NEUTRAL: 1, Sentiment.BAD: 2}


@dataclass
class LayoutPlan:
    """Where each step goes ``(stage_id, journey_id, x, y)`` and the grid sizes needed."""

    places: dict[str, tuple[str, str, float, float]] = field(default_factory=dict)
    stage_widths: dict[str, float] = field(default_factory=dict)
    lane_heights: dict[str, float] = field(default_factory=dict)

    def is_tidy(self, document) -> bool:
        """Nothing would move and nothing would grow."""
        return not (self.changed_places(document) or self.stage_widths or self.lane_heights)

    def apply(self, document) -> None:
        """Carry the plan out as one transaction: the grid grows first, then steps move."""
        moves = self.changed_places(document)
        with document.transaction():
            for stage_id, width in self.stage_widths.items():
                document.update_stage(stage_id, width=width)
            for journey_id, height in self.lane_heights.items():
                document.update_journey(journey_id, height=height)
            for node_id, (stage_id, journey_id, x, y) in moves.items():
                document.move_node(node_id, stage_id, journey_id, x, y)

    def changed_places(self, document) -> dict[str, tuple[str, str, float, float]]:
        out = {}
        for node_id, place in self.places.items():
            n = document.node(node_id)
            if (n.stage_id, n.journey_id, n.x, n.y) != place:
                out[node_id] = place
        return out


def _slot_width() -> float:
    return max(w for w, _ in g.NODE_SIZE.values()) + g.FLOW_GAP


def _row_height() -> float:
    return max(h for _, h in g.NODE_SIZE.values()) + ROW_GAP


def _fan(i: int) -> int:
    """0, +1, −1, +2, −2 …: the i-th branch's row offset."""
    return 0 if i == 0 else ((i + 1) // 2) * (1 if i % 2 else -1)


def layout_lane(document, journey_id: str) -> tuple[dict, dict, float]:
    """Places of one lane's steps and notes; the widths its stages need; its height."""
    order = flow_order(document, journey_id)
    placed_row: dict[str, int] = {}
    placed_slot: dict[str, int] = {}
    occupied: set[tuple[str, int, int]] = set()
    in_lane = set(order)
    position = {node_id: i for i, node_id in enumerate(order)}
    for node_id in order:
        node = document.node(node_id)
        preds = [e for e in document.in_edges(node_id) if e.source in placed_row]
        row, slot = 0, 0
        if preds:
            first = min(preds, key=lambda e: (e.kind != EdgeKind.FLOW, position[e.source]))
            row = placed_row[first.source]
            if first.kind == EdgeKind.BRANCH:
                siblings = sorted(
                    (e for e in document.out_edges(first.source) if e.target in in_lane),
                    key=lambda e: (_SENTIMENT_ORDER[e.sentiment], position[e.target]))
                index = next((i for i, e in enumerate(siblings) if e.id == first.id), 0)
                row += _fan(index)
            same_stage = [placed_slot[e.source] for e in preds
                          if document.node(e.source).stage_id == node.stage_id]
            slot = max(same_stage) + 1 if same_stage else 0
        while (node.stage_id, row, slot) in occupied:
            slot += 1
        occupied.add((node.stage_id, row, slot))
        placed_row[node_id], placed_slot[node_id] = row, slot
    rows = list(placed_row.values()) or [0]
    top = min(rows)
    slot_w, row_h = _slot_width(), _row_height()
    places: dict[str, tuple[str, str, float, float]] = {}
    widths: dict[str, float] = {}
    bottom = g.CELL_PADDING
    for node_id in order:
        node = document.node(node_id)
        w, h = g.node_size(node.kind)
        row = placed_row[node_id] - top
        x = g.CELL_PADDING + placed_slot[node_id] * slot_w + (slot_w - g.FLOW_GAP - w) / 2
        y = g.CELL_PADDING + row * row_h + (row_h - ROW_GAP - h) / 2
        x, y = g.snap(x), g.snap(y)
        places[node_id] = (node.stage_id, journey_id, x, y)
        widths[node.stage_id] = max(widths.get(node.stage_id, 0.0), x + w + g.CELL_PADDING)
        bottom = max(bottom, y + h)
    # notes: a row of their own under the steps of their cell
    note_y = g.snap(bottom + ROW_GAP) if order else g.CELL_PADDING
    note_slot: dict[str, int] = {}
    notes = sorted((n for n in document.nodes() if not n.is_step and n.journey_id == journey_id),
                   key=lambda n: (document.stage_index(n.stage_id), n.x, n.y, n.id))
    for note in notes:
        w, h = g.node_size(note.kind)
        slot = note_slot.get(note.stage_id, 0)
        note_slot[note.stage_id] = slot + 1
        x = g.snap(g.CELL_PADDING + slot * slot_w)
        places[note.id] = (note.stage_id, journey_id, x, note_y)
        widths[note.stage_id] = max(widths.get(note.stage_id, 0.0), x + w + g.CELL_PADDING)
        bottom = max(bottom, note_y + h)
    height = g.snap(bottom + g.CELL_PADDING + g.EMOTION_BAND + g.GRID, g.GRID)
    return places, widths, height


def plan_layout(document, journey_id: str | None = None) -> LayoutPlan:
    """Lay out one lane (``journey_id``) or every lane; stages and lanes only grow."""
    plan = LayoutPlan()
    lanes = [journey_id] if journey_id is not None else [j.id for j in document.journeys]
    need: dict[str, float] = {}
    for lane_id in lanes:
        places, widths, height = layout_lane(document, lane_id)
        plan.places.update(places)
        for stage_id, w in widths.items():
            need[stage_id] = max(need.get(stage_id, 0.0), w)
        lane = document.journey(lane_id)
        if height > lane.height:
            plan.lane_heights[lane_id] = height
    for stage_id, w in need.items():
        stage = document.stage(stage_id)
        width = g.snap(w) if g.snap(w) >= w else g.snap(w) + g.GRID
        if width > stage.width:
            plan.stage_widths[stage_id] = width
    return plan
