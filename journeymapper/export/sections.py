"""The pages after the map: executive summary, friction register, ownership
matrix, and one section per micro-journey.

Built with platypus (tables that repeat their header and wrap long text with
Paragraphs, never cutting it). The findings come from
:func:`journeymapper.analysis.analyse`, so the PDF says what the Insights dock
and ``journeymapper check --report`` say.
"""

from __future__ import annotations

import datetime as _dt
from typing import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepInFrame,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..analysis import (
    handoffs,
    next_actions,
    owner_stage_matrix,
    unowned,
    weakest_link,
    worst_friction,
)
from ..model import Crossroads, CrossroadsStatus, NodeKind, Outcome, Sentiment, Touchpoint
from ..model.flow import flow_order
from ..model.geometry import (
    CHANNEL_WORD,
    HEADER_FILL,
    INK,
    MUTED_INK,
    RATING_WORD,
    SEVERITY_FILL,
    SEVERITY_TEXT,
    STATUS_WORD,
)
from .fonts import BOLD, SANS, printable
from .textfit import wrap
from .paper import MARGIN

OVERDUE_TINT = "#FBE2D5"
OVERDUE_INK = "#B03A00"
RULE = "#B8C0CC"
TABLE_CHUNK = 24      # rows per table, so long tables split cheaply (each repeats the header)
SUMMARY_ROWS = 8      # list items on the one-page summary before "and N more"
MATRIX_STAGES = 12    # stage columns per matrix table
MINUS = "−"


def _style(name: str, size: float, font: str = SANS, colour: str = INK, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.25,
                          textColor=colors.HexColor(colour), **kw)


H1 = _style("h1", 17, BOLD, spaceAfter=4)
H2 = _style("h2", 12.5, BOLD, spaceBefore=6, spaceAfter=3)
H3 = _style("h3", 10, BOLD, spaceBefore=6, spaceAfter=2)
BODY = _style("body", 8.5)
CELL = _style("cell", 8)
CELL_B = _style("cellb", 8, BOLD)
HEAD = _style("head", 8, BOLD)
SMALL = _style("small", 7.5, colour=MUTED_INK)
BIG = _style("big", 18, BOLD, alignment=1)
BIG_WORD = _style("bigword", 7.5, colour=MUTED_INK, alignment=1)


def para(text: str, style: ParagraphStyle = CELL) -> Paragraph:
    """A Paragraph of plain user text (escaped; characters the font lacks replaced)."""
    return Paragraph(escape(printable(text)).replace("\n", "<br/>"), style)


def plain(text: str, col_w: float) -> str:
    """Short plain text for a table cell, wrapped to the column here (much cheaper than
    a Paragraph on a 2,000-step map; the table draws it with its own font)."""
    return "\n".join(wrap(printable(" ".join(text.split())), SANS, 8, max(10.0, col_w - 6.5)))


def markup(html: str, style: ParagraphStyle = CELL) -> Paragraph:
    return Paragraph(html, style)


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
        self.worst_friction = tuple(worst_friction(document, limit=None))
        self.next_actions = tuple(next_actions(document, today=today))
        self.unowned_ids = tuple(n.id for n in unowned(document))
        self.handoffs = tuple(handoffs(document))
        self.matrix = owner_stage_matrix(document)
        self._links = {j.id: weakest_link(document, j.id) for j in document.journeys}

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
    return f"{value:.0f} %" if abs(value - round(value)) < 0.05 else f"{value:.1f} %"


def label_of(node) -> str:
    text = " ".join(node.label.split())
    return text or f"(untitled {node.kind.value})"


class Words:
    """Names of the map's parts, looked up once."""

    def __init__(self, document) -> None:
        self.doc = document
        self.stage = {s.id: s.name or "unnamed stage" for s in document.stages}
        self.stage_no = {s.id: i + 1 for i, s in enumerate(document.stages)}
        self.journey = {j.id: j.name or "unnamed micro-journey" for j in document.journeys}
        self.owner = {o.id: o.name or "unnamed owner" for o in document.owners}
        self.colour = {o.id: o.colour for o in document.owners}

    def owner_of(self, owner_id) -> str:
        return self.owner.get(owner_id, "nobody") if owner_id else "nobody"

    def where(self, node) -> str:
        return f"{self.journey[node.journey_id]} · {self.stage_no[node.stage_id]} " \
               f"{self.stage[node.stage_id]}"


