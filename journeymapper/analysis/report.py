"""The reports of ``journeymapper check FILE --report`` (text) and ``--json`` (for tools).

Both are drawn from one :func:`~.summary.analyse` run. The JSON has a fixed
key order, rounds numbers to two decimals and names every step and arrow by
id, so other tools can rely on it (``"format": "journeymapper-analysis"``,
``"version": 2``); the JSON stays English. The text is for people: it speaks the
command's language (``journeymapper.words``), English without a translator.

Every percent in the JSON says what it is a percent of, so a tool cannot misread
it either (see :mod:`.bases`): a branch's share has ``share_of_reaching`` (of the
customers who reach its crossroads) and ``share_of_entering``, a list of the same
customers as shares of those entering each micro-journey they come through, each
with its ``journey``, ``entry``, ``upstream`` and an English ``base`` ("of all
customers entering ‘The flight’"). Paths and odds carry ``share_of_entering`` too.

Version 2 (this one) against 1: only additions, except that a stage with touchpoints
and no company activity has the gap verdict ``"no-data"`` (it was ``"ok"``), a note's
effort beside touchpoints that carry effort is no longer added to ``effort`` (see
:mod:`.gaps`), and a finding's sentence words its bases.
"""

from __future__ import annotations

import datetime as _dt
import json
import weakref
from pathlib import Path as _FsPath

from ..words import QT_TRANSLATE_NOOP, Words, installed
from .bases import Entering, ShareBases
from .findings import Level, Percent, render
from .graph import name
from .summary import Analysis, analyse, journey_name, journey_words, owner_words, step_words

report = Words("report")  # the text report's words (journeymapper.words)
VERDICTS = {"drop": QT_TRANSLATE_NOOP("report", "drop"),
            "invest": QT_TRANSLATE_NOOP("report", "invest"),
            "ok": QT_TRANSLATE_NOOP("report", "ok"),
            "empty": QT_TRANSLATE_NOOP("report", "empty"),
            "no-data": QT_TRANSLATE_NOOP("report", "no data")}


def _words(value) -> str:
    """A name or a phrase of the analysis, in the report's language."""
    return render(value, installed())


def _share(value: float) -> str:
    return Percent(value).text(installed())

JSON_FORMAT = "journeymapper-analysis"
JSON_VERSION = 2

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


def _link_words(document, link) -> str:
    """The weakest link, or every step of a tie, with why (in the report's language)."""
    from .friction import reason_of

    if not link.is_tie:
        return "{} — {}".format(_words(step_words(document.node(link.node_id))),
                                _words(link.why))
    steps = "; ".join("{} — {}".format(_words(step_words(document.node(i))),
                                       _words(reason_of(document.node(i))))
                      for i in link.node_ids)
    return report.tr("a tie of {count} steps, each hurting {hurt} of 5: {steps}").format(
        count=len(link.node_ids), hurt=link.hurt, steps=steps)


_BASE_WORDS: "weakref.WeakKeyDictionary[ShareBases, dict]" = weakref.WeakKeyDictionary()


def _base_words(document, bases: ShareBases | None, entering: Entering) -> str:
    """"of all customers entering ‘The flight’" (English, for the report and the JSON;
    worked out once per base: a big map's JSON names a base tens of thousands of times)."""
    if bases is None:
        return _words_of_base(document, bases, entering)
    known = _BASE_WORDS.setdefault(bases, {})
    key = (entering.journey_id, entering.entry_id, entering.upstream)
    if key not in known:
        known[key] = _words_of_base(document, bases, entering)
    return known[key]


def _words_of_base(document, bases: ShareBases | None, entering: Entering) -> str:
    journey = journey_name(document, entering.journey_id)
    if bases is not None and bases.entry_count(entering.journey_id, entering.upstream) > 1:
        journey += f" at {name(document.node(entering.entry_id))}"
    return (f"of all customers entering {journey}" if entering.upstream
            else f"of the customers entering {journey}")


def _entry_words(document, analysis: Analysis, entry_id: str) -> str:
    """An entry of a micro-journey and the shares of customers that reach it (the text
    report's words for :func:`_words_of_base`)."""
    words = _words(step_words(document.node(entry_id)))
    bases = analysis.bases
    upstream = () if bases is None else bases.upstream(entry_id)
    reached = []
    for u in upstream:
        journey = _words(journey_words(document, u.journey_id))
        if bases.entry_count(u.journey_id, u.upstream) > 1:
            journey = report.tr("{journey} at {step}").format(
                journey=journey, step=_words(step_words(document.node(u.entry_id))))
        base = (report.tr("of all customers entering {journey}") if u.upstream
                else report.tr("of the customers entering {journey}")).format(journey=journey)
        share = _share(u.percent) if u.known else report.tr("an unknown share")
        reached.append(f"{share} {base}")
    if not reached:
        return words
    return report.tr("{step} (reached by {shares})").format(step=words,
                                                           shares="; ".join(reached))


