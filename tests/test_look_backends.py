"""The screen and the paper draw each kind of step and arrow alike.

Every kind is drawn twice, by the canvas item onto a QImage and by the PDF painter
onto a page rasterised by poppler's pdftoppm, at the same number of pixels per map
unit. The two pictures must agree where a reader would notice: the fill at the
shape's centre, the border's colour, the shape's proportions and, for arrows, the
line's colour and its dash (solid, dashed, dotted).
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from reportlab.pdfgen import canvas as rl_canvas

from journeymapper.canvas.edge_items import ConnectionItem
from journeymapper.canvas.node_items import make_node_item
from journeymapper.canvas.style import style_for
from journeymapper.export.fonts import register_fonts
from journeymapper.export.painter import Painter
from journeymapper.export.shapes import arrow_path, draw_arrow_line, draw_node, fit_node_texts
from journeymapper.look import arrow_look, step_look
from journeymapper.model import (
    Connection,
    Crossroads,
    EdgeKind,
    Note,
    Outcome,
    OutcomeKind,
    Owner,
    Sentiment,
    Touchpoint,
)
from journeymapper.model.geometry import Rect, node_size

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                reason="pdftoppm (poppler-utils) is not installed")

PX = 3          # pixels per map unit in both pictures
MARGIN = 16.0   # map units of white round the drawing
TODAY = dt.date(2026, 1, 1)
OWNER = Owner(id="o1", name="Baggage services", colour="#E69F00")


def _close(a: QColor, b: QColor, tolerance: int = 24) -> bool:
    return all(abs(x - y) <= tolerance for x, y in
               ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue())))


def _screen(draw, w: float, h: float) -> QImage:
    image = QImage(round((w + 2 * MARGIN) * PX), round((h + 2 * MARGIN) * PX),
                   QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(PX, PX)
    painter.translate(MARGIN, MARGIN)
    draw(painter)
    painter.end()
    return image


def _paper(draw, w: float, h: float, tmp_path) -> QImage:
    register_fonts()
    page_w, page_h = w + 2 * MARGIN, h + 2 * MARGIN
    pdf = tmp_path / "shape.pdf"
    canv = rl_canvas.Canvas(str(pdf), pagesize=(page_w, page_h))
    draw(Painter(canv, 1.0, MARGIN, page_h - MARGIN))
    canv.showPage()
    canv.save()
    subprocess.run(["pdftoppm", "-r", str(72 * PX), "-png", "-singlefile", str(pdf),
                    str(tmp_path / "shape")], check=True)
    return QImage(str(tmp_path / "shape.png")).convertToFormat(QImage.Format.Format_RGB32)


def _at(image: QImage, x: float, y: float) -> QColor:
    """The colour at map point (x, y) of the drawing."""
    return image.pixelColor(round((x + MARGIN) * PX), round((y + MARGIN) * PX))


def _extent(image: QImage) -> tuple[int, int]:
    """The drawing's width and height in pixels (everything that is not white)."""
    xs, ys = [], []
    for y in range(0, image.height(), 1):
        for x in range(0, image.width(), 1):
            if image.pixelColor(x, y).lightness() < 235:
                xs.append(x)
                ys.append(y)
    return max(xs) - min(xs), max(ys) - min(ys)


def _both_steps(node, owner, tmp_path) -> tuple[QImage, QImage]:
    w, h = node_size(node.kind)
    item = make_node_item(node, owner, style_for(False))
    screen = _screen(item.paint_detail, w, h)
    rect = Rect(0.0, 0.0, w, h)
    fitted = fit_node_texts(node, rect)
    paper = _paper(lambda p: draw_node(p, node, rect, fitted, owner, TODAY), w, h, tmp_path)
    return screen, paper


def _where(x: float, y: float) -> dict:
    return {"stage_id": "s", "journey_id": "j", "x": x, "y": y}


STEPS = (
    [pytest.param(Crossroads(id=f"c{s}", severity=s, owner_id="o1", **_where(0, 0)),
                  OWNER, (0.5, 0.5), (0.25, 0.25), id=f"crossroads-{s}")
     for s in range(1, 6)]
    + [pytest.param(Crossroads(id="c0", severity=3, **_where(0, 0)), None, (0.5, 0.5),
                    (0.25, 0.25), id="crossroads-unowned"),
       pytest.param(Touchpoint(id="t1", owner_id="o1", **_where(0, 0)), OWNER, (0.5, 0.5),
                    (0.5, 0.0), id="touchpoint-owned"),
       pytest.param(Note(id="n1", **_where(0, 0)), None, (0.5, 0.5), (0.5, 0.0), id="note")]
    + [pytest.param(Outcome(id=f"o-{k.value}", outcome=k, label="x", **_where(0, 0)), None,
                    (0.9, 0.5), (0.5, 0.0), id=f"outcome-{k.value}")
       for k in OutcomeKind]
)


