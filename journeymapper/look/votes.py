"""How the room's votes look on a step: a pill of dots and the number, above the step.

One spec for every drawing of votes (the canvas draws it live while a round is open;
the PDF's table of the room's priorities uses the same colour and dots). The colour is
a dark purple that no severity, outcome or owner-palette colour is, and the number
always says what the dots say (colour is never the only signal, and ten dots are as
many as a room can count from the back).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import palette as pal

VOTE_COLOUR = "#5B2A86"       # the dots, the pill's border, the number's disc
VOTE_PILL_FILL = "#FFFFFF"
VOTE_EMPTY_INK = "#5B2A86"    # a step in the round with no vote yet: an outlined pill
DOTS_PER_ROW = 5
DOTS_SHOWN = 10               # more votes than this: the number says the rest
DOT = "●"                    # the dot in text (the PDF's table, the phone page)


@dataclass(frozen=True)
class VoteMarkLook:
    """The pill's measures in map units for one mode (normal or large print)."""

    dot: float        # a dot's diameter
    gap: float        # between dots and rows
    pad: float        # inside the pill's border
    number_px: float  # the number's type size
    border: float
    gap_above: float  # between the pill's foot and the step's top edge

    def dots_size(self, votes: int) -> tuple[float, float]:
        shown = min(votes, DOTS_SHOWN)
        if shown == 0:
            return 0.0, 0.0
        columns = min(shown, DOTS_PER_ROW)
        rows = (shown + DOTS_PER_ROW - 1) // DOTS_PER_ROW
        return (columns * self.dot + (columns - 1) * self.gap,
                rows * self.dot + (rows - 1) * self.gap)

    def height(self) -> float:
        return max(self.number_px * 1.25, 2 * self.dot + self.gap) + 2 * self.pad

    def dot_centres(self, votes: int, left: float, top: float) -> list[tuple[float, float]]:
        """Where each shown dot's centre is, the dots' box starting at (left, top)."""
        centres = []
        for i in range(min(votes, DOTS_SHOWN)):
            row, column = divmod(i, DOTS_PER_ROW)
            centres.append((left + column * (self.dot + self.gap) + self.dot / 2,
                            top + row * (self.dot + self.gap) + self.dot / 2))
        return centres


def vote_mark_look(large_print: bool) -> VoteMarkLook:
    scale = pal.LARGE_PRINT if large_print else 1.0
    return VoteMarkLook(dot=8.0 * scale, gap=3.0 * scale, pad=4.0 * scale,
                        number_px=15.0 * scale, border=1.6 * scale, gap_above=2.0 * scale)


def vote_mark_place(step_width: float, mark_width: float, mark_height: float,
                    look: VoteMarkLook) -> tuple[float, float]:
    """The pill's top-left in the step's own coordinates: centred just above the step,
    so it reads as the step's and hides nothing of it (a crossroads' owner tag and
    severity disc, a card's top line)."""
    return (step_width - mark_width) / 2, -look.gap_above - mark_height
