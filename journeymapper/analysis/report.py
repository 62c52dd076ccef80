"""The reports of ``journeymapper check FILE --report`` (text) and ``--json`` (for tools).

Both are drawn from one :func:`~.summary.analyse` run. The JSON has a fixed
key order, rounds numbers to two decimals and names every step and arrow by
id, so other tools can rely on it (``"format": "journeymapper-analysis"``,
``"version": 1``); it stays English. The text is for people: it speaks the
command's language (``journeymapper.words``), English without a translator.
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path as _FsPath

from ..words import QT_TRANSLATE_NOOP, Words, installed
from .findings import Level, Percent, render
from .summary import Analysis, analyse, journey_words, owner_words, step_words

report = Words("report")  # the text report's words (journeymapper.words)
VERDICTS = {"drop": QT_TRANSLATE_NOOP("report", "drop"),
            "invest": QT_TRANSLATE_NOOP("report", "invest"),
            "ok": QT_TRANSLATE_NOOP("report", "ok"),
            "empty": QT_TRANSLATE_NOOP("report", "empty")}


def _words(value) -> str:
    """A name or a phrase of the analysis, in the report's language."""
    return render(value, installed())


def _share(value: float) -> str:
    return Percent(value).text(installed())

JSON_FORMAT = "journeymapper-analysis"
JSON_VERSION = 1

MARKS = {Level.PROBLEM: "✗", Level.WARNING: "!", Level.INFO: "·"}


# --- text ------------------------------------------------------------------------

def _table(headers: list[str], rows: list[list[str]], indent: str = "  ") -> list[str]:
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *rows)]

    def line(cells):
        out = []
        for i, (cell, width) in enumerate(zip(cells, widths)):
            cell = str(cell)
            out.append(cell.ljust(width) if i == 0 else cell.rjust(width))
        return indent + "  ".join(out).rstrip()

    return [line(headers), indent + "  ".join("-" * w for w in widths)] + [line(r) for r in rows]


def _plain(text: str, limit: int = 28) -> str:
    text = " ".join(text.split()) or report.tr("(untitled)")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _paths_line(ps) -> str:
    if ps.complete:
        return report.tr("%n path(s) from entry to outcome", "", ps.total or len(ps.paths))
    total = f"{ps.total:,}".replace(",", " ") if ps.total is not None \
        else report.tr("too many")
    return report.tr("{total} paths from entry to outcome (the first {shown} analysed)").format(
        total=total, shown=len(ps.paths))


def _labelled(rows: list[tuple[str, str]], indent: str = "    ") -> list[str]:
    """``label: value`` lines with the values aligned, however long the labels are
    in the reader's language."""
    width = max(len(label) for label, _value in rows) + 2
    return [f"{indent}{label:<{width}}{value}" for label, value in rows]


def _journey_lines(document, analysis: Analysis) -> list[str]:
    lines = [report.tr("MICRO-JOURNEYS")]
    if analysis.weakest_link is not None:
        link = analysis.weakest_link
        lines.append("  " + report.tr("Weakest link of the whole map: {step} — {reason}").format(
            step=_words(step_words(document.node(link.node_id))), reason=_words(link.why)))
    none = report.tr("none")
    for insight in analysis.journeys:
        ps = insight.paths
        lines.append(f"  {_words(journey_words(document, insight.journey_id))}")
        entries = ", ".join(_words(step_words(document.node(i))) for i in ps.entry_ids) or none
        ends = ", ".join(_words(step_words(document.node(i))) for i in ps.outcome_ids) or none
        rows = [(report.tr("entries:"), entries), (report.tr("outcomes:"), ends),
                (report.tr("paths:"), _paths_line(ps))]
        link = insight.weakest_link
        if link is not None:
            rows.append((report.tr("weakest link:"), "{} — {}".format(
                _words(step_words(document.node(link.node_id))), _words(link.why))))
        lines += _labelled(rows)
    return lines + [""]


