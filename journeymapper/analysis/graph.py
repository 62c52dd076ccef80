"""The journey graph the analysis walks, and the small words every finding uses.

The journey graph holds the steps (touchpoints, crossroads, outcomes; never
notes) and their arrows, except the arrows out of an outcome: an outcome ends
a journey, and an arrow out of it (repurchase → back to the start) begins the
journey again rather than continuing it. Paths, entries, reachability and
probabilities are all computed on this graph; loops on the full one.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

import networkx as nx

from ..model import Crossroads, CrossroadsStatus, Node, Outcome
from ..look.kinds import KINDS, kind_spec
from ..model.flow import flow_order
from .findings import Percent

MINUS = "\u2212"

KIND_WORDS = {spec.kind: spec.word for spec in KINDS}  # English, from look/kinds


def name(node: Node) -> str:
    """The node's label in quotes, or a description when it has none."""
    label = " ".join(node.label.split())
    if not label:
        return kind_spec(node.kind).untitled
    return f"‘{label}’"


def signed(value: float | int) -> str:
    """−2, 0, +1: ratings with a real minus sign and an explicit plus."""
    if value > 0:
        return f"+{value:g}"
    if value < 0:
        return f"{MINUS}{-value:g}"
    return "0"


def percent(value: float) -> str:
    """A share in English ("12.5 %"); the reader's decimal mark: :class:`findings.Percent`."""
    return Percent(value).text()


def is_owned_kind(node: Node) -> bool:
    """Touchpoints and crossroads have owners; outcomes and notes do not (a kind has
    one when its model class has an ``owner_id``: look/kinds)."""
    return kind_spec(node.kind).has_owner


def is_open(node: Node) -> bool:
    """A crossroads that is not resolved yet (open, investigating or improving)."""
    return isinstance(node, Crossroads) and node.status != CrossroadsStatus.RESOLVED


_SHARED_ORDER: ContextVar[tuple | None] = ContextVar("shared_order", default=None)


@contextmanager
def shared_order(document):
    """Compute the flow order (and the lanes' nodes, the owners by id) once for every
    analysis run inside the block.

    The document must not change inside the block (``analyse`` reads only).
    """
    by_lane: dict[str, list] = {}
    for node in document.nodes():
        by_lane.setdefault(node.journey_id, []).append(node)
    owners = {owner.id: owner for owner in document.owners}
    token = _SHARED_ORDER.set((document, _compute_order(document), by_lane, owners))
    try:
        yield
    finally:
        _SHARED_ORDER.reset(token)


def _compute_order(document) -> dict[str, int]:
    return {node_id: i for i, node_id in enumerate(flow_order(document))}


def lane_nodes(document, journey_id: str | None) -> list:
    """The nodes (notes too) of one lane, or of the whole map for ``None``."""
    if journey_id is None:
        return list(document.nodes())
    shared = _SHARED_ORDER.get()
    if shared is not None and shared[0] is document:
        return shared[2].get(journey_id, [])
    return [n for n in document.nodes() if n.journey_id == journey_id]


def owner_of(document, owner_id: str):
    """``document.owner(owner_id)``; inside :func:`shared_order` from a dictionary made
    once, since the document finds an owner by going through the list of owners."""
    shared = _SHARED_ORDER.get()
    if shared is not None and shared[0] is document:
        owner = shared[3].get(owner_id)
        if owner is not None:
            return owner
    return document.owner(owner_id)


def order_index(document) -> dict[str, int]:
    """Every step's position in the map's flow order (notes are not in it)."""
    shared = _SHARED_ORDER.get()
    if shared is not None and shared[0] is document:
        return shared[1]
    return _compute_order(document)


def in_flow_order(document, nodes, index: dict[str, int] | None = None) -> list:
    index = order_index(document) if index is None else index
    return sorted(nodes, key=lambda n: (index.get(n.id, len(index)), n.id))


def journey_arrows(document, steps: dict[str, Node]) -> list:
    """The arrows of the journey graph: all but those out of an outcome (see the module
    doc); ``steps`` is ``{id: step}`` of the map's steps."""
    return [edge for edge in document.edges() if not isinstance(steps[edge.source], Outcome)]


def journey_graph(document) -> nx.DiGraph:
    """Steps and arrows, minus the arrows out of outcomes (see the module doc)."""
    steps = {node.id: node for node in document.nodes() if node.is_step}
    graph = nx.DiGraph()
    graph.add_nodes_from(steps)
    graph.add_edges_from((edge.source, edge.target, {"id": edge.id})
                         for edge in journey_arrows(document, steps))
    return graph


def successor_lists(graph: nx.DiGraph) -> dict[str, list[str]]:
    """``{step: [next steps]}`` of a graph, made once per graph and kept on it.

    The path, entry and loop searches walk these plain lists: a networkx view or
    a copy of a graph per question costs more than the question.
    """
    cached = graph.graph.get("successor_lists")
    if cached is None:
        cached = graph.graph["successor_lists"] = {a: list(nbrs) for a, nbrs in graph.adjacency()}
    return cached