def _table(rows, widths, header_rows: int = 1, extra=()) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), SANS, 8),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor(INK)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor(HEADER_FILL)),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.8, colors.HexColor(INK)),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.3, colors.HexColor(RULE)),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    table.setStyle(TableStyle(style + list(extra)))
    return table


def _chunked(header, rows, widths, row_style) -> list:
    """Long tables as several tables of TABLE_CHUNK rows, each with the header."""
    out = []
    for start in range(0, max(1, len(rows)), TABLE_CHUNK):
        chunk = rows[start:start + TABLE_CHUNK]
        extra = []
        for k, (_, meta) in enumerate(chunk):
            extra += row_style(k + 1, meta)
        out.append(_table([header] + [r for r, _ in chunk], widths, 1, extra))
    return out


def _severity_cell(severity: int, resolved: bool = False):
    sev = max(1, min(5, severity))
    style = _style(f"sev{sev}", 9, BOLD, SEVERITY_TEXT[sev - 1], alignment=1)
    return Paragraph(str(sev), style), colors.HexColor(SEVERITY_FILL[sev - 1])


def _due_text(node: Crossroads, today: _dt.date) -> tuple[str, bool]:
    if node.due is None:
        return "–", False
    overdue = node.due < today and node.status != CrossroadsStatus.RESOLVED
    return (f"<b>{node.due.isoformat()}<br/>OVERDUE</b>" if overdue else node.due.isoformat(),
            overdue)


# --- executive summary ------------------------------------------------------------------

def _figure(number, word: str) -> list:
    return [Paragraph(str(number), BIG), Paragraph(escape(word), BIG_WORD)]


def _more(count: int, shown: int, where: str) -> list:
    if count > shown:
        return [para(f"… and {count - shown} more — see {where}.", SMALL)]
    return []


