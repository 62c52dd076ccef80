"""Entries, outcomes and every path between them, bounded so a large map never hangs.

An *entry* is a step (not an outcome) that has an arrow out and no arrow in on
the journey graph (see :mod:`.graph`: arrows out of outcomes are cut, so the
first step of a repurchase loop is still an entry). Where a loop closes the
start (call support → solved? → no → call support again) and nothing else leads
into it, the loop's first step in flow order is the entry. For one
micro-journey only arrows from steps of the same lane count as "in": a lane
that starts where another lane sends the customer (lost luggage starts inside
the flight) has its own entry. Paths follow arrows across lanes and end at the first outcome.

Path enumeration is a depth-first search that only walks steps from which an
outcome can still be reached, and stops at ``max_paths`` paths, at
``max_work`` arrow visits, or at ``max_seconds``; it then says so
(:attr:`PathSet.complete` is False) instead of hanging. Where the reachable
part of the journey graph has no loop, the exact number of paths is counted
(cheaply, by dynamic programming) even when not all were listed.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass

import networkx as nx

from ..model import Crossroads, Outcome, Touchpoint
from ..model.flow import strong_components
from .graph import (
    is_open,
    journey_arrows,
    journey_graph,
    lane_nodes,
    order_index,
    successor_lists,
)
from .ownership import is_handoff

MAX_PATHS = 200
MAX_WORK = 20_000
MAX_SECONDS = 1.0


@dataclass(frozen=True)
class Path:
    """One way through the map, from an entry to an outcome, and its friction."""

    node_ids: tuple[str, ...]
    edge_ids: tuple[str, ...]
    outcome_id: str
    worst_severity: int | None  # of the unresolved crossroads on the path
    lowest_rating: int | None  # of the rated touchpoints on the path
    handoff_edge_ids: tuple[str, ...]
    probability: float | None  # percent, from branch shares; None where a share is missing

    @property
    def entry_id(self) -> str:
        return self.node_ids[0]

    @property
    def handoff_count(self) -> int:
        return len(self.handoff_edge_ids)


@dataclass(frozen=True)
class PathSet:
    """The paths of a micro-journey or the map, and whether that is all of them."""

    entry_ids: tuple[str, ...]
    outcome_ids: tuple[str, ...]
    paths: tuple[Path, ...]
    complete: bool
    stopped_by: str = ""  # "", "max-paths", "max-work" or "max-seconds"
    total: int | None = None  # the exact number of paths when known (may exceed len(paths))

    @property
    def too_many(self) -> bool:
        return not self.complete


def entries(document, journey_id: str | None = None, graph: nx.DiGraph | None = None,
            index: dict | None = None) -> list[str]:
    """Entry step ids of one lane (or the map), in flow order; see the module doc."""
    graph = journey_graph(document) if graph is None else graph
    cache = graph.graph.setdefault("entries", {})
    if journey_id in cache:
        return list(cache[journey_id])
    index = order_index(document) if index is None else index
    nexts = successor_lists(graph)
    if journey_id is None:
        adjacency = nexts
    else:  # the lane's steps and the arrows between them
        members = {n.id for n in lane_nodes(document, journey_id) if n.is_step}
        adjacency = {a: [b for b in nexts[a] if b in members] for a in members}
    part_of = strong_components(adjacency)
    entered = {part_of[b] for a, bs in adjacency.items() for b in bs if part_of[a] != part_of[b]}
    first: dict[int, tuple] = {}  # per part nothing leads into: its first candidate
    for node_id, part in part_of.items():
        if part in entered or not nexts[node_id] or isinstance(document.node(node_id), Outcome):
            continue
        key = (index.get(node_id, 0), node_id)
        if part not in first or key < first[part]:
            first[part] = key
    found = [node_id for _, node_id in first.values()]
    cache[journey_id] = tuple(sorted(found, key=lambda i: (index.get(i, 0), i)))
    return list(cache[journey_id])


def outcomes(document, journey_id: str | None = None, index: dict | None = None) -> list[str]:
    """Outcome ids placed in one lane (or the map), in flow order."""
    index = order_index(document) if index is None else index
    found = [n.id for n in lane_nodes(document, journey_id) if isinstance(n, Outcome)]
    return sorted(found, key=lambda i: (index.get(i, 0), i))


def _probability(share: float | None, arrows_out: int) -> float | None:
    """The fraction of customers taking an arrow with ``share``, one of ``arrows_out``.

    A lone arrow is taken by everyone unless it says otherwise; at a fork every
    arrow needs a share, or the fraction is unknown (``None``). Shares are used
    as given, never normalised (see :mod:`.shares`).
    """
    if arrows_out == 1:
        return 1.0 if share is None else share / 100.0
    return None if share is None else share / 100.0


def _reaching(graph: nx.DiGraph, targets: set[str]) -> set[str]:
    """Every node from which some target can be reached (targets included)."""
    seen, todo = set(targets), list(targets)
    while todo:
        for pred in graph.predecessors(todo.pop()):
            if pred not in seen:
                seen.add(pred)
                todo.append(pred)
    return seen


def _topological_order(succ: dict[str, list[str]]) -> list[str] | None:
    """The nodes of ``{node: [successors]}`` with every arrow pointing forward, or
    None when the arrows make a loop (Kahn's algorithm)."""
    waiting = dict.fromkeys(succ, 0)
    for ahead in succ.values():
        for node in ahead:
            waiting[node] += 1
    ready = [node for node, count in waiting.items() if count == 0]
    order = []
    while ready:
        node = ready.pop()
        order.append(node)
        for nxt in succ[node]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                ready.append(nxt)
    return order if len(order) == len(succ) else None


@dataclass
class _Prepared:
    """What every path search on one journey graph shares (computed once per graph)."""

    targets: set
    alive: set
    succ: dict
    to_target: dict | None  # paths from each step to an outcome; None when loops
    topo: list | None  # the steps that reach an outcome, in topological order (no loops)
    edge_info: dict
    severity: dict
    rating: dict
    steps: dict  # step → [(next step, arrow id, hand-off?, p)] along ``succ``


def _prepare(document, graph: nx.DiGraph) -> _Prepared:
    cached = graph.graph.get("prepared")
    if cached is not None:
        return cached
    index = order_index(document)
    targets = {n.id for n in document.nodes() if isinstance(n, Outcome)}
    alive = _reaching(graph, targets) if targets else set()
    nexts = successor_lists(graph)
    succ = {}
    for node in alive:
        ahead = [s for s in nexts[node] if s in alive]
        if len(ahead) > 1:
            ahead.sort(key=lambda i: (index.get(i, 0), i))
        succ[node] = ahead
    topo = _topological_order(succ)
    to_target = None
    if topo is not None:
        to_target = {}
        for node in reversed(topo):
            to_target[node] = 1 if node in targets else sum(to_target[s] for s in succ[node])
    edge_info = {(a, b): (d["id"], d["handoff"], d["p"]) for a, b, d in graph.edges(data=True)}
    prepared = _Prepared(
        targets, alive, succ, to_target, topo, edge_info,
        {n: d["severity"] for n, d in graph.nodes(data=True)},
        {n: d["rating"] for n, d in graph.nodes(data=True)},
        {a: [(b, *edge_info[a, b]) for b in nexts] for a, nexts in succ.items()})
    graph.graph["prepared"] = prepared
    return prepared


def share_graph(document) -> nx.DiGraph:
    """The journey graph, annotated once with what the path analysis reads.

    Arrows: ``id``, ``share``, ``p`` (see :func:`_probability`), ``handoff``.
    Steps: ``severity`` (unresolved crossroads) and ``rating`` (touchpoints), or None.
    """
    steps = {node.id: node for node in document.nodes() if node.is_step}
    arrows = journey_arrows(document, steps)
    arrows_out = Counter(edge.source for edge in arrows)
    graph = nx.DiGraph()
    graph.add_nodes_from((node_id, {
        "severity": node.severity if isinstance(node, Crossroads) and is_open(node) else None,
        "rating": node.rating if isinstance(node, Touchpoint) else None,
    }) for node_id, node in steps.items())
    graph.add_edges_from((edge.source, edge.target, {
        "id": edge.id,
        "share": edge.share,
        "handoff": is_handoff(steps[edge.source], steps[edge.target]),
        "p": _probability(edge.share, arrows_out[edge.source]),
    }) for edge in arrows)
    return graph


def paths(document, journey_id: str | None = None, *, max_paths: int = MAX_PATHS,
          max_work: int = MAX_WORK, max_seconds: float | None = MAX_SECONDS,
          graph: nx.DiGraph | None = None) -> PathSet:
    """Every path from an entry of the lane (or map) to an outcome, within the bounds."""
    graph = share_graph(document) if graph is None else graph
    index = order_index(document)
    starts = entries(document, journey_id, graph, index)
    prep = _prepare(document, graph)
    deadline = None if max_seconds is None else time.monotonic() + max_seconds
    found, stopped = _walk(prep, starts, max_paths, max_work, deadline)
    if not prep.alive:
        total = 0
    elif prep.to_target is not None:
        total = sum(prep.to_target.get(s, 0) for s in starts)
    else:
        total = None if stopped else len(found)
    return PathSet(tuple(starts), tuple(outcomes(document, journey_id, index)),
                   tuple(found), not stopped, stopped, total)


def _walk(prep: _Prepared, starts, max_paths: int, max_work: int, deadline):
    """The bounded depth-first search of :func:`paths`: the paths found, and what stopped it.

    Each path is described as it is found from running values kept per depth
    (arrows, hand-offs, probability, worst severity, lowest rating of the path so
    far), so describing a path costs no second walk over it.
    """
    targets, alive, steps = prep.targets, prep.alive, prep.steps
    severity, rating = prep.severity, prep.rating
    found: list[Path] = []
    work, stopped = 0, ""
    for start in starts:
        if start not in alive or stopped:
            continue
        path, on_path, stack = [start], {start}, [iter(steps[start])]
        edges, handoffs, handed = [], [], []  # per arrow of the path
        prob, worst, lowest = [1.0], [severity.get(start)], [rating.get(start)]  # per step
        while stack and not stopped:
            nxt = next(stack[-1], None)
            if nxt is None:
                stack.pop()
                on_path.discard(path.pop())
                prob.pop()
                worst.pop()
                lowest.pop()
                if edges:
                    edges.pop()
                    if handed.pop():
                        handoffs.pop()
                continue
            node, edge_id, handoff, p = nxt
            work += 1
            if work > max_work:
                stopped = "max-work"
            elif deadline is not None and work % 1024 == 0 and time.monotonic() > deadline:
                stopped = "max-seconds"
            elif node in on_path:
                continue
            elif node in targets:
                work += len(path)  # building and describing a path costs its length
                if len(found) >= max_paths:
                    stopped = "max-paths"
                    continue
                q = prob[-1]
                q = None if q is None or p is None else q * p
                w, s = worst[-1], severity.get(node)
                w = s if w is None else w if s is None else max(w, s)
                lo, r = lowest[-1], rating.get(node)
                lo = r if lo is None else lo if r is None else min(lo, r)
                found.append(Path(
                    (*path, node), (*edges, edge_id), node, w, lo,
                    (*handoffs, edge_id) if handoff else tuple(handoffs),
                    None if q is None else 100.0 * q))
            else:
                q = prob[-1]
                prob.append(None if q is None or p is None else q * p)
                w, s = worst[-1], severity.get(node)
                worst.append(s if w is None else w if s is None else max(w, s))
                lo, r = lowest[-1], rating.get(node)
                lowest.append(r if lo is None else lo if r is None else min(lo, r))
                edges.append(edge_id)
                handed.append(handoff)
                if handoff:
                    handoffs.append(edge_id)
                path.append(node)
                on_path.add(node)
                stack.append(iter(steps[node]))
    return found, stopped


@dataclass(frozen=True)
class Bottleneck:
    """A step that many of the entry → outcome paths pass through."""

    node_id: str
    paths_through: int
    total_paths: int
    exact: bool  # False when counted over a bounded list of paths only

    @property
    def share(self) -> float:
        return 100.0 * self.paths_through / self.total_paths


def bottlenecks(document, path_set: PathSet | None = None, *, threshold: float = 50.0,
                graph: nx.DiGraph | None = None) -> list[Bottleneck]:
    """Steps where routes merge (two arrows in or more) and that at least
    ``threshold`` % of the map's entry → outcome paths pass through.

    Merging is required because on a plain chain every step carries every path,
    which says nothing; a bottleneck is where separate routes funnel into one
    step. Only on a map with two paths or more. Counted exactly on a map
    without loops, else over the listed paths. Largest share first, then flow order.
    """
    graph = share_graph(document) if graph is None else graph
    path_set = paths(document, graph=graph) if path_set is None else path_set
    index = order_index(document)
    skip = set(path_set.entry_ids) | {n.id for n in document.nodes() if isinstance(n, Outcome)}
    counts, total, exact = _through_counts(graph, path_set, document)
    if total < 2:
        return []
    found = [Bottleneck(n, c, total, exact) for n, c in counts.items()
             if n not in skip and c > 0 and graph.in_degree(n) >= 2
             and 100.0 * c / total >= threshold]
    return sorted(found, key=lambda b: (-b.paths_through, index.get(b.node_id, 0), b.node_id))


def _through_counts(graph, path_set: PathSet, document):
    prep = _prepare(document, graph)
    if prep.to_target is not None:
        order = prep.topo
        starts = set(path_set.entry_ids)
        from_start = {n: 0 for n in order}
        for node in order:
            from_start[node] += 1 if node in starts else 0
            for s in prep.succ[node]:
                from_start[s] += from_start[node]
        to_target = prep.to_target
        counts = {n: from_start[n] * to_target[n] for n in order}
        return counts, sum(to_target.get(s, 0) for s in starts), True
    counts: dict[str, int] = {}
    for p in path_set.paths:
        for n in p.node_ids:
            counts[n] = counts.get(n, 0) + 1
    return counts, len(path_set.paths), path_set.complete
