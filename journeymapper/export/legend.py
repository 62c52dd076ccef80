"""The legend strip under every map page: what each shape, line and colour means.

Drawn at a fixed size in points (it does not scale with the map), with every
mark beside a word, so the page explains itself in grey scale too.
"""

from __future__ import annotations

from ..look.edges import arrow_look
from ..model import EdgeKind, Sentiment
from ..look.palette import (
    INK,
    MUTED_INK,
    NOTE_FILL,
    OUTCOME_FILL,
    SEVERITY_FILL,
    SEVERITY_TEXT,
)
from ..model.elements import OutcomeKind
from .fonts import BOLD, SANS, width
from .painter import Painter, TextLog
from .paper import Box
from .shapes import face, hatch, stop_mark
from .words import translate

TEXT_PT = 7.0
ROW = 14.0
GAP = 12.0
MAX_ROWS = 6


class _Row:
    """Lays legend items out left to right, wrapping onto the next row at the edge.

    With ``dry`` it only measures (how many rows the legend needs at this width).
    """

    def __init__(self, p: Painter, y: float, right: float, dry: bool = False) -> None:
        self.p, self.y, self.x, self.right = p, y, 0.0, right
        self.full = False
        self.rows = 1
        self.dry = dry

    def room(self, needed: float) -> bool:
        """Make room for an item ``needed`` wide: on this row, or on a new one."""
        if self.x + needed > self.right and self.x > 0:
            self.newline()
        return True

    def newline(self) -> None:
        self.x = 0.0
        self.y += ROW
        self.rows += 1

    def word(self, text: str, font: str = SANS, colour: str = INK) -> None:
        if self.dry:
            self.x += width(text, font, TEXT_PT)
            return
        self.p.fill(colour)
        w = self.p.text(self.x, self.y + TEXT_PT * 0.35, text, font, TEXT_PT, role="legend")
        self.x += w

    def skip(self, amount: float) -> None:
        self.x += amount


def legend_rows(box_w: float, owners) -> int:
    """How many rows the legend needs across ``box_w`` points."""
    return _layout(None, box_w, owners, dry=True)


def draw_legend(canv, box: Box, owners, page: int, log: TextLog | None) -> None:
    """The legend at the top of ``box``: drawn once per PDF, placed on every map page."""
    p = Painter(canv, 1.0, box.x, box.top, page, log)
    key = ("legend", box.w, tuple((o.name, o.colour) for o in owners))
    p.stamp(key, 0.0, 0.0, (-4.0, -4.0, box.w + 4.0, (MAX_ROWS + 2) * ROW),
            lambda q: _draw(q, box.w, owners))


def _draw(p: Painter, box_w: float, owners) -> None:
    p.stroke("#B8C0CC", 0.6)
    p.line(0, 0, box_w, 0)
    _layout(p, box_w, owners)


