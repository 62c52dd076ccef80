"""Page 1 of the leadership PDF: the whole story on one page.

A manager who reads nothing else reads this page, for thirty seconds. So it says, in
this order: whose map it is and when; per micro-journey how many of the customers who
start it are lost (churn and complaint outcomes, from the branch shares: see
:mod:`journeymapper.analysis.losses`) and its weakest link; the worst friction points
that are not yet resolved, with who owns them, what is being done and by when; and
the map itself — small but with words that can be read on paper (6 pt or more), or,
when the map is too big for that, one strip per micro-journey listing its steps in
order. Everything else (the figures, the rest of the friction points, the registers)
follows on the next pages and is not said twice.

The page is one flowable that lays out its blocks itself, so it never runs over:
when the blocks are too tall, the strips are shortened first, then dropped (the map
pages follow anyway), then fewer micro-journeys and friction points are listed, each
with a line saying how many more there are and where they are.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from ..analysis.losses import LaneLoss
from ..model import CrossroadsStatus, NodeKind, Outcome
from ..model.flow import flow_order
from ..look.kinds import KINDS
from ..look.palette import (
    INK,
    MAP_MIN_TEXT_PT,
    MIN_READABLE_PT,
    MUTED_INK,
    OUTCOME_MARK,
    SEVERITY_FILL,
)
from .fonts import BOLD, SANS
from .paper import Box
from .registers import fitted_widths
from .tables import (
    OVERDUE_INK,
    OVERDUE_TINT,
    RULE,
    Words,
    counted,
    label_of,
    markup,
    para,
    pct,
    severity_cell,
    t,
    table,
    text_style,
)
from .words import QT_TRANSLATE_NOOP, status_word, translate, weakest_reason

WORST_SHOWN = 5          # friction points on page 1
JOURNEYS_SHOWN = 8       # micro-journey headlines on page 1 at most
LOSS_BAD = 20.0          # a share lost at or above this is printed in the strongest colour

LOST_INK = "#B03A00"     # the share lost: vermillion, as the bad branches on the map
SOME_LOST_INK = "#D55E00"
NONE_LOST_INK = "#00734F"

TITLE = text_style("story-title", 18, BOLD, spaceAfter=2)
SUBTITLE = text_style("story-sub", 9, colour=MUTED_INK)


class _Type:
    """The page's type at one size: roomy first (k = 1.15), the usual size (k = 1) when
    the page is full. Never smaller: a page that does not fit leaves things out."""

    def __init__(self, k: float) -> None:
        self.k = k
        self.section = text_style(f"story-h{k}", 11.5 * k, BOLD, spaceBefore=7 * k,
                                  spaceAfter=3 * k)
        self.headline = text_style(f"story-line{k}", 9 * k, leading=11.5 * k)
        self.figure_note = text_style(f"story-fig-note{k}", 6.5 * k, colour=MUTED_INK,
                                      alignment=1)
        self.strip = text_style(f"story-strip{k}", 7.5 * k, leading=9.5 * k)
        self.note = text_style(f"story-note{k}", 7.5 * k, colour=MUTED_INK)
        self.cell = text_style(f"story-cell{k}", 8 * k, leading=10 * k)
        self.cell_b = text_style(f"story-cellb{k}", 8 * k, BOLD, leading=10 * k)
        self.head = text_style(f"story-head{k}", 8 * k, BOLD, leading=10 * k)
        self.none = text_style(f"story-none{k}", 8 * k, BOLD, OVERDUE_INK, leading=10 * k)
        self.figure = {c: text_style(f"story-fig{k}-{c}", 17 * k, BOLD, c, alignment=1,
                                     leading=19 * k)
                       for c in (LOST_INK, SOME_LOST_INK, NONE_LOST_INK, MUTED_INK)}


ROOMY, USUAL = _Type(1.15), _Type(1.0)
_KIND_MARK = {spec.kind: spec.mark for spec in KINDS}


# --- the words -----------------------------------------------------------------------

_UNRESOLVED = (QT_TRANSLATE_NOOP("export", "{0} friction point not yet resolved"),
               QT_TRANSLATE_NOOP("export", "{0} friction points not yet resolved"))
_JOURNEYS = (QT_TRANSLATE_NOOP("export", "{0} micro-journey"),
             QT_TRANSLATE_NOOP("export", "{0} micro-journeys"))
_OVERDUE = (QT_TRANSLATE_NOOP("export", "{0} overdue action"),
            QT_TRANSLATE_NOOP("export", "{0} overdue actions"))
_UNOWNED = (QT_TRANSLATE_NOOP("export", "{0} unowned step"),
            QT_TRANSLATE_NOOP("export", "{0} unowned steps"))
_MORE_STEPS = (QT_TRANSLATE_NOOP("export", "… and {0} more step"),
               QT_TRANSLATE_NOOP("export", "… and {0} more steps"))
_MORE_JOURNEYS = (QT_TRANSLATE_NOOP("export", "… and {0} more micro-journey: see the "
                                    "micro-journey sections."),
                  QT_TRANSLATE_NOOP("export", "… and {0} more micro-journeys: see the "
                                    "micro-journey sections."))
_MORE_FRICTION = QT_TRANSLATE_NOOP("export", "… and {0} more on page 2.")


def status_breakdown(frictions) -> str:
    """"2 open, 1 investigating, 1 improving": what the statuses say, in their words."""
    order = (CrossroadsStatus.OPEN, CrossroadsStatus.INVESTIGATING, CrossroadsStatus.IMPROVING)
    counts = {s: 0 for s in order}
    for f in frictions:
        if f.status in counts:
            counts[f.status] += 1
    return ", ".join(f"{n} {status_word(s.value)}" for s, n in counts.items() if n)


def worst_heading(unresolved: int, shown: int) -> str:
    """A heading that fits its rows: "The one…", "The 4…", "The 5 worst of 12…"."""
    if unresolved == 1:
        return translate("export", "The one friction point not yet resolved")
    if shown >= unresolved:
        return translate("export", "The {0} friction points not yet resolved").format(
            unresolved)
    return translate("export", "The {0} worst of {1} friction points not yet "
                     "resolved").format(shown, unresolved)


# --- the blocks ----------------------------------------------------------------------

@dataclass
class StoryFacts:
    """What page 1 prints, gathered once."""

    document: object
    analysis: object  # tables.Findings
    words: Words
    losses: list[LaneLoss]
    today: _dt.date
    title: str
    owner: str

    shown: tuple = ()  # the micro-journeys page 1 has room for (set by _losses_block)
    _orders: dict | None = None

    @property
    def unresolved(self) -> list:
        return [f for f in self.analysis.worst_friction if f.status != CrossroadsStatus.RESOLVED]

    def steps(self, journey_id: str) -> list:
        """The micro-journey's steps in flow order (notes aside), worked out once."""
        if self._orders is None:
            self._orders = {}
        found = self._orders.get(journey_id)
        if found is None:
            doc = self.document
            found = self._orders[journey_id] = [
                n for n in (doc.node(i) for i in flow_order(doc, journey_id))
                if n.kind != NodeKind.NOTE]
        return found


