"""The leadership PDF: the story on page 1, the summary, the map (fitted or tiled), then
the registers and the micro-journeys.

One code path for the command line and the window: :func:`export_pdf` writes
the file atomically (a failed export never leaves half a PDF), and
:func:`build_pdf` returns the bytes, with an optional log of every string drawn
on the map pages (used by the tests to check sizes and widths).
"""

from __future__ import annotations

import datetime as _dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)
from reportlab.platypus.doctemplate import LayoutError

from .. import __version__
from ..io.atomic import atomic_write
from ..model import NodeKind
from ..look.palette import MUTED_INK
from ..runtime import collector_relaxed
from .fonts import SANS, cover, printable, register_fonts
from .legend import ROW as LEGEND_ROW
from .legend import draw_legend, legend_rows
from .map_pages import MapScene, PageHeading, draw_glance, draw_tile, draw_title_band
from .painter import TextLog
from .paper import (
    MARGIN,
    POSTER,
    POSTER_SHEETS,
    map_page_frame,
    orientations,
    page_size,
    paper_name,
)
from .tiling import MapPlan, plan_map
from .words import QT_TRANSLATE_NOOP, Translate, translate, translating

Progress = Callable[[int, int], None] | None


class ExportCancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is written."""


class ExportError(ValueError):
    """The PDF could not be made from this map; the message says so in plain words.

    A ValueError, so the command line's refusal (``Cannot export FILE: …``, exit 1)
    and the window's message box show it like any other refused map.
    """

rl_config.useA85 = 0  # binary (Flate) streams: smaller files, and no slow ASCII85 pass


@dataclass
class ExportResult:
    """What an export produced: the bytes, the map plan and the map pages' text."""

    data: bytes
    plan: MapPlan
    pages: int
    log: TextLog = field(default_factory=TextLog)
    map_pages: tuple[int, ...] = ()
    unprintable: str = ""  # characters of the map no installed font has (printed as "�")
    paper: str = ""  # the paper printed on (the sheet the poster chose)
    size: tuple[float, float] = (0.0, 0.0)  # its page size in points
    layout: object = None  # the map's layout on paper: the room's, or a packed one


class _Outline(Flowable):
    """An invisible mark: a bookmark (outline entry) at the current page."""

    def __init__(self, title: str, key: str, level: int = 0) -> None:
        super().__init__()
        self.title, self.key, self.level = title, key, level
        self.width = self.height = 0

    def wrap(self, avail_w, avail_h):
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(printable(self.title), self.key, self.level, closed=False)


class _MapTile(Flowable):
    """One map page, drawn straight on the canvas (no per-step flowables: fast)."""

    def __init__(self, job: "_Job", index: int) -> None:
        super().__init__()
        self.job, self.index = job, index

    def wrap(self, avail_w, avail_h):
        return avail_w, avail_h

    def draw(self) -> None:
        job = self.job
        canv = self.canv
        page = canv.getPageNumber()
        frame = job.frame
        canv.saveState()
        plan = job.plan
        legend = self.index == plan.legend_page
        if not legend:  # the legend is printed once: the map takes its room here
            frame = job.bare
        if self.index < 0:  # the whole map at a glance, before the readable parts
            draw_title_band(canv, frame.title, job.heading, plan, None, job.scene, page,
                            job.log)
            draw_glance(canv, job.scene, plan, frame.map, page, page + 1, job.log)
        else:  # the parts on this page, one under the other
            tiles = plan.pages[self.index]
            draw_title_band(canv, frame.title, job.heading, plan, tiles[0], job.scene,
                            page, job.log)
            for tile in tiles:
                draw_tile(canv, job.scene, plan, tile, frame.map, page, job.log)
        if legend:
            draw_legend(canv, frame.legend, job.document.owners, page, job.log)
        canv.restoreState()
        job.map_pages.append(page)
        job.tick()


TOTAL_FORM = "jmPageTotal"


