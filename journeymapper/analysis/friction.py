"""Where the journey hurts: the weakest link, the worst crossroads, the next actions.

Weakest-link rule (a journey is only as good as its worst touchpoint: docs/domain.md,
"What the analysis asks").
Touchpoint ratings and crossroads severities are put on one "hurt" scale, 1–5:

* a rated touchpoint hurts ``3 − rating``: −2 → 5, −1 → 4, 0 → 3, +1 → 2, +2 → 1;
* a crossroads that is not resolved hurts its severity (1–5);
* unrated touchpoints, resolved crossroads and outcomes are not candidates.

The highest hurt wins. Steps with the same highest hurt are a *tie*, and are
reported as one (``WeakestLink.tied_ids``): a rating of −2 and an open crossroads of
severity 5 hurt alike. The tie is only ordered, to name one step first where
one name is needed: the customer's own rating before the team's severity estimate
(a touchpoint before a crossroads), then an open crossroads before one being
investigated or improved, then the earlier step in flow order.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from ..model import Crossroads, CrossroadsStatus, Node, Outcome, Sentiment, Touchpoint
from . import wording as W
from .findings import Phrase, phrase
from .graph import in_flow_order, is_open, lane_nodes, order_index, signed

STATUS_RANK = {
    CrossroadsStatus.OPEN: 0,
    CrossroadsStatus.INVESTIGATING: 1,
    CrossroadsStatus.IMPROVING: 2,
    CrossroadsStatus.RESOLVED: 3,
}


@dataclass(frozen=True)
class WeakestLink:
    """The step that hurts most in a micro-journey (or the map), and why."""

    node_id: str
    why: Phrase  # "lowest customer rating (−2)" or "highest severity (5, open)", translatable
    hurt: int  # 1..5, see the module doc
    tied_ids: tuple[str, ...] = ()  # the other steps with the same hurt, in tie-break order

    @property
    def is_tie(self) -> bool:
        return bool(self.tied_ids)

    @property
    def node_ids(self) -> tuple[str, ...]:
        """Every step of the weakest link: the one named first, then those tied with it."""
        return (self.node_id, *self.tied_ids)

    @property
    def reason(self) -> str:
        """Why, in English (the report and the JSON)."""
        return str(self.why)


def status_words(status: CrossroadsStatus) -> Phrase:
    """A crossroads' status as the map says it ("open"), translatable (context "canvas")."""
    return Phrase(W.STATUS_WORDS.get(status.value, status.value), context="canvas")


def hurt(node: Node) -> int | None:
    """The step's place on the 1–5 hurt scale, or None when it is not a candidate."""
    if isinstance(node, Touchpoint) and node.rating is not None:
        return 3 - node.rating
    if isinstance(node, Crossroads) and is_open(node):
        return node.severity
    return None


def reason_of(node: Node) -> Phrase:
    """Why a step is (or ties for) the weakest link, translatable."""
    return _reason(node)


def _reason(node: Node) -> Phrase:
    if isinstance(node, Touchpoint):
        return phrase(W.WEAKEST_BY_RATING, rating=signed(node.rating))
    return phrase(W.WEAKEST_BY_SEVERITY, severity=node.severity,
                  status=status_words(node.status))


def weakest_link(document, journey_id: str | None) -> WeakestLink | None:
    """The weakest link of one micro-journey (``None`` for the whole map), by the rule above."""
    index = order_index(document)
    top, tied = None, []
    for node in lane_nodes(document, journey_id):
        score = hurt(node)
        if score is None or (top is not None and score < top):
            continue
        if top is None or score > top:
            top, tied = score, []
        tied.append(((0 if isinstance(node, Touchpoint) else 1,
                      STATUS_RANK.get(getattr(node, "status", None), 0),
                      index.get(node.id, len(index)), node.id), node))
    if top is None:
        return None
    tied.sort(key=lambda kn: kn[0])
    node = tied[0][1]
    return WeakestLink(node.id, _reason(node), top, tuple(n.id for _, n in tied[1:]))


@dataclass(frozen=True)
class Friction:
    """A crossroads and how badly it turns customers away."""

    node_id: str
    severity: int
    status: CrossroadsStatus
    bad_edge_ids: tuple[str, ...]
    bad_share: float | None  # percent taking the bad branches, when every one has a share


def bad_branches(document, node_id: str) -> list:
    """Arrows marked bad; when none is marked, those into a complain or churn outcome."""
    edges = document.out_edges(node_id)
    marked = [e for e in edges if e.sentiment == Sentiment.BAD]
    if marked:
        return marked
    return [e for e in edges if isinstance(document.node(e.target), Outcome)
            and not document.node(e.target).outcome.is_good]


def friction_of(document, node: Crossroads) -> Friction:
    bad = sorted(bad_branches(document, node.id), key=lambda e: e.id)
    share = (sum(e.share for e in bad) if bad and all(e.share is not None for e in bad)
             else None)
    return Friction(node.id, node.severity, node.status, tuple(e.id for e in bad), share)


def worst_friction(document, limit: int | None = 10,
                   journey_id: str | None = None) -> list[Friction]:
    """Crossroads, worst first: unresolved before resolved, then by severity,
    then by the share taking the bad branch (known shares first), then flow order."""
    index = order_index(document)
    found = [friction_of(document, n) for n in lane_nodes(document, journey_id)
             if isinstance(n, Crossroads)]
    found.sort(key=lambda f: (f.status == CrossroadsStatus.RESOLVED, -f.severity,
                              f.bad_share is None, -(f.bad_share or 0.0),
                              index.get(f.node_id, len(index)), f.node_id))
    return found if limit is None else found[:limit]


@dataclass(frozen=True)
class NextAction:
    """An improvement someone has promised at a crossroads."""

    node_id: str
    action: str
    owner_id: str | None
    due: _dt.date | None
    overdue: bool
    severity: int
    status: CrossroadsStatus


def next_actions(document, today: _dt.date | None = None) -> list[NextAction]:
    """Crossroads that are not resolved and have an action written down.

    Overdue (due before ``today``) first, then by due date (none last), then by
    severity and flow order. ``today`` defaults to the computer's date.
    """
    today = today or _dt.date.today()
    index = order_index(document)
    found = []
    for node in in_flow_order(document, document.nodes(), index):
        if isinstance(node, Crossroads) and is_open(node) and node.action.strip():
            found.append(NextAction(node.id, node.action.strip(), node.owner_id, node.due,
                                    node.due is not None and node.due < today,
                                    node.severity, node.status))
    found.sort(key=lambda a: (not a.overdue, a.due is None, a.due or _dt.date.max,
                              -a.severity, index.get(a.node_id, len(index))))
    return found
