"""How big each step is drawn: as big as its words need, within a sane maximum.

A card, a crossroads, an outcome and a note grow from their normal size
(:data:`journeymapper.model.geometry.NODE_SIZE`, times 1.5 in large print) to show
their whole label at the type size of the mode, wrapped between words; the type never
shrinks for it. Each shape has a maximum (:data:`GROWTH`: 1.75 × its normal width,
and for cards three lines, four at the widest); a label that needs more ends in "…" and
the tooltip has it all. No label of the templates comes near it.

* **Card** (touchpoint): first wider, in steps of the grid, while the label needs more
  than three lines; then a fourth line at the widest. Its foot line (channel · owner)
  is never cut either, up to the maximum width: in large print "In person · Baggage
  services" stays whole, so the owner is said in words and not by the stripe's colour
  alone.
* **Crossroads** (diamond): the diamond grows, keeping its proportions, until the whole
  question fits inside it at the label size. Setting the question beside the diamond
  was the other choice, and was not taken: a question beside its diamond takes room
  where arrows run and branch labels sit, on screen and on paper, it reads as a caption
  of whatever lies next to it, and it would break the rule that a step is one shape the
  room can point at. A grown diamond is still recognisably a crossroads, and the
  questions of real maps are short (the templates' longest, "Does onboarding know
  what sales promised?", needs 1.25 ×).
* **Outcome** (pill): wider while the label needs more than two lines, then a third.
* **Note**: wider while its text needs more than five lines, then taller.

Large print scales every shape with the text (the type is 1.5 ×, and so are the shapes,
paddings and grid steps), so a label breaks into the same lines in both modes.

Everything is measured with :mod:`.measure` (the shipped font, without Qt), and the
PDF sizes its steps by the same rules at its own type (``paper``: 9 pt labels in map
units, where the screen's are 12 px), so a label grows a shape on paper only when the
paper's type needs it; both draw from :func:`step_content`.
A content depends only on its words and the mode, and is remembered per those.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Callable, NamedTuple

from ..model.elements import NodeKind, OutcomeKind
from ..model.geometry import GRID, NODE_SIZE
from . import palette as pal
from .kinds import KINDS, QT_TRANSLATE_NOOP, kind_spec
from .measure import (
    PAPER,
    ASCENT_EM,
    CAP_EM,
    DESCENT_EM,
    elide,
    line_height,
    text_width,
    type_px,
    unit_width,
    wrap,
)

# (widest, as a multiple of the normal width; most label lines before the widest;
#  most label lines at the widest)
GROWTH = {
    "card": (1.75, pal.LABEL_MAX_LINES, pal.LABEL_MAX_LINES + 1),
    "diamond": (1.75, None, None),
    "pill": (1.75, 2, 3),
    "note": (1.75, 5, 9),
}
# a note's company-activity mark: "◆ activity" (the word in the map's own vocabulary)
ACTIVITY = QT_TRANSLATE_NOOP("canvas", "activity")
QUESTION_SHIFT = -2.0  # a crossroads' question sits this far above the middle (its
# status pill hangs on the bottom tip)
MARK_RATIO = 0.62      # an outcome's mark, as a part of its normal height


class Row(NamedTuple):
    """One line of text in its place in the step: ``(x, y)`` its box's top-left, ``w``
    the room it has (it is drawn centred or left in it), ``h`` the line's height."""

    x: float
    y: float
    w: float
    h: float
    text: str


class Content(NamedTuple):
    """A step's size and where its words go, in map units at one print size.

    ``label`` are the label's lines at ``label_px`` (the label size of a card or a
    crossroads, the small size of an outcome or a note); ``cut`` when the label ends in
    "…" (it reached the maximum), ``broken`` how many words had to be split. ``foot``
    is the card's channel · owner line, the outcome's share or the note's activity mark,
    at ``foot_px``; ``foot_cut`` when it ends in "…"."""

    width: float
    height: float
    label: tuple[Row, ...]
    label_px: int
    cut: bool = False
    broken: int = 0
    foot: Row | None = None
    foot_px: int = 0
    foot_cut: bool = False

    @property
    def size(self) -> tuple[float, float]:
        return self.width, self.height


