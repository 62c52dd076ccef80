"""Shared pieces of the PDF's text pages: paragraph styles, safe text, table
helpers, bookmarks, names of the map's parts, and the analysis results they print."""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from types import FunctionType
from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from ..analysis import (
    handoffs,
    next_actions,
    owner_stage_matrix,
    unowned,
    weakest_link,
    worst_friction,
)
from ..analysis.graph import shared_order
from ..model import Crossroads, CrossroadsStatus, NodeKind
from ..look.kinds import CONTEXT as KINDS_CONTEXT, kind_spec
from ..look.palette import HEADER_FILL, INK, MUTED_INK, SEVERITY_FILL, SEVERITY_TEXT
from .fonts import BOLD, SANS, printable
from .textfit import wrap
from .words import percent, translate

OVERDUE_TINT = "#FBE2D5"
OVERDUE_INK = "#B03A00"
RULE = "#B8C0CC"
TABLE_CHUNK = 24      # rows per table, so long tables split cheaply (each repeats the header)
KEEP_ROWS = 3         # rows a page break leaves on either side of it, at least
SUMMARY_ROWS = 8      # list items on the one-page summary before "and N more"
MATRIX_STAGES = 12    # stage columns per matrix table
MINUS = "−"


def text_style(name: str, size: float, font: str = SANS, colour: str = INK,
               **kw) -> ParagraphStyle:
    kw.setdefault("leading", size * 1.25)
    return ParagraphStyle(name, fontName=font, fontSize=size,
                          textColor=colors.HexColor(colour), **kw)


H1 = text_style("h1", 17, BOLD, spaceAfter=4)
H2 = text_style("h2", 12.5, BOLD, spaceBefore=6, spaceAfter=3)
H3 = text_style("h3", 10, BOLD, spaceBefore=6, spaceAfter=2)
BODY = text_style("body", 8.5)
CELL = text_style("cell", 8)
CELL_B = text_style("cellb", 8, BOLD)
HEAD = text_style("head", 8, BOLD)
SMALL = text_style("small", 7.5, colour=MUTED_INK)
BIG = text_style("big", 18, BOLD, alignment=1)
BIG_WORD = text_style("bigword", 7.5, colour=MUTED_INK, alignment=1)


# --- reportlab's line breaking, with faster helpers --------------------------------------
#
# ``Paragraph.breakLines`` (and ``_getFragWords``, which it calls) spend most of their
# time in three helpers: ``sameFrag`` (reportlab's C version looks up attributes our
# fragments do not have, raising and catching an AttributeError each time; ~41,000
# calls at 2,000 steps), ``getAscentDescent`` and ``stringWidth`` (the same few words and
# fonts asked over and over). ``_reportlab_clone`` runs reportlab's own code for the two
# functions with these helpers swapped for equal ones that are faster: the same
# algorithm, the same lines (checked in tests/test_export_pdf.py).

_SAME_FRAG_KEYS = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link",
                   "backColor", "nobr")


def _same_frag(f, g) -> int:
    """reportlab's ``sameFrag``: whether two fragments can share one run of text."""
    fd, gd = f.__dict__, g.__dict__
    if "cbDefn" in fd or "lineBreak" in fd or "cbDefn" in gd or "lineBreak" in gd:
        return 0
    for key in _SAME_FRAG_KEYS:
        a, b = fd.get(key), gd.get(key)
        if a is not b and a != b:
            return 0
    return 1


_WIDTHS: dict = {}


def _string_width(text, fontName, fontSize, encoding="utf8") -> float:
    """``pdfmetrics.stringWidth``, remembered (bounded; the text is part of the key)."""
    key = (text, fontName, fontSize, encoding)
    found = _WIDTHS.get(key)
    if found is None:
        if len(_WIDTHS) > 200_000:
            _WIDTHS.clear()
        found = _WIDTHS[key] = stringWidth(text, fontName, fontSize, encoding)
    return found


