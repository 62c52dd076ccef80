"""Drawing in map units on a reportlab canvas, and remembering every string drawn.

A :class:`Painter` maps map coordinates (y down, 1 unit = 1 px on screen) to
page points (y up) through one scale and offset, so every shape and every font
size is scaled the same way and text stays upright. Each string it draws is
logged with its printed size, which is how the tests check readability.

A big map prints tens of thousands of shapes and strings, so the painter writes
the PDF operators itself, with reportlab's own number format, subset encoding
and escaping, straight into the canvas's content stream: the same bytes as the
canvas methods (``rect``, ``roundRect``, ``circle``, ``drawString`` …) without
their per-call path objects, text objects and colour bookkeeping. Colours,
line styles, circle and arc outlines and each string's encoding are made once
and reused.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import xObjectName
from reportlab.pdfgen.pdfgeom import bezierArc

from ..look.palette import MIN_READABLE_PT
from .fonts import SANS, printable, width

_COLOURS: dict[str, HexColor] = {}


def colour(hex_value: str) -> HexColor:
    found = _COLOURS.get(hex_value)
    if found is None:
        found = _COLOURS[hex_value] = HexColor(hex_value)
    return found


@dataclass(frozen=True)
class TextRun:
    """One string as printed: its text, font, size in points and extent on the page."""

    text: str
    font: str
    size: float
    x: float
    y: float
    width: float
    page: int
    role: str = ""
    item: str = ""  # the id of the step the text belongs to, if any


@dataclass
class TextLog:
    """Every string drawn on the map pages, and each step's box on each page (points)."""

    runs: list[TextRun] = field(default_factory=list)
    boxes: dict = field(default_factory=dict)  # (page, node id) -> (x0, y0, x1, y1)

    def add(self, run: TextRun) -> None:
        self.runs.append(run)


_FILL_OPS: dict[str, str] = {}
_STROKE_OPS: dict[tuple, str] = {}
_ARCS: dict[tuple, tuple] = {}
_PAINT = {(True, True): "B*", (True, False): "f*", (False, True): "S", (False, False): "n"}
_ARROW = "n %s %s m %s %s %s %s %s %s c S\n%s\n[] 0 d\nn %s %s m %s %s l %s %s l h f*"
ROUND = 0.4472  # reportlab's Bézier factor for a rounded corner


def _fill_op(hex_value: str) -> str:
    op = _FILL_OPS.get(hex_value)
    if op is None:
        c = colour(hex_value)
        op = _FILL_OPS[hex_value] = f"{fp_str(c.red, c.green, c.blue)} rg"
    return op


def _arc(r: float, start: float, extent: float) -> tuple:
    """The Bézier points of an arc round (0, 0), page orientation (y up), as reportlab
    makes them: ((x1, y1), ((cx1, cy1, cx2, cy2, x2, y2), …))."""
    key = (r, start, extent)
    found = _ARCS.get(key)
    if found is None:
        parts = bezierArc(-r, r, r, -r, startAng=start, extent=extent)
        found = _ARCS[key] = ((parts[0][0], parts[0][1]),
                              tuple(tuple(p[2:]) for p in parts))
    return found


def _circle(r: float) -> tuple:
    """A full circle's four Béziers round (0, 0) (reportlab's ``circle``)."""
    return _arc(r, 0, 360)


def monotone_pieces(points) -> tuple:
    """A monotone cubic (Fritsch–Carlson) through ``points`` (rising x) as Bézier pieces
    in map units: (xs, ys, ((control 1, control 2) per piece))."""
    n = len(points)
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    slopes = [(ys[i + 1] - ys[i]) / ((xs[i + 1] - xs[i]) or 1e-9) for i in range(n - 1)]
    tangents = [slopes[0]] + [
        0.0 if slopes[i - 1] * slopes[i] <= 0
        else 3 * (xs[i + 1] - xs[i - 1]) / (
            (2 * xs[i + 1] - xs[i] - xs[i - 1]) / slopes[i - 1]
            + (xs[i + 1] + xs[i] - 2 * xs[i - 1]) / slopes[i])
        for i in range(1, n - 1)] + [slopes[-1]]
    controls = []
    for i in range(n - 1):
        h = (xs[i + 1] - xs[i]) / 3
        controls.append(((xs[i] + h, ys[i] + tangents[i] * h),
                         (xs[i + 1] - h, ys[i + 1] - tangents[i + 1] * h)))
    return xs, ys, tuple(controls)


