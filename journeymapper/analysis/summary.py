"""``analyse()``: every finding about a map, computed once, in one frozen :class:`Analysis`."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from ..model import Crossroads, CrossroadsStatus, Touchpoint
from ..runtime import collector_paused
from .bases import Entering, OutcomeShareCheck, ShareBases, outcome_share_checks
from .feedback import FeedbackRow, feedback_table
from . import wording as W
from .findings import Finding, Group, Joined, Level, Percent, Phrase, Words, finding, phrase
from .friction import (
    Friction,
    NextAction,
    WeakestLink,
    next_actions,
    reason_of,
    status_words,
    weakest_link,
    worst_friction,
)
from .gaps import GapRow, gap_table
from .glasses import Divergence, divergences
from ..look.kinds import CONTEXT as KINDS_CONTEXT, kind_spec
from .graph import name, owner_of, shared_order, signed
from .ownership import (
    Handoff,
    OwnerShare,
    OwnerStageMatrix,
    handoffs,
    owner_shares,
    owner_stage_matrix,
    unowned,
)
from .priorities import priority_findings
from .paths import Bottleneck, Path, PathSet, bottlenecks, paths, share_graph
from .shares import OutcomeOdds, ShareProblem, outcome_odds, share_problems
from .structure import Loop, dead_ends, loops, stages_without_touchpoints, unreachable

PATHS_TO_CHURN_SHOWN = 5
FRICTION_SHOWN = 10  # the worst unresolved crossroads listed as findings
LANE_MAX_PATHS = 100  # paths listed per micro-journey (the count is exact where it can be)
MAP_MAX_PATHS = 200  # paths listed for the whole map


@dataclass(frozen=True)
class JourneyInsight:
    """What the analysis found about one micro-journey (one lane)."""

    journey_id: str
    weakest_link: WeakestLink | None
    owner_shares: tuple[OwnerShare, ...]
    paths: PathSet
    odds: tuple[OutcomeOdds, ...]  # one per entry of the lane


@dataclass(frozen=True)
class Analysis:
    """Every finding of the map, plus the tables they were drawn from.

    ``findings`` is what the Insights dock, the report and the PDF list, grouped
    in the order of :class:`Group`; each carries the node and arrow ids it
    concerns and a sentence. The other fields are the underlying results.
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
    paths: PathSet  # the whole map's
    odds: tuple[OutcomeOdds, ...]  # per entry of the whole map
    bottlenecks: tuple[Bottleneck, ...]
    unreachable_ids: tuple[str, ...]
    dead_end_ids: tuple[str, ...]
    loops: tuple[Loop, ...]
    empty_stage_ids: tuple[str, ...]
    share_problems: tuple[ShareProblem, ...]
    feedback: tuple[FeedbackRow, ...]
    divergences: tuple[Divergence, ...]
    gaps: tuple[GapRow, ...]
    # outcomes that state a share, held against the branch shares (bases.py)
    outcome_checks: tuple[OutcomeShareCheck, ...] = ()
    # what every share is a share of: reach from each entry (bases.py); the report,
    # the panel and the PDF ask it for the bases of a branch, a path or the odds
    bases: ShareBases | None = field(default=None, compare=False, repr=False)

    def of_group(self, group: Group) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.group == group)

    def by_group(self) -> list[tuple[Group, tuple[Finding, ...]]]:
        """The non-empty groups, in the order of :class:`Group`."""
        return [(g, fs) for g in Group if (fs := self.of_group(g))]

    def journey(self, journey_id: str) -> JourneyInsight:
        return next(j for j in self.journeys if j.journey_id == journey_id)

    def count(self, level: Level) -> int:
        return sum(1 for f in self.findings if f.level == level)


# --- wording ---------------------------------------------------------------------
# The user's own names stay as they are; the words the analysis adds ("nobody",
# "an untitled stage") are phrases, translated with the sentence they are in.

def owner_words(document, owner_id: str | None) -> Words:
    if owner_id is None:
        return phrase(W.NOBODY)
    return owner_of(document, owner_id).name.strip() or phrase(W.UNNAMED_OWNER)


def named(text: str) -> Words:
    """A name from the map in the reader's quotation marks (‘…’ in English)."""
    return phrase(W.NAMED, name=text)


def journey_words(document, journey_id: str) -> Words:
    text = " ".join(document.journey(journey_id).name.split())
    return named(text) if text else phrase(W.UNTITLED_JOURNEY)


