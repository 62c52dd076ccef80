"""Branch shares: forks whose shares are missing or do not add up, and outcome odds.

Share rules (the shares are the users' data; they are never normalised):

* a lone arrow out of a step is taken by everyone, unless it carries a share;
* at a fork (two arrows out or more) every arrow needs a share; where some are
  missing, the arrows with a share still carry it, and the customers the given
  shares do not cover (100 % minus their sum) are *unknown*; the fork is a finding;
* shares out of a step that do not add up to 100 % (± 0.5) are a finding. The
  odds use shares below 100 % as given (the rest shows as *unaccounted*); shares
  above 100 % are scaled down for the odds only, since no more customers can
  leave a step than reached it (used as given, a loop through such a fork would
  multiply customers without bound).

Outcome odds follow the customers from an entry through the journey graph
(arrows out of outcomes are cut), loops included, until they reach an outcome,
a dead end, a fork with missing shares, or the round limit.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from ..model import Outcome
from .graph import order_index, successor_lists
from .paths import entries, share_graph

TOLERANCE = 0.5
MAX_ROUNDS = 1000


@dataclass(frozen=True)
class ShareProblem:
    """A step whose outgoing shares are incomplete or do not add up to 100 %."""

    node_id: str
    kind: str  # "missing" or "sum"
    edge_ids: tuple[str, ...]  # every arrow out of the step
    missing_edge_ids: tuple[str, ...]  # the arrows without a share
    total: float  # the sum of the shares that are given


def share_problems(document, graph: nx.DiGraph | None = None) -> list[ShareProblem]:
    """Forks with missing shares, and steps whose shares do not add up, in flow order."""
    graph = share_graph(document) if graph is None else graph
    index = order_index(document)
    found = []
    for node_id, arrows in graph.adjacency():
        if not arrows:
            continue
        out = sorted(arrows.values(), key=lambda d: d["id"])
        ids = tuple(d["id"] for d in out)
        missing = tuple(d["id"] for d in out if d["share"] is None)
        total = sum(d["share"] for d in out if d["share"] is not None)
        if missing and len(out) >= 2:
            found.append(ShareProblem(node_id, "missing", ids, missing, total))
        elif not missing and abs(total - 100.0) > TOLERANCE:
            found.append(ShareProblem(node_id, "sum", ids, (), total))
    return sorted(found, key=lambda p: (index.get(p.node_id, 0), p.node_id))


@dataclass(frozen=True)
class OutcomeOdds:
    """Where the customers who start at one entry end up, in percent.

    Every percent here is of the customers **entering** at ``entry_id`` (the
    base of the odds: see :mod:`.bases`).
    """

    entry_id: str
    outcomes: tuple[tuple[str, float], ...]  # (outcome id, percent), largest first
    unknown: float  # reach a fork and take an arrow with no share
    dead_end: float  # reach a step with no arrow out that is no outcome: no outcome drawn
    looping: float  # still going round a loop after the round limit
    unaccounted: float  # lost to shares below 100 %
    # where ``dead_end`` stops: (step id, percent) per step with no arrow out, largest
    # first. The journey simply stops there on the map; that is not the customers' fate.
    ends: tuple[tuple[str, float], ...] = ()

    def of(self, outcome_id: str) -> float:
        return dict(self.outcomes).get(outcome_id, 0.0)

    @property
    def known(self) -> bool:
        """True when every customer's end is known from the shares."""
        return self.unknown < 1e-9


def _flows(document, graph: nx.DiGraph):
    """Outcomes, per step where its customers go, and the steps that lead nowhere
    (computed once per graph)."""
    cached = graph.graph.get("flows")
    if cached is not None:
        return cached
    is_outcome = {n for n in graph if isinstance(document.node(n), Outcome)}
    probs, unknown_part, dead_ends = {}, {}, set()
    for node_id, arrows in graph.adjacency():
        if not arrows:
            dead_ends.add(node_id)
        out = list(arrows)
        ps = [d["p"] for d in arrows.values()]
        given = [(s, p) for s, p in zip(out, ps) if p is not None]
        total = sum(p for _, p in given)
        scale = 1.0 / total if total > 1.0 else 1.0  # customers are not cloned
        probs[node_id] = [(s, p * scale) for s, p in given]
        # at a fork with missing shares, whoever the given shares do not cover is unknown
        unknown_part[node_id] = (max(0.0, 1.0 - sum(p for _, p in probs[node_id]))
                                 if any(p is None for p in ps) else 0.0)
    graph.graph["flows"] = (is_outcome, probs, unknown_part, dead_ends)
    return graph.graph["flows"]