def _layout(p, box_w: float, owners, dry: bool = False) -> int:
    row = _Row(p if p is not None else _NullPainter(), 9.0, box_w, dry or p is None)
    _touchpoint(row.p, row, translate("export", "Touchpoint, stripe = owner"), None)
    _touchpoint(row.p, row, translate("export", "no owner"), "unowned")
    _crossroads(row.p, row)
    _pill(row.p, row, OutcomeKind.LOYAL, translate("export", "good outcome"))
    _pill(row.p, row, OutcomeKind.CHURN, translate("export", "churn"))
    _faces(row.p, row)
    _note(row.p, row)
    row.newline()
    _arrow(row.p, row, arrow_look(EdgeKind.FLOW, Sentiment.NEUTRAL), translate("export", "flow"))
    _arrow(row.p, row, arrow_look(EdgeKind.BRANCH, Sentiment.GOOD),
           translate("export", "good branch"))
    _arrow(row.p, row, arrow_look(EdgeKind.BRANCH, Sentiment.BAD),
           translate("export", "bad branch"))
    _arrow(row.p, row, arrow_look(EdgeKind.BRANCH, Sentiment.NEUTRAL),
           translate("export", "neutral branch"))
    _curve(row.p, row)
    row.skip(GAP)
    # what the map's percents are of: the arrows and outcomes show only "1 %" (short, so
    # the legend keeps its rows: one more would cost a small map its single page)
    _muted(row, translate("export", "% on an arrow: of those at its start · on an outcome: "
                          "stated"))
    row.newline()
    row.word(translate("export", "Owners: "), BOLD)
    unnamed = translate("export", "unnamed")
    shown = 0
    for k, owner in enumerate(owners):
        need = 12 + width(owner.name or unnamed, SANS, TEXT_PT) + GAP
        if row.rows >= MAX_ROWS and row.x + need + 60 > row.right:
            row.word(translate("export", "+ {0} more (see the ownership matrix)").format(
                len(owners) - k), SANS, MUTED_INK)
            break
        row.room(need)
        if not row.dry:
            row.p.fill(owner.colour)
            row.p.stroke(INK, 0.5)
            row.p.rect(row.x, row.y - 4, 9, 8)
        row.skip(12)
        row.word(owner.name or unnamed)
        row.skip(GAP)
        shown += 1
    if not owners:
        row.word(translate("export", "none named yet"), SANS, MUTED_INK)
    return row.rows


class _NullPainter:
    """Stands in for a painter while the legend is only measured."""

    def __getattr__(self, name):
        return lambda *args, **kwargs: 0.0


def _touchpoint(p, row: _Row, text: str, unowned) -> None:
    need = 26 + width(text, SANS, TEXT_PT) + GAP
    row.room(need)
    if row.dry:
        row.skip(need)
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
    text = translate("export", "Crossroads, severity")
    need = 20 + width(text, SANS, TEXT_PT) + 5 * 14 + GAP
    row.room(need)
    if row.dry:
        row.skip(need)
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
    row.room(need)
    if row.dry:
        row.skip(need)
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
    text = translate("export", "customer rating")
    need = 44 + width(text, SANS, TEXT_PT) + GAP
    row.room(need)
    if row.dry:
        row.skip(need)
        return
    for rating in (-1, 0, 1):
        face(p, row.x + 6, row.y, rating, 5.5)
        row.skip(13)
    row.skip(3)
    row.word(text)
    row.skip(GAP)


def _note(p, row: _Row) -> None:
    text = translate("export", "note")
    need = 18 + width(text, SANS, TEXT_PT) + GAP
    row.room(need)
    if row.dry:
        row.skip(need)
        return
    p.fill(NOTE_FILL)
    p.stroke(MUTED_INK, 0.5)
    p.rect(row.x, row.y - 6, 14, 12)
    row.skip(18)
    row.word(text)
    row.skip(GAP)


def _arrow(p, row: _Row, look, text: str) -> None:
    """A short arrow in the map's colour and line pattern (the dash scaled to the
    legend's thinner line, so it reads like the map's), its mark and its name."""
    label = f"{look.mark} {text}".strip()
    hue, width_ = look.colour, 1.3
    dash = [d * width_ for d in look.dash]
    need = 34 + width(label, SANS, TEXT_PT) + GAP
    row.room(need)
    if row.dry:
        row.skip(need)
        return
    y = row.y
    p.stroke(hue, width_, dash)
    p.line(row.x, y, row.x + 24, y)
    p.fill(hue)
    p.arrowhead((row.x + 30, y), (row.x, y), 7)
    row.skip(34)
    row.word(label, SANS, INK)
    row.skip(GAP)


def _muted(row: _Row, text: str) -> None:
    """A line of explanation in the legend, in the muted ink."""
    row.room(width(text, SANS, TEXT_PT) + GAP)
    row.word(text, SANS, MUTED_INK)
    row.skip(GAP)


def _curve(p, row: _Row) -> None:
    text = translate("export", "feeling curve, −2 … +2 (tinted half = it hurts)")
    need = 34 + width(text, SANS, TEXT_PT)
    row.room(need)
    if row.dry:
        row.skip(need)
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