def stage_words(document, stage_id: str) -> Words:
    text = " ".join(document.stage(stage_id).name.split())
    return named(text) if text else phrase(W.UNTITLED_STAGE)


def step_words(node) -> Words:
    """The step's ‘label’, or "an untitled touchpoint" (as :func:`.graph.name` says it)."""
    label = " ".join(node.label.split())
    if label:
        return named(label)
    return phrase(kind_spec(node.kind).untitled, KINDS_CONTEXT)  # look/kinds' words


def owner_name(document, owner_id: str | None) -> str:
    return str(owner_words(document, owner_id))


def journey_name(document, journey_id: str) -> str:
    return str(journey_words(document, journey_id))


def _names(document, ids, limit: int = 4) -> Words:
    shown = Joined(tuple(step_words(document.node(i)) for i in ids[:limit]))
    more = len(ids) - len(shown.parts)
    return phrase(W.NAMES_AND_MORE, names=shown, more=more) if more > 0 else shown


def _journey_at(document, bases: ShareBases, entering: Entering) -> Words:
    """The micro-journey a base is of; with its entry named when it has several."""
    words = journey_words(document, entering.journey_id)
    if bases.entry_count(entering.journey_id, entering.upstream) > 1:
        return phrase(W.JOURNEY_AT_ENTRY, journey=words,
                      entry=step_words(document.node(entering.entry_id)))
    return words


def of_all_words(document, bases: ShareBases, entering: Entering) -> Phrase:
    """"0.25 % of all customers entering ‘The flight’" (or that it is unknown)."""
    where = _journey_at(document, bases, entering)
    if entering.percent is None:
        return phrase(W.OF_ALL_ENTERING_UNKNOWN, journey=where)
    return phrase(W.OF_ALL_ENTERING, share=Percent(entering.percent), journey=where)


def entering_words(document, bases: ShareBases, entering: Entering) -> Phrase:
    """A known share on its entering base: "of the customers entering ‘Lost luggage’" for
    the lane's own entry, "of all customers entering ‘The flight’" upstream."""
    if entering.upstream or entering.percent is None:
        return of_all_words(document, bases, entering)
    return phrase(W.SHARE_OF_ENTERING, share=Percent(entering.percent),
                  journey=_journey_at(document, bases, entering))


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) < 0.05


def _scaled(entering: Entering, percent: float) -> Entering:
    """A share of the customers at an entry, as a share of those a base counts."""
    value = None if entering.percent is None else entering.percent * percent / 100.0
    return Entering(entering.entry_id, entering.journey_id, value, entering.upstream)


def bad_share_words(document, bases: ShareBases | None, item: Friction) -> Words:
    """", 1 % of the customers who reach it take the bad branch (0.71 % of all customers
    entering ‘The flight’)": the local share, and the same customers on every base."""
    if item.bad_share is None:
        return ""
    share = Percent(item.bad_share)
    if bases is None:
        return phrase(W.BAD_BRANCH_SHARE, share=share)
    everyone, parts = [], []
    for base in bases.entering(item.node_id):  # the crossroads' reach from each entry
        if _same(base.percent, 100.0):
            everyone.append(_journey_at(document, bases, base))
        else:
            parts.append(of_all_words(document, bases, _scaled(base, item.bad_share)))
    if everyone:
        parts.insert(0, phrase(W.EVERYONE_ENTERING_REACHES, journeys=Joined(tuple(everyone))))
    if not parts:
        return phrase(W.BAD_BRANCH_SHARE, share=share)
    return phrase(W.BAD_BRANCH_SHARE_BASES, share=share, bases=Joined(tuple(parts), "; "))


def _counted(n: int, none: str, one: str, many: str) -> Phrase:
    return phrase(none) if n == 0 else phrase(one) if n == 1 else phrase(many, count=n)


# --- the findings, group by group ---------------------------------------------------

