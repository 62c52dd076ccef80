"""The executive summary: one page with the counts, the worst friction points, the
weakest links, unowned steps, hand-offs and the next actions."""

from __future__ import annotations

import datetime as _dt
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Spacer, Table, TableStyle

from ..model import CrossroadsStatus, NodeKind
from ..look.palette import MUTED_INK
from .fonts import BOLD, SANS
from .tables import (
    BIG,
    BIG_WORD,
    BODY,
    CELL,
    CELL_B,
    H2,
    HEAD,
    OVERDUE_INK,
    OVERDUE_TINT,
    RULE,
    Para,
    SMALL,
    SUMMARY_ROWS,
    Words,
    label_of,
    markup,
    para,
    pct,
    severity_cell,
    t,
    table,
    text_style,
)
from .words import status_word, translate, weakest_reason


OVERDUE_CELL = text_style("overdue", 8, BOLD, OVERDUE_INK)
ITEM = text_style("item", 8.5, spaceAfter=2.5)  # one finding in a list


def _figure(number, word: str) -> list:
    return [Para(str(number), BIG), Para(escape(word), BIG_WORD)]


def _more(count: int, shown: int, where: str) -> list:
    if count > shown:
        return [para(translate("export", "… and {0} more — see {1}.").format(
            count - shown, where), SMALL)]
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
        _figure(len(doc.stages), translate("export", "stages")),
        _figure(len(doc.journeys), translate("export", "micro-journeys")),
        _figure(counts[NodeKind.TOUCHPOINT], translate("export", "touchpoints")),
        _figure(f"{open_crossroads}/{counts[NodeKind.CROSSROADS]}",
                translate("export", "crossroads open")),
        _figure(counts[NodeKind.OUTCOME], translate("export", "outcomes")),
        _figure(len(doc.owners), translate("export", "owners")),
        _figure(len(analysis.unowned_ids), translate("export", "unowned steps")),
        _figure(len(analysis.handoffs), translate("export", "hand-offs")),
        _figure(overdue, translate("export", "overdue actions")),
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
    left: list = [para(translate("export", "The ten worst friction points"), H2)]
    worst = [f for f in analysis.worst_friction if f.status != CrossroadsStatus.RESOLVED][:10]
    if worst:
        header = [para(translate("export", "Sev."), HEAD),
                  para(translate("export", "Crossroads"), HEAD),
                  para(translate("export", "Where"), HEAD),
                  para(translate("export", "Bad branch"), HEAD),
                  para(translate("export", "Status"), HEAD),
                  para(translate("export", "Owner"), HEAD)]
        rows, extra = [header], []
        for k, f in enumerate(worst, start=1):
            node = doc.node(f.node_id)
            cell, fill = severity_cell(f.severity)
            rows.append([cell, para(label_of(node), CELL_B), para(words.where(node), CELL),
                         para(pct(f.bad_share), CELL), para(status_word(f.status.value), CELL),
                         para(words.owner_of(node.owner_id), CELL)])
            extra.append(("BACKGROUND", (0, k), (0, k), fill))
        fw = col_w
        left.append(table(rows, [fw * 0.06, fw * 0.28, fw * 0.22, fw * 0.10, fw * 0.15,
                                  fw * 0.19], 1, extra))
    else:
        left.append(para(translate("export", "No open crossroads: nothing turns customers "
                                   "away on this map yet."), BODY))

    left.append(para(translate("export", "Next actions"), H2))
    actions = list(analysis.next_actions)
    if actions:
        header = [para(translate("export", "Action"), HEAD),
                  para(translate("export", "At crossroads"), HEAD),
                  para(translate("export", "Owner"), HEAD), para(translate("export", "Due"), HEAD)]
        no_date, overdue_word = translate("export", "no date"), translate("export", "OVERDUE")
        rows, extra = [header], []
        for k, a in enumerate(actions[:SUMMARY_ROWS], start=1):
            node = doc.node(a.node_id)
            due = a.due.isoformat() if a.due else no_date
            due_cell = (markup(f"<b>{t(due)}<br/>{t(overdue_word)}</b>", OVERDUE_CELL)
                        if a.overdue
                        else para(due, CELL))
            rows.append([para(a.action, CELL), para(label_of(node), CELL),
                         para(words.owner_of(a.owner_id), CELL), due_cell])
            if a.overdue:
                extra.append(("BACKGROUND", (0, k), (-1, k), colors.HexColor(OVERDUE_TINT)))
        fw = col_w
        left.append(table(rows, [fw * 0.40, fw * 0.27, fw * 0.17, fw * 0.16], 1, extra))
        left += _more(len(actions), SUMMARY_ROWS, translate("export", "the friction register"))
    else:
        left.append(para(translate("export", "No actions written down at the open crossroads "
                                   "yet."), BODY))

    # the side column: weakest links, unowned, hand-offs
    right: list = [para(translate("export", "The weakest link of each micro-journey"), H2)]
    no_rated = translate("export", "no rated step yet.")
    links = [(j, analysis.weakest(j.id)) for j in doc.journeys]
    for journey, link in links[:SUMMARY_ROWS]:
        if link is None:
            text = f"<b>{t(words.journey[journey.id])}</b>: {t(no_rated)}"
        else:
            node = doc.node(link.node_id)
            text = (f"<b>{t(words.journey[journey.id])}</b>: {t(label_of(node))} "
                    f"<font color='{MUTED_INK}'>({t(weakest_reason(node, link.reason))}; "
                    f"{t(words.stage[node.stage_id])})</font>")
        right.append(markup(text, ITEM))
    right += _more(len(links), SUMMARY_ROWS, translate("export", "the micro-journey sections"))

    right.append(para(translate("export", "Unowned touchpoints and crossroads ({0})").format(
        len(analysis.unowned_ids)), H2))
    if analysis.unowned_ids:
        for node_id in analysis.unowned_ids[:SUMMARY_ROWS]:
            node = doc.node(node_id)
            right.append(markup(f"▨ <b>{t(label_of(node))}</b> "
                                f"<font color='{MUTED_INK}'>({t(words.where(node))})</font>",
                                ITEM))
        right += _more(len(analysis.unowned_ids), SUMMARY_ROWS,
                       translate("export", "the ownership matrix"))
    else:
        right.append(para(translate("export", "Every touchpoint and crossroads has an owner."),
                          BODY))

    right.append(para(translate("export", "Hand-offs between owners ({0})").format(
        len(analysis.handoffs)), H2))
    if analysis.handoffs:
        for h in analysis.handoffs[:SUMMARY_ROWS]:
            src, dst = doc.node(h.edge.source), doc.node(h.edge.target)
            right.append(markup(
                f"<b>{t(words.owner_of(h.source_owner_id))} → "
                f"{t(words.owner_of(h.target_owner_id))}</b>: {t(label_of(src))} → "
                f"{t(label_of(dst))}", ITEM))
        right += _more(len(analysis.handoffs), SUMMARY_ROWS,
                       translate("export", "the micro-journey sections"))
    else:
        right.append(para(translate("export", "No hand-offs: each journey stays with one "
                                    "owner."), BODY))

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


