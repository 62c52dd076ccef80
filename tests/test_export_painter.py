"""The map painter writes PDF operators itself (fast) instead of calling reportlab's
canvas per shape and string: what it prints must be what reportlab would print.

A mistake in that fast path (a wrong number, a lost letter, a subset mixed up, an
escape missed) would show on paper, so each check compares with reportlab's own way
of drawing the same thing: the same operators for the shapes, the same text and the
same pixels for the strings, and the same text on every template's pages when the
painter's strings go through reportlab's ``drawString`` instead.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess

import pytest
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from journeymapper.export import painter as painter_module
from journeymapper.export.fonts import BOLD, SANS, printable, register_fonts, width
from journeymapper.export.painter import Painter, TextRun
from journeymapper.export.pdf import build_pdf
from journeymapper.io.templates import find_template, list_templates

TODAY = dt.date(2026, 11, 26)
S, DX, DY = 0.8, 40.0, 800.0  # the painter's scale and offset in these checks


def _page(x: float, y: float) -> tuple[float, float]:
    return DX + x * S, DY - y * S


def _tokens(code: list[str]) -> list[str]:
    """A content stream's operators and operands (spaces and line breaks are alike)."""
    return "\n".join(code).split()


def _drawn(draw) -> list[str]:
    canvas = Canvas(io.BytesIO())
    before = len(canvas._code)
    draw(canvas)
    return _tokens(canvas._code[before:])


def test_the_painters_shapes_are_reportlabs_own_operators():
    """Each shape in map units (y down) gives the operators reportlab's canvas method
    writes for the same shape on the page: fills, borders, dashes, rounded corners,
    circles, arcs, Béziers, polygons and clips, number for number."""
    x0, y0 = _page(10, 60)  # the page's lower left of a map rect (10, 20, 30, 40)
    cx, cy = _page(10, 20)

    def polygon(c, fill, stroke):
        path = c.beginPath()
        path.moveTo(*_page(0, 0))
        path.lineTo(*_page(30.5, 0))
        path.lineTo(*_page(15.25, 12.125))
        path.close()
        c.drawPath(path, fill=fill, stroke=stroke)

    def clip(c):
        path = c.beginPath()
        path.rect(x0, y0, 24, 32)
        c.clipPath(path, stroke=0, fill=0)

    cases = [
        (lambda p: p.fill("#D55E00"), lambda c: c.setFillColor(HexColor("#D55E00"))),
        (lambda p: p.stroke("#1A1A1A", 1.5, (2, 1)),
         lambda c: (c.setStrokeColor(HexColor("#1A1A1A")), c.setLineWidth(1.5 * S),
                    c.setDash([2 * S, 1 * S]))),
        (lambda p: p.stroke("#B8C0CC", 0.6), lambda c: (c.setStrokeColor(HexColor("#B8C0CC")),
                                                        c.setLineWidth(0.6 * S), c.setDash([]))),
        (lambda p: p.clip(10, 20, 30, 40), clip),
    ]
    for fill, stroke in ((True, True), (True, False), (False, True)):
        cases += [
            (lambda p, f=fill, s=stroke: p.rect(10, 20, 30, 40, fill=f, stroke=s),
             lambda c, f=fill, s=stroke: c.rect(x0, y0, 24, 32, stroke=int(s), fill=int(f))),
            (lambda p, f=fill, s=stroke: p.round_rect(10, 20, 30, 40, 5.5, fill=f, stroke=s),
             lambda c, f=fill, s=stroke: c.roundRect(x0, y0, 24, 32, 5.5 * S, stroke=int(s),
                                                     fill=int(f))),
            (lambda p, f=fill, s=stroke: p.circle(10, 20, 6.25, fill=f, stroke=s),
             lambda c, f=fill, s=stroke: c.circle(cx, cy, 6.25 * S, stroke=int(s),
                                                  fill=int(f))),
            (lambda p, f=fill, s=stroke: p.polygon([(0, 0), (30.5, 0), (15.25, 12.125)],
                                                   fill=f, stroke=s),
             lambda c, f=fill, s=stroke: polygon(c, int(f), int(s))),
        ]
    cases += [
        (lambda p: p.line(10, 20, 33.3333, 41.7),
         lambda c: c.line(cx, cy, *_page(33.3333, 41.7))),
        (lambda p: p.curve((0, 0), (10, 0), (20, 10.5), (30, 10.5)),
         lambda c: c.bezier(*_page(0, 0), *_page(10, 0), *_page(20, 10.5), *_page(30, 10.5))),
        (lambda p: p.arc(10, 20, 5, 200, 140),
         lambda c: c.arc(cx - 4, cy - 4, cx + 4, cy + 4, 200, 140)),
    ]
    for ours, theirs in cases:
        mine = _drawn(lambda c: ours(Painter(c, S, DX, DY)))
        assert mine and mine == _drawn(theirs)


