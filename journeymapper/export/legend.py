"""The legend strip under every map page: what each shape, line and colour means.

Drawn at a fixed size in points (it does not scale with the map), with every
mark beside a word, so the page explains itself in grey scale too.
"""

from __future__ import annotations

from ..model import Sentiment
from ..model.geometry import (
    INK,
    MUTED_INK,
    NOTE_FILL,
    OUTCOME_FILL,
    SENTIMENT_COLOUR,
    SENTIMENT_DASH,
    SEVERITY_FILL,
    SEVERITY_TEXT,
)
from ..model.elements import OutcomeKind
from .fonts import BOLD, SANS, width
from .painter import Painter, TextLog
from .paper import Box
from .shapes import face, hatch, stop_mark

TEXT_PT = 7.0
ROW = 15.0
GAP = 12.0


class _Row:
    """Lays legend items out left to right on one baseline; stops before the edge."""

    def __init__(self, p: Painter, y: float, right: float) -> None:
        self.p, self.y, self.x, self.right = p, y, 0.0, right
        self.full = False

    def room(self, needed: float) -> bool:
        return not self.full and self.x + needed <= self.right

    def word(self, text: str, font: str = SANS, colour: str = INK) -> None:
        self.p.fill(colour)
        w = self.p.text(self.x, self.y + TEXT_PT * 0.35, text, font, TEXT_PT, role="legend")
        self.x += w

    def skip(self, amount: float) -> None:
        self.x += amount


def draw_legend(canv, box: Box, owners, page: int, log: TextLog | None) -> None:
    p = Painter(canv, 1.0, box.x, box.top, page, log)
    p.stroke("#B8C0CC", 0.6)
    p.line(0, 0, box.w, 0)
    shapes = _Row(p, 9.0, box.w)
    _touchpoint(p, shapes, "Touchpoint, stripe = owner", None)
    _touchpoint(p, shapes, "no owner", "unowned")
    _crossroads(p, shapes)
    _pill(p, shapes, OutcomeKind.LOYAL, "good outcome")
    _pill(p, shapes, OutcomeKind.CHURN, "churn")
    _faces(p, shapes)
    _note(p, shapes)

    lines = _Row(p, 9.0 + ROW, box.w)
    _arrow(p, lines, INK, (), "flow", "")
    _arrow(p, lines, SENTIMENT_COLOUR[Sentiment.GOOD], SENTIMENT_DASH[Sentiment.GOOD],
           "good branch", "✓")
    _arrow(p, lines, SENTIMENT_COLOUR[Sentiment.BAD], SENTIMENT_DASH[Sentiment.BAD],
           "bad branch", "✗")
    _arrow(p, lines, SENTIMENT_COLOUR[Sentiment.NEUTRAL], SENTIMENT_DASH[Sentiment.NEUTRAL],
           "neutral branch", "")
    _curve(p, lines)

    row = _Row(p, 9.0 + 2 * ROW, box.w)
    row.word("Owners: ", BOLD)
    for k, owner in enumerate(owners):
        need = 12 + width(owner.name or "unnamed", SANS, TEXT_PT) + GAP
        if not row.room(need + 50):
            row.word(f"+ {len(owners) - k} more (see the ownership matrix)", SANS, MUTED_INK)
            break
        p.fill(owner.colour)
        p.stroke(INK, 0.5)
        p.rect(row.x, row.y - 4, 9, 8)
        row.skip(12)
        row.word(owner.name or "unnamed")
        row.skip(GAP)
    else:
        if not owners:
            row.word("none named yet", SANS, MUTED_INK)


def _touchpoint(p, row: _Row, text: str, unowned) -> None:
    need = 26 + width(text, SANS, TEXT_PT) + GAP
    if not row.room(need):
        return
    x, y = row.x, row.y - 6
    p.fill("#FFFFFF")
    p.stroke(INK, 0.7)
    p.round_rect(x, y, 22, 12, 2.5)
    if unowned:
        hatch(p, x + 0.5, y + 0.5, 4.5, 11, 2.5)
    else:
        p.fill("#0072B2")
        p.rect(x + 0.5, y + 0.5, 4, 11, stroke=False)
    p.stroke(INK, 0.7)
    p.round_rect(x, y, 22, 12, 2.5, fill=False)
    row.skip(26)
    row.word(text)
    row.skip(GAP)


