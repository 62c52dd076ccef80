"""How each kind of step looks: one spec that the canvas and the PDF both draw.

:func:`step_look` answers, for one step, its owner and the mode (normal or large
print), everything a backend needs to draw it: the shape and its size (as big as its
words need, :mod:`.sizing`, which also says where the words go: ``content``), the fill,
the border (colour, width, dash, inset, a second line), the owner's mark, the badges and
the text styles, all in map units and ``#RRGGBB`` colours.
The canvas turns it into pens and brushes, the PDF into strokes and fills; neither
holds a colour or a line width of its own, so a manager holding the paper sees what
the room saw on the screen.

Where the two drawings once disagreed, the screen's design is the rule: a crossroads
is tinted in five strengths of its severity (the number says it too), its border is
heavier for worse friction by one formula, and its owner is named by an initials tag
(colour is never the only signal).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from ..model.elements import NodeKind, OutcomeKind
from . import palette as pal
from .kinds import kind_spec
from .sizing import ENGLISH, Content, Words, step_content

# --- the shapes' own measures (map units, before large print) -------------------------
CARD_RADIUS = pal.CARD_RADIUS
NOTE_FOLD = 14.0                  # the folded corner at a note's bottom right
NOTE_BORDER = "#9A8A2A"
NOTE_FOLD_FILL = "#E8D86A"
HATCH_FILL = "#EEEEEE"            # under the grey hatching of an unowned step
STOP_RED = "#C4480F"              # the churn outcome's stop sign
COMPLAIN_DASH = (4.0, 2.5)        # a complaint's dashed border (in line widths, as Qt)
GOOD_DOUBLE_INSET = 4.0           # a good outcome's second border, this far inside
CHURN_WIDTH = 2.6                 # a churn pill's heavy border, in line widths …
CHURN_INSET = 1.5                 # … centred this far inside the pill's edge
BADGE_RADIUS = 11.0               # the severity disc at a crossroads' top-right corner
# the initials tag at a crossroads' top-left corner: room for three bold capitals of the
# small type (0.9 × "WWW" in DejaVu Sans Bold, one line high), normal and large print
OWNER_TAG = {False: (29.7421875, 12.625), True: (44.634375, 18.453125)}
OWNER_TAG_AT = (1.0, 2.0)
OWNER_TAG_BORDER = 1.0
DARK_OWNER = 0.55                 # an owner colour darker than this gets white initials
# a rating face's fill: the mouth says the rating, the tint says it again
FACE_FILL = {-2: "#F6C7AE", -1: "#FBE3D5", 0: "#EEEEEE", 1: "#D8F0E6", 2: "#B5E4D2"}


@dataclass(frozen=True)
class Border:
    """A shape's outline: ``width`` in map units, ``dash`` as Qt reads a dash pattern
    (in line widths; the PDF multiplies), ``inset`` where the line's middle runs inside
    the shape's edge, ``double`` a second line that far inside (0: none)."""

    colour: str
    width: float
    dash: tuple[float, ...] = ()
    inset: float = 0.0
    double: float = 0.0


@dataclass(frozen=True)
class OwnerMarker:
    """Who owns the step, said twice: a colour and a word (or a hatch for nobody).

    ``kind``: ``"stripe"`` (a band down a card's left side, its name in the card's
    foot) or ``"tag"`` (a box of initials at a crossroads' top-left corner). ``rect``
    is the mark's place in the step, ``colour`` None when nobody owns it (then it is
    hatched in ``hatch`` over ``hatch_fill``)."""

    kind: str
    rect: tuple[float, float, float, float]
    colour: str | None
    text: str
    text_colour: str
    border: Border | None
    hatch: str = pal.UNOWNED_GREY
    hatch_fill: str = HATCH_FILL


@dataclass(frozen=True)
class Badge:
    """A small mark on a step: ``kind`` says which (severity, status, rating, channel,
    mark, share, activity); ``rect`` its place in the step when it has a fixed one."""

    kind: str
    text: str
    fill: str | None = None
    ink: str = pal.INK
    border: Border | None = None
    rect: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class TextStyle:
    """One kind of text on a step: size in points at 100 % (map units), weight,
    colour and how many lines it may take before it ends in "…"."""

    size: float
    bold: bool
    colour: str
    max_lines: int


