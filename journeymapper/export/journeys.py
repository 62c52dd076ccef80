"""One section per micro-journey: its steps in flow order, with every annotation
and where each arrow leads, then its notes."""

from __future__ import annotations

import datetime as _dt

from reportlab.lib import colors

from ..model import Crossroads, CrossroadsStatus, Outcome, Sentiment, Touchpoint
from ..model.flow import flow_order
from ..look.kinds import KINDS, kind_spec
from ..look.palette import MUTED_INK, SEVERITY_FILL
from .tables import (
    BODY,
    CELL,
    H2,
    H3,
    HEAD,
    OVERDUE_INK,
    RoomFor,
    Words,
    chunked,
    label_of,
    markup,
    para,
    pct,
    plain,
    signed,
    t,
)
from .share_words import computed_words, outcome_check
from .words import channel_word, feedback_word, outcome_word, rating_word, status_word, translate
from .words import QT_TRANSLATE_NOOP, weakest_reason


def _details(node, words: Words, today: _dt.date, check=None) -> str:
    bits: list[str] = []
    if isinstance(node, Touchpoint):
        if node.channel.value != "none":
            bits.append(t(translate("export", "Channel: {0}").format(
                channel_word(node.channel.value))))
        if node.rating is not None:
            bits.append(t(translate("export", "Customer: {0} ({1})").format(
                signed(node.rating), rating_word(node.rating))))
        if node.provider_rating is not None:
            bits.append(t(translate("export", "Provider: {0} ({1})").format(
                signed(node.provider_rating), rating_word(node.provider_rating))))
        if node.feedback.value != "none":
            bits.append(t(translate("export", "Feedback: {0}").format(
                feedback_word(node.feedback.value))))
        if node.kpi.strip():
            bits.append(t(translate("export", "KPI: {0}").format(node.kpi.strip())))
        if node.company_activity:
            bits.append(t(translate("export", "Company activity, effort {0}").format(
                f"{node.effort:g}")))
        if node.opportunity.strip():
            bits.append(t(translate("export", "Opportunity: {0}").format(
                node.opportunity.strip())))
    elif isinstance(node, Crossroads):
        bits.append(t(translate("export", "Severity {0}, {1}")).replace(
            "{0}", f"<b>{node.severity}</b>").replace("{1}", t(status_word(node.status.value))))
        if node.evidence.strip():
            bits.append(t(translate("export", "Evidence: {0}").format(node.evidence.strip())))
        if node.action.strip():
            bits.append(t(translate("export", "Action: {0}").format(node.action.strip())))
        if node.due is not None:
            overdue = node.due < today and node.status != CrossroadsStatus.RESOLVED
            overdue_word = t(translate("export", "OVERDUE"))
            bits.append(t(translate("export", "Due {0}").format(node.due.isoformat()))
                        + (f" <font color='{OVERDUE_INK}'><b>{overdue_word}</b></font>"
                           if overdue else ""))
    elif isinstance(node, Outcome):
        word = outcome_word(node.outcome.value)
        if node.share is not None:  # the map's own figure, with its base
            word = translate("export", "{0}; stated on the map: {1} of the customers entering "
                             "this micro-journey").format(word, pct(node.share))
            if check is not None and not check.agrees:  # the branches say otherwise
                word = translate("export", "{0}; by the branch shares: {1}").format(
                    word, computed_words(words, check))
        bits.append(t(translate("export", "Outcome: {0}")).replace(
            "{0}", f"<b>{t(word)}</b>"))
    description = getattr(node, "description", "").strip()
    if description and not isinstance(node, Crossroads):
        bits.insert(0, t(description))
    return "<br/>".join(bits) or "–"


_KIND_MARK = {spec.kind: spec.mark for spec in KINDS}  # look/kinds: the panels' marks too
_SENT_WORD = {Sentiment.GOOD: QT_TRANSLATE_NOOP("export", "✓ good"),
              Sentiment.BAD: QT_TRANSLATE_NOOP("export", "✗ bad"),
              Sentiment.NEUTRAL: QT_TRANSLATE_NOOP("export", "neutral")}