def _weakest_findings(document, insights, frictions, bases=None) -> list[Finding]:
    found = []
    for insight in insights:
        link = insight.weakest_link
        if link is None:
            continue
        node = document.node(link.node_id)
        level = (Level.PROBLEM if link.hurt >= 4
                 else Level.WARNING if link.hurt == 3 else Level.INFO)
        if link.is_tie:
            steps = Joined(tuple(phrase(W.STEP_BECAUSE, step=step_words(document.node(i)),
                                        reason=reason_of(document.node(i)))
                                 for i in link.node_ids), "; ")
            found.append(finding(
                Group.WEAKEST_LINKS, "weakest-link", level, W.WEAKEST_LINK_TIE,
                nodes=link.node_ids, journey_id=insight.journey_id, stage_id=node.stage_id,
                journey=journey_words(document, insight.journey_id), steps=steps,
                hurt=link.hurt, count=len(link.node_ids)))
            continue
        found.append(finding(
            Group.WEAKEST_LINKS, "weakest-link", level,
            W.WEAKEST_LINK,
            nodes=[node.id], journey_id=insight.journey_id, stage_id=node.stage_id,
            journey=journey_words(document, insight.journey_id), step=step_words(node),
            reason=link.why))
    unresolved = [f for f in frictions if f.status != CrossroadsStatus.RESOLVED]
    for item in unresolved[:FRICTION_SHOWN]:
        node = document.node(item.node_id)
        share = bad_share_words(document, bases, item)
        found.append(finding(
            Group.WEAKEST_LINKS, "friction", Level.WARNING if item.severity >= 4 else Level.INFO,
            W.FRICTION,
            nodes=[node.id], edges=item.bad_edge_ids, journey_id=node.journey_id,
            stage_id=node.stage_id, step=step_words(node), severity=item.severity,
            status=status_words(item.status), share=share))
    return found


def path_share_words(document, bases: ShareBases | None, path: Path,
                     journey_id: str) -> Phrase | None:
    """"35 % of the customers entering ‘Lost luggage’ (0.25 % of all customers entering
    ‘The flight’)": the path's share of its micro-journey's entrants, and of all who
    enter the micro-journeys upstream where that is another number."""
    if path.probability is None:
        return None
    share = Percent(path.probability)
    if bases is None:
        return phrase(W.SHARE_OF_CUSTOMERS, share=share)
    journey = journey_words(document, journey_id)
    upstream = [_scaled(u, path.probability) for u in bases.upstream(path.entry_id)]
    upstream = [u for u in upstream if not _same(u.percent, path.probability)]
    if not upstream:
        return phrase(W.SHARE_OF_ENTERING, share=share, journey=journey)
    return phrase(W.SHARE_OF_ENTERING_UPSTREAM, share=share, journey=journey,
                  upstream=Joined(tuple(of_all_words(document, bases, u) for u in upstream),
                                  "; "))


def _path_sentence_parts(path: Path, share: Words | None = None) -> dict:
    parts = []
    if share is not None:
        parts.append(share)
    elif path.probability is not None:
        parts.append(phrase(W.SHARE_OF_CUSTOMERS, share=Percent(path.probability)))
    if path.worst_severity is not None:
        parts.append(phrase(W.WORST_SEVERITY, severity=path.worst_severity))
    if path.lowest_rating is not None:
        parts.append(phrase(W.LOWEST_RATING, rating=signed(path.lowest_rating)))
    parts.append(_counted(path.handoff_count, W.NO_HANDOFFS, W.ONE_HANDOFF, W.HANDOFFS))
    return {"details": Joined(tuple(parts), "; ")}