class Words:
    """How the map's own words read in the user's language: ``word(text)`` a word of
    the canvas's vocabulary (channels, statuses, outcome kinds), ``share(value)`` a
    share in percent. The canvas passes Qt's translation, the PDF its own, so both
    measure the words they print."""

    def __init__(self, word: Callable[[str], str] | None = None,
                 share: Callable[[float], str] | None = None) -> None:
        self.word = word or (lambda text: text)
        self.share = share or _percent


def _percent(value: float) -> str:
    """A share as the analysis writes it in English ("12 %", "12.5 %")."""
    return f"{value:.0f} %" if abs(value - round(value)) < 0.05 else f"{value:.1f} %"


ENGLISH = Words()


def scale_of(large_print) -> float:
    """How much bigger than normal the shapes are: 1.5 × in large print (the paper, mode
    :data:`PAPER`, has the normal shapes)."""
    return pal.LARGE_PRINT if large_print is True else 1.0


def _mode(large_print, paper: bool):
    """The print mode the cached rules below are keyed by: False, True (large print) or
    :data:`PAPER`."""
    return PAPER if paper else bool(large_print)


@lru_cache(maxsize=64)
def _widths(w0: float, most: float, step: float) -> tuple[float, ...]:
    """The widths a shape may take, narrowest first: its normal width, then in grid
    steps up to ``most``."""
    out = [w0]
    while out[-1] + step < most - 1e-6:
        out.append(out[-1] + step)
    if out[-1] < most - 1e-6:
        out.append(most)
    return tuple(out)


def _narrowest(widths, fits: Callable) -> float | None:
    """The first of ``widths`` that ``fits`` (a greedy wrap never needs more lines in
    a wider box, so the answer is found by halving; most labels fit the first)."""
    if fits(widths[0]):
        return widths[0]
    if len(widths) == 1 or not fits(widths[-1]):
        return None
    lo, hi = 1, len(widths) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if fits(widths[mid]):
            hi = mid
        else:
            lo = mid + 1
    return widths[lo]


def _whole(laid) -> bool:
    return not laid.cut and not laid.broken


def _grown(widths, laid, lines: int, widest_lines: int) -> tuple:
    """A shape's width and most lines: the narrowest of ``widths`` at which ``laid(w)``
    holds the label whole in ``lines``; else the widest, with ``widest_lines`` (so one
    more word never makes a shape narrower, only taller)."""
    found = _narrowest(widths, lambda w: _whole(laid(w)))
    if found is not None:
        return found, lines
    return widths[-1], widest_lines


# --- card --------------------------------------------------------------------------

def _card_widths(large_print: bool) -> tuple[float, ...]:
    s = scale_of(large_print)
    w0 = NODE_SIZE[NodeKind.TOUCHPOINT][0] * s
    return _widths(w0, w0 * GROWTH["card"][0], GRID * s)


@lru_cache(maxsize=20_000)
def _card_label(label: str, large_print: bool) -> tuple[float, int]:
    """The narrowest card width that holds ``label`` whole, and its most lines (the
    foot line may ask for a wider card: :func:`card_content`)."""
    s = scale_of(large_print)
    px = type_px(pal.LABEL_PT, large_print)
    room = pal.OWNER_STRIPE * s ** 0.5 + 10 * s
    _most, lines, widest_lines = GROWTH["card"]
    return _grown(_card_widths(large_print),
                  lambda w: wrap(label, px, (w - room,) * lines), lines, widest_lines)


@lru_cache(maxsize=4)
def _card_metrics(large_print: bool, face: bool) -> tuple:
    """(normal height, stripe, face, label px, small px, line, foot line, padding)."""
    s = scale_of(large_print)
    return (NODE_SIZE[NodeKind.TOUCHPOINT][1] * s, pal.OWNER_STRIPE * s ** 0.5,
            pal.FACE_SIZE * s ** 0.5 if face else 0.0, type_px(pal.LABEL_PT, large_print),
            type_px(pal.SMALL_PT, large_print),
            line_height(type_px(pal.LABEL_PT, large_print)),
            line_height(type_px(pal.SMALL_PT, large_print)) + 2, 5 * s)


