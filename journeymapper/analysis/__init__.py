"""Journey analysis on the map's graph: weakest links, paths, ownership, feedback, gaps.

Runs without Qt. The Insights dock, ``journeymapper check --report`` and the PDF
summary all use :func:`analyse` (or the focused functions below), so they agree.

* ``findings``  – :class:`Finding` (sentence + the ids it concerns), :class:`Group`, :class:`Level`.
* ``graph``     – the journey graph the analysis walks, and shared wording helpers.
* ``ownership`` – unowned steps, hand-offs, owner shares, the owner × stage matrix.
* ``friction``  – the weakest link, the worst crossroads, the next actions.
* ``summary``   – :func:`analyse`: all of it in one frozen :class:`Analysis`.
* ``report``    – the text and JSON reports of ``journeymapper check``.
"""

from .findings import Finding, Group, Level
from .friction import (
    Friction,
    NextAction,
    WeakestLink,
    next_actions,
    weakest_link,
    worst_friction,
)
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
from .summary import Analysis, JourneyInsight, analyse

__all__ = [
    "Analysis", "Finding", "Friction", "Group", "Handoff", "JourneyInsight", "Level",
    "MatrixCell", "NextAction", "OwnerShare", "OwnerStageMatrix", "WeakestLink", "analyse",
    "handoffs", "next_actions", "owner_shares", "owner_stage_matrix", "unowned",
    "weakest_link", "worst_friction",
]