def summary_flowables(document, analysis, words: Words, width: float, height: float,
                      today: _dt.date) -> list:
    doc = document
    counts = {k: 0 for k in NodeKind}
    for node in doc.nodes():
        counts[node.kind] += 1
    open_crossroads = sum(1 for f in analysis.worst_friction
                          if f.status != CrossroadsStatus.RESOLVED)
    overdue = sum(1 for a in analysis.next_actions if a.overdue)
    figures = [
        _figure(len(doc.stages), "stages"),
        _figure(len(doc.journeys), "micro-journeys"),
        _figure(counts[NodeKind.TOUCHPOINT], "touchpoints"),
        _figure(f"{open_crossroads}/{counts[NodeKind.CROSSROADS]}", "crossroads open"),
        _figure(counts[NodeKind.OUTCOME], "outcomes"),
        _figure(len(doc.owners), "owners"),
        _figure(len(analysis.unowned_ids), "unowned steps"),
        _figure(len(analysis.handoffs), "hand-offs"),
        _figure(overdue, "overdue actions"),
    ]
    per_row = len(figures) if width / len(figures) >= 78 else (len(figures) + 1) // 2
    rows = [figures[i:i + per_row] for i in range(0, len(figures), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    fig_w = width / per_row

    def cell(index):
        return index % per_row, index // per_row

    fig_table = Table(rows, colWidths=[fig_w] * per_row, hAlign="LEFT")
    fig_style = [("BOX", cell(i), cell(i), 0.5, colors.HexColor(RULE))
                 for i in range(len(figures))]
    if overdue:
        fig_style.append(("BACKGROUND", cell(8), cell(8), colors.HexColor(OVERDUE_TINT)))
    if analysis.unowned_ids:
        fig_style.append(("BACKGROUND", cell(6), cell(6), colors.HexColor("#EEEEEE")))
    fig_table.setStyle(TableStyle(fig_style + [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                               ("FONT", (0, 0), (-1, -1), SANS, 8)]))

    landscape = width > height
    col_w = width * 0.56 - 6 if landscape else width
    side_w = width - col_w - 12 if landscape else width

    # the ten worst friction points
    left: list = [para("The ten worst friction points", H2)]
    worst = [f for f in analysis.worst_friction if f.status != CrossroadsStatus.RESOLVED][:10]
    if worst:
        header = [markup("Sev.", HEAD), markup("Crossroads", HEAD), markup("Where", HEAD),
                  markup("Bad branch", HEAD), markup("Status", HEAD), markup("Owner", HEAD)]
        rows, extra = [header], []
        for k, f in enumerate(worst, start=1):
            node = doc.node(f.node_id)
            cell, fill = _severity_cell(f.severity)
            rows.append([cell, para(label_of(node), CELL_B), para(words.where(node), CELL),
                         para(pct(f.bad_share), CELL), para(STATUS_WORD.get(
                             f.status.value, f.status.value), CELL),
                         para(words.owner_of(node.owner_id), CELL)])
            extra.append(("BACKGROUND", (0, k), (0, k), fill))
        fw = col_w
        left.append(_table(rows, [fw * 0.06, fw * 0.28, fw * 0.22, fw * 0.10, fw * 0.15,
                                  fw * 0.19], 1, extra))
    else:
        left.append(para("No open crossroads: nothing turns customers away on this map yet.",
                         BODY))

    left.append(para("Next actions", H2))
    actions = list(analysis.next_actions)
    if actions:
        header = [markup("Action", HEAD), markup("At crossroads", HEAD), markup("Owner", HEAD),
                  markup("Due", HEAD)]
        rows, extra = [header], []
        for k, a in enumerate(actions[:SUMMARY_ROWS], start=1):
            node = doc.node(a.node_id)
            due = a.due.isoformat() if a.due else "no date"
            due_cell = markup(f"<b>{due}<br/>OVERDUE</b>", _style("od", 8, BOLD, OVERDUE_INK)) \
                if a.overdue else para(due, CELL)
            rows.append([para(a.action, CELL), para(label_of(node), CELL),
                         para(words.owner_of(a.owner_id), CELL), due_cell])
            if a.overdue:
                extra.append(("BACKGROUND", (0, k), (-1, k), colors.HexColor(OVERDUE_TINT)))
        fw = col_w
        left.append(_table(rows, [fw * 0.40, fw * 0.27, fw * 0.17, fw * 0.16], 1, extra))
        left += _more(len(actions), SUMMARY_ROWS, "the friction register")
    else:
        left.append(para("No actions written down at the open crossroads yet.", BODY))

    # the side column: weakest links, unowned, hand-offs
    right: list = [para("The weakest link of each micro-journey", H2)]
    links = [(j, analysis.weakest(j.id)) for j in doc.journeys]
    for journey, link in links[:SUMMARY_ROWS]:
        if link is None:
            text = f"<b>{t(words.journey[journey.id])}</b>: no rated step yet."
        else:
            node = doc.node(link.node_id)
            text = (f"<b>{t(words.journey[journey.id])}</b>: {t(label_of(node))} "
                    f"<font color='{MUTED_INK}'>({t(link.reason)}; "
                    f"{t(words.stage[node.stage_id])})</font>")
        right.append(markup(text, BODY))
    right += _more(len(links), SUMMARY_ROWS, "the micro-journey sections")

    right.append(para(f"Unowned touchpoints and crossroads ({len(analysis.unowned_ids)})", H2))
    if analysis.unowned_ids:
        for node_id in analysis.unowned_ids[:SUMMARY_ROWS]:
            node = doc.node(node_id)
            right.append(markup(f"▨ <b>{t(label_of(node))}</b> "
                                f"<font color='{MUTED_INK}'>({t(words.where(node))})</font>",
                                BODY))
        right += _more(len(analysis.unowned_ids), SUMMARY_ROWS, "the ownership matrix")
    else:
        right.append(para("Every touchpoint and crossroads has an owner.", BODY))

    right.append(para(f"Hand-offs between owners ({len(analysis.handoffs)})", H2))
    if analysis.handoffs:
        for h in analysis.handoffs[:SUMMARY_ROWS]:
            src, dst = doc.node(h.edge.source), doc.node(h.edge.target)
            right.append(markup(
                f"<b>{t(words.owner_of(h.source_owner_id))} → "
                f"{t(words.owner_of(h.target_owner_id))}</b>: {t(label_of(src))} → "
                f"{t(label_of(dst))}", BODY))
        right += _more(len(analysis.handoffs), SUMMARY_ROWS, "the micro-journey sections")
    else:
        right.append(para("No hand-offs: each journey stays with one owner.", BODY))

    if landscape:
        body = Table([[left, right]], colWidths=[col_w, side_w + 12], hAlign="LEFT")
        body.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("FONT", (0, 0), (-1, -1), SANS, 8),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (0, 0), 12),
                                  ("RIGHTPADDING", (1, 0), (1, 0), 0)]))
        content = [fig_table, Spacer(1, 6), body]
    else:
        content = [fig_table, Spacer(1, 6)] + left + right
    return content


