"""What each micro-journey loses: of the customers who start it, the share that ends in
churn or a complaint *inside it*, from the branch shares.

The leadership PDF opens with one headline per micro-journey ("Lost luggage loses 35 %
of its customers"), so the number must be the lane's own: customers who go on into
another micro-journey (the booking hands them to the flight) are counted as going on,
not as lost or kept here — the lane they go to has its own headline. That is why this
is not :func:`.shares.outcome_odds` filtered by lane: those odds follow the customers
through every lane to the end of the whole journey (the first lane of the B2B sample
would "lose" everything the later lanes lose).

The rules for shares are those of :mod:`.shares` (a lone arrow is taken by everyone;
at a fork with missing shares the customers the given shares do not cover are
*unknown*; shares above 100 % are scaled down; arrows out of outcomes are cut).
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from ..model import Outcome
from .graph import order_index
from .paths import entries, share_graph

MAX_ROUNDS = 1000


@dataclass(frozen=True)
class LaneLoss:
    """Where the customers who start one micro-journey end up, in percent of them."""

    journey_id: str
    entry_id: str | None  # the lane's first entry in flow order; None: nothing starts here
    entry_count: int  # entries of the lane (the numbers are those of the first)
    lost: tuple[tuple[str, float], ...]  # (churn or complain outcome id in this lane, %)
    kept: tuple[tuple[str, float], ...]  # (good outcome id in this lane, %)
    onward: tuple[tuple[str, float], ...]  # (another micro-journey's id, % going on there)
    unknown: float  # reach a fork whose shares are missing
    dead_end: float  # stop at a step of this lane that leads nowhere
    looping: float  # still going round after the round limit

    @property
    def lost_share(self) -> float:
        return sum(p for _, p in self.lost)

    @property
    def known(self) -> bool:
        """True when the shares say where every customer goes (nothing unknown)."""
        return self.unknown < 0.05

    def lost_of(self, kind_of: dict[str, str], kind: str) -> float:
        """The share lost to outcomes of one kind ("churn", "complain")."""
        return sum(p for o, p in self.lost if kind_of.get(o) == kind)


def lane_losses(document, graph: nx.DiGraph | None = None) -> list[LaneLoss]:
    """One :class:`LaneLoss` per micro-journey, in the map's order."""
    graph = share_graph(document) if graph is None else graph
    index = order_index(document)
    lane_of = {n: document.node(n).journey_id for n in graph}
    outcome_of = {n: document.node(n) for n in graph if isinstance(document.node(n), Outcome)}
    found = []
    for journey in document.journeys:
        starts = entries(document, journey.id, graph, index)
        if not starts:
            found.append(LaneLoss(journey.id, None, 0, (), (), (), 0.0, 0.0, 0.0))
            continue
        found.append(_follow(graph, journey.id, starts[0], len(starts), lane_of, outcome_of,
                             index))
    return found


def _follow(graph, journey_id, entry, entry_count, lane_of, outcome_of, index) -> LaneLoss:
    mass = {entry: 100.0}
    ended: dict[str, float] = {}
    onward: dict[str, float] = {}
    unknown = dead = 0.0
    for _ in range(MAX_ROUNDS):
        if not mass:
            break
        moved: dict[str, float] = {}
        for node_id, m in mass.items():
            if node_id in outcome_of:
                ended[node_id] = ended.get(node_id, 0.0) + m
                continue
            arrows = graph[node_id]
            if not arrows:
                dead += m
                continue
            given = [(s, d["p"]) for s, d in arrows.items() if d["p"] is not None]
            total = sum(p for _, p in given)
            scale = 1.0 / total if total > 1.0 else 1.0  # customers are not cloned
            if len(given) < len(arrows):  # a fork with missing shares
                unknown += m * max(0.0, 1.0 - total * scale)
            for succ, p in given:
                if p <= 0:
                    continue
                share = m * p * scale
                if lane_of[succ] != journey_id:  # handed on to another micro-journey
                    onward[lane_of[succ]] = onward.get(lane_of[succ], 0.0) + share
                else:
                    moved[succ] = moved.get(succ, 0.0) + share
        mass = {k: v for k, v in moved.items() if v > 1e-12}

    def ranked(items):
        return tuple(sorted(((k, v) for k, v in items if v > 1e-9),
                            key=lambda kv: (-kv[1], index.get(kv[0], 0), kv[0])))

    lost = ranked((o, p) for o, p in ended.items() if not outcome_of[o].outcome.is_good)
    kept = ranked((o, p) for o, p in ended.items() if outcome_of[o].outcome.is_good)
    going = tuple(sorted(((j, p) for j, p in onward.items() if p > 1e-9),
                         key=lambda kv: -kv[1]))
    return LaneLoss(journey_id, entry, entry_count, lost, kept, going, unknown, dead,
                    sum(mass.values()))
