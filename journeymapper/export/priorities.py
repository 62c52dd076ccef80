"""The room's priorities: the dot-voting rounds stored in the map, as a small table each.

A manager reading the PDF sees what the workshop itself ranked most urgent, next to
the analysis' view: per round (the latest first) its title, day and turnout, then the
steps with their votes, most first, the votes written as a number and as the dots the
room saw on the screen (:mod:`journeymapper.look.votes`). A map without rounds prints
nothing here.
"""

from __future__ import annotations

from typing import Callable

from reportlab.platypus import CondPageBreak, PageBreak, Spacer

from ..analysis.priorities import room_priorities
from ..look.votes import DOT, DOTS_SHOWN, VOTE_COLOUR
from .tables import BODY, CELL, CELL_B, H1, HEAD, SMALL, Mark, Words, markup, para, t, table
from .words import translate


def has_priorities(document) -> bool:
    return bool(document.rounds)


def _dots(votes: int) -> str:
    return f"<font color='{VOTE_COLOUR}'>{DOT * min(votes, DOTS_SHOWN)}</font>"


def priorities_story(document, words: Words, width: float,
                     tick: Callable[[], None] | None = None) -> list:
    """The section on a page of its own, or nothing when the map holds no rounds."""
    rankings = room_priorities(document)
    if not rankings:
        return []
    title = translate("export", "The room's priorities")
    out: list = [PageBreak(), Mark(title, "priorities", 0, tick), para(title, H1),
                 para(translate("export", "What the workshop itself voted most urgent, by "
                                          "dot voting: each person had a few votes to put "
                                          "on the points that matter most to them. The "
                                          "latest round comes first."), SMALL),
                 Spacer(1, 6)]
    heads = [para(h, HEAD) for h in (translate("export", "Rank"), translate("export", "Step"),
                                     translate("export", "Where"),
                                     translate("export", "Votes"))]
    widths = [width * f for f in (0.06, 0.46, 0.30, 0.18)]
    for i, ranking in enumerate(rankings):
        round_ = ranking.round
        if i:
            out += [CondPageBreak(120), Spacer(1, 10)]
        name = " ".join(round_.title.split()) or translate("export", "Dot voting")
        facts = [round_.held.isoformat()] if round_.held else []
        facts.append(translate("export", "{0} votes from {1} people").format(round_.total,
                                                                             round_.voters))
        facts.append(translate("export", "{0} per person").format(round_.votes_per_person)
                     + ("" if not round_.stacking
                        else translate("export", ", several on one step allowed")))
        out.append(markup(f"<b>{t(name)}</b> · " + t(" · ".join(facts)), BODY))
        out.append(Spacer(1, 3))
        rows = [heads]
        for row in ranking.rows:
            if row.on_map:
                where = words.where(document.node(row.item_id))
            else:
                where = translate("export", "no longer on the map")
            label = row.label or translate("export", "(untitled step)")
            rows.append([para(str(row.rank), CELL_B), para(label, CELL_B if row.rank == 1
                                                           else CELL),
                         para(where, CELL),
                         markup(f"<b>{row.votes}</b> {_dots(row.votes)}", CELL)])
        out.append(table(rows, widths))
    return out