def _matrix_lines(document, analysis: Analysis) -> list[str]:
    matrix = analysis.matrix
    if matrix.total == 0:
        return []
    total = report.tr("Total")
    headers = ([report.tr("Owner")]
               + [_plain(document.stage(s).name, 16) for s in matrix.stage_ids] + [total])
    rows = []
    for owner_id in matrix.owner_ids:
        if owner_id is None and matrix.row_total(None) == 0:
            continue
        rows.append([_plain(_words(owner_words(document, owner_id)))]
                    + [str(matrix.cell(owner_id, s).total or "") for s in matrix.stage_ids]
                    + [str(matrix.row_total(owner_id))])
    rows.append([total] + [str(matrix.column_total(s)) for s in matrix.stage_ids]
                + [str(matrix.total)])
    return ([report.tr("OWNER × STAGE (touchpoints and open crossroads)")]
            + _table(headers, rows) + [""])


def _gap_lines(document, analysis: Analysis) -> list[str]:
    headers = [report.tr("Stage"), report.tr("Activities"), report.tr("Effort"),
               report.tr("Effort %"), report.tr("Touchpoints"), report.tr("Unbacked"),
               report.tr("Feedback"), report.tr("Verdict")]
    rows = []
    for gap, fb in zip(analysis.gaps, analysis.feedback):
        coverage = "" if fb.coverage is None else _share(fb.coverage)
        verdict = report.tr(VERDICTS[gap.verdict]) if gap.verdict in VERDICTS else gap.verdict
        rows.append([_plain(document.stage(gap.stage_id).name), str(len(gap.activity_ids)),
                     f"{gap.effort:g}", _share(gap.effort_share), str(len(gap.touchpoint_ids)),
                     str(len(gap.unbacked_ids)), coverage, verdict])
    if not rows:
        return []
    return [report.tr("GAP ANALYSIS AND FEEDBACK PER STAGE")] + _table(headers, rows) + [""]


def render_text(document, path: str | _FsPath | None = None,
                today: _dt.date | None = None) -> str:
    """A readable report: the micro-journeys, every finding by group, and the tables."""
    analysis = analyse(document, today)
    title = document.info.title.strip() or (_FsPath(path).stem if path
                                             else report.tr("Untitled map"))
    counts = {level: analysis.count(level) for level in Level}
    lines = [report.tr("JourneyMapper analysis — {title}").format(title=title)]
    if path:
        lines.append(report.tr("File: {file}").format(file=path))
    lines += [
        report.tr("Date: {date}").format(date=analysis.today.isoformat()),
        report.tr("Findings: {problems}, {warnings}, {notes}.   Marks: ✗ problem  ! warning  "
                  "· note").format(
            problems=report.tr("%n problem(s)", "", counts[Level.PROBLEM]),
            warnings=report.tr("%n warning(s)", "", counts[Level.WARNING]),
            notes=report.tr("%n note(s)", "", counts[Level.INFO])),
        "",
    ]
    if analysis.journeys:
        lines += _journey_lines(document, analysis)
    translate = installed()
    for group, findings in analysis.by_group():
        lines.append(Words("panels").tr(group.title).upper())  # the Insights panel's headings
        for f in findings:
            lines.append(f"  {MARKS[f.level]} {f.text(translate)}")
        lines.append("")
    if not analysis.findings:
        lines += [report.tr("No findings: the map is empty or has nothing to improve."), ""]
    lines += _matrix_lines(document, analysis)
    lines += _gap_lines(document, analysis)
    return "\n".join(lines).rstrip() + "\n"


# --- JSON ------------------------------------------------------------------------

def _num(value):
    return None if value is None else round(float(value), 2)


def _paths_data(ps) -> dict:
    return {
        "entries": list(ps.entry_ids),
        "outcomes": list(ps.outcome_ids),
        "complete": ps.complete,
        "stopped_by": ps.stopped_by or None,
        "total": ps.total,
        "listed": len(ps.paths),
        "paths": [{
            "nodes": list(p.node_ids),
            "edges": list(p.edge_ids),
            "outcome": p.outcome_id,
            "worst_severity": p.worst_severity,
            "lowest_rating": p.lowest_rating,
            "handoffs": list(p.handoff_edge_ids),
            "probability": _num(p.probability),
        } for p in ps.paths],
    }


def _link_data(link) -> dict | None:
    return None if link is None else {"node": link.node_id, "reason": link.reason,
                                      "hurt": link.hurt}