@pytest.mark.parametrize("node, owner, inside, on_border", STEPS)
def test_a_step_looks_the_same_on_screen_and_on_paper(qapp, tmp_path, node, owner, inside,
                                                      on_border):
    screen, paper = _both_steps(node, owner, tmp_path)
    look = step_look(node, owner)
    w, h = look.width, look.height
    # the fill inside the shape: the spec's, on both
    fill = QColor(look.fill)
    assert _close(_at(screen, w * inside[0], h * inside[1]), fill)
    assert _close(_at(paper, w * inside[0], h * inside[1]), fill)
    # the border's colour where the outline runs (a dashed one may be between dashes)
    if not look.border.dash:
        border = QColor(look.border.colour)
        bx, by = w * on_border[0], h * on_border[1]
        assert _close(_at(screen, bx, by), border, 60)
        assert _close(_at(paper, bx, by), border, 60)
    # the same proportions (the crossroads' status pill hangs a little differently)
    (sw, sh), (pw, ph) = _extent(screen), _extent(paper)
    assert abs(sw / sh - pw / ph) / (sw / sh) < 0.08
    assert abs(sw - pw) / sw < 0.06


def test_an_owned_crossroads_names_its_owner_in_a_tag_on_screen_and_paper(qapp, tmp_path):
    node = Crossroads(id="c", severity=2, owner_id="o1", **_where(0, 0))
    screen, paper = _both_steps(node, OWNER, tmp_path)
    marker = step_look(node, OWNER).owner_marker
    assert marker.kind == "tag" and marker.text == "BS"
    x, y, w, h = marker.rect
    # the tag's corner (clear of the initials) is the owner's colour on both
    for image in (screen, paper):
        assert _close(_at(image, x + 3, y + 3), QColor(OWNER.colour))


def _both_arrows(edge, tmp_path) -> tuple[QImage, QImage]:
    src, dst = (0.0, 0.0, 60.0, 40.0), (200.0, 0.0, 60.0, 40.0)
    w, h = 260.0, 40.0
    item = ConnectionItem(edge, style_for(False))
    item.route(QRectF(*src), QRectF(*dst))
    screen = _screen(item.paint_detail, w, h)
    arrow = arrow_path(edge, Rect(*src), Rect(*dst))
    paper = _paper(lambda p: draw_arrow_line(p, arrow), w, h, tmp_path)
    return screen, paper


def _inked_share(image: QImage, colour: QColor) -> float:
    """How much of the straight arrow's run between the shapes is drawn (before its
    middle, where the screen puts a branch's ✓ or ✗ on a tab)."""
    xs = [x / 2 for x in range(2 * 66, 2 * 106)]
    return sum(_close(_at(image, x, 20.0), colour, 90) for x in xs) / len(xs)


@pytest.mark.parametrize("kind, sentiment", [
    (EdgeKind.FLOW, Sentiment.NEUTRAL), (EdgeKind.BRANCH, Sentiment.GOOD),
    (EdgeKind.BRANCH, Sentiment.BAD), (EdgeKind.BRANCH, Sentiment.NEUTRAL)])
def test_an_arrow_looks_the_same_on_screen_and_on_paper(qapp, tmp_path, kind, sentiment):
    edge = Connection(id="e", source="a", target="b", kind=kind, sentiment=sentiment)
    screen, paper = _both_arrows(edge, tmp_path)
    look = arrow_look(kind, sentiment)
    colour = QColor(look.colour)
    # the head, filled in the arrow's colour, just before the target's side
    for image in (screen, paper):
        assert _close(_at(image, 200.0 - look.head * 0.3, 20.0), colour, 40)
    # solid, dashed or dotted alike: the share of the line that is inked
    on_screen, on_paper = _inked_share(screen, colour), _inked_share(paper, colour)
    assert abs(on_screen - on_paper) < 0.12
    if not look.dash:
        assert on_screen > 0.9
    else:
        assert on_screen < 0.85
