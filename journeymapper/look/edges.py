"""How each kind of arrow looks: one spec that the canvas and the PDF both draw.

A flow is a solid ink line; a branch out of a crossroads is coloured by its
sentiment and told apart in grey scale by its line (good solid, bad dashed, neutral
dotted) and its mark (✓, ✗). The route and the label's place are
:mod:`journeymapper.look.arrows`; this module says the line, the head and the label.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..model.elements import EdgeKind, Sentiment
from . import palette as pal
from .steps import line_width

BAD_LABEL_INK = "#A44800"   # a bad branch's words: its vermillion, darker, to read on white
LABEL_BORDER = 1.0
LABEL_RADIUS = 4.0
LEADER_WIDTH = 1.0
LEADER_DASH = (1.0, 2.0)    # dotted (in line widths)


@dataclass(frozen=True)
class ArrowLook:
    """An arrow's line (colour, width, dash in line widths), head length and label."""

    colour: str
    width: float
    dash: tuple[float, ...]
    head: float
    mark: str
    label_ink: str
    label_fill: str = pal.PAPER
    label_border: float = LABEL_BORDER
    label_radius: float = LABEL_RADIUS
    leader_width: float = LEADER_WIDTH
    leader_dash: tuple[float, ...] = LEADER_DASH


@lru_cache(maxsize=32)
def arrow_look(kind: EdgeKind, sentiment: Sentiment, large_print: bool = False) -> ArrowLook:
    """The spec of an arrow of ``kind`` (flow or branch) and ``sentiment``."""
    scale = pal.LARGE_PRINT if large_print else 1.0
    head = pal.ARROW_HEAD * scale
    if kind != EdgeKind.BRANCH:
        return ArrowLook(pal.INK, line_width(large_print), (), head, "", pal.INK)
    colour = pal.SENTIMENT_COLOUR[sentiment]
    if large_print and sentiment == Sentiment.NEUTRAL:
        colour = pal.INK  # no thin greys on a projector; the dots still say it
    ink = BAD_LABEL_INK if sentiment == Sentiment.BAD else pal.INK
    return ArrowLook(colour, line_width(large_print), pal.SENTIMENT_DASH[sentiment], head,
                     pal.SENTIMENT_MARK[sentiment], ink)


def edge_look(edge, large_print: bool = False) -> ArrowLook:
    return arrow_look(edge.kind, edge.sentiment, large_print)
