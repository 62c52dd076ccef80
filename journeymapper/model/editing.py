"""Editing rules a user action relies on, as document operations: Qt-free, each one transaction.

The keyboard flow of a workshop (Tab adds the next step, Shift+Tab a branch) must
never drop a step on top of another, into a stage nobody chose, or below the foot
of its lane. Those rules used to live in the canvas; here they hold for any caller
(the canvas's undo commands, a script, the tests), and one call is one transaction,
so undo takes the whole action back.

Positions are in a cell's own units (a step's ``x``, ``y`` inside its stage and
lane), as the document stores them; sizes come from ``size_of(node)``, by default
the shape's size for its kind (:func:`.geometry.node_size`).
"""

from __future__ import annotations

from typing import Callable

from . import geometry as g
from .elements import Connection, Crossroads, EdgeKind, Node, Sentiment

SizeOf = Callable[[Node], tuple[float, float]]
STEP_GAP = g.FLOW_GAP  # between a step and the next one Tab adds
ROW_GAP = 24.0         # between rows of steps
MARGIN = 6.0           # how close another step may come before it counts as in the way


def floor(value: float) -> float:
    """Down to the canvas grid (:data:`.geometry.GRID`)."""
    return value - value % g.GRID


def ceil(value: float) -> float:
    """Up to the canvas grid."""
    rest = value % g.GRID
    return value if rest == 0 else value - rest + g.GRID


def default_size(node: Node) -> tuple[float, float]:
    return g.node_size(node.kind)


def make_room(document, stage_id: str, journey_id: str, x: float, y: float, w: float,
              h: float, exclude: str | None = None, size_of: SizeOf = default_size) -> None:
    """Clear a ``w`` × ``h`` place at (``x``, ``y``) of a cell for a new step.

    The steps of the cell in the way along that row (overlapping its height, reaching
    past its left edge) move right together, just far enough; the stage widens to
    hold the new step and whatever moved. ``exclude``: the step the new one follows.
    """
    top, bottom, left = y - MARGIN, y + h + MARGIN, x - MARGIN
    in_way = []
    for node in document.nodes_in(stage_id, journey_id):
        if node.id == exclude:
            continue
        nw, nh = size_of(node)
        if node.y + nh > top and node.y < bottom and node.x + nw > left:
            in_way.append((node, nw))
    right = x + w
    with document.transaction():
        if in_way:
            shift = max(0.0, ceil(x + w + STEP_GAP - min(n.x for n, _ in in_way)))
            for node, nw in in_way:
                right = max(right, node.x + shift + nw)
                if shift:
                    document.update_node(node.id, x=node.x + shift)
        if right + g.CELL_PADDING > document.stage(stage_id).width:
            document.update_stage(stage_id, width=ceil(right + g.CELL_PADDING))


def fit_lane(document, journey_id: str, bottom: float) -> None:
    """Grow a lane so that a step ending at ``bottom`` sits above its emotion band."""
    need = ceil(bottom + g.CELL_PADDING + g.EMOTION_BAND)
    if need > document.journey(journey_id).height:
        document.update_journey(journey_id, height=need)


def insert_into_flow(document, after_id: str, node: Node) -> None:
    """A → B becomes A → new → B when A had exactly one way on (a flow) besides the new step.

    The arrow on to B keeps its label and share; out of a new crossroads it is the
    good branch. Called once A → new exists, or before: the arrow to the new step is
    never the one moved.
    """
    flows = [e for e in document.out_edges(after_id)
             if e.kind == EdgeKind.FLOW and e.target != node.id]
    if len(flows) != 1:
        return
    old = flows[0]
    fields = dict(label=old.label, share=old.share)
    if isinstance(node, Crossroads):
        fields.update(kind=EdgeKind.BRANCH, sentiment=Sentiment.GOOD)
    else:
        fields.update(kind=EdgeKind.FLOW, sentiment=old.sentiment)
    with document.transaction():
        document.disconnect(old.id)
        document.add_edge(Connection(source=node.id, target=old.target, **fields))


def place_next(document, source_id: str, w: float, h: float, below: bool,
               size_of: SizeOf = default_size) -> tuple[float, float]:
    """Where the step after ``source_id`` goes in its cell: right beside it in its row,
    or (``below``) under the source's other branches in that lane."""
    source = document.node(source_id)
    sw, sh = size_of(source)
    x = floor(source.x + sw + STEP_GAP)
    if not below:
        return x, max(0.0, floor(source.y + (sh - h) / 2))
    lowest = source.y + sh
    for edge in document.out_edges(source_id):
        target = document.node(edge.target)
        if target.journey_id == source.journey_id:
            lowest = max(lowest, target.y + size_of(target)[1])
    return x, ceil(lowest + ROW_GAP)


def add_next_step(document, source_id: str, node: Node, below: bool = False,
                  sentiment: Sentiment | None = None, size_of: SizeOf = default_size) -> None:
    """The keyboard flow's Tab, as one transaction: room made, ``node`` added after
    ``source_id``, connected, and (in the middle of a journey) inserted into the flow.

    ``node`` is already placed (see :func:`place_next`); the lane grows when it goes
    below, and the arrow out of a crossroads carries ``sentiment``.
    """
    source = document.node(source_id)
    w, h = size_of(node)
    with document.transaction():
        make_room(document, node.stage_id, node.journey_id, node.x, node.y, w, h,
                  exclude=source_id, size_of=size_of)
        if below:
            fit_lane(document, node.journey_id, node.y + h)
        document.add_node(node)
        fields = {}
        if sentiment is not None and isinstance(source, Crossroads):
            fields["sentiment"] = sentiment
        document.connect(source_id, node.id, **fields)
        if not below and not isinstance(source, Crossroads):
            insert_into_flow(document, source_id, node)