class _Text:
    """One string's printable form, its width at 1 pt and its PDF encoding (per
    document: the font subsets are the document's), made once per export; and its
    text-showing operators per printed size (``Tf`` and ``Tj`` of each subset chunk)."""

    __slots__ = ("text", "unit_w", "pieces", "shows")

    def __init__(self, canv, text: str, font: str) -> None:
        self.text = printable(text, font)
        self.unit_w = width(self.text, font, 1.0) if self.text else 0.0
        self.pieces = ()
        self.shows: dict[float, str] = {}
        if self.text:
            doc = canv._doc
            face = pdfmetrics.getFont(font)
            escape = canv._escape
            self.pieces = tuple((face.getSubsetInternalName(subset, doc), escape(chunk))
                                for subset, chunk in face.splitString(self.text, doc))

    def show(self, printed: float) -> str:
        """``/F 9 Tf (…) Tj`` for each chunk at ``printed`` points."""
        found = self.shows.get(printed)
        if found is None:
            pt = fp_str(printed)
            found = self.shows[printed] = " ".join(f"{name} {pt} Tf ({chunk}) Tj"
                                                   for name, chunk in self.pieces)
        return found


def _texts(canv) -> dict:
    """The string cache of this canvas (one document)."""
    found = getattr(canv, "_jm_texts", None)
    if found is None:
        found = canv._jm_texts = {}
    return found


def _looks(canv) -> dict:
    """Each step's look (its spec at its printed size) made so far in this canvas's
    document: the glance page and the parts draw the same steps."""
    found = canv.__dict__.get("_jm_looks")
    if found is None:
        found = canv._jm_looks = {}
    return found


def _memo(canv) -> dict:
    """What drawing the steps works out once per document (a card's foot line for its
    channel, owner and width …), keyed by what it depends on."""
    found = canv.__dict__.get("_jm_memo")
    if found is None:
        found = canv._jm_memo = {}
    return found


def _numbers(canv) -> dict:
    """Page coordinates as printed (``fp_str``), per document: the steps of a column
    share their x and those of a row their y, so a stamp's or a string's place is
    mostly numbers printed before (``fp_str(x, y)`` is ``fp_str(x) + " " + fp_str(y)``)."""
    found = canv.__dict__.get("_jm_numbers")
    if found is None:
        found = canv._jm_numbers = {}
    return found


def _stamps(canv) -> dict:
    """The stamps (form XObjects) made so far in this canvas's document."""
    found = getattr(canv, "_jm_stamps", None)
    if found is None:
        found = canv._jm_stamps = {}
    return found