def _path_findings(document, insights, whole: PathSet, bases=None) -> list[Finding]:
    found = []
    for insight in insights:
        ps, jid = insight.paths, insight.journey_id
        if not ps.complete:
            total = (f"{ps.total:,}".replace(",", " ") if ps.total is not None
                     else phrase(W.TOO_MANY))
            found.append(finding(
                Group.PATHS, "too-many-paths", Level.WARNING,
                W.LANE_TOO_MANY_PATHS, nodes=ps.entry_ids, journey_id=jid,
                journey=journey_words(document, jid), total=total, shown=len(ps.paths)))
        bad = [p for p in ps.paths if not document.node(p.outcome_id).outcome.is_good]
        bad.sort(key=lambda p: (p.probability is None, -(p.probability or 0),
                                -(p.worst_severity or 0), p.lowest_rating or 0, len(p.node_ids)))
        for path in bad[:PATHS_TO_CHURN_SHOWN]:
            outcome = document.node(path.outcome_id)
            found.append(finding(
                Group.PATHS, "path-to-churn",
                Level.PROBLEM if outcome.outcome.value == "churn" else Level.WARNING,
                W.PATH_TO_CHURN,
                nodes=path.node_ids, edges=path.edge_ids, journey_id=jid,
                stage_id=outcome.stage_id, journey=journey_words(document, jid),
                entry=step_words(document.node(path.entry_id)), outcome=step_words(outcome),
                outcome_kind=phrase(W.OUTCOME_WORDS.get(outcome.outcome.value,
                                                        outcome.outcome.value)),
                steps=_counted(len(path.node_ids), W.NO_STEPS, W.ONE_STEP, W.STEPS),
                **_path_sentence_parts(path, path_share_words(document, bases, path, jid))))
        if len(bad) > PATHS_TO_CHURN_SHOWN:
            rest = bad[PATHS_TO_CHURN_SHOWN:]
            found.append(finding(
                Group.PATHS, "more-paths-to-churn", Level.INFO,
                W.ONE_MORE_PATH_TO_CHURN if len(rest) == 1 else W.MORE_PATHS_TO_CHURN,
                nodes=sorted({n for p in rest for n in p.node_ids}), journey_id=jid,
                journey=journey_words(document, jid), count=len(rest)))
        for odds in insight.odds:
            found.append(_odds_finding(document, odds, jid, bases))
    if not whole.complete:
        total = (f"{whole.total:,}".replace(",", " ") if whole.total is not None
                 else phrase(W.TOO_MANY))
        found.append(finding(
            Group.PATHS, "too-many-paths", Level.WARNING,
            W.MAP_TOO_MANY_PATHS,
            nodes=whole.entry_ids, total=total, shown=len(whole.paths)))
    return found


def _ends_words(document, odds: OutcomeOdds, scale: float = 100.0) -> list[Phrase]:
    """Where the customers stop with no outcome drawn: each step, by name."""
    parts = []
    for node_id, p in odds.ends:
        node = document.node(node_id)
        parts.append(phrase(W.ODDS_NO_OUTCOME_DRAWN, share=Percent(p * scale / 100.0),
                            step=step_words(node),
                            journey=journey_words(document, node.journey_id)))
    return parts


def _odds_finding(document, odds: OutcomeOdds, journey_id: str, bases=None) -> Finding:
    parts = [phrase(W.ODDS_OUTCOME, share=Percent(p), outcome=step_words(document.node(o)))
             for o, p in odds.outcomes]
    ends = _ends_words(document, odds) if odds.ends else []
    parts += [e for (_, p), e in zip(odds.ends, ends) if p > 0.05]
    for value, words in ((odds.unknown, W.ODDS_UNKNOWN),
                         (0.0 if odds.ends else odds.dead_end, W.ODDS_DEAD_END),
                         (odds.looping, W.ODDS_LOOPING),
                         (odds.unaccounted, W.ODDS_UNACCOUNTED)):
        if value > 0.05:
            parts.append(phrase(words, share=Percent(value)))
    bad = sum(p for o, p in odds.outcomes if not document.node(o).outcome.is_good)
    level = Level.WARNING if bad >= 20 else Level.INFO
    common = dict(
        nodes=[odds.entry_id, *[o for o, _ in odds.outcomes]], journey_id=journey_id,
        journey=journey_words(document, journey_id),
        entry=step_words(document.node(odds.entry_id)),
        odds=Joined(tuple(parts)) if parts else phrase(W.NO_OUTCOME_REACHED))
    upstream = [] if bases is None else [
        u for u in bases.upstream(odds.entry_id) if not _same(u.percent, 100.0)]
    if not upstream:
        return finding(Group.PATHS, "outcome-odds", level, W.OUTCOME_ODDS, **common)
    sentences = []
    for u in upstream:
        where = _journey_at(document, bases, u)
        if u.percent is None:
            sentences.append(phrase(W.UPSTREAM_ODDS_UNKNOWN, journey=where))
            continue
        scaled = [phrase(W.ODDS_OUTCOME, share=Percent(p * u.percent / 100.0),
                         outcome=step_words(document.node(o))) for o, p in odds.outcomes]
        scaled += _ends_words(document, odds, u.percent)
        sentences.append(phrase(W.UPSTREAM_ODDS, journey=where, reach=Percent(u.percent),
                                odds=Joined(tuple(scaled)) if scaled
                                else phrase(W.NO_OUTCOME_REACHED)))
    return finding(Group.PATHS, "outcome-odds", level, W.OUTCOME_ODDS_UPSTREAM,
                   upstream=Joined(tuple(sentences), " "), **common)