def _heading_block(facts: StoryFacts) -> list:
    doc, analysis = facts.document, facts.analysis
    unresolved = facts.unresolved
    bits = [translate("export", "Journey owner: {0}").format(facts.owner),
            facts.today.isoformat(), counted(len(doc.journeys), *_JOURNEYS)]
    if unresolved:
        bits.append(f"{counted(len(unresolved), *_UNRESOLVED)} ({status_breakdown(unresolved)})")
    overdue = sum(1 for a in analysis.next_actions if a.overdue)
    if overdue:
        bits.append(counted(overdue, *_OVERDUE))
    if analysis.unowned_ids:
        bits.append(counted(len(analysis.unowned_ids), *_UNOWNED))
    return [para(facts.title, TITLE), para("  ·  ".join(bits), SUBTITLE)]


def loss_figure(loss: LaneLoss) -> tuple[str, str]:
    """The big number of a micro-journey's headline, and its colour: the share lost,
    "≥ 10 %" when the shares of some customers are missing, "?" when nothing is known."""
    lost = loss.lost_share
    if loss.entry_id is None:
        return "–", MUTED_INK
    if not loss.known:
        return (f"≥ {pct(lost)}" if lost > 0.05 else "?"), MUTED_INK
    colour = LOST_INK if lost >= LOSS_BAD else SOME_LOST_INK if lost > 0.05 else NONE_LOST_INK
    return pct(lost), colour


