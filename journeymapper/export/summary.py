"""The executive summary (page 2): the figures, and what page 1 (:mod:`.story`) had no
room for — the friction points after its worst five, the actions at those, unowned
steps and hand-offs. The weakest links and the worst friction points are on page 1."""

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
from .story import WORST_SHOWN
from .words import QT_TRANSLATE_NOOP, status_word, translate


SUMMARY_FRICTION = 10  # friction points listed after page 1's
OVERDUE_CELL = text_style("overdue", 8, BOLD, OVERDUE_INK)
ITEM = text_style("item", 8.5, spaceAfter=2.5)  # one finding in a list


def _figure(number, word: str, note: str = "") -> list:
    cell = [Para(str(number), BIG), Para(escape(word), BIG_WORD)]
    if note:
        cell.append(Para(escape(note), BIG_WORD))
    return cell


def _more(count: int, shown: int, where: str) -> list:
    if count > shown:
        return [para(translate("export", "… and {0} more — see {1}.").format(
            count - shown, where), SMALL)]
    return []


_FIGURE_WORDS = {  # (one, many): the word under each figure
    "stages": (QT_TRANSLATE_NOOP("export", "stage"), QT_TRANSLATE_NOOP("export", "stages")),
    "journeys": (QT_TRANSLATE_NOOP("export", "micro-journey"),
                 QT_TRANSLATE_NOOP("export", "micro-journeys")),
    "touchpoints": (QT_TRANSLATE_NOOP("export", "touchpoint"),
                    QT_TRANSLATE_NOOP("export", "touchpoints")),
    "unresolved": (QT_TRANSLATE_NOOP("export", "crossroads not yet resolved"),
                   QT_TRANSLATE_NOOP("export", "crossroads not yet resolved")),
    "outcomes": (QT_TRANSLATE_NOOP("export", "outcome"), QT_TRANSLATE_NOOP("export", "outcomes")),
    "owners": (QT_TRANSLATE_NOOP("export", "owner"), QT_TRANSLATE_NOOP("export", "owners")),
    "unowned": (QT_TRANSLATE_NOOP("export", "unowned step"),
                QT_TRANSLATE_NOOP("export", "unowned steps")),
    "handoffs": (QT_TRANSLATE_NOOP("export", "hand-off"),
                 QT_TRANSLATE_NOOP("export", "hand-offs")),
    "overdue": (QT_TRANSLATE_NOOP("export", "overdue action"),
                QT_TRANSLATE_NOOP("export", "overdue actions")),
}


def _word(key: str, n: int) -> str:
    one, many = _FIGURE_WORDS[key]
    return translate("export", one if n == 1 else many)


def summary_flowables(document, analysis, words: Words, width: float, height: float,
                      today: _dt.date, on_page_one: int = WORST_SHOWN) -> list:
    """Page 2: the figures, and what page 1 had no room for — the friction points after
    its worst ``on_page_one``, the actions at those, unowned steps and hand-offs.
    Nothing page 1 says is said again here."""
    doc = document
    counts = {k: 0 for k in NodeKind}
    for node in doc.nodes():
        counts[node.kind] += 1
    unresolved = [f for f in analysis.worst_friction if f.status != CrossroadsStatus.RESOLVED]
    overdue = sum(1 for a in analysis.next_actions if a.overdue)
    status_note = (translate("export", "of {0}").format(counts[NodeKind.CROSSROADS])
                   if counts[NodeKind.CROSSROADS] else "")  # (which statuses: on page 1)
    figures = [
        _figure(len(doc.stages), _word("stages", len(doc.stages))),
        _figure(len(doc.journeys), _word("journeys", len(doc.journeys))),
        _figure(counts[NodeKind.TOUCHPOINT], _word("touchpoints", counts[NodeKind.TOUCHPOINT])),
        _figure(len(unresolved), _word("unresolved", len(unresolved)), status_note),
        _figure(counts[NodeKind.OUTCOME], _word("outcomes", counts[NodeKind.OUTCOME])),
        _figure(len(doc.owners), _word("owners", len(doc.owners))),
        _figure(len(analysis.unowned_ids), _word("unowned", len(analysis.unowned_ids))),
        _figure(len(analysis.handoffs), _word("handoffs", len(analysis.handoffs))),
        _figure(overdue, _word("overdue", overdue)),
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

    # the friction points after page 1's worst
    left: list = []
    later = unresolved[on_page_one:on_page_one + SUMMARY_FRICTION]
    if later:
        heading = (translate("export", "The next friction point not yet resolved")
                   if len(later) == 1 else
                   translate("export", "The next {0} friction points not yet resolved")
                   .format(len(later)))
        left.append(para(heading, H2))
        header = [para(translate("export", "Sev."), HEAD),
                  para(translate("export", "Crossroads"), HEAD),
                  para(translate("export", "Where"), HEAD),
                  para(translate("export", "Bad branch"), HEAD),
                  para(translate("export", "Status"), HEAD),
                  para(translate("export", "Owner"), HEAD)]
        rows, extra = [header], []
        for k, f in enumerate(later, start=1):
            node = doc.node(f.node_id)
            sev, fill = severity_cell(f.severity)
            rows.append([sev, para(label_of(node), CELL_B), para(words.where(node), CELL),
                         para(pct(f.bad_share), CELL), para(status_word(f.status.value), CELL),
                         para(words.owner_of(node.owner_id), CELL)])
            extra.append(("BACKGROUND", (0, k), (0, k), fill))
        fw = col_w
        left.append(table(rows, [fw * 0.07, fw * 0.28, fw * 0.22, fw * 0.10, fw * 0.14,
                                  fw * 0.19], 1, extra))
        left += _more(len(unresolved) - on_page_one, len(later),
                      translate("export", "the friction register"))

    # the actions page 1 did not show (it shows those at its worst friction points)
    shown = {f.node_id for f in unresolved[:on_page_one]}
    actions = [a for a in analysis.next_actions if a.node_id not in shown]
    if actions:
        left.append(para(translate("export", "Next actions at the other friction points"), H2))
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

    # unowned steps and hand-offs
    unowned_ids = analysis.unowned_ids
    right: list = [para(translate("export", "Unowned touchpoints and crossroads ({0})").format(
        len(unowned_ids)), H2)]
    if unowned_ids:
        for node_id in unowned_ids[:SUMMARY_ROWS]:
            node = doc.node(node_id)
            right.append(markup(f"▨ <b>{t(label_of(node))}</b> "
                                f"<font color='{MUTED_INK}'>({t(words.where(node))})</font>",
                                ITEM))
        right += _more(len(unowned_ids), SUMMARY_ROWS,
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

    if not left:  # page 1 said it all: one column, the rest at full width
        return [fig_table, Spacer(1, 6),
                para(translate("export", "Every friction point not yet resolved, with its "
                               "action, is on page 1."), BODY)] + right
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