def _ownership_findings(document, unowned_nodes, found_handoffs, shares) -> list[Finding]:
    found = []
    for node in unowned_nodes:
        word = phrase(W.CROSSROADS_WORD if isinstance(node, Crossroads) else W.TOUCHPOINT_WORD)
        found.append(finding(
            Group.UNOWNED, "unowned", Level.WARNING,
            W.UNOWNED, nodes=[node.id], journey_id=node.journey_id,
            stage_id=node.stage_id, step=step_words(node), word=word))
    for handoff in found_handoffs:
        edge = handoff.edge
        source, target = document.node(edge.source), document.node(edge.target)
        found.append(finding(
            Group.HANDOFFS, "hand-off", Level.INFO,
            W.HANDOFF,
            nodes=[source.id, target.id], edges=[edge.id], journey_id=target.journey_id,
            stage_id=target.stage_id,
            source_owner=owner_words(document, handoff.source_owner_id),
            target_owner=owner_words(document, handoff.target_owner_id),
            source=step_words(source), target=step_words(target)))
    if shares:
        found.append(finding(
            Group.HANDOFFS, "owner-shares", Level.INFO, W.OWNER_SHARES,
            nodes=[i for s in shares for i in s.node_ids],
            count=sum(len(s.node_ids) for s in shares),
            shares=Joined(tuple(phrase(W.OWNER_SHARE, owner=owner_words(document, s.owner_id),
                                       share=Percent(s.share)) for s in shares))))
    return found


def _structure_findings(document, a: dict) -> list[Finding]:
    found = []
    steps = [n for n in document.nodes() if n.is_step]
    if steps and document.edge_count() == 0:
        found.append(finding(
            Group.STRUCTURE, "no-arrows", Level.INFO,
            W.NO_ARROWS,
            nodes=[n.id for n in steps]))
    else:
        for node_id in a["unreachable"]:
            node = document.node(node_id)
            found.append(finding(
                Group.STRUCTURE, "unreachable", Level.WARNING,
                W.UNREACHABLE, nodes=[node_id], journey_id=node.journey_id,
                stage_id=node.stage_id, step=step_words(node)))
    for node_id in a["dead_ends"]:
        node = document.node(node_id)
        found.append(finding(
            Group.STRUCTURE, "dead-end", Level.WARNING,
            W.DEAD_END, nodes=[node_id],
            journey_id=node.journey_id, stage_id=node.stage_id, step=step_words(node),
            journey=journey_words(document, node.journey_id)))
    for loop in a["loops"]:
        if loop.is_repurchase:
            template, level, kind = W.REPURCHASE_LOOP, Level.INFO, "repurchase-loop"
        else:
            template, level, kind = W.LOOP, Level.WARNING, "loop"
        found.append(finding(Group.STRUCTURE, kind, level, template, nodes=loop.node_ids,
                             edges=loop.edge_ids, steps=_names(document, loop.node_ids)))
    for item in a["bottlenecks"]:
        node = document.node(item.node_id)
        found.append(finding(
            Group.STRUCTURE, "bottleneck", Level.INFO,
            W.BOTTLENECK,
            nodes=[node.id], journey_id=node.journey_id, stage_id=node.stage_id,
            share=Percent(item.share), count=item.paths_through, total=item.total_paths,
            step=step_words(node)))
    for stage_id in a["empty_stages"]:
        found.append(finding(
            Group.STRUCTURE, "stage-without-touchpoints", Level.INFO,
            W.STAGE_WITHOUT_TOUCHPOINTS, stage_id=stage_id,
            stage=stage_words(document, stage_id)))
    return found


def _outcome_share_findings(document, checks, bases) -> list[Finding]:
    """An outcome whose own share the branch arithmetic contradicts, with both numbers."""
    found = []
    for check in checks:
        if check.agrees:
            continue
        node = document.node(check.outcome_id)
        computed = Joined(tuple(entering_words(document, bases, e)
                                for e in check.computed if e.known), "; ")
        found.append(finding(
            Group.SHARES, "outcome-share-disagrees", Level.WARNING, W.OUTCOME_SHARE_DISAGREES,
            nodes=[node.id], journey_id=node.journey_id, stage_id=node.stage_id,
            outcome=step_words(node), stated=Percent(check.stated), computed=computed))
    return found