class Painter:
    """Map-unit drawing on a canvas: page = (dx + x·s, dy − y·s)."""

    def __init__(self, canv, scale: float, dx: float, dy: float, page: int = 0,
                 log: TextLog | None = None) -> None:
        self.c = canv
        self.s = scale
        self.dx = dx
        self.dy = dy
        self.page = page
        self.log = log
        self.item = ""  # the step being drawn; tagged onto logged text
        self.min_pt = MIN_READABLE_PT  # text that would print smaller is left out
        self.min_line = 0.0  # thinnest printed line (raised on the at-a-glance page)
        self._texts = _texts(canv)
        self.looks = _looks(canv)  # node id -> (node, owner, its look): see shapes.look_of
        self.memo = _memo(canv)  # what the shapes work out once per export (shapes.py)
        self._nums = _numbers(canv)
        self._stamps = _stamps(canv)

    # --- coordinates ---
    def px(self, x: float) -> float:
        return self.dx + x * self.s

    def py(self, y: float) -> float:
        return self.dy - y * self.s

    def pt(self, x: float, y: float) -> tuple[float, float]:
        return self.dx + x * self.s, self.dy - y * self.s

    def _place(self, page_x: float, page_y: float) -> str:
        """``fp_str(page_x, page_y)``, from the numbers printed before where it can: a
        stamp or a string goes where a column's x and a row's y were printed already."""
        nums = self._nums
        at_x = nums.get(page_x)
        if at_x is None:
            at_x = nums[page_x] = fp_str(page_x)
        at_y = nums.get(page_y)
        if at_y is None:
            at_y = nums[page_y] = fp_str(page_y)
        return f"{at_x} {at_y}"

    # --- state ---
    def stroke(self, hex_value: str, line_width: float = 1.0, dash=()) -> None:
        key = (hex_value, line_width, tuple(dash), self.s, self.min_line)
        op = _STROKE_OPS.get(key)
        if op is None:
            c = colour(hex_value)
            w = max(line_width * self.s, self.min_line)
            pattern = fp_str([d * self.s for d in dash]) if dash else ""
            op = _STROKE_OPS[key] = (f"{fp_str(c.red, c.green, c.blue)} RG\n"
                                     f"{fp_str(w)} w\n[{pattern}] 0 d")
        self.c._code.append(op)

    def fill(self, hex_value: str) -> None:
        op = _FILL_OPS.get(hex_value)
        self.c._code.append(op if op is not None else _fill_op(hex_value))

    def save(self) -> None:
        """Keep the graphics state (clip, colours, lines) until :meth:`restore`."""
        self.c._code.append("q")

    def restore(self) -> None:
        self.c._code.append("Q")

    def clip(self, x: float, y: float, w: float, h: float) -> None:
        """Clip to a map rectangle until the caller's ``restoreState``."""
        s = self.s
        self.c._code.append(f"n {fp_str(self.dx + x * s, self.dy - (y + h) * s, w * s, h * s)}"
                            " re W* n")

    def clip_round_rect(self, x, y, w, h, r) -> None:
        """Clip to a rounded map rectangle until the next :meth:`restore`."""
        self.c._code.append(self._round_rect_path(x, y, w, h, r) + " W* n")

    # --- shapes (all in map units) ---
    def rect(self, x, y, w, h, fill=True, stroke=True) -> None:
        s = self.s
        self.c._code.append(f"n {fp_str(self.dx + x * s, self.dy - (y + h) * s, w * s, h * s)}"
                            f" re {_PAINT[bool(fill), bool(stroke)]}")

    def _round_rect_path(self, x, y, w, h, r) -> str:
        s = self.s
        x0, y0 = self.dx + x * s, self.dy - (y + h) * s
        x1, y1 = x0 + w * s, y0 + h * s
        if x1 < x0:
            x0, x1 = x1, x0
        if y1 < y0:
            y0, y1 = y1, y0
        r *= s
        t = ROUND * r
        return (f"n {fp_str(x0 + r, y0)} m {fp_str(x1 - r, y0)} l "
                f"{fp_str(x1 - t, y0, x1, y0 + t, x1, y0 + r)} c {fp_str(x1, y1 - r)} l "
                f"{fp_str(x1, y1 - t, x1 - t, y1, x1 - r, y1)} c {fp_str(x0 + r, y1)} l "
                f"{fp_str(x0 + t, y1, x0, y1 - t, x0, y1 - r)} c {fp_str(x0, y0 + r)} l "
                f"{fp_str(x0, y0 + t, x0 + t, y0, x0 + r, y0)} c h")

    def round_rect(self, x, y, w, h, r, fill=True, stroke=True) -> None:
        r = max(0.0, min(r, w / 2, h / 2))
        self.c._code.append(self._round_rect_path(x, y, w, h, r) + " "
                            + _PAINT[bool(fill), bool(stroke)])

    def line(self, x1, y1, x2, y2) -> None:
        dx, dy, s = self.dx, self.dy, self.s
        self.c._code.append(f"n {fp_str(dx + x1 * s, dy - y1 * s)} m "
                            f"{fp_str(dx + x2 * s, dy - y2 * s)} l S")

    def _poly(self, points) -> str:
        dx, dy, s = self.dx, self.dy, self.s
        it = iter(points)
        x, y = next(it)
        return (f"n {fp_str(dx + x * s, dy - y * s)} m "
                + "".join(f"{fp_str(dx + x * s, dy - y * s)} l " for x, y in it))

    def polygon(self, points, fill=True, stroke=True) -> None:
        self.c._code.append(f"{self._poly(points)}h {_PAINT[bool(fill), bool(stroke)]}")

    def curve(self, p0, p1, p2, p3) -> None:
        dx, dy, s = self.dx, self.dy, self.s
        start = fp_str(dx + p0[0] * s, dy - p0[1] * s)
        rest = fp_str(dx + p1[0] * s, dy - p1[1] * s, dx + p2[0] * s, dy - p2[1] * s,
                      dx + p3[0] * s, dy - p3[1] * s)
        self.c._code.append(f"n {start} m {rest} c S")

    def smooth(self, points, window: tuple[float, float] | None = None) -> None:
        """A monotone cubic (Fritsch–Carlson) through ``points`` with rising x, drawn as
        Béziers: smooth, and never overshooting above or below the ratings.

        With ``window`` (x0, x1) only the pieces that reach into it are drawn (the rest
        would be clipped away on this page): the same curve, less ink to write."""
        self.pieces(monotone_pieces(points), window)

    def pieces(self, curve: tuple, window: tuple[float, float] | None = None) -> None:
        """Stroke a curve made by :func:`monotone_pieces` (made once, drawn on many
        pages), only the pieces reaching into ``window`` when one is given.

        One piece more is kept on each side: a path of one flat piece is a horizontal
        line, which some renderers (poppler's stroke adjustment) snap to whole pixels,
        so it would look thinner on screen than the same curve drawn whole."""
        xs, ys, controls = curve
        first, last = 0, len(xs) - 1
        if window is not None:  # (and one piece more each side: see below)
            first = max(0, min(bisect_left(xs, window[0]) - 2, last - 1))
            last = max(first + 1, min(bisect_right(xs, window[1]) + 1, last))
        pt = self.pt
        parts = [f"n {fp_str(*pt(xs[first], ys[first]))} m"]
        for i in range(first, last):
            (ax, ay), (bx, by) = controls[i]
            parts.append(f"{fp_str(*pt(ax, ay), *pt(bx, by), *pt(xs[i + 1], ys[i + 1]))} c")
        parts.append("S")
        self.c._code.append(" ".join(parts))

    def _arc_path(self, cx: float, cy: float, arc: tuple) -> str:
        (x1, y1), curves = arc
        return (f"n {fp_str(cx + x1, cy + y1)} m "
                + " ".join(f"{fp_str(cx + a, cy + b, cx + c, cy + d, cx + e, cy + f)} c"
                           for a, b, c, d, e, f in curves))

    def circle(self, x, y, r, fill=True, stroke=True) -> None:
        s = self.s
        path = self._arc_path(self.dx + x * s, self.dy - y * s, _circle(r * s))
        self.c._code.append(f"{path} {_PAINT[bool(fill), bool(stroke)]}")

    def arc(self, x, y, r, start, extent) -> None:
        """An open arc round (x, y); angles in degrees, counter-clockwise on paper."""
        s = self.s
        path = self._arc_path(self.dx + x * s, self.dy - y * s, _arc(r * s, start, extent))
        self.c._code.append(f"{path} S")

    def arrowhead(self, tip, towards_from, length: float) -> None:
        """A filled arrowhead with its tip at ``tip``, pointing away from ``towards_from``."""
        tx, ty = tip
        fx, fy = towards_from
        angle = math.atan2(ty - fy, tx - fx)
        spread = math.radians(24)
        left = (tx - length * math.cos(angle - spread), ty - length * math.sin(angle - spread))
        right = (tx - length * math.cos(angle + spread), ty - length * math.sin(angle + spread))
        self.c._code.append("[] 0 d")
        self.polygon([tip, left, right], fill=True, stroke=False)

    def arrow(self, line: tuple, head: tuple, hue: str) -> None:
        """An arrow: the Bézier ``line`` (its start, then 6 numbers per cubic piece; map
        units) stroked, then the head (tip, left, right: 6 numbers) filled in ``hue``;
        one number format for all."""
        dx, dy, s = self.dx, self.dy, self.s
        if len(line) == 8:
            x0, y0, x1, y1, x2, y2, x3, y3 = line
            h0, k0, h1, k1, h2, k2 = head
            nums = fp_str(dx + x0 * s, dy - y0 * s, dx + x1 * s, dy - y1 * s, dx + x2 * s,
                          dy - y2 * s, dx + x3 * s, dy - y3 * s, dx + h0 * s, dy - k0 * s,
                          dx + h1 * s, dy - k1 * s, dx + h2 * s, dy - k2 * s).split(" ")
            fill = _FILL_OPS.get(hue) or _fill_op(hue)
            self.c._code.append(_ARROW % (*nums[:8], fill, *nums[8:]))
            return
        # a way round the steps: several cubics in one stroke
        flat = [v for k, n in enumerate(line) for v in ((dx + n * s) if k % 2 == 0
                                                          else (dy - n * s),)]
        nums = fp_str(*flat).split(" ")
        ops = [f"n {nums[0]} {nums[1]} m"]
        ops += [" ".join(nums[k:k + 6]) + " c" for k in range(2, len(nums), 6)]
        self.c._code.append(" ".join(ops) + " S")
        self.c._code.append("[] 0 d")
        fill = _FILL_OPS.get(hue) or _fill_op(hue)
        self.c._code.append(fill)
        self.polygon([head[0:2], head[2:4], head[4:6]], fill=True, stroke=False)

    def stamp(self, key, x: float, y: float, bounds: tuple, draw) -> None:
        """Draw ``draw(painter)`` once per document (map units round (0, 0), at this
        painter's scale) as a form XObject, and place it at map (x, y) every time.

        For what a map repeats many times (cards of one owner, faces, marks, the
        legend): one ``Do`` instead of their paths and strings. ``key`` names what
        ``draw`` draws; ``bounds`` (x0, y0, x1, y1) in map units round (0, 0) must hold
        all its ink. Text drawn in a stamp is logged again at every placement.
        """
        s = self.s
        stamps = self._stamps
        full = (key, s, self.min_line, self.min_pt)
        made = stamps.get(full)
        if made is None:
            name = f"jmStamp{len(stamps)}"
            stamps[full] = (name, (), "")  # (the name is taken, also for stamps inside it)
            x0, y0, x1, y1 = bounds
            self.c.beginForm(name, lowerx=x0 * s - 1, lowery=-y1 * s - 1, upperx=x1 * s + 1,
                             uppery=-y0 * s + 1)
            inner = Painter(self.c, s, 0.0, 0.0, self.page, TextLog())
            inner.min_line, inner.min_pt = self.min_line, self.min_pt
            draw(inner)
            self.c.endForm()
            made = stamps[full] = (name, tuple(inner.log.runs), f"/{xObjectName(name)} Do\nQ")
        name, runs, do = made
        page_x, page_y = self.dx + x * s, self.dy - y * s
        canv = self.c
        canv._code.append(f"q 1 0 0 1 {self._place(page_x, page_y)} cm\n{do}")
        in_use = canv._formsinuse  # (what doForm records, once per page, not per use)
        listed = canv.__dict__.get("_jm_listed")
        if listed is None or listed[0] is not in_use:  # a new page or form
            listed = canv._jm_listed = (in_use, set(in_use))
        if name not in listed[1]:
            in_use.append(name)
            listed[1].add(name)
        if runs and self.log is not None:
            for run in runs:
                self.log.add(replace(run, x=run.x + page_x, y=run.y + page_y, page=self.page,
                                     item=self.item or run.item))

    def texts(self, x, y, parts, size: float) -> float:
        """Several strings one after another on one baseline, from map (x, y), as one
        text object (each string starts where the one before ends, as if drawn by
        :meth:`text` one by one); ``parts`` are (text, font, role). Each is logged on
        its own. Returns their width in map units."""
        if not self.prints(size):
            return sum(self._text(text, font).unit_w for text, font, _ in parts) * size
        s = self.s
        printed = size * s
        page_x, page_y = self.dx + x * s, self.dy - y * s
        shows = []
        at = page_x
        for text, font, role in parts:
            found = self._text(text, font)
            if not found.text:
                continue
            shows.append(found.shows.get(printed) or found.show(printed))
            w = found.unit_w * printed
            if self.log is not None:
                self.log.add(TextRun(found.text, font, printed, at, page_y, w, self.page,
                                     role, self.item))
            at += w
        if shows:
            self.c._code.append(f"BT {self._place(page_x, page_y)} Td {' '.join(shows)} ET")
        return (at - page_x) / s

    def note_box(self, item: str, x, y, w, h) -> None:
        """Record where a step sits on the page (for checks that text stays inside)."""
        if self.log is not None:
            self.log.boxes[(self.page, item)] = (self.px(x), self.py(y + h), self.px(x + w),
                                                 self.py(y))

    # --- text ---
    def prints(self, size: float) -> bool:
        """Whether text of ``size`` (map units) prints here; on the whole-map page the
        steps' words are too small and left out, so callers skip their colours too."""
        return size * self.s >= self.min_pt - 1e-9

    def _text(self, text: str, font: str) -> _Text:
        key = (text, font)
        found = self._texts.get(key)
        if found is None:
            found = self._texts[key] = _Text(self.c, text, font)
        return found

    def text(self, x, y, text: str, font: str = SANS, size: float = 9.0, align: str = "left",
             role: str = "") -> float:
        """Draw one line with its baseline at map (x, y); returns its width in map units."""
        found = self._text(text, font)
        if not found.text:
            return 0.0
        w = found.unit_w * size
        if not self.prints(size):  # only on the at-a-glance page
            return w
        if align == "centre":
            x -= w / 2
        elif align == "right":
            x -= w
        s = self.s
        page_x, page_y = self.dx + x * s, self.dy - y * s
        printed = size * s
        show = found.shows.get(printed) or found.show(printed)
        self.c._code.append(f"BT {self._place(page_x, page_y)} Td {show} ET")
        if self.log is not None:
            self.log.add(TextRun(found.text, font, printed, page_x, page_y, w * s,
                                 self.page, role, self.item))
        return w