# --- friction register -----------------------------------------------------------------

def register_flowables(document, analysis, words: Words, width: float,
                       today: _dt.date) -> list:
    out: list = [para("Friction register", H1),
                 para("Every crossroads on the map, worst first (unresolved before resolved, "
                      "then severity, then the share taking the bad branch). Actions past their due "
                      "date stand out on a tinted row.", SMALL), Spacer(1, 4)]
    if not analysis.worst_friction:
        out.append(para("There are no crossroads on this map yet.", BODY))
        return out
    header = [markup(h, HEAD) for h in ("Sev.", "Crossroads", "Where", "Owner", "Status",
                                        "Bad branch", "Evidence", "Action", "Due")]
    fractions = (0.04, 0.17, 0.12, 0.09, 0.075, 0.055, 0.22, 0.16, 0.07)
    widths = [width * f for f in fractions]
    rows = []
    for f in analysis.worst_friction:
        node = doc_node = document.node(f.node_id)
        sev_cell, fill = _severity_cell(node.severity)
        due, overdue = _due_text(node, today)
        question = f"<b>{t(label_of(node))}</b>"
        if node.description.strip():
            question += f"<br/>{t(node.description.strip())}"
        rows.append(([
            sev_cell, markup(question, CELL), plain(words.where(doc_node), widths[2]),
            para(words.owner_of(node.owner_id), CELL_B if node.owner_id is None else CELL),
            plain(STATUS_WORD.get(node.status.value, node.status.value), widths[4]),
            plain(pct(f.bad_share), widths[5]), para(node.evidence.strip() or "–", CELL),
            para(node.action.strip() or "–", CELL),
            markup(due, _style("due", 8, SANS, OVERDUE_INK if overdue else INK)),
        ], (fill, overdue, node.owner_id is None)))

    def row_style(k, meta):
        fill, overdue, unowned = meta
        style = [("BACKGROUND", (0, k), (0, k), fill)]
        if unowned:
            style.append(("BACKGROUND", (3, k), (3, k), colors.HexColor("#E4E4E4")))
        if overdue:
            style.append(("BACKGROUND", (1, k), (-1, k), colors.HexColor(OVERDUE_TINT)))
            style.append(("LINEBEFORE", (1, k), (1, k), 2, colors.HexColor(OVERDUE_INK)))
        return style

    out += _chunked(header, rows, widths, row_style)
    return out


# --- ownership matrix --------------------------------------------------------------------

def matrix_flowables(document, analysis, words: Words, width: float) -> list:
    matrix = analysis.matrix
    out: list = [para("Ownership matrix", H1),
                 para("Touchpoints (▭) and open crossroads (◆) each owner holds in each stage. "
                      "A row of blanks is an owner with nothing on this map; the last row, "
                      "nobody, is the work no one owns.", SMALL), Spacer(1, 4)]
    if not matrix.stage_ids:
        out.append(para("The map has no stages yet.", BODY))
        return out
    biggest = max((c.total for row in matrix.cells for c in row), default=0) or 1
    stage_ids = list(matrix.stage_ids)
    for start in range(0, len(stage_ids), MATRIX_STAGES):
        chunk = stage_ids[start:start + MATRIX_STAGES]
        owner_w = min(130.0, width * 0.2)
        total_w = 46.0
        col_w = (width - owner_w - total_w - 12) / len(chunk)
        header = [markup("Owner", HEAD)] + [
            para(f"{words.stage_no[s]} {words.stage[s]}", HEAD) for s in chunk] + [
            markup("Total", HEAD)]
        rows, extra = [header], []
        for r, owner_id in enumerate(matrix.owner_ids, start=1):
            name = words.owner_of(owner_id)
            swatch = "▨" if owner_id is None else "■"
            colour = words.colour.get(owner_id, "#9A9A9A")
            row = [markup(f"<font color='{colour}'>{swatch}</font> <b>{t(name)}</b>", CELL)]
            for c, stage_id in enumerate(chunk, start=1):
                cell = matrix.cell(owner_id, stage_id)
                bits = []
                if cell.touchpoint_ids:
                    bits.append(f"{len(cell.touchpoint_ids)} ▭")
                if cell.open_crossroads_ids:
                    bits.append(f"{len(cell.open_crossroads_ids)} ◆")
                row.append(para("  ".join(bits) or "·", _style("mc", 8, SANS, alignment=1)))
                if cell.total:
                    strength = cell.total / biggest
                    shade = colors.Color(0.0, 0.45, 0.7, alpha=0.08 + 0.32 * strength)
                    extra.append(("BACKGROUND", (c, r), (c, r), shade))
            row.append(para(str(matrix.row_total(owner_id)), _style("mt", 8, BOLD,
                                                                     alignment=1)))
            if owner_id is None and matrix.row_total(None):
                extra.append(("BACKGROUND", (0, r), (0, r), colors.HexColor("#EEEEEE")))
            rows.append(row)
        rows.append([markup("<b>Total</b>", CELL)] + [
            para(str(matrix.column_total(s)), _style("mt2", 8, BOLD, alignment=1))
            for s in chunk] + [para(str(matrix.total), _style("mt3", 8, BOLD, alignment=1))])
        extra.append(("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.8,
                      colors.HexColor(INK)))
        out.append(_table(rows, [owner_w] + [col_w] * len(chunk) + [total_w], 1, extra))
        out.append(Spacer(1, 8))
    return out