def _share_findings(document, problems) -> list[Finding]:
    found = []
    for problem in problems:
        node = document.node(problem.node_id)
        common = dict(nodes=[node.id], edges=problem.edge_ids, journey_id=node.journey_id,
                      stage_id=node.stage_id, step=step_words(node))
        if problem.kind == "sum":
            found.append(finding(
                Group.SHARES, "shares-do-not-add-up", Level.WARNING,
                W.SHARES_DO_NOT_ADD_UP,
                total=Percent(problem.total), **common))
        elif len(problem.missing_edge_ids) == len(problem.edge_ids):
            found.append(finding(
                Group.SHARES, "shares-missing", Level.INFO,
                W.SHARES_MISSING, count=len(problem.edge_ids), **common))
        else:
            found.append(finding(
                Group.SHARES, "shares-incomplete", Level.WARNING,
                W.SHARE_INCOMPLETE if len(problem.missing_edge_ids) == 1 else W.SHARES_INCOMPLETE,
                missing=len(problem.missing_edge_ids), count=len(problem.edge_ids), **common))
    return found


def _feedback_findings(document, rows, glasses) -> list[Finding]:
    found = []
    for row in rows:
        if not row.unmeasured_ids:
            continue
        stage = stage_words(document, row.stage_id)
        if not row.measured_ids:
            found.append(finding(
                Group.FEEDBACK, "stage-without-feedback", Level.WARNING,
                W.STAGE_WITHOUT_FEEDBACK,
                nodes=row.unmeasured_ids, stage_id=row.stage_id, stage=stage,
                steps=_names(document, row.unmeasured_ids)))
        else:
            found.append(finding(
                Group.FEEDBACK, "touchpoints-without-feedback", Level.INFO,
                W.TOUCHPOINT_WITHOUT_FEEDBACK if len(row.unmeasured_ids) == 1
                else W.TOUCHPOINTS_WITHOUT_FEEDBACK, nodes=row.unmeasured_ids,
                stage_id=row.stage_id, stage=stage,
                missing=len(row.unmeasured_ids), count=row.touchpoint_count,
                steps=_names(document, row.unmeasured_ids)))
    for item in glasses:
        node = document.node(item.node_id)
        template = W.GLASSES_PROVIDER_HAPPIER if item.gap > 0 else W.GLASSES_CUSTOMER_HAPPIER
        found.append(finding(
            Group.GLASSES, "perspectives-diverge",
            Level.WARNING if abs(item.gap) >= 2 else Level.INFO, template, nodes=[node.id],
            journey_id=node.journey_id, stage_id=node.stage_id, step=step_words(node),
            customer=signed(item.rating), provider=signed(item.provider_rating)))
    return found


def _gap_findings(document, rows) -> list[Finding]:
    found = []
    for row in rows:
        stage = stage_words(document, row.stage_id)
        if row.verdict == "drop":
            effort = phrase(W.EFFORT, effort=f"{row.effort:g}") if row.effort else ""
            found.append(finding(
                Group.GAPS, "drop", Level.WARNING,
                W.GAP_DROP, nodes=row.activity_ids,
                stage_id=row.stage_id, stage=stage, effort=effort,
                activities=_names(document, row.activity_ids)))
        elif row.verdict == "invest":
            found.append(finding(
                Group.GAPS, "invest", Level.WARNING,
                W.GAP_INVEST,
                nodes=row.unbacked_ids, stage_id=row.stage_id, stage=stage,
                steps=_names(document, row.unbacked_ids)))
        for note_id in row.uncounted_note_ids:
            note = document.node(note_id)
            beside = sum(n.effort for n in (document.node(i) for i in row.activity_ids)
                         if isinstance(n, Touchpoint) and n.journey_id == note.journey_id)
            found.append(finding(
                Group.GAPS, "note-effort-not-added", Level.INFO, W.NOTE_EFFORT_NOT_ADDED,
                nodes=[note_id], journey_id=note.journey_id, stage_id=row.stage_id,
                note=step_words(note), effort=f"{note.effort:g}", stage=stage,
                journey=journey_words(document, note.journey_id),
                touchpoint_effort=f"{beside:g}"))
    no_data = [row for row in rows if row.verdict == "no-data"]
    if no_data and not any(row.activity_ids for row in rows):
        found.append(finding(Group.GAPS, "gap-no-data", Level.INFO, W.GAP_NO_DATA_ANYWHERE))
    elif no_data:
        found.append(finding(
            Group.GAPS, "gap-no-data", Level.INFO, W.GAP_NO_DATA,
            nodes=[i for row in no_data for i in row.touchpoint_ids],
            stage_id=no_data[0].stage_id if len(no_data) == 1 else None,
            stages=Joined(tuple(stage_words(document, row.stage_id) for row in no_data))))
    return found