def _leads_to(document, node, outgoing: dict) -> str:
    parts = []
    for edge in sorted(outgoing.get(node.id, ()), key=lambda e: (e.sentiment.value, e.id)):
        target = document.node(edge.target)
        bits = [f"→ {t(label_of(target))}"]
        extra = []
        if edge.kind.value == "branch":
            extra.append(t(translate("export", _SENT_WORD[edge.sentiment])))
        if edge.label.strip():
            extra.append(t(edge.label.strip()))
        if edge.share is not None:  # a branch's share is of those at this step
            extra.append(translate("export", "{0} of those who reach this step").format(
                pct(edge.share)))
        if extra:
            bits.append(f"<font color='{MUTED_INK}'>({', '.join(extra)})</font>")
        parts.append(" ".join(bits))
    return "<br/>".join(parts) or "–"


def journey_flowables(document, analysis, words: Words, journey, width: float,
                      today: _dt.date, mark=None) -> list:
    """The section of one micro-journey: its name, its weakest link and its steps. The
    name stays with the first rows (:class:`.tables.RoomFor`), and a page the table
    goes on to is headed with the name again."""
    name = words.journey[journey.id]
    heading: list = [para(name, H2)]
    link = analysis.weakest(journey.id)
    if link is not None and getattr(link, "tied_ids", ()):  # a tie is reported as a tie
        tied = "; ".join(f"<b>{t(label_of(n))}</b> — {t(weakest_reason(n, link.reason))}"
                         for n in (document.node(i) for i in link.node_ids))
        heading.append(markup(t(translate("export", "Weakest link, a tie of {0} steps: {1}.")).replace(
            "{0}", str(len(link.node_ids))).replace("{1}", tied), BODY))
    elif link is not None:
        node = document.node(link.node_id)
        heading.append(markup(t(translate("export", "Weakest link: {0} — {1}.")).replace(
            "{0}", f"<b>{t(label_of(node))}</b>").replace(
            "{1}", t(weakest_reason(node, link.reason))), BODY))
    out: list = [mark] if mark is not None else []
    order = flow_order(document, journey.id)
    if not order:
        out += heading
        out.append(para(translate("export", "No steps in this micro-journey yet."), BODY))
    else:
        header = [para(h, HEAD) for h in ("#", translate("export", "Step"),
                                          translate("export", "Stage"),
                                          translate("export", "Owner"),
                                          translate("export", "Annotations"),
                                          translate("export", "Leads to"))]
        fractions = (0.035, 0.22, 0.11, 0.1, 0.32, 0.215)
        widths = [width * f for f in fractions]
        rows = []
        for k, node_id in enumerate(order, start=1):
            node = document.node(node_id)
            step = f"{_KIND_MARK[node.kind]} <b>{t(label_of(node))}</b>"
            if isinstance(node, Crossroads) and node.description.strip():
                step += f"<br/>{t(node.description.strip())}"
            owner = words.owner_of(getattr(node, "owner_id", None)) \
                if kind_spec(node.kind).has_owner else "–"
            stage = f"{words.stage_no[node.stage_id]} {words.stage[node.stage_id]}"
            rows.append(([str(k), markup(step, CELL), plain(stage, widths[2]),
                          plain(owner, widths[3]),
                          markup(_details(node, words, today,
                                          outcome_check(document, analysis, node)
                                          if isinstance(node, Outcome) else None), CELL),
                          markup(_leads_to(document, node, analysis.outgoing), CELL)], node))

        def row_style(k, node):
            if isinstance(node, Crossroads):
                sev = max(1, min(5, node.severity))
                return [("BACKGROUND", (0, k), (0, k), colors.HexColor(SEVERITY_FILL[sev - 1]))]
            if getattr(node, "owner_id", "x") is None:
                return [("BACKGROUND", (3, k), (3, k), colors.HexColor("#EEEEEE"))]
            return []

        tables = chunked(header, rows, widths, row_style, caption=name)
        out = [RoomFor(heading, tables[0])] + out + heading + tables
    notes = list(analysis.notes.get(journey.id, ()))
    if notes:
        out.append(para(translate("export", "Notes"), H3))
        activity = translate("export", " (company activity)")
        empty = translate("export", "(empty note)")
        notes.sort(key=lambda n: (words.stage_no[n.stage_id], n.x, n.y, n.id))
        for note in notes:
            tag = t(activity) if note.company_activity else ""
            out.append(markup(f"✎ {t(note.label.strip() or empty)}"
                              f"<font color='{MUTED_INK}'> — {t(words.stage[note.stage_id])}"
                              f"{tag}</font>", BODY))
    return out


