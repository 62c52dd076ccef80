"""Journey analysis on the map's graph: weakest links, paths, ownership, feedback, gaps.

Runs without Qt. The Insights dock, ``journeymapper check --report`` and the PDF
summary all use :func:`analyse` (or the focused functions below), so they agree.

* ``findings``  – :class:`Finding` (a sentence + the ids it concerns), :class:`Group`,
  :class:`Level`.
* ``graph``     – the journey graph the analysis walks, and shared wording helpers.
* ``ownership`` – unowned steps, hand-offs, owner shares, the owner × stage matrix.
* ``friction``  – the weakest link, the worst crossroads, the next actions.
* ``paths``     – entries, outcomes, bounded entry → outcome paths, bottlenecks.
* ``shares``    – forks whose shares are missing or do not add up; outcome odds.
* ``bases``     – what each share is a share of: reaching a step, entering a micro-journey
  (and the micro-journeys upstream); outcomes whose own share the branches contradict.
* ``structure`` – unreachable steps, dead ends, loops, stages with no touchpoints.
* ``feedback``  – touchpoints with and without a feedback instrument, per stage.
* ``glasses``   – where the customer's and the provider's ratings diverge.
* ``gaps``      – the gap analysis: company activities against touchpoints, per stage.
* ``summary``   – :func:`analyse`: all of it in one frozen :class:`Analysis`.
* ``report``    – the text and JSON reports of ``journeymapper check``.
"""

from .bases import Entering, OutcomeShareCheck, ShareBases, outcome_share_checks, share_bases
from .feedback import FeedbackRow, feedback_table
from .findings import Finding, Group, Level
from .friction import (
    Friction,
    NextAction,
    WeakestLink,
    next_actions,
    weakest_link,
    worst_friction,
)
from .gaps import GapRow, gap_table
from .glasses import Divergence, divergences
from .ownership import (
    Handoff,
    MatrixCell,
    OwnerShare,
    OwnerStageMatrix,
    handoffs,
    owner_shares,
    owner_stage_matrix,
    unowned,
)
from .paths import Bottleneck, Path, PathSet, bottlenecks, entries, outcomes, paths
from .shares import OutcomeOdds, ShareProblem, outcome_odds, share_problems
from .structure import Loop, dead_ends, loops, stages_without_touchpoints, unreachable
from .summary import Analysis, JourneyInsight, analyse

__all__ = [
    "Analysis", "Bottleneck", "Divergence", "Entering", "FeedbackRow", "Finding", "Friction",
    "GapRow", "Group", "Handoff", "JourneyInsight", "Level", "Loop", "MatrixCell", "NextAction",
    "OutcomeOdds", "OutcomeShareCheck", "OwnerShare", "OwnerStageMatrix", "Path", "PathSet",
    "ShareProblem", "ShareBases", "WeakestLink", "analyse", "bottlenecks", "dead_ends",
    "divergences", "entries", "feedback_table", "gap_table", "handoffs", "loops",
    "next_actions", "outcome_odds", "outcome_share_checks", "outcomes", "owner_shares",
    "owner_stage_matrix", "paths", "share_bases", "share_problems",
    "stages_without_touchpoints", "unowned", "unreachable", "weakest_link", "worst_friction",
]
