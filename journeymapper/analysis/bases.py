"""What each share is a share of: the bases the analysis reads every percent against.

A share means nothing without its base. "35 % switch airline" on the airline map is
35 % of those who report a missing bag, which is 0.25 % of all flyers; read as the
second, it would send a manager after the wrong problem. The rules:

* **A branch's share** (on an arrow) is of the customers who *reach* the step it
  leaves: the branch's local base ("1 % of those who reach ‘Did the bag arrive?’").
* **The odds and the paths** of a micro-journey start at one of its entries: they are
  of the customers *entering* that micro-journey there ("of the customers entering
  ‘Lost luggage’").
* **Linked lanes**: a micro-journey that starts where another one sends its customers
  (lost luggage starts inside the flight) has an entry that is not an entry of the
  map. Its customers are a share of those entering the micro-journey *upstream*,
  so every share inside it is also given as a share of all customers entering that
  one ("0.25 % of all customers entering ‘The flight’").
* **An outcome's own share** (typed on the outcome) is read as of the customers
  entering the outcome's micro-journey; where the branch shares give another number
  on every base, that is a finding (:func:`outcome_share_checks`).

How many of the customers entering at an entry reach a step (its *reach*) comes
from the branch shares, exactly as the outcome odds do (:func:`.shares.flow_from`).
It is unknown where a fork on the way has arrows with no share. In a loop a
customer can pass a step more than once; each pass counts, and a reach is never
given above 100 %.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from ..model import Outcome
from .graph import order_index
from .paths import entries, share_graph
from .shares import TOLERANCE, flow_from

LOCAL = "reaching"
ENTERING = "entering"


@dataclass(frozen=True)
class Entering:
    """A share given as a share of the customers entering a micro-journey at an entry.

    ``upstream`` is False for an entry of the micro-journey the share is about, True
    for an entry of the map upstream of it (the customers came from another lane).
    ``percent`` is None when it is unknown (a fork on the way has no shares).
    """

    entry_id: str
    journey_id: str
    percent: float | None
    upstream: bool = False

    @property
    def known(self) -> bool:
        return self.percent is not None


@dataclass(frozen=True)
class OutcomeShareCheck:
    """An outcome's own share set against what the branch shares give.

    ``stated`` is read as a share of the customers entering the outcome's
    micro-journey; ``computed`` gives the branch arithmetic on every base there is
    (the lane's own entries first, then the map's entries upstream). ``agrees`` is
    True when the stated share matches a known computed one (± 0.5) or when no
    computed one is known (nothing to hold it against).
    """

    outcome_id: str
    stated: float
    computed: tuple[Entering, ...]
    agrees: bool

    @property
    def checked(self) -> bool:
        """Whether some base gave a number to hold the stated share against."""
        return any(e.known for e in self.computed)


class ShareBases:
    """The bases of one map's shares, worked out once (the customers from every entry
    of the map and of each micro-journey, followed through the branch shares).

    Build it on the graph :func:`~.paths.share_graph` gives (or let it make one);
    it keeps what it computed, not the graph, so it may outlive an analysis.
    """

    def __init__(self, document, graph: nx.DiGraph | None = None) -> None:
        graph = share_graph(document) if graph is None else graph
        self.document = document
        index = order_index(document)
        self._lane_of = {n: document.node(n).journey_id for n in graph}
        self._map_entries = tuple(entries(document, None, graph, index))
        self._lane_entries: dict[str, tuple[str, ...]] = {
            j.id: tuple(entries(document, j.id, graph, index)) for j in document.journeys}
        wanted = dict.fromkeys(self._map_entries)
        for ids in self._lane_entries.values():
            wanted.update(dict.fromkeys(ids))
        self._flows = {e: flow_from(document, graph, e) for e in wanted}
        self._map_entry_count: dict[str, int] = {}
        for entry in self._map_entries:
            lane = self._lane_of.get(entry)
            self._map_entry_count[lane] = self._map_entry_count.get(lane, 0) + 1

    # --- questions -------------------------------------------------------------------
    def lane_entries(self, journey_id: str) -> tuple[str, ...]:
        """The entries of one micro-journey (see :func:`~.paths.entries`)."""
        return self._lane_entries.get(journey_id, ())

    def map_entries(self) -> tuple[str, ...]:
        return self._map_entries

    def entry_count(self, journey_id: str, upstream: bool) -> int:
        """How many entries the micro-journey has, as a lane (``upstream`` False) or
        among the map's entries (True): with more than one, words name the entry."""
        if not upstream:
            return len(self.lane_entries(journey_id))
        return self._map_entry_count.get(journey_id, 0)

    def reach(self, entry_id: str, node_id: str) -> float | None:
        """Percent of the customers entering at ``entry_id`` who reach ``node_id`` (0 when
        none do; None when unknown because of missing shares on the way)."""
        flow = self._flows.get(entry_id)
        if flow is None:
            return None
        if node_id in flow.unsure:
            return None
        return min(100.0, flow.passes.get(node_id, 0.0))

    def _reaches(self, entry_id: str, node_id: str) -> bool:
        flow = self._flows.get(entry_id)
        return flow is not None and (node_id in flow.unsure or
                                     flow.passes.get(node_id, 0.0) > 1e-9)

    def entering(self, node_id: str, percent: float = 100.0) -> tuple[Entering, ...]:
        """``percent`` of the customers who reach ``node_id``, as a share of those
        entering each micro-journey they come through: first at the entries of the
        step's own micro-journey that lead to it, then at the map's entries upstream
        (those not already listed). With the default 100 %: the step's reach."""
        lane = self._lane_of.get(node_id)
        if lane is None:
            return ()
        found = []
        own = self.lane_entries(lane)
        for entry in own:
            if self._reaches(entry, node_id):
                found.append(self._scaled(entry, node_id, percent, False))
        for entry in self._map_entries:
            if entry not in own and self._reaches(entry, node_id):
                found.append(self._scaled(entry, node_id, percent, True))
        return tuple(found)

    def upstream(self, entry_id: str) -> tuple[Entering, ...]:
        """For an entry of a micro-journey: the share of all customers entering the map's
        entries upstream who get to it (empty when it is an entry of the map itself)."""
        if entry_id in self._map_entries:
            return ()
        return tuple(self._scaled(e, entry_id, 100.0, True) for e in self._map_entries
                     if self._reaches(e, entry_id))

    def _scaled(self, entry: str, node_id: str, percent: float, upstream: bool) -> Entering:
        reach = self.reach(entry, node_id)
        value = None if reach is None else reach * percent / 100.0
        return Entering(entry, self._lane_of[entry], value, upstream)

    def outcome_check(self, outcome) -> OutcomeShareCheck | None:
        """The outcome's own share against the branch arithmetic (None: it states none)."""
        if not isinstance(outcome, Outcome) or outcome.share is None:
            return None
        computed = self.entering(outcome.id)
        known = [e.percent for e in computed if e.known]
        agrees = not known or any(abs(p - outcome.share) <= TOLERANCE for p in known)
        return OutcomeShareCheck(outcome.id, float(outcome.share), computed, agrees)


def share_bases(document, graph: nx.DiGraph | None = None) -> ShareBases:
    """The bases of the map's shares (see the module doc and :class:`ShareBases`)."""
    return ShareBases(document, graph)


def outcome_share_checks(document, graph: nx.DiGraph | None = None,
                         bases: ShareBases | None = None) -> list[OutcomeShareCheck]:
    """Every outcome that states a share, in flow order, held against the branch shares."""
    bases = share_bases(document, graph) if bases is None else bases
    index = order_index(document)
    found = [bases.outcome_check(n) for n in document.nodes() if isinstance(n, Outcome)]
    return sorted((c for c in found if c is not None),
                  key=lambda c: (index.get(c.outcome_id, 0), c.outcome_id))
