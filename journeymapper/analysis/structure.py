"""The shape of the map: unreachable steps, dead ends, loops, stages with no touchpoints.

* *Unreachable*: a step no entry leads to on the journey graph (see :mod:`.paths`):
  a step with no arrows at all, or an outcome no arrow leads into. (A step
  with an arrow out and none in is an entry: another way into the journey.)
* *Dead end*: a step that is not an outcome, has an arrow in and none out.
* *Loops*: the strongly connected parts of the full step graph. A loop that
  passes through a good outcome (repurchase, loyal, recommend) is the customer
  coming back, which is fine; any other loop sends the customer round in circles.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from ..model import Outcome, Touchpoint
from .graph import journey_graph, order_index
from .paths import entries


@dataclass(frozen=True)
class Loop:
    node_ids: tuple[str, ...]  # flow order
    edge_ids: tuple[str, ...]
    is_repurchase: bool  # passes through a good outcome: the customer comes back

    @property
    def ids(self) -> tuple[str, ...]:
        return self.node_ids + self.edge_ids


def _sorted(ids, index) -> tuple[str, ...]:
    return tuple(sorted(ids, key=lambda i: (index.get(i, len(index)), i)))


def unreachable(document, graph: nx.DiGraph | None = None) -> list[str]:
    """Steps that no entry of the map leads to, in flow order."""
    graph = journey_graph(document) if graph is None else graph
    index = order_index(document)
    reached = set(entries(document, None, graph, index))
    todo = list(reached)
    while todo:
        for succ in graph.successors(todo.pop()):
            if succ not in reached:
                reached.add(succ)
                todo.append(succ)
    return list(_sorted(set(graph) - reached, index))


def dead_ends(document) -> list[str]:
    """Steps (not outcomes) with an arrow in and no arrow out, in flow order."""
    graph = document.graph  # arrows join steps only: notes are never an arrow's end
    out_degree, in_degree = graph.out_degree, graph.in_degree
    index = order_index(document)
    return list(_sorted((n.id for n in document.nodes() if n.is_step and out_degree[n.id] == 0
                         and in_degree[n.id] > 0 and not isinstance(n, Outcome)), index))


def loops(document) -> list[Loop]:
    """Every loop (strongly connected part) of the map, first step in flow order first."""
    graph = document.graph  # the steps and all arrows (notes have none: never in a loop)
    index = order_index(document)
    found = []
    for part in nx.strongly_connected_components(graph):
        if len(part) < 2:
            continue
        nodes = _sorted(part, index)
        edges = tuple(sorted(graph.edges[a, b]["data"].id
                             for a in part for b in graph.successors(a) if b in part))
        good = any(isinstance(document.node(n), Outcome) and document.node(n).outcome.is_good
                   for n in part)
        found.append(Loop(nodes, edges, good))
    return sorted(found, key=lambda loop: index.get(loop.node_ids[0], 0))


def stages_without_touchpoints(document) -> list[str]:
    """Ids of the stages (map order) in which no lane has a touchpoint."""
    used = {n.stage_id for n in document.nodes() if isinstance(n, Touchpoint)}
    return [s.id for s in document.stages if s.id not in used]