@lru_cache(maxsize=20_000)
def _card_rows(label: str, w: float, lines: int, face: bool, large_print: bool) -> tuple:
    """A ``w`` wide card's height and label rows: (h, rows, cut, broken)."""
    s = scale_of(large_print)
    h0, stripe, face_w, px, _small, lh, fh, pad = _card_metrics(large_print, face)
    inner = w - stripe - 2 * pad
    laid = wrap(label, px, (inner,) * lines)
    band = max(fh, face_w) + 3 * s   # the foot line and the face, at the bottom
    top, gap = 4 * s, 2 * s
    h = max(h0, math.ceil(top + len(laid.lines) * lh + gap + band))
    room = h - band - gap - top
    y = top + max(0.0, (room - len(laid.lines) * lh) / 2)
    rows = tuple(Row(stripe + pad, y + i * lh, inner, lh, line)
                 for i, line in enumerate(laid.lines))
    return h, rows, laid.cut, laid.broken


@lru_cache(maxsize=20_000)
def card_content(label: str, foot: str, face: bool, large_print: bool) -> Content:
    """A touchpoint's card for ``label``, its foot line ``foot`` (channel · owner, or
    empty) and a rating face (``face``)."""
    s = scale_of(large_print)
    _h0, stripe, face_w, px, small, _lh, fh, pad = _card_metrics(large_print, face)
    w, lines = _card_label(label, large_print)
    # the foot line whole, as far as the widest card allows
    foot_room = 12 * s + face_w + stripe
    if foot:
        need = text_width(foot, small) + foot_room
        if need > w:
            w = next((x for x in _card_widths(large_print) if x >= need),
                     _card_widths(large_print)[-1])
    h, rows, cut, broken = _card_rows(label, w, lines, face, large_print)
    foot_row, foot_cut = None, False
    if foot:
        foot_w = w - foot_room
        shown = elide(foot, small, foot_w)
        foot_cut = shown != foot
        foot_row = Row(stripe + pad, h - fh - 1 * s, foot_w, fh, shown)
    return Content(w, h, rows, px, cut, broken, foot_row, small, foot_cut)


# --- crossroads -----------------------------------------------------------------------