# æ ø å, Swedish and Danish letters, the faces and marks the map prints, a word the
# PDF must escape, Chinese and an emoji (DejaVu lacks them: a visible sign, or the
# installed fallback font's letters)
STRINGS = [
    ("Rørleggeren kommer på døra", SANS, 9.0, "left"),
    ("ÆØÅ æøå ÄÖ äö — Kjøp · 18 %", BOLD, 11.0, "centre"),
    ("(Frist) \\ overskredet ✓", SANS, 7.5, "right"),
    ("+2 ☺  −2 ☹  → ◆", SANS, 8.014883, "left"),
    ("顧客の旅 🙂 kø", SANS, 9.0, "left"),
]


def _fast(canvas) -> list[TextRun]:
    p = Painter(canvas, S, DX, DY)
    p.log = painter_module.TextLog()
    for k, (text, font, size, align) in enumerate(STRINGS):
        p.text(200, 40 + 30 * k, text, font, size, align)
    p.texts(20, 200, [("E-post", SANS, "channel"), (" · ", SANS, "channel"),
                      ("Kundeservice Ålesund", BOLD, "owner")], 8.0)
    return p.log.runs


def _slow(canvas) -> None:
    """The same strings through reportlab's own ``drawString``."""
    for k, (text, font, size, align) in enumerate(STRINGS):
        shown = printable(text, font)
        w = width(shown, font, 1.0) * size
        x = 200 - (w / 2 if align == "centre" else w if align == "right" else 0.0)
        canvas.setFont(font, size * S)
        canvas.drawString(*_page(x, 40 + 30 * k), shown)
    x = 20.0
    for text, font in (("E-post", SANS), (" · ", SANS), ("Kundeservice Ålesund", BOLD)):
        canvas.setFont(font, 8.0 * S)
        canvas.drawString(*_page(x, 200), text)
        x += width(text, font, 8.0)


def _pdf(draw) -> bytes:
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(600, 842))
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _poppler(tool: str, *args: str, data: bytes) -> bytes:
    """What poppler's ``tool`` makes of the PDF ``data`` (pdftotext: its text,
    pdftoppm: the page's pixels), read from stdin and written to stdout."""
    out = ["-"] if tool == "pdftotext" else []  # (pdftoppm writes to stdout without a name)
    return subprocess.run([tool, *args, "-", *out], input=data, capture_output=True,
                          check=True).stdout


def _word_boxes(html: str) -> list[tuple]:
    """(word, its box to 1/100 pt) from ``pdftotext -bbox`` (a string after another on
    one line starts where the one before ends: the same place, to a millionth)."""
    found = re.findall(r'<word xMin="([-.\d]+)" yMin="([-.\d]+)" xMax="([-.\d]+)" '
                       r'yMax="([-.\d]+)">(.*?)</word>', html)
    return [(word, *(round(float(v), 2) for v in box)) for *box, word in found]