def _reportlab_clone(names: tuple[str, ...]) -> dict:
    """reportlab.platypus.paragraph's functions ``names``, each running its own code
    with the faster helpers above (and each other's clones) in its globals."""
    helpers = dict(rl_paragraph.__dict__)
    helpers.update(sameFrag=_same_frag, stringWidth=_string_width,
                   getAscentDescent=lru_cache(maxsize=1024)(getAscentDescent))
    clones = {}
    for name in names:
        original = getattr(Paragraph, name, None) or getattr(rl_paragraph, name)
        clone = FunctionType(original.__code__, helpers, original.__name__,
                             original.__defaults__, original.__closure__)
        clone.__kwdefaults__ = original.__kwdefaults__
        clones[name] = clone
    helpers["_getFragWords"] = clones["_getFragWords"]
    return clones


def _fast_or_plain(names: tuple[str, ...]) -> dict:
    """The clones, or reportlab's own functions when its code no longer has the shape
    the clones need (another reportlab version): slower, never broken."""
    try:
        return _reportlab_clone(names)
    except (AttributeError, KeyError, TypeError, ValueError):
        return {name: getattr(Paragraph, name, None) or getattr(rl_paragraph, name)
                for name in names}


_FAST = _fast_or_plain(("breakLines", "_getFragWords"))


class Para(Paragraph):
    """A Paragraph that breaks its lines once per width, faster, and draws them faster.

    A table asks every cell for its size several times (column widths, row heights,
    again when it splits across pages), always at the same width; reportlab's
    Paragraph breaks its lines again each time (most of a long PDF's text time).
    The lines depend only on the width, so the last result is kept for it.
    """

    _wrapped: tuple | None = None
    breakLines = _FAST["breakLines"]

    def wrap(self, availWidth, availHeight):
        done = self._wrapped
        if done is not None and done[0] == availWidth and "blPara" in self.__dict__:
            return done[1]  # (splitting a paragraph can drop its lines: then break again)
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size

    def drawOn(self, canvas, x, y, _sW=0):
        """As Flowable.drawOn (``q``, move to (x, y), draw, ``Q``), written straight into
        the canvas when the lines are plain (see :meth:`drawPara`): the canvas's own
        saveState/translate/restoreState cost ~7 us a cell."""
        if "blPara" in self.__dict__ and not getattr(self, "_showBoundary", False):
            self.canv = canvas
            try:
                code = _plain_lines(self)
            finally:
                del self.canv
            if code is not None:
                x = self._hAlignAdjust(x, _sW)
                canvas._code.append(f"q\n1 0 0 1 {fp_str(x, y)} cm\n{code}\nQ")
                return
        super().drawOn(canvas, x, y, _sW)

    def drawPara(self, debug=0):
        """Write the broken lines' text operators straight into the canvas, as reportlab
        would for a plain left-aligned paragraph (its text object re-checks fonts,
        colours and leading per word); anything else is drawn by reportlab."""
        code = _plain_lines(self)
        if code is None or debug:
            return super().drawPara(debug)
        self.canv._code.append(code)


