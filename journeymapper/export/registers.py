"""The friction register (every crossroads, worst first) and the ownership matrix
(owner × stage), as tables that repeat their header and wrap long text."""

from __future__ import annotations

import datetime as _dt

from reportlab.lib import colors
from reportlab.platypus import Spacer

from ..look.palette import INK
from .fonts import BOLD, SANS, width as text_width
from .tables import (
    BODY,
    CELL,
    CELL_B,
    H1,
    HEAD,
    MATRIX_STAGES,
    OVERDUE_INK,
    OVERDUE_TINT,
    SMALL,
    Words,
    chunked,
    due_text,
    label_of,
    markup,
    para,
    pct,
    plain,
    severity_cell,
    t,
    table,
    text_style,
)
from .share_words import of_all_entering
from .words import status_word, translate


def register_flowables(document, analysis, words: Words, width: float,
                       today: _dt.date) -> list:
    out: list = [para(translate("export", "Friction register"), H1),
                 para(translate("export", "Every crossroads on the map, worst first "
                                "(unresolved before resolved, then severity, then the share "
                                "taking the bad branch). Bad branch: the share of the "
                                "customers who reach the crossroads that take its bad "
                                "branches, then, where it differs, the same customers as a "
                                "share of all who enter the micro-journey. Actions past their "
                                "due date stand out on a tinted row."), SMALL), Spacer(1, 4)]
    if not analysis.worst_friction:
        out.append(para(translate("export", "There are no crossroads on this map yet."), BODY))
        return out
    heads = (translate("export", "Sev."), translate("export", "Crossroads"),
             translate("export", "Where"), translate("export", "Owner"),
             translate("export", "Status"), translate("export", "Bad branch"),
             translate("export", "Evidence"), translate("export", "Action"),
             translate("export", "Due"))
    header = [para(h, HEAD) for h in heads]
    fractions = (0.04, 0.17, 0.12, 0.09, 0.075, 0.1, 0.175, 0.16, 0.07)
    # each crossroads' words once: they size the columns, then fill the cells
    entries = []
    for f in analysis.worst_friction:
        node = document.node(f.node_id)
        # the share of those who reach it, and of all who enter where that differs
        share = pct(f.bad_share)
        if f.bad_share is not None:
            share = "; ".join([share, *of_all_entering(document, analysis, words, f.node_id,
                                                       f.bad_share)]).replace(" %", "\u00a0%")
        entries.append((f, node, (
            str(node.severity), label_of(node), words.where(node),
            words.owner_of(node.owner_id), status_word(node.status.value), share,
            node.evidence.strip() or "–", node.action.strip() or "–")))
    widths = fitted_widths(width, fractions, _column_words(entries, heads))
    rows = []
    for f, node, (_sev, label, where, owner, status, share, evidence, action) in entries:
        sev_cell, fill = severity_cell(node.severity)
        due, overdue = due_text(node, today)
        question = f"<b>{t(label)}</b>"
        if node.description.strip():
            question += f"<br/>{t(node.description.strip())}"
        rows.append(([
            sev_cell, markup(question, CELL), plain(where, widths[2]),
            para(owner, CELL_B if node.owner_id is None else CELL),
            plain(status, widths[4]), para(share, CELL), para(evidence, CELL),
            para(action, CELL),
            markup(due, text_style("due", 8, SANS, OVERDUE_INK if overdue else INK)),
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

    out += chunked(header, rows, widths, row_style,
                   caption=translate("export", "Friction register"))
    return out


# Room a cell takes beside its text: the table's padding (3 pt each side) and a hair.
_PADDING = 6.5


def fitted_widths(width: float, fractions, columns) -> list[float]:
    """Column widths summing to ``width``, shared by ``fractions``, where each column is
    at least as wide as its longest word, so no word is broken inside (a narrow page
    split "improving" and "2027-03-01" in two). ``columns``: per column, the
    ``(text, font, size)`` it prints, its header included. Only when the longest words
    alone are wider than the page do words break (then in proportion to their need)."""
    need = [max((text_width(word, font, size) for text, font, size in column
                 for word in text.split()), default=0.0) + _PADDING for column in columns]
    widths = [max(width * f, n) for f, n in zip(fractions, need)]
    excess = sum(widths) - width
    if excess <= 1e-6:
        return widths
    slack = [w - n for w, n in zip(widths, need)]
    room = sum(slack)
    if room >= excess:  # the columns with room to spare give it up, in proportion
        return [w - s * excess / room for w, s in zip(widths, slack)]
    return [width * n / sum(need) for n in need]


# the font each column of the register prints its words in (the owner bold when unowned:
# sized as bold, the wider)
_COLUMN_FONTS = ((BOLD, 9), (BOLD, 8), (SANS, 8), (BOLD, 8), (SANS, 8), (SANS, 8),
                 (SANS, 8), (SANS, 8))


def _column_words(entries, heads) -> list[list]:
    """What each column of the friction register prints, to size the columns by."""
    columns: list[list] = [[(h, BOLD, 8)] for h in heads]
    columns[-1].append((translate("export", "OVERDUE"), BOLD, 8))
    for _f, node, texts in entries:
        for k, text in enumerate(texts):
            columns[k].append((text, *_COLUMN_FONTS[k]))
        if node.description.strip():
            columns[1].append((node.description, SANS, 8))
        columns[-1].append((node.due.isoformat() if node.due else "–", BOLD, 8))
    return columns


# --- ownership matrix --------------------------------------------------------------------

def _stage_chunks(stage_ids: list, words: Words, room: float) -> list[list]:
    """The stages in as few groups as fit, of near-equal size: at most MATRIX_STAGES,
    fewer where a stage's name has a word too long for its share of ``room`` (a narrow
    page broke "experienc/e")."""
    longest = max(text_width(w, BOLD, 8) for s in stage_ids
                  for w in f"{words.stage_no[s]} {words.stage[s]}".split()) + _PADDING
    most = max(1, min(MATRIX_STAGES, int(room // longest)))
    count = -(-len(stage_ids) // most)  # groups needed
    size, bigger = divmod(len(stage_ids), count)
    chunks, start = [], 0
    for k in range(count):
        end = start + size + (1 if k < bigger else 0)
        chunks.append(stage_ids[start:end])
        start = end
    return chunks


def matrix_flowables(document, analysis, words: Words, width: float) -> list:
    matrix = analysis.matrix
    out: list = [para(translate("export", "Ownership matrix"), H1),
                 para(translate("export", "Touchpoints (▭) and open crossroads (◆) each "
                                "owner holds in each stage. A row of blanks is an owner with "
                                "nothing on this map; the last row, nobody, is the work no "
                                "one owns."), SMALL), Spacer(1, 4)]
    if not matrix.stage_ids:
        out.append(para(translate("export", "The map has no stages yet."), BODY))
        return out
    biggest = max((c.total for row in matrix.cells for c in row), default=0) or 1
    owner_w = min(130.0, width * 0.2)
    total_w = 46.0
    for chunk in _stage_chunks(list(matrix.stage_ids), words, width - owner_w - total_w - 12):
        col_w = (width - owner_w - total_w - 12) / len(chunk)
        header = [para(translate("export", "Owner"), HEAD)] + [
            para(f"{words.stage_no[s]} {words.stage[s]}", HEAD) for s in chunk] + [
            para(translate("export", "Total"), HEAD)]
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
                row.append(para("  ".join(bits) or "·", text_style("mc", 8, SANS, alignment=1)))
                if cell.total:
                    strength = cell.total / biggest
                    shade = colors.Color(0.0, 0.45, 0.7, alpha=0.08 + 0.32 * strength)
                    extra.append(("BACKGROUND", (c, r), (c, r), shade))
            row.append(para(str(matrix.row_total(owner_id)), text_style("mt", 8, BOLD,
                                                                     alignment=1)))
            if owner_id is None and matrix.row_total(None):
                extra.append(("BACKGROUND", (0, r), (0, r), colors.HexColor("#EEEEEE")))
            rows.append(row)
        rows.append([para(translate("export", "Total"), CELL_B)] + [
            para(str(matrix.column_total(s)), text_style("mt2", 8, BOLD, alignment=1))
            for s in chunk] + [para(str(matrix.total), text_style("mt3", 8, BOLD, alignment=1))])
        extra.append(("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.8,
                      colors.HexColor(INK)))
        out.append(table(rows, [owner_w] + [col_w] * len(chunk) + [total_w], 1, extra))
        out.append(Spacer(1, 8))
    return out


