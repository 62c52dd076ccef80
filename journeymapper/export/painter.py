"""Drawing in map units on a reportlab canvas, and remembering every string drawn.

A :class:`Painter` maps map coordinates (y down, 1 unit = 1 px on screen) to
page points (y up) through one scale and offset, so every shape and every font
size is scaled the same way and text stays upright. Each string it draws is
logged with its printed size, which is how the tests check readability.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from reportlab.lib.colors import HexColor

from ..model.geometry import MIN_READABLE_PT
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

    # --- coordinates ---
    def px(self, x: float) -> float:
        return self.dx + x * self.s

    def py(self, y: float) -> float:
        return self.dy - y * self.s

    def pt(self, x: float, y: float) -> tuple[float, float]:
        return self.dx + x * self.s, self.dy - y * self.s

    # --- state ---
    def stroke(self, hex_value: str, line_width: float = 1.0, dash=()) -> None:
        self.c.setStrokeColor(colour(hex_value))
        self.c.setLineWidth(max(line_width * self.s, self.min_line))
        self.c.setDash([d * self.s for d in dash] if dash else [])

    def fill(self, hex_value: str) -> None:
        self.c.setFillColor(colour(hex_value))

    def clip(self, x: float, y: float, w: float, h: float) -> None:
        """Clip to a map rectangle until the caller's ``restoreState``."""
        path = self.c.beginPath()
        path.rect(self.px(x), self.py(y + h), w * self.s, h * self.s)
        self.c.clipPath(path, stroke=0, fill=0)

    # --- shapes (all in map units) ---
    def rect(self, x, y, w, h, fill=True, stroke=True) -> None:
        self.c.rect(self.px(x), self.py(y + h), w * self.s, h * self.s,
                    stroke=int(stroke), fill=int(fill))

    def round_rect(self, x, y, w, h, r, fill=True, stroke=True) -> None:
        r = max(0.0, min(r, w / 2, h / 2))
        self.c.roundRect(self.px(x), self.py(y + h), w * self.s, h * self.s, r * self.s,
                         stroke=int(stroke), fill=int(fill))

    def line(self, x1, y1, x2, y2) -> None:
        self.c.line(self.px(x1), self.py(y1), self.px(x2), self.py(y2))

    def polygon(self, points, fill=True, stroke=True) -> None:
        path = self.c.beginPath()
        first = True
        for x, y in points:
            if first:
                path.moveTo(*self.pt(x, y))
                first = False
            else:
                path.lineTo(*self.pt(x, y))
        path.close()
        self.c.drawPath(path, stroke=int(stroke), fill=int(fill))

    def polyline(self, points) -> None:
        path = self.c.beginPath()
        for i, (x, y) in enumerate(points):
            (path.lineTo if i else path.moveTo)(*self.pt(x, y))
        self.c.drawPath(path, stroke=1, fill=0)

    def curve(self, p0, p1, p2, p3) -> None:
        path = self.c.beginPath()
        path.moveTo(*self.pt(*p0))
        path.curveTo(*self.pt(*p1), *self.pt(*p2), *self.pt(*p3))
        self.c.drawPath(path, stroke=1, fill=0)

    def smooth(self, points) -> None:
        """A monotone cubic (Fritsch–Carlson) through ``points`` with rising x, drawn as
        Béziers: smooth, and never overshooting above or below the ratings."""
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
        path = self.c.beginPath()
        path.moveTo(*self.pt(xs[0], ys[0]))
        for i in range(n - 1):
            h = (xs[i + 1] - xs[i]) / 3
            path.curveTo(*self.pt(xs[i] + h, ys[i] + tangents[i] * h),
                         *self.pt(xs[i + 1] - h, ys[i + 1] - tangents[i + 1] * h),
                         *self.pt(xs[i + 1], ys[i + 1]))
        self.c.drawPath(path, stroke=1, fill=0)

    def circle(self, x, y, r, fill=True, stroke=True) -> None:
        self.c.circle(self.px(x), self.py(y), r * self.s, stroke=int(stroke), fill=int(fill))

    def arc(self, x, y, r, start, extent) -> None:
        """An open arc round (x, y); angles in degrees, counter-clockwise on paper."""
        x1, y1 = self.px(x - r), self.py(y + r)
        x2, y2 = self.px(x + r), self.py(y - r)
        path = self.c.beginPath()
        path.arc(x1, y1, x2, y2, startAng=start, extent=extent)
        self.c.drawPath(path, stroke=1, fill=0)

    def arrowhead(self, tip, towards_from, length: float) -> None:
        """A filled arrowhead with its tip at ``tip``, pointing away from ``towards_from``."""
        tx, ty = tip
        fx, fy = towards_from
        angle = math.atan2(ty - fy, tx - fx)
        spread = math.radians(24)
        left = (tx - length * math.cos(angle - spread), ty - length * math.sin(angle - spread))
        right = (tx - length * math.cos(angle + spread), ty - length * math.sin(angle + spread))
        self.c.setDash([])
        self.polygon([tip, left, right], fill=True, stroke=False)

    def note_box(self, item: str, x, y, w, h) -> None:
        """Record where a step sits on the page (for checks that text stays inside)."""
        if self.log is not None:
            self.log.boxes[(self.page, item)] = (self.px(x), self.py(y + h), self.px(x + w),
                                                 self.py(y))

    # --- text ---
    def text(self, x, y, text: str, font: str = SANS, size: float = 9.0, align: str = "left",
             role: str = "") -> float:
        """Draw one line with its baseline at map (x, y); returns its width in map units."""
        text = printable(text, font)
        if not text:
            return 0.0
        w = width(text, font, size)
        if size * self.s < self.min_pt - 1e-9:  # only on the at-a-glance page
            return w
        if align == "centre":
            x -= w / 2
        elif align == "right":
            x -= w
        page_x, page_y = self.pt(x, y)
        self.c.setFont(font, size * self.s)
        self.c.drawString(page_x, page_y, text)
        if self.log is not None:
            self.log.add(TextRun(text, font, size * self.s, page_x, page_y, w * self.s,
                                 self.page, role, self.item))
        return w