def _plain_lines(p: Paragraph) -> str | None:
    """The ``q BT … ET Q`` that ``Paragraph.drawPara`` writes for ``p``, when ``p`` is a
    plain left-aligned paragraph (no indents, bullets, borders, links, underlines,
    rises, images or squeezed lines); None otherwise."""
    style, canv = p.style, p.canv
    blPara = p.blPara
    lines = blPara.lines
    if (not lines or style.alignment != TA_LEFT or style.leftIndent or style.firstLineIndent
            or style.backColor or getattr(style, "borderWidth", None) or p.bulletText
            or getattr(p, "autoLeading", getattr(style, "autoLeading", "")) or style.wordWrap
            or any(getattr(p, "_offsets", (0,))) or not canv.bottomup):
        return None
    doc = canv._doc
    escape = canv._escape
    leading = fp_str(style.leading)
    out = ["q"]
    if blPara.kind == 0:
        if blPara.us_lines or blPara.link or getattr(blPara, "backColor", None) \
                or blPara.rise:
            return None
        font, size = blPara.fontName, blPara.fontSize
        out.append(_fill(blPara.textColor))
        out.append(f"BT 1 0 0 1 0 {fp_str(p.height - size)} Tm")
        out.append(f"{leading} TL")
        for extra, words in lines:
            if extra < -1e-8:  # reportlab squeezes the words with word spacing
                return None
            out.append(_shows(" ".join(words), font, size, doc, escape) + " T*")
    else:
        first = lines[0]
        out.append(f"BT 1 0 0 1 0 {fp_str(p.height - first.fontSize)} Tm {leading} TL")
        colour = None
        for line in lines:
            if line.extraSpace < -1e-8:  # reportlab squeezes the words with word spacing
                return None
            for f in line.words:
                if ("cbDefn" in f.__dict__ or f.us_lines or f.link or f.rise
                        or getattr(f, "backColor", None)):
                    return None
                if f.textColor != colour:
                    colour = f.textColor
                    out.append(_fill(colour))
                if f.text:
                    out.append(_shows(f.text, f.fontName, f.fontSize, doc, escape))
            out.append("T*")
    out.append("ET\nQ")
    return " ".join(out)


def _fill(colour) -> str:
    r, g, b = colour.rgb()
    return f"{fp_str(r, g, b)} rg"


def _shows(text: str, font: str, size: float, doc, escape) -> str:
    """``/F 8 Tf (…) Tj`` for each font subset chunk of ``text`` (remembered per
    document: its font subsets are the document's; table text repeats a lot)."""
    shows = doc.__dict__.get("_jm_shows")
    if shows is None:
        shows = doc._jm_shows = {}
    key = (text, font, size)
    found = shows.get(key)
    if found is None:
        face = getFont(font)
        pt = fp_str(size)
        found = shows[key] = " ".join(
            f"{face.getSubsetInternalName(subset, doc)} {pt} Tf ({escape(chunk)}) Tj"
            for subset, chunk in face.splitString(text, doc))
    return found


# --- paragraphs without reportlab's HTML parser ---------------------------------------
#
# The text pages of a 2,000-step map hold ~8,000 paragraphs, all in the little markup
# this package writes itself: escaped text, <b>, <br/> and <font color='#rrggbb'>.
# reportlab's parser (html.parser underneath) was a fifth of the export. ``_frags``
# splits that markup itself and gives reportlab the very fragments its parser would
# (one per run of text and one per entity, each a copy of the parser's own fragment for
# that style and tag nesting, made once by parsing a one-letter sample); anything else
# still goes through the parser.

_TOKEN = re.compile(r"<b>|</b>|<br/>|<font color='(#[0-9A-Fa-f]{6})'>|</font>"
                    r"|&(amp|lt|gt);|([^<&]+)")
_ENTITY = {"amp": "&", "lt": "<", "gt": ">"}
_SAMPLES: dict = {}  # (id(style), tag stack) -> (style, the parser's fragment)


def _sample(style: ParagraphStyle, stack: tuple):
    """The parser's fragment for text inside ``stack`` (("b",) / ("font", colour) /
    ("br",) …) in ``style``; made once."""
    key = (id(style), stack)
    found = _SAMPLES.get(key)
    if found is None:
        if len(_SAMPLES) > 512:
            _SAMPLES.clear()
        opening = "".join("<b>" if tag[0] == "b" else f"<font color='{tag[1]}'>"
                          for tag in stack if tag[0] != "br")
        closing = "".join("</b>" if tag[0] == "b" else "</font>"
                          for tag in reversed(stack) if tag[0] != "br")
        text = f"{opening}<br/>{closing}" if stack and stack[-1][0] == "br" \
            else f"{opening}x{closing}"
        _, frags, _ = ParaParser().parse(cleanBlockQuotedText(text), style)
        found = _SAMPLES[key] = (style, frags[0])
    return found[1]