# --- one section per micro-journey -----------------------------------------------------------

def _details(node, words: Words, today: _dt.date) -> str:
    bits: list[str] = []
    if isinstance(node, Touchpoint):
        if node.channel.value != "none":
            bits.append(f"Channel: {t(CHANNEL_WORD.get(node.channel.value, node.channel.value))}")
        if node.rating is not None:
            bits.append(f"Customer: {signed(node.rating)} ({RATING_WORD[node.rating]})")
        if node.provider_rating is not None:
            bits.append(f"Provider: {signed(node.provider_rating)} "
                        f"({RATING_WORD[node.provider_rating]})")
        if node.feedback.value != "none":
            word = node.feedback.value
            bits.append(f"Feedback: {word.upper() if len(word) <= 4 else word}")
        if node.kpi.strip():
            bits.append(f"KPI: {t(node.kpi.strip())}")
        if node.company_activity:
            bits.append(f"Company activity, effort {node.effort:g}")
        if node.opportunity.strip():
            bits.append(f"Opportunity: {t(node.opportunity.strip())}")
    elif isinstance(node, Crossroads):
        bits.append(f"Severity <b>{node.severity}</b>, "
                    f"{STATUS_WORD.get(node.status.value, node.status.value)}")
        if node.evidence.strip():
            bits.append(f"Evidence: {t(node.evidence.strip())}")
        if node.action.strip():
            bits.append(f"Action: {t(node.action.strip())}")
        if node.due is not None:
            overdue = node.due < today and node.status != CrossroadsStatus.RESOLVED
            bits.append(f"Due {node.due.isoformat()}"
                        + (f" <font color='{OVERDUE_INK}'><b>OVERDUE</b></font>" if overdue
                           else ""))
    elif isinstance(node, Outcome):
        word = node.outcome.value
        if node.share is not None:
            word += f", {pct(node.share)} of customers"
        bits.append(f"Outcome: <b>{t(word)}</b>")
    description = getattr(node, "description", "").strip()
    if description and not isinstance(node, Crossroads):
        bits.insert(0, t(description))
    return "<br/>".join(bits) or "–"


_KIND_MARK = {NodeKind.TOUCHPOINT: "▭", NodeKind.CROSSROADS: "◆", NodeKind.OUTCOME: "○",
              NodeKind.NOTE: "✎"}
_SENT_WORD = {Sentiment.GOOD: "✓ good", Sentiment.BAD: "✗ bad", Sentiment.NEUTRAL: "neutral"}


def _leads_to(document, node) -> str:
    parts = []
    for edge in sorted(document.out_edges(node.id), key=lambda e: (e.sentiment.value, e.id)):
        target = document.node(edge.target)
        bits = [f"→ {t(label_of(target))}"]
        extra = []
        if edge.kind.value == "branch":
            extra.append(_SENT_WORD[edge.sentiment])
        if edge.label.strip():
            extra.append(t(edge.label.strip()))
        if edge.share is not None:
            extra.append(pct(edge.share))
        if extra:
            bits.append(f"<font color='{MUTED_INK}'>({', '.join(extra)})</font>")
        parts.append(" ".join(bits))
    return "<br/>".join(parts) or "–"