def test_the_painters_strings_print_as_reportlabs_draw_string_prints_them():
    """Text placed left, centred and right, several strings on one line, æ ø å,
    marks, characters the PDF escapes and letters the font lacks: the same words at
    the same places (poppler's word boxes) and the same pixels as reportlab's
    ``drawString``."""
    from pypdf import PdfReader

    fast, slow = _pdf(_fast), _pdf(_slow)
    words = [PdfReader(io.BytesIO(data)).pages[0].extract_text().split()
             for data in (fast, slow)]
    assert {"Rørleggeren", "æøå", "Ålesund", "\\", "(Frist)"} <= set(words[0])
    assert words[0] == words[1]
    if shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftoppm, pdftotext) is not installed")
    boxes = [_word_boxes(_poppler("pdftotext", "-bbox", data=data).decode())
             for data in (fast, slow)]
    assert len(boxes[0]) == len(words[0]) and boxes[0] == boxes[1]
    pixels = [_poppler("pdftoppm", "-r", "100", "-gray", data=data) for data in (fast, slow)]
    assert len(pixels[0]) > 600 * 842 and pixels[0] == pixels[1]


def _slow_text(self, x, y, text, font=SANS, size=9.0, align="left", role=""):
    """:meth:`Painter.text` through reportlab's canvas (the slow path)."""
    shown = printable(text, font)
    if not shown:
        return 0.0
    w = width(shown, font, 1.0) * size
    if not self.prints(size):
        return w
    x -= w / 2 if align == "centre" else w if align == "right" else 0.0
    page_x, page_y = self.dx + x * self.s, self.dy - y * self.s
    self.c.setFont(font, size * self.s)
    self.c.drawString(page_x, page_y, shown)
    if self.log is not None:
        self.log.add(TextRun(shown, font, size * self.s, page_x, page_y, w * self.s,
                             self.page, role, self.item))
    return w


def _slow_texts(self, x, y, parts, size):
    at = x
    for text, font, role in parts:
        at += _slow_text(self, at, y, text, font, size, role=role)
    return at - x


def _with_unusual_labels(document):
    """The map with a step labelled in Chinese, an emoji and a PDF escape."""
    step = next(n for n in document.nodes() if n.kind.value == "touchpoint")
    document.update_node(step.id, label="顧客の旅 🙂 (kø) \\ svar")
    return document


@pytest.mark.parametrize("name", [t.name for t in list_templates()] + ["unusual labels"])
def test_every_templates_pdf_reads_the_same_as_on_reportlabs_slow_path(name, monkeypatch):
    """The whole PDF of every template (and one with Chinese, an emoji and characters
    the PDF escapes on the map) gives the same text to a reader's tool (poppler's
    pdftotext) with the painter's own text operators as with reportlab's
    ``drawString``; and poppler draws every page without a complaint."""
    if shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils (pdftotext, pdftoppm) is not installed")

    def document():
        if name == "unusual labels":
            return _with_unusual_labels(find_template("sample-plumber-no").open())
        return find_template(name).open()

    fast = build_pdf(document(), "A3", today=TODAY).data
    with monkeypatch.context() as m:
        m.setattr(Painter, "text", _slow_text)
        m.setattr(Painter, "texts", _slow_texts)
        slow = build_pdf(document(), "A3", today=TODAY).data
    text = [_poppler("pdftotext", "-layout", data=data).decode() for data in (fast, slow)]
    assert text[0] == text[1]
    if name == "unusual labels":
        assert "kø" in text[0] and "\\ svar" in text[0]
        # Chinese and the emoji print (a fallback font has them) or show as a sign
        assert "顧客の旅" in text[0] or "\ufffd" in text[0]
    drawn = subprocess.run(["pdftoppm", "-r", "20", "-gray", "-"], input=fast,
                           capture_output=True)
    assert drawn.returncode == 0 and not drawn.stderr.strip(), drawn.stderr