def _copy(frag):
    """A shallow copy of a fragment, as ``copy.copy`` makes it (without its overhead)."""
    new = object.__new__(frag.__class__)
    new.__dict__.update(frag.__dict__)
    return new


_MADE: dict = {}  # (html, style) -> the fragments made for it (copied for each use)


def _frags(html: str, style: ParagraphStyle) -> list | None:
    """The fragments reportlab's parser makes of ``html``, or None when ``html`` uses
    markup this does not know (then the parser is used). Remembered (a map repeats
    words like "–", its outcomes and its owners' actions), each use getting copies."""
    key = (html, style)  # (the style itself: its id could be reused once it is gone)
    found = _MADE.get(key, False)
    if found is False:
        if len(_MADE) > 20_000:
            _MADE.clear()
        found = _MADE[key] = _parse(html, style)
    return None if found is None else [_copy(f) for f in found]


def _parse(html: str, style: ParagraphStyle) -> list | None:
    text = cleanBlockQuotedText(html)
    frags: list = []
    stack: tuple = ()
    at = 0
    for match in _TOKEN.finditer(text):
        if match.start() != at:
            return None
        at = match.end()
        token = match.group(0)
        if match.group(3) is not None:
            data = token
        elif match.group(2) is not None:
            data = _ENTITY[match.group(2)]
        elif token == "<b>":
            stack += (("b",),)
            continue
        elif token == "<br/>":
            frag = _copy(_sample(style, stack + (("br",),)))
            frags.append(frag)
            continue
        elif token.startswith("<font"):
            stack += (("font", match.group(1)),)
            continue
        else:  # </b> or </font>: must close what is open
            want = "b" if token == "</b>" else "font"
            if not stack or stack[-1][0] != want:
                return None
            stack = stack[:-1]
            continue
        frag = _copy(_sample(style, stack))
        frag.text = data
        frags.append(frag)
    if at != len(text) or stack:
        return None
    return frags


def _paragraph(html: str, style: ParagraphStyle) -> "Para":
    frags = _frags(html, style)
    if frags is None or not frags:
        return Para(html, style)
    return Para(html, style, frags=frags)


def para(text: str, style: ParagraphStyle = CELL) -> Paragraph:
    """A Paragraph of plain user text (escaped; characters the font lacks replaced)."""
    return _paragraph(escape(printable(text)).replace("\n", "<br/>"), style)


@lru_cache(maxsize=4096)
def plain(text: str, col_w: float) -> str:
    """Short plain text for a table cell, wrapped to the column here (much cheaper than
    a Paragraph on a 2,000-step map; the table draws it with its own font). Remembered:
    stage and owner names repeat on every row."""
    return "\n".join(wrap(printable(" ".join(text.split())), SANS, 8, max(10.0, col_w - 6.5)))


def markup(html: str, style: ParagraphStyle = CELL) -> Paragraph:
    """A Paragraph of this package's markup (escaped text, <b>, <br/>, <font color>)."""
    return _paragraph(html, style)


def t(text: str) -> str:
    """User text made safe inside Paragraph markup."""
    return escape(printable(text))


