"""The map's shapes on paper: cards, diamonds, pills, notes, arrows, faces.

The same shapes as the canvas (docs/visual.md, "The shapes"), drawn as vectors through a
:class:`~journeymapper.export.painter.Painter` in map units from the one spec the
canvas draws too (:func:`journeymapper.look.step_look`, :func:`~journeymapper.look.
arrow_look`): fill, border, owner mark and badges are the spec's, never this
module's. Every colour also has a line style, a mark or a word, so a grey-scale
print still reads.
Label fitting is done once per node (:func:`fit_node_texts`) and reused on
every tile the node appears on.
"""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass

from ..look import arrows
from ..look.edges import ArrowLook, arrow_look, edge_look
from ..look.kinds import shape_of
from ..look.sizing import GROWTH, Words, step_size
from ..look.steps import FACE_FILL, STOP_RED, Border, OwnerMarker, step_look
from ..model import Crossroads, CrossroadsStatus, EdgeKind, NodeKind, Note, Outcome, Sentiment
from ..look.palette import (
    ARROW_HEAD,
    INK,
    LABEL_MIN_PT,
    LABEL_PT,
    MUTED_INK,
    OWNER_STRIPE,
    SMALL_PT,
    UNOWNED_GREY,
)
from ..model.geometry import Rect
from .fonts import BOLD, SANS, width
from .textfit import FittedText, fit_in_diamond, fit_text
from .words import CANVAS, channel_word, percent, status_word, translate
from .words import outcome_word as translated_outcome

PAD = 6.0

# Where the text goes inside each shape, relative to the node's rect (map units).
TOUCHPOINT_LABEL = (OWNER_STRIPE + PAD, 5.0, -(OWNER_STRIPE + 2 * PAD), -(5.0 + 17.0))
CROSSROADS_LABEL_SHIFT = -3.0      # the question sits a little above the centre …
CROSSROADS_MAX_LINES = 4           # … of the diamond, the status tab on its bottom tip
OUTCOME_LABEL = (30.0, 5.0, -(30.0 + 12.0), -(5.0 + 15.0))
NOTE_LABEL = (PAD, PAD, -(2 * PAD + 10.0), -(2 * PAD))
ARROW_LABEL_WIDTH = 130.0


def _box(rect: Rect, spec) -> Rect:
    dx, dy, dw, dh = spec
    return Rect(rect.x + dx, rect.y + dy, rect.w + dw, rect.h + dh)


def crossroads_label_box(rect: Rect, fitted: FittedText) -> Rect:
    """Where the fitted question sits inside the diamond (centred, a little high)."""
    cx, cy = rect.centre
    height = fitted.height
    top = cy + CROSSROADS_LABEL_SHIFT - height / 2
    widest = max(fitted.limits, default=rect.w / 2)
    return Rect(cx - widest / 2, top, widest, height)


# the label's box and its most lines, per shape (the diamond fits its own): as many as
# the shape may grow to hold on the screen (look/sizing.GROWTH)
LABEL_BOXES = {"card": TOUCHPOINT_LABEL, "pill": OUTCOME_LABEL, "note": NOTE_LABEL}
LABEL_LINES = {"card": GROWTH["card"][2], "pill": GROWTH["pill"][2], "note": None}

# the map's words as the paper prints them: a step grows on paper by the screen's rules,
# for the words it prints at the paper's type (look/sizing, its paper mode)
WORDS = Words(lambda word: translate(CANVAS, word), percent)


def paper_size_of(document):
    """How big each step of ``document`` is printed: as big as its words need at the
    paper's type, by the screen's rules (:func:`journeymapper.look.sizing.step_size`)."""
    owners = {o.id: o for o in document.owners}

    def size_of(node) -> tuple[float, float]:
        return step_size(node, owners.get(getattr(node, "owner_id", None)), False, WORDS,
                         paper=True)

    return size_of


def label_box(node, rect: Rect) -> Rect:
    return _box(rect, LABEL_BOXES[shape_of(node.kind)])