@dataclass(frozen=True)
class Flow:
    """The customers who start at one entry, followed through the journey graph.

    ``passes``: per step, the percent of those customers who pass it (a customer going
    round a loop passes its steps more than once, so this can exceed 100 there);
    an outcome's passes are the customers who end there, a step with no arrow out
    the customers who stop there. ``unsure``: the steps behind an arrow with no
    share at a fork, so their passes are at least the number given, not known.
    """

    entry_id: str
    passes: dict
    unsure: frozenset
    unknown: float
    looping: float


def flow_from(document, graph: nx.DiGraph, entry: str) -> Flow:
    """Follow the customers entering at ``entry`` (computed once per entry and graph:
    the odds, the paths' and the branches' bases all read it)."""
    cache = graph.graph.setdefault("flow_from", {})
    found = cache.get(entry)
    if found is not None:
        return found
    is_outcome, probs, unknown_part, dead_ends = _flows(document, graph)
    mass = {entry: 100.0}
    passes: dict[str, float] = {}
    unknown = 0.0
    guessed: set[str] = set()  # reached steps with an arrow out that has no share
    for _ in range(MAX_ROUNDS):
        if not mass:
            break
        moved: dict[str, float] = {}
        for node_id, m in mass.items():
            passes[node_id] = passes.get(node_id, 0.0) + m
            if node_id in is_outcome or node_id in dead_ends:
                continue
            part = unknown_part[node_id]
            if part:
                unknown += m * part
                guessed.add(node_id)
            for succ, p in probs[node_id]:
                if p > 0:
                    moved[succ] = moved.get(succ, 0.0) + m * p
        mass = {k: v for k, v in moved.items() if v > 1e-12}
    looping = sum(mass.values())
    unsure: set[str] = set()
    if guessed:
        nexts = successor_lists(graph)  # plain lists: a networkx view per step costs more
        todo = [s for n in guessed for s, d in graph.adj[n].items() if d["p"] is None]
        while todo:
            node_id = todo.pop()
            if node_id in unsure:
                continue
            unsure.add(node_id)
            if node_id not in is_outcome:
                todo.extend(nexts[node_id])
    found = cache[entry] = Flow(entry, passes, frozenset(unsure), unknown, looping)
    return found


def outcome_odds(document, journey_id: str | None = None,
                 graph: nx.DiGraph | None = None) -> list[OutcomeOdds]:
    """The odds of each outcome from each entry of one lane (or the map)."""
    graph = share_graph(document) if graph is None else graph
    index = order_index(document)
    is_outcome, _probs, _unknown_part, dead_ends = _flows(document, graph)
    result = []
    for entry in entries(document, journey_id, graph, index):
        flow = flow_from(document, graph, entry)
        ended = {k: v for k, v in flow.passes.items() if k in is_outcome}
        stops = {k: v for k, v in flow.passes.items() if k in dead_ends and k not in is_outcome}
        dead = sum(stops.values())
        rank = (lambda kv: (-kv[1], index.get(kv[0], 0), kv[0]))
        ranked = sorted(((k, v) for k, v in ended.items() if v > 1e-9), key=rank)
        ends = sorted(((k, v) for k, v in stops.items() if v > 1e-9), key=rank)
        unaccounted = 100.0 - sum(ended.values()) - flow.unknown - dead - flow.looping
        result.append(OutcomeOdds(entry, tuple(ranked), flow.unknown, dead, flow.looping,
                                  0.0 if abs(unaccounted) < 1e-6 else unaccounted,
                                  tuple(ends)))
    return result