class Mark(Flowable):
    """Invisible: a bookmark at the current page, and a tick of the progress callback."""

    def __init__(self, title: str | None, key: str, level: int = 0,
                 tick: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.title, self.key, self.level, self.tick = title, key, level, tick
        self.width = self.height = 0

    def wrap(self, avail_w, avail_h):
        return 0, 0

    def draw(self) -> None:
        if self.title:
            self.canv.bookmarkPage(self.key)
            self.canv.addOutlineEntry(printable(self.title), self.key, self.level, closed=False)
        if self.tick:
            self.tick()


class Findings:
    """The analysis results the PDF prints, from the focused analysis functions
    (``analyse()`` also walks every path, which the PDF does not print)."""

    def __init__(self, document, today: _dt.date) -> None:
        # One flow order for all of them: each would otherwise compute the whole
        # map's order again (weakest_link once per micro-journey).
        with shared_order(document):
            self.worst_friction = tuple(worst_friction(document, limit=None))
            self.next_actions = tuple(next_actions(document, today=today))
            self.unowned_ids = tuple(n.id for n in unowned(document))
            self.handoffs = tuple(handoffs(document))
            self.matrix = owner_stage_matrix(document)
            self._links = {j.id: weakest_link(document, j.id) for j in document.journeys}

        # gathered in one pass each, not once per step or per micro-journey
        self.outgoing: dict[str, list] = {}  # step id -> its outgoing arrows
        for edge in document.edges():
            self.outgoing.setdefault(edge.source, []).append(edge)
        self.notes: dict[str, list] = {}  # micro-journey id -> its sticky notes
        for note in document.nodes(NodeKind.NOTE):
            self.notes.setdefault(note.journey_id, []).append(note)

    def weakest(self, journey_id: str):
        return self._links.get(journey_id)


# --- shared wording ------------------------------------------------------------------

def signed(value) -> str:
    if value is None:
        return "–"
    return f"+{value}" if value > 0 else f"{MINUS}{-value}" if value < 0 else "0"


def pct(value: float | None) -> str:
    if value is None:
        return "–"
    return percent(value)


def counted(n: int, one: str, many: str) -> str:
    """"1 unowned step", "2 unowned steps": ``one`` or ``many`` (English templates with
    ``{0}``, marked with QT_TRANSLATE_NOOP in context "export"), translated, filled in.
    Two strings rather than one plural form, so every translator function can give them."""
    return translate("export", one if n == 1 else many).format(n)


def label_of(node) -> str:
    text = " ".join(node.label.split())
    if text:
        return text
    return translate(KINDS_CONTEXT, kind_spec(node.kind).untitled_label)  # look/kinds' words


class Words:
    """Names of the map's parts, looked up once."""

    def __init__(self, document) -> None:
        self.doc = document
        unnamed = translate("export", "unnamed stage")
        self.stage = {s.id: s.name or unnamed for s in document.stages}
        self.stage_no = {s.id: i + 1 for i, s in enumerate(document.stages)}
        unnamed = translate("export", "unnamed micro-journey")
        self.journey = {j.id: j.name or unnamed for j in document.journeys}
        unnamed = translate("export", "unnamed owner")
        self.owner = {o.id: o.name or unnamed for o in document.owners}
        self.nobody = translate("export", "nobody")
        self.colour = {o.id: o.colour for o in document.owners}

    def owner_of(self, owner_id) -> str:
        return self.owner.get(owner_id, self.nobody) if owner_id else self.nobody

    def where(self, node) -> str:
        return f"{self.journey[node.journey_id]} · {self.stage_no[node.stage_id]} " \
               f"{self.stage[node.stage_id]}"


class _Table(Table):
    """A Table that splits across pages as a reader wants, and writes its plain-text
    cells' lines itself (reportlab makes a text object per line, ~7,000 at 2,000 steps;
    the same text at the same places).

    ``caption`` ("Booking the ticket (continued)") is printed above the part of the
    table that a page break carries over, so a page never starts with rows whose
    section the reader cannot see; ``continues`` marks a table that itself continues an
    earlier one (the later chunks of a long table)."""

    caption: str | None = None
    continues: bool = False
    _under_caption: bool = False  # placed right under its caption, at the top of a page

    def split(self, availWidth, availHeight):
        """Between rows; inside a row only at the top of a page, where the row does not
        fit even a whole page. One crossroads with 80 branches (its "Leads to" cell) or a
        step with a 10,000-character description is such a row, and a row that could not
        split ended the export in a LayoutError. A row that fits a page still moves whole
        to the next one rather than being cut in two.

        Away from the top of a page a split leaves at least ``KEEP_ROWS`` rows on each
        side (no lone row under a heading, no two orphan rows on the next page); a table
        that cannot be split so moves to the next page whole, under its caption when it
        continues another."""
        template = getattr(getattr(self, "canv", None), "_doctemplate", None)
        frame = getattr(template, "frame", None)
        # right under its "(continued)" caption at the top of a page counts as the top:
        # moving on from there would only find the same place on the next page
        at_top = getattr(frame, "_atTop", True) or self._under_caption
        self.splitInRow = 1 if at_top else 0
        parts = super().split(availWidth, availHeight)
        if not at_top:
            parts = self._kept_together(parts, availWidth, availHeight)
            if not parts:
                return self._moved() if self.continues and self.caption else []
        if len(parts) == 2 and self.caption:
            first, rest = parts
            rest.caption, rest.continues = self.caption, True
            return [first, PageBreak(), continued(self.caption, rest), rest]
        return parts

    def _kept_together(self, parts, avail_w, avail_h) -> list:
        """``parts``, or a split with ``KEEP_ROWS`` rows on each side, or [] (move whole)."""
        if len(parts) != 2:
            return parts
        header = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        body = len(self._cellvalues) - header
        first = len(parts[0]._cellvalues) - header
        if body < 2 * KEEP_ROWS or first < KEEP_ROWS:
            return []
        carried = body - first
        if carried >= KEEP_ROWS:
            return parts
        # carry more rows over: split again with the height of the rows to carry less
        heights = self._rowHeights
        take = KEEP_ROWS - carried
        kept_end = header + first  # index after the last row kept on this page
        lower = sum(heights[kept_end - take:kept_end])
        again = super().split(avail_w, avail_h - lower - 0.5)
        if len(again) == 2 and len(again[0]._cellvalues) - header >= KEEP_ROWS:
            return again
        return []

    def _moved(self) -> list:
        """This table, on the next page under its caption."""
        self.continues = True
        return [PageBreak(), continued(self.caption, self), self]

    def _drawCell(self, cellval, cellstyle, pos, size):
        canv = self.canv
        if (type(cellval) is not str or cellstyle.alignment != "LEFT"
                or cellstyle.valign != "TOP" or cellstyle.direction or cellstyle.shaping
                or cellstyle.href or cellstyle.destination or not canv.bottomup):
            return super()._drawCell(cellval, cellstyle, pos, size)
        current = self._curcellstyle
        if current is not cellstyle:  # (what reportlab's _drawCell sets first)
            if current is None or cellstyle.color != current.color:
                canv.setFillColor(cellstyle.color)
            if (current is None or cellstyle.leading != current.leading
                    or cellstyle.fontname != current.fontname
                    or cellstyle.fontsize != current.fontsize):
                canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        colpos, rowpos = pos
        font, fontsize, leading = cellstyle.fontname, cellstyle.fontsize, cellstyle.leading
        x = colpos + cellstyle.leftPadding
        y = rowpos + size[1] - cellstyle.topPadding - fontsize
        doc, escape, code = canv._doc, canv._escape, canv._code
        for line in cellval.split("\n"):
            if line:
                code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm "
                            f"{_shows(line, font, fontsize, doc, escape)} T* ET")
            y -= leading