def _numbered_canvas(title: str):
    class NumberedCanvas(Canvas):
        """Writes "page N of M" on every page; M is a form drawn once at the end, so
        pages are not held back (which would break the bookmarks)."""

        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = SANS  # no stray Helvetica on any page
            kwargs["initialFontSize"] = 9
            super().__init__(*args, **kwargs)
            self.showOutline()  # the reader opens with the bookmarks beside the pages

        def showPage(self):
            self._footer()
            super().showPage()

        def save(self):
            self.beginForm(TOTAL_FORM)
            self.setFont(SANS, 7.5)
            self.setFillColor(HexColor(MUTED_INK))
            self.drawString(0, 0, str(self.getPageNumber() - 1))
            self.endForm()
            super().save()

        def _footer(self) -> None:
            w, _ = self._pagesize
            self.saveState()
            self.setFont(SANS, 7.5)
            self.setFillColor(HexColor(MUTED_INK))
            self.drawString(MARGIN, MARGIN - 14, printable(title)[:120])
            reserve = stringWidth("0000", SANS, 7.5)
            self.drawRightString(w - MARGIN - reserve, MARGIN - 14,
                                 translate("export", "page {0} of ")
                                 .format(self.getPageNumber()))
            self.translate(w - MARGIN - reserve, MARGIN - 14)
            self.doForm(TOTAL_FORM)
            self.restoreState()

    return NumberedCanvas


@dataclass
class _Job:
    document: object
    scene: MapScene
    plan: MapPlan
    frame: object
    heading: PageHeading
    log: TextLog | None
    progress: Progress
    total: int
    bare: object = None  # the frame of a map page without the legend
    done: int = 0
    map_pages: list = field(default_factory=list)

    def tick(self) -> None:
        self.done = min(self.done + 1, self.total)
        if self.progress is not None:
            self.progress(self.done, self.total)


def _counts(document) -> str:
    steps = sum(1 for n in document.nodes() if n.kind == NodeKind.TOUCHPOINT)
    crossroads = sum(1 for _ in document.nodes(NodeKind.CROSSROADS))
    return translate("export", "{0} stages, {1} micro-journeys, {2} touchpoints, "
                     "{3} crossroads").format(len(document.stages), len(document.journeys),
                                              steps, crossroads)


def _owner_name(document) -> str:
    owner_id = document.info.journey_owner_id
    if owner_id and document.has_owner(owner_id):
        return document.owner(owner_id).name or translate("export", "unnamed")
    return translate("export", "not named")


def build_pdf(document, paper: str = "A4", orientation: str = "landscape",
              progress: Progress = None, today: _dt.date | None = None,
              log: TextLog | None = None, source: str | None = None,
              translate: Translate | None = None) -> ExportResult:
    """The whole PDF as bytes (nothing is written), in the words of ``translate``."""
    with translating(translate), collector_relaxed():
        return _build_pdf(document, paper, orientation, progress, today, log, source)


