"""The text pages of the PDF, around the map pages.

In front of the map: page 1, the one-page story (:mod:`.story`), and page 2, the
executive summary with what page 1 had no room for. After the map: the friction
register, the ownership matrix, and one section per micro-journey.

Built with platypus (tables that repeat their header and wrap long text with
Paragraphs, never cutting it). The findings come from the functions of
:mod:`journeymapper.analysis`, so the PDF says what the Insights dock and
``journeymapper check --report`` say.
"""

from __future__ import annotations

import datetime as _dt
from typing import Callable

from reportlab.platypus import KeepInFrame, PageBreak, Spacer

from ..analysis.losses import lane_losses
from .journeys import journey_flowables
from .priorities import has_priorities, priorities_story
from .paper import MARGIN
from .registers import matrix_flowables, register_flowables
from .story import story_flowables
from .summary import summary_flowables
from .tables import BODY, H1, SMALL, Findings, Mark, Words, markup, para, t
from .words import translate

FRONT_PAGES = 2  # the story and the summary: the map starts on page 3


def section_count(document) -> int:
    """The progress ticks the text pages give (front pages and sections)."""
    return 4 + len(document.journeys) + has_priorities(document)


class Sections:
    """The analysis the text pages print, computed once for the front and back pages."""

    def __init__(self, document, page: tuple[float, float], today: _dt.date) -> None:
        self.document, self.today = document, today
        self.width = page[0] - 2 * MARGIN
        self.height = page[1] - 2 * MARGIN - 10
        self.analysis = Findings(document, today)
        self.words = Words(document)
        self.losses = lane_losses(document)


def front_story(sections: Sections, tick: Callable[[], None] | None = None, title: str = "",
                owner: str = "", scene=None) -> list:
    """Page 1 (the story) and page 2 (the summary), each one page."""
    s = sections
    story: list = [Mark(translate("export", "The story on one page"), "story", 0, tick)]
    story += story_flowables(s.document, s.analysis, s.words, s.losses, s.width, s.today,
                             title, owner, scene, map_page=FRONT_PAGES + 1)
    story.append(PageBreak())
    summary = translate("export", "Executive summary")
    story += [Mark(summary, "summary", 0, tick), para(summary, H1),
              markup(f"<b>{t(title)}</b> · "
                     + t(translate("export", "journey owner {0}").format(owner))
                     + f" · {s.today.isoformat()}", SMALL), Spacer(1, 6)]
    body = summary_flowables(s.document, s.analysis, s.words, s.width, s.height, s.today)
    story.append(KeepInFrame(s.width, s.height - 46, body, mode="shrink"))
    return story


def section_story(sections: Sections, tick: Callable[[], None] | None = None) -> list:
    """The pages after the map: the room's priorities (when the room voted), register,
    matrix, micro-journeys."""
    s = sections
    document, analysis, words, width, today = (s.document, s.analysis, s.words, s.width,
                                               s.today)
    story: list = priorities_story(document, words, width, tick)[1:]  # (a page begins here)
    if story:
        story.append(PageBreak())
    story += [Mark(translate("export", "Friction register"), "register", 0, tick)]
    story += register_flowables(document, analysis, words, width, today)
    story += [PageBreak(), Mark(translate("export", "Ownership matrix"), "matrix", 0, tick)]
    story += matrix_flowables(document, analysis, words, width)
    journeys = translate("export", "Micro-journeys")
    story += [PageBreak(), Mark(journeys, "journeys", 0), para(journeys, H1)]
    for i, journey in enumerate(document.journeys):
        story += journey_flowables(document, analysis, words, journey, width, today,
                                   Mark(words.journey[journey.id], f"journey-{i}", 1, tick))
    if not document.journeys:
        story.append(para(translate("export", "The map has no micro-journeys yet."), BODY))
    return story