def _action_findings(document, actions) -> list[Finding]:
    found = []
    for action in actions:
        node = document.node(action.node_id)
        if action.overdue:
            level, template = Level.PROBLEM, W.ACTION_OVERDUE
        elif action.due is None:
            level, template = Level.INFO, W.ACTION_NO_DUE_DATE
        else:
            level, template = Level.INFO, W.ACTION_DUE
        found.append(finding(
            Group.ACTIONS, "overdue-action" if action.overdue else "action", level, template,
            nodes=[node.id], journey_id=node.journey_id, stage_id=node.stage_id,
            due=action.due.isoformat() if action.due else "", action=phrase(W.QUOTED, text=action.action),
            step=step_words(node), who=owner_words(document, action.owner_id)))
    return found


def analyse(document, today: _dt.date | None = None, *, max_paths: int | None = None) -> Analysis:
    """Run every analysis on ``document``; ``today`` decides what is overdue."""
    with collector_paused(), shared_order(document):
        return _analyse(document, today or _dt.date.today(), max_paths)


def _analyse(document, today: _dt.date, max_paths: int | None) -> Analysis:
    graph = share_graph(document)
    lane_bound = LANE_MAX_PATHS if max_paths is None else max_paths
    map_bound = MAP_MAX_PATHS if max_paths is None else max_paths
    insights = tuple(
        JourneyInsight(j.id, weakest_link(document, j.id), tuple(owner_shares(document, j.id)),
                       paths(document, j.id, graph=graph, max_paths=lane_bound),
                       tuple(outcome_odds(document, j.id, graph=graph)))
        for j in document.journeys)
    whole = paths(document, None, graph=graph, max_paths=map_bound)
    unowned_nodes = unowned(document)
    found_handoffs = handoffs(document)
    frictions = worst_friction(document, limit=None)
    actions = next_actions(document, today)
    shares = owner_shares(document)
    structure = {
        "unreachable": unreachable(document, graph),
        "dead_ends": dead_ends(document),
        "loops": loops(document),
        "bottlenecks": bottlenecks(document, whole, graph=graph),
        "empty_stages": stages_without_touchpoints(document),
    }
    problems = share_problems(document, graph)
    bases = ShareBases(document, graph)
    checks = outcome_share_checks(document, graph, bases)
    rows = feedback_table(document)
    glasses = divergences(document)
    gaps = gap_table(document)
    findings: list[Finding] = []
    findings += _weakest_findings(document, insights, frictions, bases)
    findings += priority_findings(document)
    findings += _path_findings(document, insights, whole, bases)
    findings += _ownership_findings(document, unowned_nodes, found_handoffs, shares)
    findings += _structure_findings(document, structure)
    findings += _share_findings(document, problems)
    findings += _outcome_share_findings(document, checks, bases)
    findings += _feedback_findings(document, rows, glasses)
    findings += _gap_findings(document, gaps)
    findings += _action_findings(document, actions)
    order = list(Group)
    analysis = Analysis(
        today=today,
        findings=tuple(sorted(findings, key=lambda f: order.index(f.group))),
        journeys=insights,
        weakest_link=weakest_link(document, None),
        unowned_ids=tuple(n.id for n in unowned_nodes),
        handoffs=tuple(found_handoffs),
        matrix=owner_stage_matrix(document),
        owner_shares=tuple(shares),
        worst_friction=tuple(frictions),
        next_actions=tuple(actions),
        paths=whole,
        odds=tuple(outcome_odds(document, None, graph=graph)),
        bottlenecks=tuple(structure["bottlenecks"]),
        unreachable_ids=tuple(structure["unreachable"]),
        dead_end_ids=tuple(structure["dead_ends"]),
        loops=tuple(structure["loops"]),
        empty_stage_ids=tuple(structure["empty_stages"]),
        share_problems=tuple(problems),
        feedback=tuple(rows),
        divergences=tuple(glasses),
        gaps=tuple(gaps),
        outcome_checks=tuple(checks),
        bases=bases,
    )
    # The graph and what the searches kept on it are ours and done with. networkx's
    # cached views make a reference cycle of every graph, so left as it is, all of it
    # would wait for the cycle collector, which would walk it all to free it.
    graph.clear()
    return analysis
