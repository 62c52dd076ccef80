"""One finding of the analysis: what it says, how bad, and which items it concerns.

The sentence is kept as an English template plus pre-formatted parameters, so
a Qt panel can translate the template and fill it in, while the report and the
PDF use :attr:`Finding.sentence` as it is.

``Finding.kind`` is a stable name for tools (``check --json``), by group:

* weakest-links: ``weakest-link``, ``friction``
* paths: ``path-to-churn``, ``more-paths-to-churn``, ``outcome-odds``, ``too-many-paths``
* unowned: ``unowned``; hand-offs: ``hand-off``, ``owner-shares``
* structure: ``no-arrows``, ``unreachable``, ``dead-end``, ``loop``, ``repurchase-loop``,
  ``bottleneck``, ``stage-without-touchpoints``
* shares: ``shares-do-not-add-up``, ``shares-incomplete``, ``shares-missing``
* feedback: ``stage-without-feedback``, ``touchpoints-without-feedback``
* two-pairs-of-glasses: ``perspectives-diverge``
* gap-analysis: ``drop``, ``invest``
* next-actions: ``overdue-action``, ``action``
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the translation catalogue without importing Qt.

    ``pyside6-lupdate`` finds calls by this name; at run time it returns the
    English text unchanged (the Insights dock translates it when showing it).
    """
    return text


class Level(str, Enum):
    """How urgently a finding asks for attention (problem before warning before info)."""

    PROBLEM = "problem"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"problem": 0, "warning": 1, "info": 2}[self.value]


class Group(str, Enum):
    """The headings the Insights dock, the report and the PDF group findings under."""

    WEAKEST_LINKS = "weakest-links"
    PATHS = "paths"
    UNOWNED = "unowned"
    HANDOFFS = "hand-offs"
    STRUCTURE = "structure"
    SHARES = "shares"
    FEEDBACK = "feedback"
    GLASSES = "two-pairs-of-glasses"
    GAPS = "gap-analysis"
    ACTIONS = "next-actions"

    @property
    def title(self) -> str:
        return GROUP_TITLES[self]


GROUP_TITLES = {
    Group.WEAKEST_LINKS: "Weakest links",
    Group.PATHS: "Paths to churn",
    Group.UNOWNED: "Unowned steps",
    Group.HANDOFFS: "Hand-offs",
    Group.STRUCTURE: "Structure",
    Group.SHARES: "Branch shares",
    Group.FEEDBACK: "Feedback",
    Group.GLASSES: "Two pairs of glasses",
    Group.GAPS: "Gap analysis",
    Group.ACTIONS: "Next actions",
}


@dataclass(frozen=True)
class Finding:
    """A sentence a user can act on, with the ids of the steps and arrows it is about."""

    group: Group
    kind: str  # a stable machine name, e.g. "dead-end", "weakest-link"
    level: Level
    template: str  # English, with {name} fields filled from ``params``
    params: tuple[tuple[str, str], ...] = ()
    node_ids: tuple[str, ...] = ()
    edge_ids: tuple[str, ...] = ()
    journey_id: str | None = None
    stage_id: str | None = None

    @property
    def sentence(self) -> str:
        return self.template.format(**dict(self.params))

    @property
    def ids(self) -> tuple[str, ...]:
        """Every item to select on the canvas: the steps first, then the arrows."""
        return self.node_ids + self.edge_ids

    def to_data(self) -> dict:
        return {
            "group": self.group.value,
            "kind": self.kind,
            "level": self.level.value,
            "sentence": self.sentence,
            "node_ids": list(self.node_ids),
            "edge_ids": list(self.edge_ids),
            "journey_id": self.journey_id,
            "stage_id": self.stage_id,
        }


def finding(group: Group, kind: str, level: Level, template: str, *,
            nodes=(), edges=(), journey_id=None, stage_id=None, **params) -> Finding:
    """Build a :class:`Finding`; keyword parameters fill the template."""
    return Finding(group, kind, level, template,
                   tuple((k, str(v)) for k, v in params.items()),
                   tuple(nodes), tuple(edges), journey_id, stage_id)