def table(rows, widths, header_rows: int = 1, extra=()) -> Table:
    """A table of the text pages: 8 pt text, top-aligned, ruled under each row.

    Every cell looks the same (``extra`` holds only backgrounds and rules), so the
    cells share one cell style instead of reportlab making one per cell and setting
    eight properties on each (~116,000 calls at 2,000 steps).

    A row taller than a page goes on over the next (see :meth:`_Table.split`)."""
    cell = CellStyle("journeymapper cell")
    cell.fontname, cell.fontsize, cell.leading = SANS, 8, 10
    cell.color = colors.HexColor(INK)
    cell.valign = "TOP"
    cell.leftPadding = cell.rightPadding = 3
    cell.topPadding = cell.bottomPadding = 2.5
    table = _Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT",
                   cellStyles=[[cell] * len(widths) for _ in rows])
    style = [
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor(HEADER_FILL)),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.8, colors.HexColor(INK)),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.3, colors.HexColor(RULE)),
    ]
    table.setStyle(TableStyle(style + list(extra)))
    return table


def chunked(header, rows, widths, row_style, caption: str | None = None) -> list:
    """Long tables as several tables of TABLE_CHUNK rows, each with the header; with
    ``caption`` (the section's name), a part that starts a page is headed
    "caption (continued)" (see :class:`_Table`)."""
    out = []
    for start in range(0, max(1, len(rows)), TABLE_CHUNK):
        chunk = rows[start:start + TABLE_CHUNK]
        extra = []
        for k, (_, meta) in enumerate(chunk):
            extra += row_style(k + 1, meta)
        made = table([header] + [r for r, _ in chunk], widths, 1, extra)
        if caption:
            made.caption = caption
            if start:
                made.continues = True
                out.append(continued(caption, made))
        out.append(made)
    return out


