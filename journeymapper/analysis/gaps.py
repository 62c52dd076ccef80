"""Gap analysis (docs/domain.md, "What the analysis asks"; from the Danish SuperOffice
article): company activities against customer touchpoints, stage by stage.

A *company activity* is a touchpoint or a note marked ``company_activity``, with
its ``effort``. Every touchpoint is a *customer touchpoint*; it is *backed* when
it is a company activity itself or has an owner. Per stage the verdict is:

* ``drop``    – company activities but no customer touchpoint: effort the
  customer never meets;
* ``invest``  – customer touchpoints that nobody backs (no activity, no owner);
* ``ok``      – activities meet backed touchpoints;
* ``no-data`` – touchpoints, but no company activity marked: nothing to judge the
  gap by (before, such a stage read "ok", which it has not earned);
* ``empty``   – neither.

Effort is counted once. A touchpoint's effort is the work behind that touchpoint.
A note's effort counts when no touchpoint of the same stage and micro-journey
carries effort: then the note is the only record of that work (effort behind the
scenes, the *drop?* case). Where touchpoints beside it carry effort, the note's
effort is *not added*: the map cannot tell whether the note describes the same work
("marketing spends 180 hours on events" beside a conference talk of 120 hours), and
adding both could count the same hours twice. The row says what was left out
(``uncounted_note_ids``, ``uncounted_effort``) and the analysis makes it a finding.
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
    effort_share: float  # percent of the map's counted effort spent in this stage
    touchpoint_share: float  # percent of the map's touchpoints in this stage
    verdict: str  # "drop", "invest", "ok", "no-data" or "empty"
    touchpoint_effort: float = 0.0  # the touchpoints' part of ``effort``
    note_effort: float = 0.0  # the notes' part of ``effort`` (counted: see the module doc)
    uncounted_note_ids: tuple[str, ...] = ()  # notes whose effort is not added
    uncounted_effort: float = 0.0  # their effort


def gap_table(document) -> list[GapRow]:
    """One row per stage, in map order."""
    index = order_index(document)
    nodes = in_flow_order(document, document.nodes(), index)
    activities = [n for n in nodes if isinstance(n, (Touchpoint, Note)) and n.company_activity]
    touchpoints = [n for n in nodes if isinstance(n, Touchpoint)]
    worked = {(n.stage_id, n.journey_id) for n in activities
              if isinstance(n, Touchpoint) and n.effort > 0}  # cells whose touchpoints carry effort
    uncounted = {n.id for n in activities
                 if isinstance(n, Note) and n.effort > 0 and (n.stage_id, n.journey_id) in worked}
    total_effort = sum(n.effort for n in activities if n.id not in uncounted)
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
        tp_effort = sum(n.effort for n in acts if isinstance(n, Touchpoint))
        note_effort = sum(n.effort for n in acts if isinstance(n, Note) and n.id not in uncounted)
        left_out = [n for n in acts if n.id in uncounted]
        effort = tp_effort + note_effort
        if acts and not tps:
            verdict = "drop"
        elif unbacked:
            verdict = "invest"
        elif acts:
            verdict = "ok"
        elif tps:
            verdict = "no-data"
        else:
            verdict = "empty"
        rows.append(GapRow(
            stage.id, tuple(n.id for n in acts), effort, tuple(n.id for n in tps),
            tuple(n.id for n in unbacked),
            100.0 * effort / total_effort if total_effort else 0.0,
            100.0 * len(tps) / len(touchpoints) if touchpoints else 0.0, verdict,
            tp_effort, note_effort, tuple(n.id for n in left_out),
            sum(n.effort for n in left_out)))
    return rows