@dataclass(frozen=True)
class StepLook:
    """Everything about one step's drawing that does not need a font to work out."""

    kind: NodeKind
    shape: str                    # "card", "diamond", "pill", "note"
    width: float
    height: float
    fill: str
    border: Border
    corner: float                 # a card's or note's corner radius; a pill's is h / 2
    owner_marker: OwnerMarker | None
    badges: tuple[Badge, ...]
    label: TextStyle
    small: TextStyle
    fold: float = 0.0             # a note's folded corner
    fold_fill: str = ""
    content: Content | None = None  # its size and where its words go (.sizing)

    def badge(self, kind: str) -> Badge | None:
        for badge in self.badges:
            if badge.kind == kind:
                return badge
        return None


def scale_of(large_print: bool) -> float:
    return pal.LARGE_PRINT if large_print else 1.0


def line_width(large_print: bool) -> float:
    """The border and arrow line, in map units."""
    return pal.LINE_WIDTH * scale_of(large_print)


def thin_width(large_print: bool) -> float:
    """Rules and a note's edge: no hairlines on a projector."""
    return pal.THIN_LINE_WIDTH * (pal.LARGE_PRINT_THIN if large_print else 1.0)


def _hex(rgb) -> str:
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)


@lru_cache(maxsize=8)
def crossroads_fill(severity: int) -> str:
    """The severity's tint at CROSSROADS_FILL_ALPHA over the diamond's white, as one
    opaque colour: five strengths, light enough for the question on it to read."""
    tint, base = _rgb(pal.SEVERITY_FILL[severity - 1]), _rgb(pal.CROSSROADS_FILL)
    a = pal.CROSSROADS_FILL_ALPHA / 255.0
    return _hex(round(t * a + b * (1 - a)) for t, b in zip(tint, base))


def crossroads_border(severity: int, large_print: bool) -> float:
    """Heavier for worse friction: strength, number and line say the same thing."""
    return line_width(large_print) * (0.7 + 0.4 * severity)


def lightness(colour: str) -> float:
    """HSL lightness (0-1), as Qt's ``QColor.lightnessF``."""
    rgb = _rgb(colour)
    return (max(rgb) + min(rgb)) / 2 / 255.0


def initials(name: str) -> str:
    """'Baggage services' → 'BS'; one word → its first two letters."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].capitalize()
    return "".join(w[0] for w in words[:3]).upper()


def _clamp_severity(severity: int) -> int:
    return max(1, min(5, int(severity)))


def _texts(large_print: bool, label_lines: int, small_lines: int = 1) -> tuple:
    s = scale_of(large_print)
    small_ink = pal.INK if large_print else pal.MUTED_INK
    return (TextStyle(pal.LABEL_PT * s, False, pal.INK, label_lines),
            TextStyle(pal.SMALL_PT * s, False, small_ink, small_lines))


def _owner_stripe(owner, height: float, large_print: bool) -> OwnerMarker:
    w = pal.OWNER_STRIPE * scale_of(large_print) ** 0.5
    if owner is None:
        return OwnerMarker("stripe", (0.0, 0.0, w, height), None, "", pal.INK, None)
    return OwnerMarker("stripe", (0.0, 0.0, w, height), owner.colour, owner.name, pal.INK,
                       None)


def _owner_tag(owner, large_print: bool) -> OwnerMarker:
    rect = (*OWNER_TAG_AT, *OWNER_TAG[large_print])
    border = Border(pal.INK, OWNER_TAG_BORDER)
    if owner is None:
        return OwnerMarker("tag", rect, None, "", pal.INK, border)
    ink = pal.PAPER if lightness(owner.colour) < DARK_OWNER else pal.INK
    return OwnerMarker("tag", rect, owner.colour, initials(owner.name), ink, border)


def _card(node, kind, w, h, owner, large_print: bool) -> StepLook:
    """A card: a white rounded box, its owner's stripe down the left, its rating's face
    and its channel's word when the step has them."""
    label, small = _texts(large_print, pal.LABEL_MAX_LINES)
    badges = []
    rating = getattr(node, "rating", None)
    if rating is not None:
        face = pal.FACE_SIZE * scale_of(large_print) ** 0.5
        badges.append(Badge("rating", pal.RATING_WORD[rating],
                            rect=(w - face - 4, h - face - 3, face, face)))
    channel = getattr(node, "channel", None)
    channel = pal.CHANNEL_WORD.get(channel.value, "") if channel is not None else ""
    if channel:
        badges.append(Badge("channel", channel, ink=small.colour))
    return StepLook(kind, "card", w, h, pal.CARD_FILL, Border(pal.INK, line_width(large_print)),
                    CARD_RADIUS, _owner_stripe(owner, h, large_print), tuple(badges),
                    label, small)