def _loss_text(facts: StoryFacts, loss: LaneLoss) -> str:
    doc, words = facts.document, facts.words
    name = f"<b>{t(words.journey[loss.journey_id])}</b>"
    if loss.entry_id is None:
        return name + " — " + t(translate("export", "no steps joined by arrows yet: nothing "
                                          "to measure."))
    lost = loss.lost_share
    parts = []
    if lost > 0.05:
        outcomes = ", ".join(f"{label_of(doc.node(o))} {pct(p)}" for o, p in loss.lost)
        parts.append(t(translate("export", "{0} of the customers who start it are lost: "
                                 "{1}.").format(pct(lost), outcomes)))
    elif loss.known:
        parts.append(t(translate("export", "no customers are lost here.")))
    if not loss.known:
        parts.append(t(translate("export", "Where {0} of them go is not known: a fork has no "
                                 "branch shares.").format(pct(loss.unknown))))
    if loss.onward:
        onward = ", ".join(f"{pct(p)} → {words.journey[j]}" for j, p in loss.onward)
        parts.append(t(translate("export", "Going on: {0}.").format(onward)))
    text = name + " — " + " ".join(parts)
    link = facts.analysis.weakest(loss.journey_id)
    if link is not None:
        node = doc.node(link.node_id)
        owner_id = getattr(node, "owner_id", None)
        if owner_id:
            line = t(translate("export", "Weakest link: {0} — {1}; owner {2}.")).replace(
                "{2}", t(words.owner_of(owner_id)))
        else:  # nobody owns the weakest link: that is news in itself
            nobody = t(translate("export", "no owner yet"))
            line = t(translate("export", "Weakest link: {0} — {1}; {2}.")).replace(
                "{2}", f"<font color='{OVERDUE_INK}'><b>{nobody}</b></font>")
        text += "<br/>" + line.replace("{0}", f"<b>{t(label_of(node))}</b>").replace(
            "{1}", t(weakest_reason(node, link.reason)))
    return text


