"""``analyse()``: every finding about a map, computed once, in one frozen :class:`Analysis`."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from ..model import Crossroads, CrossroadsStatus
from .findings import Finding, Group, Level, finding
from .friction import Friction, NextAction, WeakestLink, next_actions, weakest_link, worst_friction
from .graph import name
from .ownership import (
    Handoff,
    OwnerShare,
    OwnerStageMatrix,
    handoffs,
    owner_shares,
    owner_stage_matrix,
    unowned,
)


@dataclass(frozen=True)
class JourneyInsight:
    """What the analysis found about one micro-journey (one lane)."""

    journey_id: str
    weakest_link: WeakestLink | None
    owner_shares: tuple[OwnerShare, ...]


@dataclass(frozen=True)
class Analysis:
    """Every finding of the map, plus the tables they were drawn from.

    ``findings`` is what the Insights dock, the report and the PDF list; each
    carries the node and arrow ids it concerns. The other fields are the
    underlying results, for tables and for tools.
    """

    today: _dt.date
    findings: tuple[Finding, ...]
    journeys: tuple[JourneyInsight, ...]
    weakest_link: WeakestLink | None  # of the whole map
    unowned_ids: tuple[str, ...]
    handoffs: tuple[Handoff, ...]
    matrix: OwnerStageMatrix
    owner_shares: tuple[OwnerShare, ...]
    worst_friction: tuple[Friction, ...]
    next_actions: tuple[NextAction, ...]

    def of_group(self, group: Group) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.group == group)

    def by_group(self) -> list[tuple[Group, tuple[Finding, ...]]]:
        """The non-empty groups, in the order of :class:`Group`."""
        return [(g, fs) for g in Group if (fs := self.of_group(g))]

    def journey(self, journey_id: str) -> JourneyInsight:
        return next(j for j in self.journeys if j.journey_id == journey_id)


def _owner_name(document, owner_id: str | None) -> str:
    return document.owner(owner_id).name or "an unnamed owner" if owner_id else "nobody"


def _weakest_findings(document, insights) -> list[Finding]:
    found = []
    for insight in insights:
        link = insight.weakest_link
        if link is None:
            continue
        node = document.node(link.node_id)
        level = Level.PROBLEM if link.hurt >= 4 else Level.WARNING if link.hurt == 3 else Level.INFO
        found.append(finding(
            Group.WEAKEST_LINKS, "weakest-link", level,
            "Weakest link of {journey}: {step} — {reason}.",
            nodes=[node.id], journey_id=insight.journey_id, stage_id=node.stage_id,
            journey=name_of_journey(document, insight.journey_id), step=name(node),
            reason=link.reason))
    return found


def name_of_journey(document, journey_id: str) -> str:
    journey = document.journey(journey_id)
    return f"‘{journey.name}’" if journey.name.strip() else "an untitled micro-journey"


def _ownership_findings(document, unowned_nodes, found_handoffs) -> list[Finding]:
    found = []
    for node in unowned_nodes:
        word = "crossroads" if isinstance(node, Crossroads) else "touchpoint"
        found.append(finding(
            Group.UNOWNED, "unowned", Level.WARNING,
            "{step} ({word}) has no owner.", nodes=[node.id], journey_id=node.journey_id,
            stage_id=node.stage_id, step=name(node), word=word))
    for handoff in found_handoffs:
        edge = handoff.edge
        source, target = document.node(edge.source), document.node(edge.target)
        found.append(finding(
            Group.HANDOFFS, "hand-off", Level.INFO,
            "Hand-off from {source_owner} to {target_owner}: {source} → {target}.",
            nodes=[source.id, target.id], edges=[edge.id], journey_id=target.journey_id,
            stage_id=target.stage_id,
            source_owner=_owner_name(document, handoff.source_owner_id),
            target_owner=_owner_name(document, handoff.target_owner_id),
            source=name(source), target=name(target)))
    return found


def _action_findings(document, actions) -> list[Finding]:
    found = []
    for action in actions:
        node = document.node(action.node_id)
        who = _owner_name(document, action.owner_id)
        if action.overdue:
            level, template = Level.PROBLEM, "Overdue since {due}: {action} at {step} ({who})."
        elif action.due is None:
            level, template = Level.INFO, "No due date: {action} at {step} ({who})."
        else:
            level, template = Level.INFO, "Due {due}: {action} at {step} ({who})."
        found.append(finding(
            Group.ACTIONS, "overdue-action" if action.overdue else "action", level, template,
            nodes=[node.id], journey_id=node.journey_id, stage_id=node.stage_id,
            due=action.due.isoformat() if action.due else "", action=f"“{action.action}”",
            step=name(node), who=who))
    return found


def _friction_findings(document, frictions) -> list[Finding]:
    found = []
    for item in frictions:
        if item.status == CrossroadsStatus.RESOLVED:
            continue
        node = document.node(item.node_id)
        share = ("" if item.bad_share is None
                 else f", {item.bad_share:g} % take the bad branch")
        found.append(finding(
            Group.WEAKEST_LINKS, "friction", Level.WARNING if item.severity >= 4 else Level.INFO,
            "Friction at {step}: severity {severity}, {status}{share}.",
            nodes=[node.id], edges=item.bad_edge_ids, journey_id=node.journey_id,
            stage_id=node.stage_id, step=name(node), severity=item.severity,
            status=item.status.value, share=share))
    return found


def analyse(document, today: _dt.date | None = None) -> Analysis:
    """Run every analysis on ``document``; ``today`` decides what is overdue."""
    today = today or _dt.date.today()
    insights = tuple(
        JourneyInsight(j.id, weakest_link(document, j.id), tuple(owner_shares(document, j.id)))
        for j in document.journeys)
    unowned_nodes = unowned(document)
    found_handoffs = handoffs(document)
    frictions = worst_friction(document, limit=None)
    actions = next_actions(document, today)
    findings: list[Finding] = []
    findings += _weakest_findings(document, insights)
    findings += _friction_findings(document, frictions)
    findings += _ownership_findings(document, unowned_nodes, found_handoffs)
    findings += _action_findings(document, actions)
    return Analysis(
        today=today,
        findings=tuple(sorted(findings, key=lambda f: list(Group).index(f.group))),
        journeys=insights,
        weakest_link=weakest_link(document, None),
        unowned_ids=tuple(n.id for n in unowned_nodes),
        handoffs=tuple(found_handoffs),
        matrix=owner_stage_matrix(document),
        owner_shares=tuple(owner_shares(document)),
        worst_friction=tuple(frictions),
        next_actions=tuple(actions),
    )