def _journey_lines(document, analysis: Analysis) -> list[str]:
    lines = [report.tr("MICRO-JOURNEYS")]
    if analysis.weakest_link is not None:
        lines.append("  " + report.tr("Weakest link of the whole map: {step}").format(
            step=_link_words(document, analysis.weakest_link)))
    none = report.tr("none")
    for insight in analysis.journeys:
        ps = insight.paths
        lines.append(f"  {_words(journey_words(document, insight.journey_id))}")
        entries = ", ".join(_entry_words(document, analysis, i) for i in ps.entry_ids) or none
        ends = ", ".join(_words(step_words(document.node(i))) for i in ps.outcome_ids) or none
        rows = [(report.tr("entries:"), entries), (report.tr("outcomes:"), ends),
                (report.tr("paths:"), _paths_line(ps))]
        link = insight.weakest_link
        if link is not None:
            rows.append((report.tr("weakest link:"), _link_words(document, link)))
        lines += _labelled(rows)
    lines.append("  " + report.tr(
        "(Weakest link: the step that hurts most, a rated touchpoint 3 − its rating, an "
        "unresolved crossroads its severity, on one 1–5 scale; steps that hurt alike are a "
        "tie.)"))
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
               report.tr("of it notes"), report.tr("Not added"), report.tr("Effort %"),
               report.tr("Touchpoints"), report.tr("Unbacked"), report.tr("Feedback"),
               report.tr("Verdict")]
    rows = []
    for gap, fb in zip(analysis.gaps, analysis.feedback):
        coverage = "" if fb.coverage is None else _share(fb.coverage)
        verdict = report.tr(VERDICTS[gap.verdict]) if gap.verdict in VERDICTS else gap.verdict
        rows.append([_plain(document.stage(gap.stage_id).name), str(len(gap.activity_ids)),
                     f"{gap.effort:g}", f"{gap.note_effort:g}" if gap.note_effort else "",
                     f"{gap.uncounted_effort:g}" if gap.uncounted_effort else "",
                     _share(gap.effort_share), str(len(gap.touchpoint_ids)),
                     str(len(gap.unbacked_ids)), coverage, verdict])
    if not rows:
        return []
    return ([report.tr("GAP ANALYSIS AND FEEDBACK PER STAGE")] + _table(headers, rows) + [
        "  " + report.tr("Effort: the company activities' effort, each hour counted once. A "
                         "note's effort counts only where no touchpoint of its stage and "
                         "micro-journey carries effort; beside such touchpoints it is not "
                         "added."),
        "  " + report.tr("Effort %: of the map's counted effort. Feedback: of the stage's "
                         "touchpoints, those with a feedback instrument."),
        "  " + report.tr("Verdict no data: the stage has touchpoints but no company activity "
                         "is marked there."), ""])


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


def _entering_data(document, bases, entering: Entering) -> dict:
    return {"percent": _num(entering.percent), "journey": entering.journey_id,
            "entry": entering.entry_id, "upstream": entering.upstream,
            "base": _base_words(document, bases, entering)}


def _path_bases(document, bases):
    """Per path: its share on every entering base (its entry's, then upstream)."""
    def data(p):
        if p.probability is None or bases is None:
            return []
        own = Entering(p.entry_id, document.node(p.entry_id).journey_id, p.probability)
        ups = [Entering(u.entry_id, u.journey_id,
                        None if u.percent is None else u.percent * p.probability / 100.0, True)
               for u in bases.upstream(p.entry_id)]
        return [_entering_data(document, bases, e) for e in (own, *ups)]
    return data


def _paths_data(ps, share_of_entering=None) -> dict:
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
            **({} if share_of_entering is None
               else {"share_of_entering": share_of_entering(p)}),
        } for p in ps.paths],
    }


def _link_data(link) -> dict | None:
    return None if link is None else {"node": link.node_id, "reason": link.reason,
                                      "hurt": link.hurt, "tied": list(link.tied_ids)}


def _odds_data(odds, document=None, bases=None) -> list[dict]:
    out = []
    for o in odds:
        own = None if document is None else Entering(
            o.entry_id, document.node(o.entry_id).journey_id, 100.0, False)
        upstream = [] if bases is None else list(bases.upstream(o.entry_id))

        def on_bases(value, own=own, upstream=upstream):
            if own is None:
                return {}
            found = [Entering(own.entry_id, own.journey_id, value, False)]
            found += [Entering(u.entry_id, u.journey_id,
                               None if u.percent is None else u.percent * value / 100.0, True)
                      for u in upstream]
            return {"share_of_entering": [_entering_data(document, bases, e) for e in found]}

        item = {
            "entry": o.entry_id,
            "outcomes": [{"outcome": k, "percent": _num(v), **on_bases(v)}
                         for k, v in o.outcomes],
            "unknown": _num(o.unknown),
            "dead_end": _num(o.dead_end),
            "looping": _num(o.looping),
            "unaccounted": _num(o.unaccounted),
        }
        if own is not None:
            item["base"] = _base_words(document, bases, own)
            item["no_outcome_drawn"] = [{"node": k, "percent": _num(v), **on_bases(v)}
                                        for k, v in o.ends]
            item["upstream"] = [_entering_data(document, bases, u) for u in upstream]
        out.append(item)
    return out