def _build_pdf(document, paper, orientation, progress, today, log, source) -> ExportResult:
    from .sections import Sections, front_story, section_count, section_story

    register_fonts()
    unprintable = cover(_map_text(document, source))  # before anything is measured
    today = today or _dt.date.today()
    scene = MapScene.of(document, today)
    sheet, size, frame, plan, scene = _sheet_and_plan(document, scene, paper, orientation,
                                                      _packed_scenes(document, today))
    poster = paper_name(paper) == POSTER  # the map alone, for the wall
    bare = map_page_frame(size, 0.0)
    title = document.info.title.strip() or (Path(source).stem if source
                                           else translate("export", "Journey map"))
    owner = _owner_name(document)
    heading = PageHeading(title, owner, today.isoformat(), _counts(document))
    job = _Job(document, scene, plan, frame, heading, log, progress,
               total=len(plan.pages) + int(plan.glance)
               + (0 if poster else section_count(document) + 1), bare=bare)
    if progress is not None:
        progress(0, job.total)

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 10, title=printable(title), author=printable(owner),
        subject=printable(translate("export", "Customer-journey map: {0}")
                          .format(_counts(document))),
        creator=f"JourneyMapper {__version__}", producer=f"JourneyMapper {__version__}",
        keywords=[translate("export", "customer journey"), translate("export", "journey map"),
                  translate("export", "crossroads")],
        lang=translate("export", "en"))
    full = Frame(0, 0, size[0], size[1], leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0, id="map")
    text = Frame(MARGIN, MARGIN + 10, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN - 10, id="text",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    # the text template first: page 1 is the story, page 2 the summary, then the map
    templates = [PageTemplate("text", [text]), PageTemplate("map", [full])]
    doc.addPageTemplates(templates[::-1] if poster else templates)  # a poster: map pages only

    sections = None if poster else Sections(document, size, today)
    story: list = []
    if not poster:  # the poster is the map alone, for the wall
        story += front_story(sections, job.tick, title, owner, scene)
        story += [NextPageTemplate("map"), PageBreak()]
    story.append(_Outline(translate("export", "Map"), "map", 0))
    if plan.glance:
        story += [_Outline(translate("export", "The whole map at a glance"), "map-whole", 1),
                  _MapTile(job, -1), PageBreak()]
    pages = plan.pages
    for i, tiles in enumerate(pages):
        for tile in tiles if plan.tiled else ():
            story.append(_Outline(translate("export", "Part {0} of {1}").format(
                tile.index + 1, len(plan.tiles)), f"map-{tile.index}", 1))
        story.append(_MapTile(job, i))
        if i < len(pages) - 1:
            story.append(PageBreak())
    if not poster:
        story += [NextPageTemplate("text"), PageBreak()]
        story += section_story(sections, job.tick)
    doc.build(story, canvasmaker=_numbered_canvas(title))
    if progress is not None:
        progress(job.total, job.total)
    return ExportResult(buffer.getvalue(), plan, doc.page, log or TextLog(),
                        tuple(job.map_pages), unprintable, sheet, size, scene.layout)


def _map_text(document, source: str | None) -> str:
    """Every piece of text the map holds (the text fields of its info, stages, lanes,
    owners, steps and arrows: labels, names, notes, actions …), and the file name that
    titles an untitled map. (Walking the fields is ten times quicker than writing the
    file's JSON: 6 ms at 2,000 steps.)"""
    parts = [Path(source).stem if source else ""]
    for group in ((document.info,), document.stages, document.journeys, document.owners,
                  document.nodes(), document.edges()):
        for item in group:
            for value in vars(item).values():
                if isinstance(value, str):
                    parts.append(value)
                elif isinstance(value, (list, tuple)):
                    parts += [v for v in value if isinstance(v, str)]
    return "\n".join(parts)


def _page_and_plan(document, scene: MapScene, paper: str, orientation: str | None):
    """The page size, map-page frame and map plan (see :func:`_sheet_and_plan`)."""
    return _sheet_and_plan(document, scene, paper, orientation)[1:4]


def _sheet_and_plan(document, scene: MapScene, paper: str, orientation: str | None,
                    packed=None):
    """The paper's name, page size, map-page frame, map plan and the scene it prints.
    When the orientation is left open ("auto" or None): the one whose map needs fewer
    pages, then fewer parts; landscape on a tie, unless portrait prints the map a tenth
    larger.

    ``packed`` (a callable giving scenes of :func:`.packing.candidates`, asked only
    when the room's arrangement takes more than one page): one of them is printed
    instead of ``scene`` when it takes fewer pages without a whole-map-at-a-glance
    page; on as many the room's own arrangement is kept, and so it is for a map that
    needs the glance page (which shows the room's map whole, as the room knows it).

    The poster (``POSTER``) is the smallest sheet of ``POSTER_SHEETS`` on which the
    whole map prints on one page with every word at ``MIN_READABLE_PT`` or more (the
    plan never goes below it); a map too big even for the largest is printed on as
    few of those as it needs.
    """
    if paper_name(paper) == POSTER:
        for sheet in POSTER_SHEETS:
            found = _sheet_and_plan(document, scene, sheet, orientation, packed)
            if len(found[3].pages) == 1 and not found[3].glance:
                break
        return found
    best = None
    for choice in orientations(orientation):
        size = page_size(paper, choice)
        legend_h = legend_rows(size[0] - 2 * MARGIN, document.owners) * LEGEND_ROW + 4
        frame = map_page_frame(size, legend_h)
        bare = map_page_frame(size, 0.0)
        shown = scene
        plan = plan_map(document, scene.layout, bare.map.w, bare.map.h,
                        legend_h=bare.map.h - frame.map.h)
        cost = (len(plan.pages) + int(plan.glance), len(plan.tiles))
        if cost[0] > 1 and packed is not None:
            for other in packed():
                try:
                    tried = plan_map(document, other.layout, bare.map.w, bare.map.h,
                                     legend_h=bare.map.h - frame.map.h)
                except ValueError:
                    continue
                tried_cost = (len(tried.pages) + int(tried.glance), len(tried.tiles))
                if tried.glance:
                    continue  # a map that big keeps the room's arrangement, seen whole
                if tried_cost[0] < cost[0] or (tried_cost[0] == cost[0] and shown is not scene
                                               and tried_cost < cost):
                    plan, cost, shown = tried, tried_cost, other
        if best is None or cost < best[0] or (cost == best[0]
                                              and plan.scale > 1.1 * best[3].scale):
            best = (cost, size, frame, plan, shown)
    return (paper_name(paper),) + best[1:]


def _packed_scenes(document, today: _dt.date):
    """A callable giving the scenes of the map's packed print layouts, made on the
    first call only (most maps that fit a page never ask)."""
    made: list = []

    def scenes() -> list:
        if not made:
            from .packing import candidates

            made.append([MapScene.of(document, today, layout)
                         for layout in candidates(document)])
        return made[0]

    return scenes


def export_pdf(document, path, paper: str = "A4", orientation: str = "landscape",
               progress: Progress = None, today: _dt.date | None = None,
               source: str | None = None, translate: Translate | None = None,
               unprintable: Callable[[str], None] | None = None) -> Path:
    """Write the leadership PDF of ``document`` to ``path`` (atomically); returns the path.

    ``paper`` is a size of ``PAPERS`` or ``"poster"``: the map alone on one sheet, the
    smallest from A3 to A0 on which its words print at 6 pt or more, for the workshop
    wall. ``unprintable(characters)`` is called after writing when the map holds
    characters that neither the PDF's font nor any installed font has (they print as
    "�"), so the command line and the window can name them instead of failing silently.
    ``progress(done, total)`` is called as pages are laid out; ``today`` decides
    the printed date and what is overdue; ``source`` (the map's file name) gives
    the title when the map has none; ``translate(context, text)`` (for example
    ``QCoreApplication.translate``) gives the PDF's words in the reader's language,
    English when it is None.
    """
    path = Path(path)
    write_pdf(document, path, paper, orientation, progress, today, source, translate,
              unprintable)
    return path


def write_pdf(document, path, paper: str = "A4", orientation: str = "landscape",
              progress: Progress = None, today: _dt.date | None = None,
              source: str | None = None, translate: Translate | None = None,
              unprintable: Callable[[str], None] | None = None) -> ExportResult:
    """:func:`export_pdf`, returning what was written (the paper the poster chose, the
    pages) for the caller to tell the user."""
    path = Path(path)
    try:
        result = build_pdf(document, paper, orientation, progress, today,
                           source=source or str(path), translate=translate)
    except (ExportCancelled, ValueError, OSError, MemoryError):
        raise
    except LayoutError as exc:  # the last resort: no traceback, no half file
        raise ExportError(f"a part of the map is too large to fit on one page of the PDF "
                          f"({_first_line(exc)}); nothing was written") from exc
    except Exception as exc:
        raise ExportError(f"the PDF could not be made ({type(exc).__name__}: "
                          f"{_first_line(exc)}); nothing was written. Please report this "
                          "with the map") from exc
    atomic_write(path, result.data, keep_backup=False)
    if result.unprintable and unprintable is not None:
        with translating(translate):  # (so unprintable_message speaks the PDF's language)
            unprintable(result.unprintable)
    return result


def poster_note(result: ExportResult, translator: Translate | None = None) -> str:
    """Which sheet a poster is on, in one sentence (the print shop needs to know), in the
    words of ``translator`` (English when None)."""
    with translating(translator):
        side = (translate("export", "landscape") if result.size[0] >= result.size[1]
                else translate("export", "portrait"))
        sheets = len(result.plan.pages) + int(result.plan.glance)
        if sheets == 1:
            return translate("export", "The whole map is on one {0} sheet ({1}); print it at full "
                       "size.").format(result.paper, side)
        return translate("export", "The map is too big for one {0} sheet at a readable size; it is "
                   "printed on {1} {0} sheets ({2}).").format(result.paper, sheets, side)


def unprintable_message(characters: str, limit: int = 20) -> str:
    """What to tell the user about characters the PDF could not print, in plain words
    (and in the reader's language inside :func:`translating`)."""
    shown = " ".join(characters[:limit]) + (" …" if len(characters) > limit else "")
    codes = ", ".join(f"U+{ord(c):04X}" for c in characters[:limit])
    template = (QT_TRANSLATE_NOOP("export", "The PDF shows “�” for a character that no "
                                  "installed font has: {1} ({2}). Install a font that has "
                                  "it and export again.")
                if len(characters) == 1 else
                QT_TRANSLATE_NOOP("export", "The PDF shows “�” for {0} characters that no "
                                  "installed font has: {1} ({2}). Install a font that has "
                                  "them (for Chinese, Japanese or Korean: fonts-noto-cjk) "
                                  "and export again."))
    return translate("export", template).format(len(characters), shown, codes)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0][:200] if text else "") or type(exc).__name__