def _odds_data(odds) -> list[dict]:
    return [{
        "entry": o.entry_id,
        "outcomes": [{"outcome": k, "percent": _num(v)} for k, v in o.outcomes],
        "unknown": _num(o.unknown),
        "dead_end": _num(o.dead_end),
        "looping": _num(o.looping),
        "unaccounted": _num(o.unaccounted),
    } for o in odds]


def _shares_data(shares) -> list[dict]:
    return [{"owner": s.owner_id, "nodes": list(s.node_ids), "percent": _num(s.share)}
            for s in shares]


def to_data(document, analysis: Analysis | None = None) -> dict:
    """The analysis as plain JSON-ready data (what ``--json`` prints)."""
    a = analysis or analyse(document)
    counts = {level.value: a.count(level) for level in Level}
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "title": document.info.title,
        "today": a.today.isoformat(),
        "counts": counts,
        "findings": [f.to_data() for f in a.findings],
        "journeys": [{
            "id": j.journey_id,
            "name": document.journey(j.journey_id).name,
            "weakest_link": _link_data(j.weakest_link),
            "paths": _paths_data(j.paths),
            "odds": _odds_data(j.odds),
            "owner_shares": _shares_data(j.owner_shares),
        } for j in a.journeys],
        "map": {
            "weakest_link": _link_data(a.weakest_link),
            "paths": _paths_data(a.paths),
            "odds": _odds_data(a.odds),
            "owner_shares": _shares_data(a.owner_shares),
        },
        "unowned": list(a.unowned_ids),
        "handoffs": [{"edge": h.edge.id, "source": h.edge.source, "target": h.edge.target,
                      "source_owner": h.source_owner_id, "target_owner": h.target_owner_id}
                     for h in a.handoffs],
        "owner_stage_matrix": {
            "owners": list(a.matrix.owner_ids),
            "stages": list(a.matrix.stage_ids),
            "cells": [[{"touchpoints": list(c.touchpoint_ids),
                        "open_crossroads": list(c.open_crossroads_ids)} for c in row]
                      for row in a.matrix.cells],
        },
        "worst_friction": [{"node": f.node_id, "severity": f.severity, "status": f.status.value,
                            "bad_edges": list(f.bad_edge_ids), "bad_share": _num(f.bad_share)}
                           for f in a.worst_friction],
        "next_actions": [{"node": x.node_id, "action": x.action, "owner": x.owner_id,
                          "due": x.due.isoformat() if x.due else None, "overdue": x.overdue,
                          "severity": x.severity, "status": x.status.value}
                         for x in a.next_actions],
        "structure": {
            "unreachable": list(a.unreachable_ids),
            "dead_ends": list(a.dead_end_ids),
            "loops": [{"nodes": list(lp.node_ids), "edges": list(lp.edge_ids),
                       "repurchase": lp.is_repurchase} for lp in a.loops],
            "bottlenecks": [{"node": b.node_id, "paths_through": b.paths_through,
                             "total_paths": b.total_paths, "exact": b.exact}
                            for b in a.bottlenecks],
            "stages_without_touchpoints": list(a.empty_stage_ids),
        },
        "share_problems": [{"node": p.node_id, "kind": p.kind, "edges": list(p.edge_ids),
                            "missing": list(p.missing_edge_ids), "total": _num(p.total)}
                           for p in a.share_problems],
        "feedback": [{"stage": r.stage_id, "measured": list(r.measured_ids),
                      "unmeasured": list(r.unmeasured_ids), "coverage": _num(r.coverage)}
                     for r in a.feedback],
        "divergences": [{"node": d.node_id, "rating": d.rating,
                         "provider_rating": d.provider_rating, "gap": d.gap}
                        for d in a.divergences],
        "gaps": [{"stage": g.stage_id, "activities": list(g.activity_ids),
                  "effort": _num(g.effort), "effort_percent": _num(g.effort_share),
                  "touchpoints": list(g.touchpoint_ids), "unbacked": list(g.unbacked_ids),
                  "touchpoint_percent": _num(g.touchpoint_share), "verdict": g.verdict}
                 for g in a.gaps],
    }


def render_json(document, today: _dt.date | None = None) -> str:
    """The analysis as indented JSON text (UTF-8 characters kept as they are)."""
    return json.dumps(to_data(document, analyse(document, today)), ensure_ascii=False, indent=2)
