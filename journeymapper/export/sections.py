"""The pages after the map: executive summary, friction register, ownership
matrix, and one section per micro-journey.

Built with platypus (tables that repeat their header and wrap long text with
Paragraphs, never cutting it). The findings come from the functions of
:mod:`journeymapper.analysis`, so the PDF says what the Insights dock and
``journeymapper check --report`` say.
"""

from __future__ import annotations

import datetime as _dt
from typing import Callable

from reportlab.platypus import CondPageBreak, KeepInFrame, PageBreak, Spacer

from .journeys import journey_flowables
from .priorities import has_priorities, priorities_story
from .paper import MARGIN
from .registers import matrix_flowables, register_flowables
from .summary import summary_flowables
from .tables import BODY, H1, SMALL, Findings, Mark, Words, markup, para, t
from .words import translate


def section_count(document) -> int:
    return 3 + len(document.journeys) + has_priorities(document)


def section_story(document, page: tuple[float, float], today: _dt.date,
                  tick: Callable[[], None] | None = None, title: str = "",
                  owner: str = "") -> list:
    width = page[0] - 2 * MARGIN
    height = page[1] - 2 * MARGIN - 10
    analysis = Findings(document, today)
    words = Words(document)
    summary = translate("export", "Executive summary")
    story: list = [Mark(summary, "summary", 0, tick),
                   para(summary, H1),
                   markup(f"<b>{t(title)}</b> · "
                          + t(translate("export", "journey owner {0}").format(owner))
                          + f" · {today.isoformat()}", SMALL), Spacer(1, 6)]
    body = summary_flowables(document, analysis, words, width, height, today)
    story.append(KeepInFrame(width, height - 46, body, mode="shrink"))
    story += priorities_story(document, words, width, tick)  # the room's votes, if any
    story += [PageBreak(), Mark(translate("export", "Friction register"), "register", 0, tick)]
    story += register_flowables(document, analysis, words, width, today)
    story += [PageBreak(), Mark(translate("export", "Ownership matrix"), "matrix", 0, tick)]
    story += matrix_flowables(document, analysis, words, width)
    journeys = translate("export", "Micro-journeys")
    story += [PageBreak(), Mark(journeys, "journeys", 0), para(journeys, H1)]
    for i, journey in enumerate(document.journeys):
        if i:
            story.append(CondPageBreak(160))
        story.append(Mark(words.journey[journey.id], f"journey-{i}", 1, tick))
        story += journey_flowables(document, analysis, words, journey, width, today)
    if not document.journeys:
        story.append(para(translate("export", "The map has no micro-journeys yet."), BODY))
    return story

