"""Feedback at the touchpoints, per stage: surveys before, during and after the purchase
(docs/domain.md, "What the analysis asks").

A touchpoint has a feedback instrument when its ``feedback`` is anything but
"none" (NPS, CSAT, CES, survey, interview, data).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import FeedbackInstrument, Touchpoint
from .graph import in_flow_order, order_index


@dataclass(frozen=True)
class FeedbackRow:
    """One stage: its touchpoints, with and without a feedback instrument."""

    stage_id: str
    measured_ids: tuple[str, ...]
    unmeasured_ids: tuple[str, ...]

    @property
    def touchpoint_count(self) -> int:
        return len(self.measured_ids) + len(self.unmeasured_ids)

    @property
    def coverage(self) -> float | None:
        """Percent of the stage's touchpoints with an instrument (None: no touchpoints)."""
        n = self.touchpoint_count
        return None if n == 0 else 100.0 * len(self.measured_ids) / n


def feedback_table(document) -> list[FeedbackRow]:
    """One row per stage, in map order."""
    index = order_index(document)
    by_stage: dict[str, list] = {}
    for node in in_flow_order(document, (n for n in document.nodes()
                                         if isinstance(n, Touchpoint)), index):
        by_stage.setdefault(node.stage_id, []).append(node)
    rows = []
    for stage in document.stages:
        here = by_stage.get(stage.id, [])
        rows.append(FeedbackRow(
            stage.id,
            tuple(n.id for n in here if n.feedback != FeedbackInstrument.NONE),
            tuple(n.id for n in here if n.feedback == FeedbackInstrument.NONE)))
    return rows