CONTINUED = text_style("continued", 10, BOLD, spaceAfter=3)


class _Continued(Flowable):
    """"Booking the ticket (continued)" at the top of a page that goes on with a table.

    It prints only at the top of a page: after a page break that a split table asked
    for, or between two chunks of one table when the second starts a page (when it
    does not, the rows simply go on under the first and the caption takes no room)."""

    def __init__(self, caption: str, heads: "_Table | None" = None) -> None:
        super().__init__()
        text = translate("export", "{0} (continued)").format(caption)
        self.para = para(text, CONTINUED)
        self.heads = heads  # the table it stands over
        self._show = False

    def wrap(self, avail_w, avail_h):
        frame = getattr(self, "_frame", None)
        self._show = getattr(frame, "_atTop", True)
        if self.heads is not None:
            self.heads._under_caption = self._show
        if not self._show:
            return 0, 0
        w, h = self.para.wrap(avail_w, avail_h)
        return avail_w, h + CONTINUED.spaceAfter

    def draw(self) -> None:
        if self._show:
            self.para.drawOn(self.canv, 0, CONTINUED.spaceAfter)


def continued(caption: str, heads: "_Table | None" = None) -> _Continued:
    return _Continued(caption, heads)


class RoomFor(CondPageBreak):
    """A page break unless the page has room for a section's heading and the first
    ``KEEP_ROWS`` rows of its table (or all of a shorter one): a heading never ends a
    page, nor stands over a lone row."""

    def __init__(self, heading: list, table_: Table | None) -> None:
        super().__init__(0)
        self.heading, self.table = heading, table_

    def wrap(self, avail_w, avail_h):
        need = sum(f.wrap(avail_w, avail_h)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                   for f in self.heading)
        if self.table is not None:
            self.table.wrap(avail_w, avail_h)
            header = self.table.repeatRows if isinstance(self.table.repeatRows, int) else 1
            need += sum(self.table._rowHeights[:header + KEEP_ROWS])
        self.height = need
        return super().wrap(avail_w, avail_h)


def severity_cell(severity: int, resolved: bool = False):
    sev = max(1, min(5, severity))
    style = text_style(f"sev{sev}", 9, BOLD, SEVERITY_TEXT[sev - 1], alignment=1)
    return _paragraph(str(sev), style), colors.HexColor(SEVERITY_FILL[sev - 1])


def due_text(node: Crossroads, today: _dt.date) -> tuple[str, bool]:
    if node.due is None:
        return "–", False
    overdue = node.due < today and node.status != CrossroadsStatus.RESOLVED
    word = translate("export", "OVERDUE")
    return (f"<b>{node.due.isoformat()}<br/>{t(word)}</b>" if overdue else node.due.isoformat(),
            overdue)