@lru_cache(maxsize=256)
def _diamond_lines(px: int, w: float, h: float, inset: float,
                   shift: float) -> tuple[tuple[float, ...], ...]:
    """The room of each line in a ``w`` × ``h`` diamond when it holds 1, 2, … lines:
    each line as wide as the diamond is at its far edge, less ``inset`` on each side;
    the block centred ``shift`` below the middle."""
    lh = line_height(px)
    half = h / 2
    # a line's ink: from the capitals' tops to half way down the descenders (only a
    # descender's tip may reach into the inset at the line's far corner)
    ink_top = (ASCENT_EM - CAP_EM) * px
    ink_bottom = (ASCENT_EM + DESCENT_EM / 2) * px
    out = []
    for n in range(1, max(1, int(h // lh)) + 1):
        top = half + shift - n * lh / 2
        widths = []
        for i in range(n):
            row = top + i * lh
            far = max(abs(row + ink_top - half), abs(row + ink_bottom - half))
            widths.append(w * (1 - far / half) - 2 * inset)
        if min(widths) < lh:  # not even a short word fits there
            break
        out.append(tuple(widths))
    return tuple(out)


def _diamond_rows(text: str, px: int, w: float, h: float, inset: float, shift: float):
    """The question in a ``w`` × ``h`` diamond (see :func:`_diamond_lines`): the fewest
    lines that hold it whole, or the best try, and the block's top."""
    lh = line_height(px)
    best = None
    for widths in _diamond_lines(px, w, h, inset, shift):
        laid = wrap(text, px, widths)
        top = h / 2 + shift - len(laid.lines) * lh / 2
        found = (laid, widths[:len(laid.lines)], top)
        if _whole(laid):
            return found
        if best is None or (laid.cut, laid.broken) < (best[0].cut, best[0].broken):
            best = found
    return best


def diamond_inset(w: float, h: float, border: float) -> float:
    """How far inside a diamond's edge its text keeps, across: the border's inner edge
    (a stroke of ``border`` centred on the edge) and some air."""
    a, b = w / 2, h / 2
    return border / 2 * math.hypot(a, b) / b + 2.0


@lru_cache(maxsize=20_000)
def diamond_content(question: str, border: float, large_print: bool) -> Content:
    """A crossroads' diamond for ``question`` with a border ``border`` wide (heavier for
    worse friction): grown, in its own proportions, until the question fits."""
    s = scale_of(large_print)
    w0, h0 = NODE_SIZE[NodeKind.CROSSROADS]
    w0, h0 = w0 * s, h0 * s
    most = GROWTH["diamond"][0]
    px = type_px(pal.LABEL_PT, large_print)
    lh = line_height(px)
    shift = QUESTION_SHIFT * s
    sizes = [(w, round(h0 * w / w0, 1)) for w in _widths(w0, w0 * most, GRID * s)]

    def fit(size):
        w, h = size
        return _diamond_rows(question, px, w, h, diamond_inset(w, h, border), shift)

    if not question.strip():
        w, h = sizes[0]
        return Content(w, h, (), px)

    def whole(size) -> bool:
        found = fit(size)
        return found is not None and _whole(found[0])

    w, h = _narrowest(tuple(sizes), whole) or sizes[-1]
    found = fit((w, h))
    if found is None:  # (never: the normal diamond holds a line)
        return Content(w, h, (), px, True)
    laid, widths, top = found
    rows = tuple(Row((w - widths[i]) / 2, top + i * lh, widths[i], lh, line)
                 for i, line in enumerate(laid.lines))
    return Content(w, h, rows, px, laid.cut, laid.broken)


# --- outcome ---------------------------------------------------------------------------

@lru_cache(maxsize=20_000)
def pill_content(label: str, share: str, large_print: bool) -> Content:
    """An outcome's pill for ``label`` and its ``share`` (or empty): its mark at the
    left, the label beside it in the small type, the share under the label."""
    s = scale_of(large_print)
    w0, h0 = NODE_SIZE[NodeKind.OUTCOME]
    w0, h0 = w0 * s, h0 * s
    most, lines, widest_lines = GROWTH["pill"]
    px = type_px(pal.SMALL_PT, large_print)
    lh = line_height(px)
    left = 10 * s + h0 * MARK_RATIO + 5 * s
    right = h0 / 2 * 0.6

    def inner(w: float) -> float:
        return w - left - right

    widths = _widths(w0, w0 * most, GRID * s)
    w, lines = _grown(widths, lambda w: wrap(label, px, (inner(w),) * lines), lines,
                      widest_lines)
    if share:  # (a share is short: "35 %")
        w = max(w, next((x for x in widths if inner(x) >= text_width(share, px, True)),
                        widths[-1]))
    laid = wrap(label, px, (inner(w),) * lines)
    block = len(laid.lines) * lh + (lh if share else 0.0)
    h = max(h0, math.ceil(block + 6 * s))
    y = max(3 * s, (h - block) / 2)
    rows = tuple(Row(left, y + i * lh, inner(w), lh, line) for i, line in enumerate(laid.lines))
    foot = Row(left, y + len(rows) * lh, inner(w), lh, share) if share else None
    return Content(w, h, rows, px, laid.cut, laid.broken, foot, px)


# --- note ------------------------------------------------------------------------------

@lru_cache(maxsize=20_000)
def note_content(text: str, activity: str, large_print: bool) -> Content:
    """A sticky note for ``text``, and its company-activity mark (or empty) on a row
    of its own at the foot."""
    s = scale_of(large_print)
    w0, h0 = NODE_SIZE[NodeKind.NOTE]
    w0, h0 = w0 * s, h0 * s
    most, lines, widest_lines = GROWTH["note"]
    px = type_px(pal.SMALL_PT, large_print)
    lh = line_height(px)
    pad = 6 * s

    def inner(w: float) -> float:
        return w - 2 * pad

    widths = _widths(w0, w0 * most, GRID * s)
    w, lines = _grown(widths, lambda w: wrap(text, px, (inner(w),) * lines), lines,
                      widest_lines)
    laid = wrap(text, px, (inner(w),) * lines)
    fold = 14.0  # (look.steps.NOTE_FOLD: text keeps clear of the folded corner)
    mark_h = line_height(px) if activity else 0.0
    bottom = mark_h + 4 * s + 3 * s if activity else fold
    top = 4 * s
    h = max(h0, math.ceil(top + len(laid.lines) * lh + bottom))
    rows = tuple(Row(pad, top + i * lh, inner(w), lh, line) for i, line in enumerate(laid.lines))
    foot = None
    if activity:
        foot_w = w - pad - 8 * s - fold
        foot = Row(pad, h - mark_h - 3 * s, foot_w, mark_h, elide(activity, px, foot_w, True))
    return Content(w, h, rows, px, laid.cut, laid.broken, foot, px)


# --- sizes, without laying the words out -------------------------------------------
# Opening a map needs every step's size (the grid is laid out round them), but the words'
# lines only when a step is first drawn. Most labels fit their shape's normal size, and
# that is seen without wrapping them: :func:`_surely_fits`. Each size below is the size
# of the content its shape's ``*_content`` gives, by construction (tested).

def _surely_fits(text: str, px: int, widths: tuple) -> bool:
    """Would a greedy wrap surely hold ``text`` whole in lines this wide? A full line
    leaves less than a word and a space unused, so ``n`` lines hold it when its width
    and ``n - 1`` such gaps are no more than their room (and every word fits a line)."""
    extent = _extent(text)
    if extent is None:
        return False
    total, widest = extent[0] * px, extent[1] * px
    if widest > min(widths):
        return False
    return total + (widest + unit_width(" ") * px) * (len(widths) - 1) <= sum(widths)


@lru_cache(maxsize=50_000)
def _extent(text: str) -> tuple[float, float] | None:
    """A one-paragraph text's width and its widest word's, at a size of 1 (None for
    text with line breaks of its own)."""
    if "\n" in text:
        return None
    words = text.split()
    if not words:
        return 0.0, 0.0
    units = [unit_width(word) for word in words]
    return sum(units) + unit_width(" ") * (len(words) - 1), max(units)


@lru_cache(maxsize=20_000)
def card_size(label: str, foot: str, face: bool, large_print: bool) -> tuple[float, float]:
    """:func:`card_content`'s size, worked out without its lines when it can."""
    s = scale_of(large_print)
    h0, stripe, face_w, px, small, _lh, _fh, pad = _card_metrics(large_print, face)
    widths = _card_widths(large_print)
    if not _surely_fits(label, px, (widths[0] - stripe - 2 * pad,) * GROWTH["card"][1]):
        return card_content(label, foot, face, large_print).size
    w = widths[0]  # (three lines and the foot fit the normal height, in both modes)
    if foot:
        need = text_width(foot, small) + 12 * s + face_w + stripe
        if need > w:
            w = next((x for x in widths if x >= need), widths[-1])
    return w, h0


@lru_cache(maxsize=20_000)
def pill_size(label: str, share: str, large_print: bool) -> tuple[float, float]:
    """:func:`pill_content`'s size, worked out without its lines when it can."""
    s = scale_of(large_print)
    w0, h0 = NODE_SIZE[NodeKind.OUTCOME]
    w0, h0 = w0 * s, h0 * s
    px = type_px(pal.SMALL_PT, large_print)
    inner = w0 - (10 * s + h0 * MARK_RATIO + 5 * s) - h0 / 2 * 0.6
    if share and text_width(share, px, True) > inner:
        return pill_content(label, share, large_print).size
    if not _surely_fits(label, px, (inner,) * GROWTH["pill"][1]):
        return pill_content(label, share, large_print).size
    return w0, h0  # (two lines and the share fit the normal height)


@lru_cache(maxsize=20_000)
def note_size(text: str, activity: str, large_print: bool) -> tuple[float, float]:
    """:func:`note_content`'s size, worked out without its lines when it can."""
    s = scale_of(large_print)
    w0, h0 = NODE_SIZE[NodeKind.NOTE]
    w0, h0 = w0 * s, h0 * s
    px = type_px(pal.SMALL_PT, large_print)
    if not _surely_fits(text, px, (w0 - 12 * s,) * GROWTH["note"][1]):
        return note_content(text, activity, large_print).size
    return w0, h0  # (five lines, and the activity mark, fit the normal height)


@lru_cache(maxsize=20_000)
def diamond_size(question: str, border: float, large_print: bool) -> tuple[float, float]:
    """:func:`diamond_content`'s size, worked out without its lines when it can."""
    s = scale_of(large_print)
    w0, h0 = NODE_SIZE[NodeKind.CROSSROADS]
    w0, h0 = w0 * s, h0 * s
    px = type_px(pal.LABEL_PT, large_print)
    lines = _diamond_lines(px, w0, h0, diamond_inset(w0, h0, border), QUESTION_SHIFT * s)
    if any(_surely_fits(question, px, widths) for widths in lines):
        return w0, h0
    return diamond_content(question, border, large_print).size


# --- any step ---------------------------------------------------------------------------

_SHAPES = {spec.kind: spec.shape for spec in KINDS}


def card_foot(node, owner, words: Words = ENGLISH) -> str:
    """A card's foot line: its channel and its owner in words (the stripe's colour is
    not the only signal)."""
    channel = getattr(node, "channel", None)
    channel = pal.CHANNEL_WORD.get(channel.value, "") if channel is not None else ""
    channel = words.word(channel) if channel else ""
    name = owner.name if owner is not None else ""
    return " · ".join(w for w in (channel, name) if w)


def outcome_text(node, words: Words = ENGLISH) -> str:
    """An outcome's words: its label, or its kind when it has none."""
    return node.label or words.word(OutcomeKind(node.outcome).value)


def _step_words(node, owner, large_print, words: Words):
    """What sizes ``node``: its shape and the arguments its shape's rules take (its
    words, and a card's rating face or a diamond's border), the same for laying its
    words out and for its size alone."""
    shape = _SHAPES.get(node.kind) or kind_spec(node.kind).shape
    if shape == "card":
        return shape, (node.label or "", card_foot(node, owner, words),
                       getattr(node, "rating", None) is not None, large_print)
    if shape == "diamond":
        from .steps import crossroads_border  # (steps sizes its shapes from here)

        severity = max(1, min(5, int(getattr(node, "severity", 1))))
        return shape, (node.label or "", crossroads_border(severity, large_print is True),
                       large_print)
    if shape == "pill":
        share = getattr(node, "share", None)
        return shape, (outcome_text(node, words),
                       words.share(share) if share is not None else "", large_print)
    activity = "◆ " + words.word(ACTIVITY) if getattr(node, "company_activity", False) \
        else ""
    return "note", (node.label or "", activity, large_print)


def step_content(node, owner=None, large_print: bool = False,
                 words: Words = ENGLISH, paper: bool = False) -> Content:
    """The size of ``node`` (owned by ``owner``) and where its words go, in the mode:
    normal or large print on the screen, or on ``paper`` (the same rules at the PDF's
    type: its points are map units there, the screen's pixels are 4/3 of them)."""
    shape, args = _step_words(node, owner, _mode(large_print, paper), words)
    return _CONTENT[shape](*args)


def normal_size(kind, large_print: bool = False) -> tuple[float, float]:
    """A step's size before its words grow it (a new, empty step's): the model's size
    for its kind, scaled in large print."""
    w, h = NODE_SIZE[NodeKind(kind)]
    s = scale_of(large_print)
    return w * s, h * s


def step_size(node, owner=None, large_print: bool = False,
              words: Words = ENGLISH, paper: bool = False) -> tuple[float, float]:
    """How big ``node`` is drawn: :func:`step_content`'s size, without laying its words
    out when they surely fit its normal size (a map's every step is sized when it
    opens; their lines wait until they are drawn)."""
    shape, args = _step_words(node, owner, _mode(large_print, paper), words)
    return _SIZE[shape](*args)


_CONTENT = {"card": card_content, "diamond": diamond_content, "pill": pill_content,
            "note": note_content}
_SIZE = {"card": card_size, "diamond": diamond_size, "pill": pill_size, "note": note_size}
