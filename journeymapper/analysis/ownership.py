"""Who owns what: unowned steps, hand-offs between owners, owner shares, owner × stage.

Hand-off rule: an arrow is a hand-off when both of its ends are owned steps
(touchpoints or crossroads) with *different* owners. An arrow into an outcome
is never a hand-off (an outcome is where the customer ends up, nobody's step),
and an arrow to or from an unowned step is not counted either: that step is
already reported by :func:`unowned`, and counting it twice would make one gap
look like two.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Connection, Crossroads, Node, Touchpoint
from .graph import in_flow_order, is_open, is_owned_kind, lane_nodes, order_index, shared_order


def unowned(document, journey_id: str | None = None) -> list[Node]:
    """Touchpoints and crossroads with no owner, in flow order."""
    nodes = [n for n in lane_nodes(document, journey_id)
             if is_owned_kind(n) and n.owner_id is None]
    return in_flow_order(document, nodes)


@dataclass(frozen=True)
class Handoff:
    """An arrow where the customer passes from one owner to another."""

    edge: Connection
    source_owner_id: str
    target_owner_id: str


def is_handoff(source: Node, target: Node) -> bool:
    """Whether an arrow from ``source`` to ``target`` is a hand-off (see the module doc)."""
    if not (is_owned_kind(source) and is_owned_kind(target)):
        return False
    return (source.owner_id is not None and target.owner_id is not None
            and source.owner_id != target.owner_id)


def handoff_between(document, edge: Connection) -> Handoff | None:
    source, target = document.node(edge.source), document.node(edge.target)
    if not is_handoff(source, target):
        return None
    return Handoff(edge, source.owner_id, target.owner_id)


def handoffs(document, journey_id: str | None = None) -> list[Handoff]:
    """Every hand-off (see the module doc for the rule), by the flow order of its source."""
    index = order_index(document)
    found = [h for h in (handoff_between(document, e) for e in document.edges()) if h]
    if journey_id is not None:
        found = [h for h in found if document.node(h.edge.source).journey_id == journey_id
                 or document.node(h.edge.target).journey_id == journey_id]
    return sorted(found, key=lambda h: (index.get(h.edge.source, 0),
                                         index.get(h.edge.target, 0), h.edge.id))


@dataclass(frozen=True)
class MatrixCell:
    touchpoint_ids: tuple[str, ...] = ()
    open_crossroads_ids: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return len(self.touchpoint_ids) + len(self.open_crossroads_ids)

    @property
    def ids(self) -> tuple[str, ...]:
        return self.touchpoint_ids + self.open_crossroads_ids


@dataclass(frozen=True)
class OwnerStageMatrix:
    """Owners (rows, ``None`` = nobody, last) × stages (columns, map order).

    A cell holds the owner's touchpoints and open (not resolved) crossroads in
    that stage, in flow order; totals count both.
    """

    owner_ids: tuple[str | None, ...]
    stage_ids: tuple[str, ...]
    cells: tuple[tuple[MatrixCell, ...], ...]  # [row][column]

    def cell(self, owner_id: str | None, stage_id: str) -> MatrixCell:
        return self.cells[self.owner_ids.index(owner_id)][self.stage_ids.index(stage_id)]

    def row_total(self, owner_id: str | None) -> int:
        return sum(c.total for c in self.cells[self.owner_ids.index(owner_id)])

    def column_total(self, stage_id: str) -> int:
        column = self.stage_ids.index(stage_id)
        return sum(row[column].total for row in self.cells)

    @property
    def total(self) -> int:
        return sum(c.total for row in self.cells for c in row)


def owner_stage_matrix(document) -> OwnerStageMatrix:
    owner_ids: tuple[str | None, ...] = tuple(o.id for o in document.owners) + (None,)
    stage_ids = tuple(s.id for s in document.stages)
    grid = {(o, s): ([], []) for o in owner_ids for s in stage_ids}
    index = order_index(document)
    for node in in_flow_order(document, [n for n in document.nodes() if is_owned_kind(n)],
                              index):
        touchpoints, crossroads = grid[(node.owner_id, node.stage_id)]
        if isinstance(node, Touchpoint):
            touchpoints.append(node.id)
        elif is_open(node):
            crossroads.append(node.id)
    cells = tuple(tuple(MatrixCell(tuple(grid[(o, s)][0]), tuple(grid[(o, s)][1]))
                        for s in stage_ids) for o in owner_ids)
    return OwnerStageMatrix(owner_ids, stage_ids, cells)


@dataclass(frozen=True)
class OwnerShare:
    """How many of the touchpoints and crossroads (of a lane, or the map) one owner holds."""

    owner_id: str | None
    node_ids: tuple[str, ...]
    share: float  # 0..100 percent of the owned-kind steps in scope


def owner_shares(document, journey_id: str | None = None) -> list[OwnerShare]:
    """Each owner's share of the touchpoints and crossroads; owners with none are left out.

    Sorted by share, largest first; nobody (``owner_id=None``) is included when
    some steps are unowned.
    """
    nodes = in_flow_order(document, [n for n in lane_nodes(document, journey_id)
                                     if is_owned_kind(n)])
    if not nodes:
        return []
    rank = {o.id: i for i, o in enumerate(document.owners)}
    by_owner: dict[str | None, list[str]] = {}
    for node in nodes:
        by_owner.setdefault(node.owner_id, []).append(node.id)
    shares = [OwnerShare(owner, tuple(ids), 100.0 * len(ids) / len(nodes))
              for owner, ids in by_owner.items()]
    return sorted(shares, key=lambda s: (-len(s.node_ids), rank.get(s.owner_id, len(rank))))


@dataclass(frozen=True)
class OwnershipFacts:
    """What the ownership panel shows, gathered in one go (on the panels' worker for a big
    map, from a snapshot: nothing here may touch Qt)."""

    counts: dict  # owner id (None: nobody) → [touchpoints, crossroads]
    passes: int  # hand-offs
    tab: int  # the tab shown: 0 matrix, 1 unowned, 2 hand-offs
    tab_data: object  # what that tab lists

    @property
    def gaps(self) -> int:
        """Touchpoints and crossroads nobody owns."""
        return sum(self.counts.get(None, (0, 0)))


def ownership_facts(document, tab: int) -> OwnershipFacts:
    """The owners' counts, the number of hand-offs, and the data of the one tab shown
    (0 the owner × stage matrix, 1 the unowned steps, 2 the hand-offs)."""
    passes = sum(1 for e in document.edges() if handoff_between(document, e) is not None)
    return OwnershipFacts(owned_counts(document), passes, tab, ownership_tab_data(document, tab))


def owned_counts(document) -> dict:
    """Owner id (None: nobody) → [touchpoints, crossroads] it owns."""
    counts: dict[str | None, list[int]] = {}
    for node in document.nodes():
        if isinstance(node, (Touchpoint, Crossroads)):
            entry = counts.setdefault(node.owner_id, [0, 0])
            entry[0 if isinstance(node, Touchpoint) else 1] += 1
    return counts


def ownership_tab_data(document, tab: int):
    with shared_order(document):  # one flow order for the tab
        return (owner_stage_matrix, unowned, handoffs)[tab](document)