def _crossroads(p, row: _Row) -> None:
    text = "Crossroads, severity"
    need = 20 + width(text, SANS, TEXT_PT) + 5 * 14 + GAP
    if not row.room(need):
        return
    x, y = row.x, row.y
    p.fill("#FFFFFF")
    p.stroke(INK, 1.2)
    p.polygon([(x + 8, y - 7), (x + 16, y), (x + 8, y + 7), (x, y)])
    row.skip(20)
    row.word(text)
    row.skip(4)
    for sev in range(1, 6):
        cx = row.x + 6
        p.fill(SEVERITY_FILL[sev - 1])
        p.stroke(INK, 0.5)
        p.circle(cx, row.y, 6)
        p.fill(SEVERITY_TEXT[sev - 1])
        p.text(cx, row.y + 2.5, str(sev), BOLD, TEXT_PT, "centre", role="legend")
        row.skip(14)
    row.skip(GAP)


def _pill(p, row: _Row, kind: OutcomeKind, text: str) -> None:
    need = 28 + width(text, SANS, TEXT_PT) + GAP
    if not row.room(need):
        return
    x, y = row.x, row.y - 6
    churn = kind == OutcomeKind.CHURN
    p.fill(OUTCOME_FILL[kind])
    p.stroke(INK, 1.8 if churn else 0.7)
    p.round_rect(x, y, 24, 12, 6)
    if churn:
        stop_mark(p, x + 6.5, y + 6, 4.2)
    else:
        p.stroke(INK, 0.5)
        p.round_rect(x + 1.8, y + 1.8, 20.4, 8.4, 4.2, fill=False)
    row.skip(28)
    row.word(text)
    row.skip(GAP)


def _faces(p, row: _Row) -> None:
    text = "customer rating"
    need = 44 + width(text, SANS, TEXT_PT) + GAP
    if not row.room(need):
        return
    for rating in (-1, 0, 1):
        face(p, row.x + 6, row.y, rating, 5.5)
        row.skip(13)
    row.skip(3)
    row.word(text)
    row.skip(GAP)


def _note(p, row: _Row) -> None:
    text = "note"
    need = 18 + width(text, SANS, TEXT_PT) + GAP
    if not row.room(need):
        return
    p.fill(NOTE_FILL)
    p.stroke(MUTED_INK, 0.5)
    p.rect(row.x, row.y - 6, 14, 12)
    row.skip(18)
    row.word(text)
    row.skip(GAP)


def _arrow(p, row: _Row, hue: str, dash, text: str, mark: str) -> None:
    label = f"{mark} {text}".strip()
    need = 34 + width(label, SANS, TEXT_PT) + GAP
    if not row.room(need):
        return
    y = row.y
    p.stroke(hue, 1.3, dash)
    p.line(row.x, y, row.x + 24, y)
    p.fill(hue)
    p.arrowhead((row.x + 30, y), (row.x, y), 7)
    row.skip(34)
    row.word(label, SANS, INK)
    row.skip(GAP)


def _curve(p, row: _Row) -> None:
    text = "feeling curve, −2 … +2 (tinted half = it hurts)"
    need = 34 + width(text, SANS, TEXT_PT)
    if not row.room(need):
        return
    x, y = row.x, row.y
    p.fill("#FDF1EA")
    p.rect(x, y, 28, 6, stroke=False)
    p.stroke(MUTED_INK, 0.4)
    p.line(x, y, x + 28, y)
    p.stroke(INK, 1.2)
    p.smooth([(x, y - 4), (x + 9, y - 2), (x + 17, y + 5), (x + 28, y - 5)])
    row.skip(34)
    row.word(text)