def _diamond(node, kind, w, h, owner, large_print: bool) -> StepLook:
    """A diamond tinted and bordered by its severity, with its status and owner's tag."""
    sev = _clamp_severity(node.severity)
    label, small = _texts(large_print, 4)
    r = BADGE_RADIUS * scale_of(large_print) ** 0.5
    badge_line = max(1.0, line_width(large_print) * 0.8)
    badges = (
        Badge("severity", str(sev), pal.SEVERITY_FILL[sev - 1], pal.SEVERITY_TEXT[sev - 1],
              Border(pal.INK, badge_line), (w - 2 * r, 0.0, 2 * r, 2 * r)),
        Badge("status", pal.STATUS_WORD.get(node.status.value, node.status.value),
              pal.PAPER, pal.INK, Border(pal.INK, badge_line)),
    )
    return StepLook(kind, "diamond", w, h, crossroads_fill(sev),
                    Border(pal.INK, crossroads_border(sev, large_print)), 0.0,
                    _owner_tag(owner, large_print), badges, label, small)


def _pill(node, kind, w, h, owner, large_print: bool) -> StepLook:
    """A pill filled, bordered and marked by what kind of outcome it is."""
    line = line_width(large_print)
    outcome = OutcomeKind(node.outcome)
    label, small = _texts(large_print, 2)
    if outcome == OutcomeKind.CHURN:
        border = Border(pal.INK, line * CHURN_WIDTH, inset=CHURN_INSET)
    elif outcome.is_good:
        border = Border(pal.INK, line, double=GOOD_DOUBLE_INSET)
    else:  # a complaint: a single border, dashed
        border = Border(pal.INK, line, COMPLAIN_DASH)
    badges = [Badge("mark", pal.OUTCOME_MARK[outcome],
                    STOP_RED if outcome == OutcomeKind.CHURN else None)]
    if node.share is not None:
        badges.append(Badge("share", f"{node.share:.0%}"))
    return StepLook(kind, "pill", w, h, pal.OUTCOME_FILL[outcome], border, h / 2, None,
                    tuple(badges), label, small)


def _note(node, kind, w, h, owner, large_print: bool) -> StepLook:
    """A yellow sticky note with a folded corner, speaking in the small type."""
    _label, small = _texts(large_print, 5, 5)
    label = TextStyle(small.size, False, pal.INK, 5)
    badges = (Badge("activity", "◆ activity"),) if getattr(node, "company_activity",
                                                          False) else ()
    return StepLook(kind, "note", w, h, pal.NOTE_FILL,
                    Border(NOTE_BORDER, thin_width(large_print)), 0.0, None, badges,
                    label, small, NOTE_FOLD, NOTE_FOLD_FILL)


# one spec per shape of :data:`.kinds.SHAPES`; a kind's entry in .kinds picks one
SHAPE_LOOKS = {"card": _card, "diamond": _diamond, "pill": _pill, "note": _note}


def step_look(node, owner=None, large_print: bool = False, words: Words = ENGLISH,
              paper: bool = False) -> StepLook:
    """The spec of ``node`` (any step or note) owned by ``owner`` (or nobody), in the
    shape its kind's entry (:mod:`.kinds`) names, as big as its words need
    (:func:`.sizing.step_content`, on the screen or on ``paper``; ``words``: the map's
    words in the reader's language)."""
    kind = NodeKind(node.kind)
    content = step_content(node, owner, large_print, words, paper)
    w, h = content.size
    look = SHAPE_LOOKS[kind_spec(kind).shape](node, kind, w, h, owner, large_print)
    return replace(look, content=content)
