"""Gap analysis (docs/domain.md, "What the analysis asks"; from the Danish SuperOffice
article): company activities against customer touchpoints, stage by stage.

A *company activity* is a touchpoint or a note marked ``company_activity``, with
its ``effort``. Every touchpoint is a *customer touchpoint*; it is *backed* when
it is a company activity itself or has an owner. Per stage the verdict is:

* ``drop``   – company activities but no customer touchpoint: effort the
  customer never meets;
* ``invest`` – customer touchpoints that nobody backs (no activity, no owner);
* ``ok``     – activities meet backed touchpoints;
* ``empty``  – neither.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Note, Touchpoint
from .graph import in_flow_order, order_index


@dataclass(frozen=True)
class GapRow:
    stage_id: str
    activity_ids: tuple[str, ...]
    effort: float
    touchpoint_ids: tuple[str, ...]
    unbacked_ids: tuple[str, ...]  # touchpoints with no company activity and no owner
    effort_share: float  # percent of the map's effort spent in this stage
    touchpoint_share: float  # percent of the map's touchpoints in this stage
    verdict: str  # "drop", "invest", "ok" or "empty"


def gap_table(document) -> list[GapRow]:
    """One row per stage, in map order."""
    index = order_index(document)
    nodes = in_flow_order(document, document.nodes(), index)
    activities = [n for n in nodes if isinstance(n, (Touchpoint, Note)) and n.company_activity]
    touchpoints = [n for n in nodes if isinstance(n, Touchpoint)]
    total_effort = sum(n.effort for n in activities)
    rows = []
    acts_in: dict[str, list] = {}
    tps_in: dict[str, list] = {}
    for n in activities:
        acts_in.setdefault(n.stage_id, []).append(n)
    for n in touchpoints:
        tps_in.setdefault(n.stage_id, []).append(n)
    for stage in document.stages:
        acts, tps = acts_in.get(stage.id, []), tps_in.get(stage.id, [])
        unbacked = [n for n in tps if not n.company_activity and n.owner_id is None]
        effort = sum(n.effort for n in acts)
        if acts and not tps:
            verdict = "drop"
        elif unbacked:
            verdict = "invest"
        elif acts or tps:
            verdict = "ok"
        else:
            verdict = "empty"
        rows.append(GapRow(
            stage.id, tuple(n.id for n in acts), effort, tuple(n.id for n in tps),
            tuple(n.id for n in unbacked),
            100.0 * effort / total_effort if total_effort else 0.0,
            100.0 * len(tps) / len(touchpoints) if touchpoints else 0.0, verdict))
    return rows