def _shares_data(shares, base: str = "") -> list[dict]:
    count = sum(len(s.node_ids) for s in shares)
    base = base or f"of the {count} touchpoints and crossroads"
    return [{"owner": s.owner_id, "nodes": list(s.node_ids), "percent": _num(s.share),
             "base": base} for s in shares]


def _friction_data(document, bases, f) -> dict:
    item = {"node": f.node_id, "severity": f.severity, "status": f.status.value,
            "bad_edges": list(f.bad_edge_ids), "bad_share": _num(f.bad_share)}
    if f.bad_share is not None:
        item["share_of_reaching"] = _num(f.bad_share)
        item["base"] = f"of the customers who reach {name(document.node(f.node_id))}"
        item["share_of_entering"] = [] if bases is None else [
            _entering_data(document, bases, Entering(
                e.entry_id, e.journey_id,
                None if e.percent is None else e.percent * f.bad_share / 100.0, e.upstream))
            for e in bases.entering(f.node_id)]
    return item


def to_data(document, analysis: Analysis | None = None) -> dict:
    """The analysis as plain JSON-ready data (what ``--json`` prints)."""
    a = analysis or analyse(document)
    bases = a.bases
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
            "paths": _paths_data(j.paths, _path_bases(document, bases)),
            "odds": _odds_data(j.odds, document, bases),
            "owner_shares": _shares_data(
                j.owner_shares,
                f"of the {sum(len(s.node_ids) for s in j.owner_shares)} touchpoints and "
                f"crossroads of {journey_name(document, j.journey_id)}"),
        } for j in a.journeys],
        "map": {
            "weakest_link": _link_data(a.weakest_link),
            "paths": _paths_data(a.paths, _path_bases(document, bases)),
            "odds": _odds_data(a.odds, document, bases),
            "owner_shares": _shares_data(
                a.owner_shares,
                f"of the map's {sum(len(s.node_ids) for s in a.owner_shares)} touchpoints "
                "and crossroads"),
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
        "worst_friction": [_friction_data(document, bases, f) for f in a.worst_friction],
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
                             "total_paths": b.total_paths, "exact": b.exact,
                             "percent": _num(b.share),
                             "base": "of the map's paths from an entry to an outcome"}
                            for b in a.bottlenecks],
            "stages_without_touchpoints": list(a.empty_stage_ids),
        },
        "share_problems": [{"node": p.node_id, "kind": p.kind, "edges": list(p.edge_ids),
                            "missing": list(p.missing_edge_ids), "total": _num(p.total)}
                           for p in a.share_problems],
        "outcome_shares": [{
            "outcome": c.outcome_id, "stated": _num(c.stated),
            "base": "stated on the map, read as of the customers entering "
                    f"{journey_name(document, document.node(c.outcome_id).journey_id)}",
            "computed": [_entering_data(document, bases, e) for e in c.computed],
            "agrees": c.agrees} for c in a.outcome_checks],
        "feedback": [{"stage": r.stage_id, "measured": list(r.measured_ids),
                      "unmeasured": list(r.unmeasured_ids), "coverage": _num(r.coverage),
                      "coverage_base": "of the stage's touchpoints"}
                     for r in a.feedback],
        "divergences": [{"node": d.node_id, "rating": d.rating,
                         "provider_rating": d.provider_rating, "gap": d.gap}
                        for d in a.divergences],
        "gaps": [{"stage": g.stage_id, "activities": list(g.activity_ids),
                  "effort": _num(g.effort), "touchpoint_effort": _num(g.touchpoint_effort),
                  "note_effort": _num(g.note_effort),
                  "notes_not_added": list(g.uncounted_note_ids),
                  "effort_not_added": _num(g.uncounted_effort),
                  "effort_percent": _num(g.effort_share),
                  "effort_base": "of the map's counted effort",
                  "touchpoints": list(g.touchpoint_ids), "unbacked": list(g.unbacked_ids),
                  "touchpoint_percent": _num(g.touchpoint_share),
                  "touchpoint_base": "of the map's touchpoints", "verdict": g.verdict}
                 for g in a.gaps],
    }


def render_json(document, today: _dt.date | None = None) -> str:
    """The analysis as indented JSON text (UTF-8 characters kept as they are)."""
    return json.dumps(to_data(document, analyse(document, today)), ensure_ascii=False, indent=2)