def journey_flowables(document, analysis, words: Words, journey, width: float,
                      today: _dt.date) -> list:
    out: list = [para(words.journey[journey.id], H2)]
    link = analysis.weakest(journey.id)
    if link is not None:
        node = document.node(link.node_id)
        out.append(markup(f"Weakest link: <b>{t(label_of(node))}</b> — {t(link.reason)}.", BODY))
    order = flow_order(document, journey.id)
    if not order:
        out.append(para("No steps in this micro-journey yet.", BODY))
    else:
        header = [markup(h, HEAD) for h in ("#", "Step", "Stage", "Owner", "Annotations",
                                            "Leads to")]
        fractions = (0.035, 0.22, 0.11, 0.1, 0.32, 0.215)
        widths = [width * f for f in fractions]
        rows = []
        for k, node_id in enumerate(order, start=1):
            node = document.node(node_id)
            step = f"{_KIND_MARK[node.kind]} <b>{t(label_of(node))}</b>"
            if isinstance(node, Crossroads) and node.description.strip():
                step += f"<br/>{t(node.description.strip())}"
            owner = words.owner_of(getattr(node, "owner_id", None)) \
                if node.kind in (NodeKind.TOUCHPOINT, NodeKind.CROSSROADS) else "–"
            stage = f"{words.stage_no[node.stage_id]} {words.stage[node.stage_id]}"
            rows.append(([str(k), markup(step, CELL), plain(stage, widths[2]),
                          plain(owner, widths[3]), markup(_details(node, words, today), CELL),
                          markup(_leads_to(document, node), CELL)], node))

        def row_style(k, node):
            if isinstance(node, Crossroads):
                sev = max(1, min(5, node.severity))
                return [("BACKGROUND", (0, k), (0, k), colors.HexColor(SEVERITY_FILL[sev - 1]))]
            if getattr(node, "owner_id", "x") is None:
                return [("BACKGROUND", (3, k), (3, k), colors.HexColor("#EEEEEE"))]
            return []

        out += _chunked(header, rows, widths, row_style)
    notes = [n for n in document.nodes(NodeKind.NOTE) if n.journey_id == journey.id]
    if notes:
        out.append(para("Notes", H3))
        notes.sort(key=lambda n: (words.stage_no[n.stage_id], n.x, n.y, n.id))
        for note in notes:
            tag = " (company activity)" if note.company_activity else ""
            out.append(markup(f"✎ {t(note.label.strip() or '(empty note)')}"
                              f"<font color='{MUTED_INK}'> — {t(words.stage[note.stage_id])}"
                              f"{tag}</font>", BODY))
    return out


# --- the whole story ----------------------------------------------------------------------

def section_count(document) -> int:
    return 3 + len(document.journeys)


def section_story(document, page: tuple[float, float], today: _dt.date,
                  tick: Callable[[], None] | None = None, title: str = "",
                  owner: str = "") -> list:
    width = page[0] - 2 * MARGIN
    height = page[1] - 2 * MARGIN - 10
    analysis = Findings(document, today)
    words = Words(document)
    story: list = [Mark("Executive summary", "summary", 0, tick),
                   para("Executive summary", H1),
                   markup(f"<b>{t(title)}</b> · journey owner {t(owner)} · {today.isoformat()}",
                          SMALL), Spacer(1, 6)]
    body = summary_flowables(document, analysis, words, width, height, today)
    story.append(KeepInFrame(width, height - 46, body, mode="shrink"))
    story += [PageBreak(), Mark("Friction register", "register", 0, tick)]
    story += register_flowables(document, analysis, words, width, today)
    story += [PageBreak(), Mark("Ownership matrix", "matrix", 0, tick)]
    story += matrix_flowables(document, analysis, words, width)
    story += [PageBreak(), Mark("Micro-journeys", "journeys", 0), para("Micro-journeys", H1)]
    for i, journey in enumerate(document.journeys):
        if i:
            story.append(CondPageBreak(160))
        story.append(Mark(words.journey[journey.id], f"journey-{i}", 1, tick))
        story += journey_flowables(document, analysis, words, journey, width, today)
    if not document.journeys:
        story.append(para("The map has no micro-journeys yet.", BODY))
    return story