def _losses_block(facts: StoryFacts, ty: _Type, width: float, limit: int) -> list:
    losses = facts.losses
    heading = para(translate("export", "Where customers are lost"), ty.section)
    if not losses:
        return [heading, para(translate("export", "The map has no micro-journeys yet."),
                              ty.headline)]
    shown = losses
    if len(losses) > limit:  # the ones that lose most, in the map's order
        most = sorted(range(len(losses)), key=lambda i: -losses[i].lost_share)[:limit]
        shown = [losses[i] for i in sorted(most)]
    facts.shown = tuple(l.journey_id for l in shown)
    figure_w = 66 * ty.k
    rows, style = [], []
    for k, loss in enumerate(shown):
        figure, colour = loss_figure(loss)
        rows.append([[para(figure, ty.figure[colour]),
                      para(translate("export", "lost"), ty.figure_note)],
                     markup(_loss_text(facts, loss), ty.headline)])
        style.append(("LINEBELOW", (0, k), (-1, k), 0.3, colors.HexColor(RULE)))
    figures = Table(rows, colWidths=[figure_w, width - figure_w], hAlign="LEFT")
    figures.setStyle(TableStyle(style + [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONT", (0, 0), (-1, -1), SANS, 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    out = [heading, figures]
    if len(shown) < len(losses):
        out.append(para(counted(len(losses) - len(shown), *_MORE_JOURNEYS), ty.note))
    return out


def _worst_block(facts: StoryFacts, ty: _Type, width: float, limit: int) -> list:
    doc, words, today = facts.document, facts.words, facts.today
    unresolved = facts.unresolved
    worst = unresolved[:limit]
    if not worst:
        crossroads = sum(1 for _ in doc.nodes(NodeKind.CROSSROADS))
        text = (translate("export", "Every crossroads on the map is resolved: nothing turns "
                          "customers away that is not dealt with.") if crossroads else
                translate("export", "No crossroads on the map yet: no friction point has "
                          "been marked."))
        return [para(translate("export", "The worst friction points"), ty.section),
                para(text, ty.headline)]
    heads = (translate("export", "Sev."), translate("export", "Friction point"),
             translate("export", "Bad branch"), translate("export", "Owner"),
             translate("export", "Action"), translate("export", "Due"),
             translate("export", "Status"))
    no_action = translate("export", "No action yet")
    no_date = translate("export", "no date")
    overdue_word = translate("export", "OVERDUE")
    size = 8 * ty.k
    columns: list[list] = [[(h, BOLD, size)] for h in heads]
    rows, extra = [[para(h, ty.head) for h in heads]], []
    for k, f in enumerate(worst, start=1):
        node = doc.node(f.node_id)
        sev, fill = severity_cell(f.severity)
        label, where = label_of(node), words.where(node)
        question = f"<b>{t(label)}</b><br/><font color='{MUTED_INK}'>{t(where)}</font>"
        action = (para(node.action.strip(), ty.cell) if node.action.strip()
                  else para(no_action, ty.none))
        if node.due is None:
            due, due_text = para(no_date, ty.cell), no_date
        elif node.due < today:
            due = markup(f"{t(node.due.isoformat())}<br/>{t(overdue_word)}", ty.none)
            due_text = f"{node.due.isoformat()} {overdue_word}"
            extra.append(("BACKGROUND", (5, k), (5, k), colors.HexColor(OVERDUE_TINT)))
        else:
            due, due_text = para(node.due.isoformat(), ty.cell), node.due.isoformat()
        owner = words.owner_of(node.owner_id)
        status = status_word(f.status.value)
        rows.append([sev, markup(question, ty.cell), para(pct(f.bad_share), ty.cell),
                     para(owner, ty.cell_b if node.owner_id is None else ty.cell), action, due,
                     para(status, ty.cell)])
        for c, (text, font) in enumerate(((str(f.severity), BOLD), (label, BOLD),
                                          (pct(f.bad_share), SANS), (owner, BOLD),
                                          (node.action or no_action, BOLD), (due_text, BOLD),
                                          (status, SANS))):
            columns[c].append((text, font, size))
        columns[1].append((where, SANS, size))
        extra.append(("BACKGROUND", (0, k), (0, k), fill))
        if node.owner_id is None:
            extra.append(("BACKGROUND", (3, k), (3, k), colors.HexColor("#E4E4E4")))
    widths = fitted_widths(width, (0.045, 0.33, 0.07, 0.12, 0.25, 0.095, 0.09), columns)
    out = [para(worst_heading(len(unresolved), len(worst)), ty.section),
           table(rows, widths, 1, extra)]
    if len(worst) < len(unresolved):
        out.append(para(translate("export", _MORE_FRICTION).format(
            len(unresolved) - len(worst)), ty.note))
    return out


def _strip_text(facts: StoryFacts, journey, limit: int | None) -> str:
    """One micro-journey's steps in flow order: marks, names, severities, outcomes."""
    words = facts.words
    order = facts.steps(journey.id)
    bits = []
    for node in order[:limit]:
        label = t(label_of(node))
        if node.kind == NodeKind.CROSSROADS:
            sev = max(1, min(5, node.severity))
            resolved = node.status == CrossroadsStatus.RESOLVED
            colour = MUTED_INK if resolved else SEVERITY_FILL[4] if sev >= 4 else INK
            note = f"{sev}, {t(status_word('resolved'))}" if resolved else str(sev)
            bits.append(f"<font color='{colour}'>◆ <b>{label}</b> ({note})</font>")
        elif isinstance(node, Outcome):
            colour = NONE_LOST_INK if node.outcome.is_good else LOST_INK
            mark = OUTCOME_MARK.get(node.outcome, "")
            bits.append(f"<font color='{colour}'>{t(mark)} {label}</font>")
        else:
            bits.append(f"{_KIND_MARK.get(node.kind, '')} {label}")
    text = f"<b>{t(words.journey[journey.id])}</b>: " + " → ".join(bits)
    if limit is not None and len(order) > limit:
        text += " " + t(counted(len(order) - limit, *_MORE_STEPS))
    if not order:
        text += t(translate("export", "no steps yet."))
    return text


def _strips_block(facts: StoryFacts, ty: _Type, limit: int | None, map_page: int) -> list:
    """A strip for each micro-journey with a headline above (the same ones)."""
    out = [para(translate("export", "The steps of each micro-journey, in order"), ty.section)]
    shown = set(facts.shown)
    for journey in facts.document.journeys:
        if journey.id in shown or not facts.losses:
            out.append(markup(_strip_text(facts, journey, limit), ty.strip))
    out.append(para(translate("export", "◆ a crossroads (its severity); the whole map "
                              "follows from page {0}.").format(map_page), ty.note))
    return out


class _Miniature(Flowable):
    """The whole map, small, with every word at 6 pt or more (the map pages' drawing;
    its painter leaves out any text that would print smaller). Not in the map pages'
    text log, which holds the map pages' own text at its places on those pages."""

    def __init__(self, scene, plan) -> None:
        super().__init__()
        self.scene, self.plan = scene, plan
        self.width = plan.width * plan.scale
        self.height = plan.height * plan.scale

    def wrap(self, avail_w, avail_h):
        return self.width, self.height

    def draw(self) -> None:
        from .map_pages import draw_tile

        canv = self.canv
        canv.saveState()
        draw_tile(canv, self.scene, self.plan, self.plan.tiles[0],
                  Box(0, 0, self.width, self.height), canv.getPageNumber(), None)
        canv.restoreState()


def _miniature(facts: StoryFacts, scene, width: float, height: float):
    """The map fitted to ``width`` × ``height`` when its words stay readable, else None."""
    if scene is None or height < 60 or not facts.document.stages:
        return None
    from .tiling import plan_map

    try:
        plan = plan_map(facts.document, scene.layout, width, height)
    except ValueError:
        return None
    if plan.tiled or plan.scale * MAP_MIN_TEXT_PT < MIN_READABLE_PT - 1e-6:
        return None
    return _Miniature(scene, plan)


class StoryPage(Flowable):
    """Page 1: the blocks above, fitted to the page by leaving things out, never by
    shrinking the type below its usual size."""

    def __init__(self, facts: StoryFacts, scene=None, map_page: int = 3) -> None:
        super().__init__()
        self.facts, self.scene, self.map_page = facts, scene, map_page
        self._parts: list = []
        self._fitted: tuple | None = None

    def wrap(self, avail_w, avail_h):
        if self._fitted != (avail_w, avail_h):
            self._parts = self._fit(avail_w, avail_h)
            self._fitted = (avail_w, avail_h)
        self.width, self.height = avail_w, avail_h
        return avail_w, avail_h

    def _fit(self, width: float, height: float) -> list:
        facts = self.facts

        def tall(flowables) -> float:
            return sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                       for f in flowables)

        head = _heading_block(facts)
        tops = {}
        for ty in (ROOMY, USUAL):
            journeys, worst = JOURNEYS_SHOWN, WORST_SHOWN
            while True:
                top = (head + _losses_block(facts, ty, width, journeys)
                       + _worst_block(facts, ty, width, worst))
                room = height - tall(top) - 4
                if room >= 0 or (journeys <= 2 and worst <= 2):
                    break
                if worst > 3:
                    worst -= 1
                elif journeys > 2:
                    journeys -= 1
                else:
                    worst -= 1
            whole = (journeys, worst) == (JOURNEYS_SHOWN, WORST_SHOWN)
            tops[ty] = (top, room, facts.shown, whole)
        # the map, small but readable: in the roomy type, else in the usual one
        for ty in (ROOMY, USUAL):
            top, room, facts.shown, whole = tops[ty]
            heading = para(translate("export", "The map"), ty.section)
            mini = _miniature(facts, self.scene, width, room - tall([heading]) - 2)
            if mini is not None and (whole or ty is USUAL):
                return top + [heading, mini]
        # else the steps of each micro-journey: whole in the roomy type, or shortened
        for ty, limits in ((ROOMY, (None,)), (USUAL, (None, 12, 8, 5, 3))):
            top, room, facts.shown, whole = tops[ty]
            if not whole and ty is ROOMY:
                continue
            for limit in limits:
                strips = _strips_block(facts, ty, limit, self.map_page)
                if tall(strips) <= room:
                    return top + strips
        top, room, facts.shown, whole = tops[USUAL]
        return top + [para(translate("export", "The whole map follows from page {0}.")
                           .format(self.map_page), USUAL.note)]

    def draw(self) -> None:
        y = self.height
        for f in self._parts:
            w, h = f.wrap(self.width, self.height)
            y -= f.getSpaceBefore()
            f.drawOn(self.canv, 0, y - h)
            y -= h + f.getSpaceAfter()


def story_flowables(document, analysis, words: Words, losses, width: float, today,
                    title: str, owner: str, scene=None, map_page: int = 3) -> list:
    facts = StoryFacts(document, analysis, words, list(losses), today, title, owner)
    return [StoryPage(facts, scene, map_page)]