def outcome_word(node: Outcome) -> str:
    """The outcome's kind on its pill ("Churn · 18 %"), in the reader's language."""
    word = translated_outcome(node.outcome.value)
    word = word[:1].upper() + word[1:]
    if node.share is not None:
        word += f" · {percent(node.share)}"
    return word


def fit_node_texts(node, rect: Rect) -> FittedText:
    """The node's label fitted into its shape (wrap, then shrink, then ellipsis)."""
    shape = shape_of(node.kind)
    if shape == "diamond":  # (a grown diamond holds more lines)
        lines = max(CROSSROADS_MAX_LINES, int(rect.h * 0.6 // (LABEL_PT * 1.18)))
        fitted, _top = fit_in_diamond(node.label, rect.w, rect.h, CROSSROADS_LABEL_SHIFT,
                                      LABEL_PT, LABEL_MIN_PT, lines)
        return fitted
    box = label_box(node, rect)
    text = node.label
    if not text.strip() and "outcome" in type(node).model_fields:
        text = translated_outcome(node.outcome.value)
        text = text[:1].upper() + text[1:]
    return fit_text(text, box.w, box.h, LABEL_PT, LABEL_MIN_PT, LABEL_LINES[shape])


def draw_label(p, fitted: FittedText, box: Rect, align: str = "left", colour: str = INK,
               role: str = "label") -> None:
    if not fitted.lines or not p.prints(fitted.size):
        return
    p.fill(colour)
    lead = fitted.leading
    top = box.y + max(0.0, (box.h - fitted.height) / 2)
    x = box.x if align == "left" else box.x + box.w / 2
    for i, line in enumerate(fitted.lines):
        baseline = top + i * lead + fitted.size * 0.93
        p.text(x, baseline, line, fitted.font, fitted.size, "left" if align == "left" else
               "centre", role)


# --- owner marks ---------------------------------------------------------------

def hatch(p, x, y, w, h, step: float = 5.0, fill: str = "#EEEEEE",
          colour: str = UNOWNED_GREY) -> None:
    """Grey diagonal hatching: the mark of an unowned item (a gap, not a blank)."""
    p.save()
    p.clip(x, y, w, h)
    p.fill(fill)
    p.rect(x, y, w, h, stroke=False)
    p.stroke(colour, 1.0)
    k = -h
    while k < w:
        p.line(x + k, y + h, x + k + h, y)
        k += step
    p.restore()


def owner_stripe(p, rect: Rect, marker: OwnerMarker, radius: float) -> None:
    """The owner's band down a card's left side, clipped to its rounded corners."""
    x, y, h = rect.x, rect.y, rect.h
    stripe = marker.rect[2]
    p.save()
    p.clip_round_rect(x, y, rect.w, h, radius)
    if marker.colour is None:
        hatch(p, x, y, stripe, h, fill=marker.hatch_fill, colour=marker.hatch)
    else:
        p.fill(marker.colour)
        p.rect(x, y, stripe, h, stroke=False)
    p.restore()


def owner_tag(p, marker: OwnerMarker) -> None:
    """The owner's initials in a box of their colour (hatched for nobody), at (0, 0)."""
    x, y, w, h = marker.rect
    if marker.colour is None:
        hatch(p, x, y, w, h, 3.0, marker.hatch_fill, marker.hatch)
    else:
        p.fill(marker.colour)
        p.rect(x, y, w, h, stroke=False)
    p.stroke(marker.border.colour, marker.border.width)
    p.rect(x, y, w, h, fill=False)


# --- faces -----------------------------------------------------------------------

def face(p, cx: float, cy: float, rating: int, r: float = 6.0) -> None:
    """A vector face (no emoji font needed): the mouth carries the rating in grey."""
    edge = r + 1.0
    p.stamp(("face", rating, r), cx, cy, (-edge, -edge, edge, edge),
            lambda q: _face(q, 0.0, 0.0, rating, r))


def _face(p, cx: float, cy: float, rating: int, r: float) -> None:
    p.fill(FACE_FILL[rating])
    p.stroke(INK, 0.8)
    p.circle(cx, cy, r)
    p.fill(INK)
    p.circle(cx - r * 0.35, cy - r * 0.25, r * 0.12, stroke=False)
    p.circle(cx + r * 0.35, cy - r * 0.25, r * 0.12, stroke=False)
    mouth_y = cy + r * 0.35
    if rating == 0:
        p.line(cx - r * 0.4, mouth_y, cx + r * 0.4, mouth_y)
    elif rating > 0:
        p.arc(cx, cy + r * 0.05, r * 0.5, 200, 140)
    else:
        p.arc(cx, cy + r * 0.85, r * 0.45, 20, 140)


def rating_faces(p, right: float, cy: float, rating: int, r: float = 6.0) -> None:
    count = 2 if abs(rating) == 2 else 1
    for i in range(count):
        face(p, right - r - i * (2 * r + 2), cy, rating, r)


def look_of(p, node, owner=None):
    """``node``'s look on paper (:func:`~journeymapper.look.step_look`), made once per
    step and export: a tiled map draws each step twice (at a glance and on its part)
    and the look is the same both times (the same step, owner and words)."""
    looks = p.looks
    found = looks.get(node.id)
    if found is None or found[0] is not node or found[1] is not owner:
        found = looks[node.id] = (node, owner, step_look(node, owner, words=WORDS, paper=True))
    return found[2]


# --- the shapes --------------------------------------------------------------------

def _card(p, look) -> None:
    """A touchpoint's card with its owner stripe, at (0, 0)."""
    w, h, border = look.width, look.height, look.border
    p.fill(look.fill)
    p.stroke(border.colour, border.width)
    p.round_rect(0.0, 0.0, w, h, look.corner)
    owner_stripe(p, Rect(0.0, 0.0, w, h), look.owner_marker, look.corner)
    p.stroke(border.colour, border.width)
    p.round_rect(0.0, 0.0, w, h, look.corner, fill=False)


def _bounds(w: float, h: float, margin: float = 3.0) -> tuple:
    return (-margin, -margin, w + margin, h + margin)


def draw_touchpoint(p, node, rect: Rect, fitted: FittedText, owner) -> None:
    look = look_of(p, node, owner)
    w, h = rect.w, rect.h
    p.stamp(("card", w, h, look.fill, look.border, look.owner_marker.colour), rect.x, rect.y,
            _bounds(w, h), lambda q: _card(q, look))
    draw_label(p, fitted, label_box(node, rect))
    baseline = rect.bottom - 6.0
    left = rect.x + OWNER_STRIPE + PAD
    right = rect.right - PAD
    rating = getattr(node, "rating", None)  # any card: a kind without a rating has none
    if rating is not None:
        faces = 2 if abs(rating) == 2 else 1
        rating_faces(p, right, rect.bottom - 10.0, rating)
        right -= faces * 14.0 + 3
    if not p.prints(SMALL_PT):  # the whole map at a glance: no words this small
        return
    channel = getattr(node, "channel", None)
    activity = bool(getattr(node, "company_activity", False))
    key = ("foot", channel, activity, owner is None, owner.name if owner is not None else "",
           right - left)
    parts = p.memo.get(key)
    if parts is None:
        parts = p.memo[key] = _foot(channel, activity, owner, right - left)
    p.fill(MUTED_INK)
    if parts:
        p.texts(left, baseline, parts, SMALL_PT)


def _foot(channel, activity: bool, owner, room: float) -> tuple:
    """A card's foot line as (text, font, role) parts in ``room`` map units: its
    channel, " · " and its owner's name (so a grey print says who owns it too). The
    same for every card of one channel, owner and width: made once per export."""
    word = channel_word(channel.value) if channel is not None else ""
    if activity:
        word = (translate("export", "{0} · company").format(word) if word
                else translate("export", "company activity"))
    parts = []  # channel, " · " and owner: one line of text
    x = 0.0
    if word:
        word = fit_text(word, room - x, SMALL_PT * 2, SMALL_PT, SMALL_PT, 1).lines[0]
        parts.append((word, SANS, "channel"))
        x += width(word, SANS, SMALL_PT)
    name = ((owner.name or translate("export", "unnamed owner")) if owner is not None
            else translate("export", "no owner"))
    prefix = " · " if word else ""
    space = room - x - width(prefix, SANS, SMALL_PT)
    if space > 24:
        fitted_name = fit_text(name, space, SMALL_PT * 2, SMALL_PT, SMALL_PT, 1)
        if fitted_name.lines:
            if prefix:
                parts.append((prefix, SANS, "channel"))
            parts.append((fitted_name.lines[0], BOLD if owner is None else SANS, "owner"))
    return tuple(parts)


def _status_line(node: Crossroads, today: _dt.date) -> tuple[str, bool]:
    word = status_word(node.status.value)
    if node.status == CrossroadsStatus.RESOLVED:
        return f"✓ {word}", False
    if node.due is not None and node.due < today:
        return translate("export", "overdue"), True
    return word, False


def _diamond(p, w: float, h: float, fill: str, border: Border) -> None:
    """The diamond, its fill the severity's strength and its border heavier for worse
    friction (the spec's rule, as on screen)."""
    p.fill(fill)
    p.stroke(border.colour, border.width)
    p.polygon([(w / 2, 0.0), (w, h / 2), (w / 2, h), (0.0, h / 2)])


def _severity_disc(p, r: float, fill: str, border: Border) -> None:
    """The severity badge's disc, at (0, 0) (the number is text, drawn on top)."""
    p.fill(fill)
    p.stroke(border.colour, border.width)
    p.circle(0.0, 0.0, r)


def _status_tab(p, w: float, h: float, overdue: bool, badge) -> None:
    """The pill under a crossroads that holds its status, at (0, 0) (red when overdue)."""
    p.fill(STOP_RED if overdue else badge.fill)
    p.stroke(STOP_RED if overdue else badge.border.colour, badge.border.width)
    p.round_rect(0.0, 0.0, w, h, h / 2)


def draw_crossroads(p, node: Crossroads, rect: Rect, fitted: FittedText, owner,
                    today: _dt.date) -> None:
    look = look_of(p, node, owner)
    cx, cy = rect.centre
    w, h = rect.w, rect.h
    p.stamp(("diamond", w, h, look.fill, look.border), rect.x, rect.y,
            _bounds(w, h, look.border.width), lambda q: _diamond(q, w, h, look.fill, look.border))
    draw_label(p, fitted, crossroads_label_box(rect, fitted), align="centre")
    status, overdue = _status_line(node, today)
    font = BOLD if overdue else SANS
    tab_w = width(status, font, SMALL_PT) + 8
    tab_h = SMALL_PT + 4
    tab_y = rect.bottom - tab_h + 3
    status_badge = look.badge("status")
    p.stamp(("status tab", tab_w, tab_h, overdue, status_badge.border), cx - tab_w / 2, tab_y,
            _bounds(tab_w, tab_h, 1.0),
            lambda q: _status_tab(q, tab_w, tab_h, overdue, status_badge))
    if p.prints(SMALL_PT):
        p.fill("#FFFFFF" if overdue else status_badge.ink)
        p.text(cx, tab_y + tab_h / 2 + SMALL_PT * 0.36, status, font, SMALL_PT, "centre",
               role="status")
    # the owner as a tag of initials at the top-left corner (as on screen): a word, not
    # colour alone
    marker = look.owner_marker
    p.stamp(("owner tag", marker.rect, marker.colour), rect.x, rect.y,
            (-1.0, -1.0, marker.rect[0] + marker.rect[2] + 1, marker.rect[1] + marker.rect[3] + 1),
            lambda q: owner_tag(q, marker))
    tx, ty, tw, th = marker.rect
    if marker.text and p.prints(SMALL_PT):
        p.fill(marker.text_colour)
        p.text(rect.x + tx + tw / 2, rect.y + ty + th / 2 + SMALL_PT * 0.36, marker.text, BOLD,
               SMALL_PT, "centre", role="owner")
    badge = look.badge("severity")
    bx0, by0, bw, _bh = badge.rect
    r = bw / 2
    bx, by = rect.x + bx0 + r, rect.y + by0 + r
    edge = r + badge.border.width
    p.stamp(("severity", badge.fill, r, badge.border), bx, by, (-edge, -edge, edge, edge),
            lambda q: _severity_disc(q, r, badge.fill, badge.border))
    if not p.prints(SMALL_PT + 1.5):
        return
    p.fill(badge.ink)
    p.text(bx, by + SMALL_PT * 0.36 + 0.5, badge.text, BOLD, SMALL_PT + 1.5, "centre",
           role="severity")


def stop_mark(p, cx: float, cy: float, r: float, red: str = STOP_RED) -> None:
    """An octagonal stop sign with a white bar: where customers leave."""
    points = [(cx + r * math.cos(math.radians(22.5 + 45 * i)),
               cy + r * math.sin(math.radians(22.5 + 45 * i))) for i in range(8)]
    p.fill(red)
    p.stroke(INK, 0.6)
    p.polygon(points)
    p.fill("#FFFFFF")
    p.rect(cx - r * 0.6, cy - r * 0.18, r * 1.2, r * 0.36, stroke=False)


def _pill(p, look) -> None:
    """An outcome's pill, its border and the disc or stop sign of its mark, at (0, 0)."""
    w, h, r, border = look.width, look.height, look.corner, look.border
    k = border.inset  # a heavy border runs a little inside the edge
    p.fill(look.fill)
    p.stroke(border.colour, border.width, [d * border.width for d in border.dash])
    p.round_rect(k, k, w - 2 * k, h - 2 * k, r - k)
    if border.double:  # a second border inside
        d = border.double
        p.stroke(border.colour, border.width)
        p.round_rect(d, d, w - 2 * d, h - 2 * d, r - d, fill=False)
    mark = look.badge("mark")
    if mark.fill is not None:
        stop_mark(p, 17.0, h / 2, 9.0, mark.fill)
    else:
        p.fill("#FFFFFF")
        p.stroke(INK, 0.8)
        p.circle(17.0, h / 2, 9.0)


def draw_outcome(p, node: Outcome, rect: Rect, fitted: FittedText) -> None:
    churn = node.outcome.value == "churn"
    look = look_of(p, node)
    w, h = rect.w, rect.h
    p.stamp(("outcome", w, h, look.fill, look.border, node.outcome), rect.x, rect.y,
            _bounds(w, h), lambda q: _pill(q, look))
    mark_x, cy = rect.x + 17.0, rect.centre[1]
    mark = look.badge("mark")
    if mark.fill is None and p.prints(LABEL_PT + 1):
        p.fill(mark.ink)
        p.text(mark_x, cy + 3.6, mark.text, BOLD, LABEL_PT + 1, "centre", role="mark")
    draw_label(p, fitted, label_box(node, rect))
    if p.prints(SMALL_PT):
        p.fill(MUTED_INK)
        p.text(rect.x + OUTCOME_LABEL[0], rect.bottom - 7.0, outcome_word(node),
               BOLD if churn else SANS, SMALL_PT, role="outcome")


def _note_paper(p, look) -> None:
    """A sticky note with its folded corner at the bottom right, at (0, 0)."""
    w, h, fold, border = look.width, look.height, look.fold, look.border
    p.fill(look.fill)
    p.stroke(border.colour, border.width)
    p.polygon([(0.0, 0.0), (w, 0.0), (w, h - fold), (w - fold, h), (0.0, h)])
    p.fill(look.fold_fill)
    p.polygon([(w, h - fold), (w - fold, h - fold), (w - fold, h)])


def draw_note(p, node: Note, rect: Rect, fitted: FittedText) -> None:
    look = look_of(p, node)
    w, h = rect.w, rect.h
    p.stamp(("note", w, h, look.border), rect.x, rect.y, _bounds(w, h),
            lambda q: _note_paper(q, look))
    draw_label(p, fitted, label_box(node, rect), role="note")


# one drawing per shape of look/kinds.SHAPES: (painter, node, rect, fitted, owner, today)
DRAWINGS = {
    "card": lambda p, node, rect, fitted, owner, today:
        draw_touchpoint(p, node, rect, fitted, owner),
    "diamond": draw_crossroads,
    "pill": lambda p, node, rect, fitted, owner, today: draw_outcome(p, node, rect, fitted),
    "note": lambda p, node, rect, fitted, owner, today: draw_note(p, node, rect, fitted),
}


def draw_node(p, node, rect: Rect, fitted: FittedText, owner, today) -> None:
    """``node`` in the shape its kind's entry (look/kinds) names; a shape with no
    drawing is an error, never a silent sticky note."""
    shape = shape_of(node.kind)
    drawing = DRAWINGS.get(shape)
    if drawing is None:
        raise ValueError(f"the PDF has no drawing for the shape {shape!r} "
                         f"(a {NodeKind(node.kind).value}): add one to export/shapes.DRAWINGS")
    p.item = node.id
    p.note_box(node.id, rect.x, rect.y, rect.w, rect.h)
    drawing(p, node, rect, fitted, owner, today)
    p.item = ""


# --- arrows ------------------------------------------------------------------------
# The route and the label's place come from the canvas's rule (look/arrows.py), so the
# paper shows the arrows where the screen does; only the drawing is the PDF's own.

LABEL_INSET = 2.0  # a label keeps this far inside its part (its border is not cut)


@dataclass(frozen=True)
class ArrowPath:
    """An arrow's Bézier in map units, its style and its fitted label."""

    edge_id: str
    points: tuple[tuple[float, float], ...]  # p0, then c1, c2, p3 of each cubic piece
    kind: EdgeKind
    sentiment: Sentiment
    label: FittedText | None
    mark: str
    bounds: Rect
    line: tuple[float, ...] = ()  # the drawn curve (stops short of the tip): 8 numbers
    head: tuple[float, ...] = ()  # the arrowhead's tip, left and right corner: 6 numbers
    route: arrows.Route | None = None  # the shared rule's route (sides, the two shapes)

    def midpoint(self) -> tuple[float, float]:
        """The curve's middle (where the canvas starts a label and a leader)."""
        return arrows.point_at(self.route, 0.5)

    def segments(self) -> list[tuple]:
        """The curve's cubics after its start: (control 1, control 2, end) each."""
        rest = self.points[1:]
        return [tuple(rest[k:k + 3]) for k in range(0, len(rest), 3)]


def arrow_words(edge) -> str:
    """What an arrow's label says: the branch's mark, its words and its share."""
    mark = edge_look(edge).mark
    words = [edge.label.strip()] if edge.label.strip() else []
    if edge.share is not None:
        words.append(percent(edge.share))
    text = " · ".join(words)
    return f"{mark} {text}".strip() if mark else text


def arrow_path(edge, src: Rect, dst: Rect, steps=None) -> ArrowPath:
    """The arrow between two steps, round the steps ``steps`` (an
    :class:`~journeymapper.look.arrows.Obstacles`) holds, as the canvas routes it."""
    branch = edge.kind == EdgeKind.BRANCH
    r = arrows.route((src.x, src.y, src.w, src.h), (dst.x, dst.y, dst.w, dst.h), branch,
                     steps)
    pieces = r.cubics()
    points = [r.start]
    for piece in pieces:
        points += [piece[2:4], piece[4:6], piece[6:8]]
    p0, c2, p3 = r.start, r.c2, r.end
    mark = edge_look(edge).mark
    text = arrow_words(edge)
    fitted = (fit_text(text, ARROW_LABEL_WIDTH, 2 * SMALL_PT * 1.2 + 1, SMALL_PT, SMALL_PT, 2)
              if text else None)
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    bounds = Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
    # stop the line short of the tip so the head stays sharp (the route always bends
    # out of the target's side, so c2 is never the tip)
    dist = math.hypot(p3[0] - c2[0], p3[1] - c2[1]) or 1.0
    end = (p3[0] - (p3[0] - c2[0]) / dist * ARROW_HEAD * 0.6,
           p3[1] - (p3[1] - c2[1]) / dist * ARROW_HEAD * 0.6)
    tip, left, right = arrows.arrowhead(r, edge_look(edge).head)
    line = [n for piece in pieces[:-1] for n in (piece if piece is pieces[0] else piece[2:])]
    line += pieces[-1][:6] if len(pieces) == 1 else pieces[-1][2:6]
    return ArrowPath(edge.id, tuple(tuple(p) for p in points), edge.kind, edge.sentiment,
                     fitted, mark, bounds, (*line, *end), (*tip, *left, *right), r)


def head_box(arrow: ArrowPath) -> tuple:
    """The rect (x, y, w, h) round the arrow's head, which labels keep off."""
    xs, ys = arrow.head[0::2], arrow.head[1::2]
    return min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)


def _look(arrow: ArrowPath) -> ArrowLook:
    return arrow_look(arrow.kind, arrow.sentiment)


def draw_arrow_line(p, arrow: ArrowPath) -> None:
    """The arrow's curve and its filled head (their points made once per map), in the
    spec's colour, width and dash (a dash is in line widths, as Qt reads it)."""
    look = _look(arrow)
    p.stroke(look.colour, look.width, [d * look.width for d in look.dash])
    p.arrow(arrow.line, arrow.head, look.colour)


def label_size(arrow: ArrowPath) -> tuple[float, float]:
    fitted = arrow.label
    widths = [width(line, fitted.font, fitted.size) for line in fitted.lines]
    return max(widths) + 6, fitted.height + 3


def place_label(arrow: ArrowPath, window: Rect | None = None,
                blocked=None) -> arrows.LabelPlace:
    """Where the arrow's label goes, by the canvas's rule: the first of its places (on
    the curve, beside it, above or below it, above or below both steps), slid inside
    the printed part, that hides neither of its two steps nor its head nor what
    ``blocked(rect)`` says is taken (the part's steps and arrowheads, the labels placed
    before it); crowded, the canvas's fallback."""
    w, h = label_size(arrow)
    m = LABEL_INSET
    return arrows.place_label(arrow.route, w, h, blocked,
                              None if window is None else
                              (window.x + m, window.y + m, window.w - 2 * m, window.h - 2 * m),
                              _look(arrow).head)


def draw_arrow_label(p, arrow: ArrowPath, place: arrows.LabelPlace) -> None:
    """The arrow's label on a white tab where :func:`place_label` put it; off the curve,
    a thin dotted leader in the arrow's colour from the curve's middle to the tab."""
    fitted = arrow.label
    if fitted is None or not fitted.lines:
        return
    x, y, w, h = place.rect
    look = _look(arrow)
    if place.leader is not None:
        p.stroke(look.colour, look.leader_width,
                 [d * look.leader_width for d in look.leader_dash])
        p.line(*place.leader)
    p.fill(look.label_fill)
    p.stroke(look.colour, look.label_border)
    p.round_rect(x, y, w, h, look.label_radius)
    p.fill(look.label_ink)
    mx = x + w / 2
    for i, line in enumerate(fitted.lines):
        p.text(mx, y + 1.5 + i * fitted.leading + fitted.size * 0.93, line,
               fitted.font, fitted.size, "centre", role="arrow")
