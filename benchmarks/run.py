"""JourneyMapper against the raw libraries it is built on, on synthetic maps of N items.

    python benchmarks/run.py                 # N = 500, 2,000, 10,000; median of 5 runs
    python benchmarks/run.py --sizes 500     # a quick run
    python benchmarks/run.py --repeat 3 --sizes 500,2000

Every operation is timed several times (the median is printed) and, in the
same run, a **baseline** that does the same raw work without JourneyMapper:

* open (model): ``io.load`` vs ``json.load`` + a plain ``networkx.DiGraph``
  holding the same attributes;
* open (scene): ``JourneyScene`` vs the same number of plain
  ``QGraphicsRectItem``s each with a ``QGraphicsSimpleTextItem`` child, and
  plain ``QGraphicsLineItem``s for the arrows;
* save: ``io.save`` (validated, deterministic, atomic with fsync and a
  ``.bak``) vs ``json.dump`` of the same data;
* repaint: the whole map fitted into a 1920×1080 view, and a 1920×1080 view
  zoomed to 150 % on a small part (the first paint after a zoom, when no item
  cache helps), both through a ``QGraphicsView`` onto a ``QImage``-backed
  pixmap, vs the same views of the plain scene;
* edit: add one step, move one step, undo both, through the undo stack, until
  the scene has followed and the event loop is idle (must not grow with N);
  baseline: the same on the plain scene;
* analysis: ``analyse`` + ``render_text`` (no baseline: nothing raw does it);
* PDF: ``export_pdf`` (A3 landscape) vs reportlab drawing the same number of
  rectangles with text and lines on a canvas, with the same embedded font;
* peak memory: the peak RSS of a fresh process that opens the map, builds the
  scene and paints it, vs one that does the baseline work;
* window: in a fresh process, the real main window with its side panels open; after
  one edit (a step renamed), the longest time the window's event loop was blocked
  until everything has followed (a 5 ms timer's longest gap), vs the same with the
  side panels closed (what the canvas alone costs).

A section whose package is not there yet prints "not available yet".
Times are wall-clock milliseconds on this machine; ratios are JourneyMapper /
baseline (lower is better, 1.0 = as fast as the raw libraries).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import networkx as nx  # noqa: E402

from journeymapper import io  # noqa: E402

VIEW_W, VIEW_H = 1920, 1080
ZOOM = 1.5
DEFAULT_SIZES = (500, 2000, 10000)


# --- helpers ---------------------------------------------------------------------

def median_ms(fn, repeat: int, setup=None, teardown=None, warm: bool = True) -> float:
    """Median wall time of ``fn`` in ms after one untimed warm-up run.

    ``setup``'s result is passed in, untimed; ``teardown`` gets the result, untimed.
    """
    times = []
    gc.collect()  # once: a full collection costs ~0.1 s in a process holding Qt and a big map
    for i in range(repeat + (1 if warm else 0)):
        arg = setup() if setup else None
        start = time.perf_counter()
        result = fn(arg) if setup else fn()
        if i or not warm:
            times.append((time.perf_counter() - start) * 1000)
        if teardown:
            teardown(result)
        del result
        if teardown:
            # what was torn down may sit in reference cycles (a scene and its editing
            # helpers): left for the collector, five dead 10,000-step scenes made later
            # builds up to 60 % slower (520–831 ms; 422–519 ms collected each time)
            gc.collect()
    return statistics.median(times)


class Row:
    def __init__(self, n, op, ms, base=None, note=""):
        self.n, self.op, self.ms, self.base, self.note = n, op, ms, base, note

    @property
    def ratio(self):
        return self.ms / self.base if self.base else None


def fmt_ms(value) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}" if value >= 1 else f"{value:.2f}"


def print_table(rows: list[Row]) -> None:
    print("| N | operation | JourneyMapper (ms) | baseline (ms) | ratio | note |")
    print("|---:|---|---:|---:|---:|---|")
    for r in rows:
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        n = f"{r.n:,}" if isinstance(r.n, int) else r.n
        print(f"| {n} | {r.op} | {fmt_ms(r.ms)} | {fmt_ms(r.base)} | {ratio} | {r.note} |")
    sys.stdout.flush()


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# --- baselines ---------------------------------------------------------------------

def baseline_open(path: Path) -> nx.DiGraph:
    """json.load + a plain networkx graph holding the same attributes."""
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    graph = nx.DiGraph()
    for node in data["nodes"]:
        graph.add_node(node["id"], **node)
    for edge in data["edges"]:
        graph.add_edge(edge["source"], edge["target"], **edge)
    graph.graph.update({k: data[k] for k in ("title", "stages", "journeys", "owners")})
    return graph


def baseline_save(data: dict, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)


def plain_items(document):
    """(rect, label) per step and (p1, p2) per arrow, in absolute map coordinates."""
    from journeymapper.model.geometry import GridLayout

    grid = GridLayout.of(document)
    rects = {}
    for node in document.nodes():
        r = grid.node_rect(node)
        rects[node.id] = (r.x, r.y, r.w, r.h, node.label)
    lines = []
    for edge in document.edges():
        a, b = rects[edge.source], rects[edge.target]
        lines.append((a[0] + a[2], a[1] + a[3] / 2, b[0], b[1] + b[3] / 2))
    return list(rects.values()), lines, (grid.width, grid.height)


def build_plain_scene(items):
    from PySide6.QtWidgets import (
        QGraphicsLineItem,
        QGraphicsRectItem,
        QGraphicsScene,
        QGraphicsSimpleTextItem,
    )

    rects, lines, (w, h) = items
    scene = QGraphicsScene()
    scene.setSceneRect(0, 0, w, h)
    for x, y, rw, rh, label in rects:
        rect = QGraphicsRectItem(0, 0, rw, rh)
        rect.setPos(x, y)
        text = QGraphicsSimpleTextItem(label, rect)
        text.setPos(6, 6)
        scene.addItem(rect)
    for x1, y1, x2, y2 in lines:
        scene.addItem(QGraphicsLineItem(x1, y1, x2, y2))
    return scene


# --- the sections -------------------------------------------------------------------

def section_model(n, path, data, repeat, rows, tmp: Path):
    rows.append(Row(n, "open: load .jmap into the model",
                    median_ms(lambda: io.load(path), repeat),
                    median_ms(lambda: baseline_open(path), repeat),
                    "baseline: json.load + networkx graph"))
    document = io.load(path)
    out, raw_out = tmp / "saved.jmap", tmp / "raw.json"
    rows.append(Row(n, "save", median_ms(lambda: io.save(document, out), repeat),
                    median_ms(lambda: baseline_save(data, raw_out), repeat),
                    "io.save: deterministic JSON, fsync, .bak; baseline: json.dump"))
    return document


def section_routes(n, document, repeat, rows):
    """Every arrow routed by the shared rule round the steps (what the PDF does for a
    whole map; the canvas does it for the arrows in view), against the same rule with
    one curve per arrow (no way along the corridors between steps): what the ways
    round cost."""
    from journeymapper.look import arrows as ar
    from journeymapper.model import EdgeKind
    from journeymapper.model.geometry import GridLayout

    grid = GridLayout.of(document)
    rects = {}
    for node in document.nodes():
        r = grid.node_rect(node)
        rects[node.id] = (r.x, r.y, r.w, r.h)
    ends = [(rects[e.source], rects[e.target], e.kind == EdgeKind.BRANCH)
            for e in document.edges() if e.source in rects and e.target in rects]

    def round_the_steps():
        steps = ar.Obstacles(rects.values())
        return sum(bool(ar.route(a, b, fork, steps).pieces) for a, b, fork in ends)

    def one_curve_each():
        corridors, ar._through_corridors = ar._through_corridors, lambda *args: None
        try:
            return round_the_steps()
        finally:
            ar._through_corridors = corridors

    ways = round_the_steps()
    rows.append(Row(n, "route every arrow round the steps", median_ms(round_the_steps, repeat),
                    median_ms(one_curve_each, repeat),
                    f"{len(ends):,} arrows, {ways:,} along the corridors; baseline: one "
                    "curve per arrow (no corridors)"))


def section_analysis(n, document, repeat, rows):
    try:
        from journeymapper.analysis import analyse  # noqa: F401
        from journeymapper.analysis.report import render_text
    except ImportError as exc:
        rows.append(Row(n, "analysis report", None, None, f"not available yet ({exc})"))
        return
    rows.append(Row(n, "analysis report (analyse + render_text)",
                    median_ms(lambda: render_text(document), repeat), None, "no raw baseline"))


def plain_find(document, needle: str) -> list[str]:
    """The baseline for Find: a plain case-folded substring test of the same texts (label,
    description, owner's name) in the document's own order, no accents, no flow order."""
    owners = {o.id: o.name.casefold() for o in document.owners}
    needle = needle.casefold()
    found = []
    for node in document.nodes():
        owner = owners.get(getattr(node, "owner_id", None) or "", "")
        if (needle in node.label.casefold()
                or needle in getattr(node, "description", "").casefold() or needle in owner):
            found.append(node.id)
    return found


def section_find(n, document, repeat, rows):
    """What one typed letter in the find bar costs (its order is kept per map version),
    the first letter after opening a map (nothing folded yet), and working out the order."""
    from journeymapper.model.find import find_order, find_steps, fold
    from journeymapper.model.flow import flow_order

    order = find_order(document)
    for query, what in (("faktura", "plain letters"), ("kjøp", "an accented letter")):
        rows.append(Row(n, f"find: one letter typed ({what}: “{query}”)",
                        median_ms(lambda q=query: find_steps(document, q, order), repeat),
                        median_ms(lambda q=query: plain_find(document, q), repeat),
                        f"{len(find_steps(document, query, order))} matches; baseline: "
                        "casefold + `in` over the same texts"))
    rows.append(Row(n, "find: the first letter after opening (nothing folded yet)",
                    median_ms(lambda _: find_steps(document, "faktura", order), repeat,
                              setup=fold.cache_clear),
                    median_ms(lambda: plain_find(document, "faktura"), repeat),
                    "baseline: the same plain search"))
    rows.append(Row(n, "find: the order, once per version of the map (find_order)",
                    median_ms(lambda: find_order(document), repeat),
                    median_ms(lambda: [flow_order(document, j.id) for j in document.journeys],
                              repeat),
                    "baseline: flow_order asked lane by lane, as before"))


def _qt_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["benchmark"])


def _view(scene, journey: bool):
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QGraphicsView

    if journey:
        from journeymapper.canvas import JourneyView

        view = JourneyView(scene)
    else:
        view = QGraphicsView(scene)
        view.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
    view.setHorizontalScrollBarPolicy(view.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(view.verticalScrollBarPolicy().ScrollBarAlwaysOff)
    view.setFrameShape(view.frameShape().NoFrame)
    view.resize(VIEW_W, VIEW_H)
    view.show()
    return view


def _paint(view):
    image = view.viewport().grab()
    assert image.width() == VIEW_W, image.width()
    return image


def _fit(view, rect):
    from PySide6.QtCore import Qt

    view.resetTransform()
    view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)


def _zoomed(view, centre, toggle=[0]):
    """150 % (alternating with 151 %: a changed scale empties every item cache)."""
    toggle[0] ^= 1
    view.resetTransform()
    z = ZOOM + 0.01 * toggle[0]
    view.scale(z, z)
    view.centerOn(*centre)


def section_canvas(n, document, items, repeat, rows):
    try:
        from journeymapper.canvas import JourneyScene, JourneyView  # noqa: F401
        from journeymapper.state import MapSession
    except ImportError as exc:
        rows.append(Row(n, "scene, repaint, edit", None, None, f"not available yet ({exc})"))
        return None
    from PySide6.QtCore import QCoreApplication, QEvent, QRectF

    app = _qt_app()

    def make_scene(_=None):
        session = MapSession(document)
        scene = JourneyScene(session)
        app.processEvents()  # work the scene deferred (label placement) counts too
        return scene, session

    def make_plain():
        scene = build_plain_scene(items)
        app.processEvents()
        return scene

    def drop(pair):
        scene, session = pair if isinstance(pair, tuple) else (pair, None)
        if hasattr(scene, "close"):
            scene.close()
        if session is not None:
            session.close()
        app.processEvents()
        scene.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    scene_ms = median_ms(make_scene, repeat, teardown=drop)
    plain_ms = median_ms(make_plain, repeat, teardown=drop)
    rows.append(Row(n, "open: build the scene", scene_ms, plain_ms,
                    "baseline: QGraphicsRectItem + text child, QGraphicsLineItem"))
    model_row = next(r for r in rows if r.n == n and r.op.startswith("open: load"))
    rows.append(Row(n, "**open: model + scene**", model_row.ms + scene_ms,
                    model_row.base + plain_ms, "target: < 1,000 ms and ≤ 2× at 10,000"))

    scene, session = make_scene()
    plain = build_plain_scene(items)
    view, plain_view = _view(scene, True), _view(plain, False)
    app.processEvents()
    whole = QRectF(scene.sceneRect())
    # A small part, the same at every N: around the cell of the second stage and lane,
    # where the edits below happen too (every cell holds four steps at every N).
    cell = scene.grid.cell(document.stages[1].id, document.journeys[min(1, len(
        document.journeys) - 1)].id)
    centre = cell.centre

    def repaint_whole(v):
        _fit(v, whole)
        return _paint(v)

    rows.append(Row(n, "repaint: whole map into 1920×1080",
                    median_ms(lambda: repaint_whole(view), repeat),
                    median_ms(lambda: repaint_whole(plain_view), repeat), "fitted, first paint"))

    def repaint_zoomed(v):
        _zoomed(v, centre)
        return _paint(v)

    rows.append(Row(n, "**repaint: zoomed-in 1920×1080 (150 %)**",
                    median_ms(lambda: repaint_zoomed(view), max(repeat, 11)),
                    median_ms(lambda: repaint_zoomed(plain_view), max(repeat, 11)),
                    "target: < 16 ms at 10,000"))

    def pan_repaint(v):
        _paint(v)

    _zoomed(view, centre)
    _zoomed(plain_view, centre)
    _paint(view)
    _paint(plain_view)
    rows.append(Row(n, "repaint: zoomed-in, again (cached)",
                    median_ms(lambda: pan_repaint(view), max(repeat, 11)),
                    median_ms(lambda: pan_repaint(plain_view), max(repeat, 11)),
                    "a repaint without zoom change"))

    _zoomed(view, centre)
    _zoomed(plain_view, centre)
    _paint(view)
    _paint(plain_view)
    edit_ms, plain_edit_ms = edit_times(document, session, scene, plain, app)
    rows.append(Row(n, "**edit: add + move one step, undo both**", edit_ms, plain_edit_ms,
                    "in view: until the scene and the view are up to date; target: flat in N"))
    rows.append(Row(n, "edit: a card grows for a long label, undo", grow_times(
        document, session, scene, app), plain_edit_ms,
        "in view; its column widens and the columns right of it move (before issue 16 "
        "the card kept its size); baseline: the plain edit above"))
    view.hide()
    plain_view.hide()
    app.processEvents()
    edit_ms, plain_edit_ms = edit_times(document, session, scene, plain, app)
    rows.append(Row(n, "edit, no view (model + scene only)", edit_ms, plain_edit_ms,
                    "the same edits without painting"))
    growth_rows(n, document, session, scene, view, centre, app, rows)
    view.close()
    plain_view.close()
    view.deleteLater()
    plain_view.deleteLater()
    drop((scene, session))
    drop(plain)
    return True


CROP = (12, 11)  # stages × lanes of the 500-step map: ~528 steps


def crop(document, stages: int, lanes: int):
    """The map's first ``stages`` × ``lanes`` cells with their steps and the arrows between
    them: the same neighbourhood as the whole map, a fraction of its size."""
    from journeymapper.io import from_data, to_data

    data = to_data(document)
    keep_s = {s["id"] for s in data["stages"][:stages]}
    keep_l = {j["id"] for j in data["journeys"][:lanes]}
    data["stages"] = data["stages"][:stages]
    data["journeys"] = data["journeys"][:lanes]
    data["nodes"] = [x for x in data["nodes"]
                     if x["stage_id"] in keep_s and x["journey_id"] in keep_l]
    ids = {x["id"] for x in data["nodes"]}
    data["edges"] = [e for e in data["edges"] if e["source"] in ids and e["target"] in ids]
    return from_data(data)


def growth_rows(n, document, session, scene, view, centre, app, rows):
    """Flat in N, held to the letter: the same edit of the same step with the same cells
    around it, on the whole map and on the map cropped to its first 12 × 11 cells
    (measured back to back, in view and without). Comparing different maps' edits mixes
    N with what happens to be around the edited step."""
    if len(document.stages) <= CROP[0] and len(document.journeys) <= CROP[1]:
        return
    from journeymapper.canvas import JourneyScene
    from journeymapper.state import MapSession

    small = crop(document, *CROP)
    small_session = MapSession(small)
    small_scene = JourneyScene(small_session)
    small_view = _view(small_scene, True)
    app.processEvents()
    for label, shown in (("in view", True), ("no view", False)):
        for v in (view, small_view):
            if shown:
                v.show()
                _zoomed(v, centre)
                _paint(v)
            else:
                v.hide()
        app.processEvents()
        edits = (edit_times(small, small_session, small_scene, None, app),
                 edit_times(document, session, scene, None, app))
        times: tuple[list, list] = ([], [])
        gc.collect()
        for _ in range(31):  # alternated, so both see the same neighbours on the machine
            for edit, found in zip(edits, times):
                start = time.thread_time()
                edit()
                found.append((time.thread_time() - start) * 1000)
        small_ms, whole_ms = (statistics.median(found) for found in times)
        rows.append(Row(n, f"edit {label}: this map ÷ its first 12 × 11 cells (CPU)",
                        whole_ms, small_ms, f"flat in N ⇔ ≈ 1×; baseline: the same edit on "
                                            f"{small.node_count():,} steps, alternated"))
    view.show()
    small_view.close()
    small_view.deleteLater()
    small_scene.close()
    small_session.close()
    small_scene.deleteLater()
    app.processEvents()


def edit_times(document, session, scene, plain, app, repeat=21):
    from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsSimpleTextItem

    from journeymapper.commands import AddNodeCommand, MoveNodesCommand, push
    from journeymapper.model import Touchpoint

    stack = session.undo_stack
    # In view (see section_canvas): the edits repaint what the user looks at.
    stage, lane = document.stages[1].id, document.journeys[min(1, len(document.journeys) - 1)].id
    # The same kind of step at every N: a rated touchpoint (its lane's feeling curve
    # follows it) with one arrow in and one out. (Until 27 November any touchpoint with two
    # arrows: the one picked at 10,000 steps was rated, at 500 it was not, and the curve's
    # repaint made the larger map look slower than it is.)
    here = sorted(document.nodes_in(stage, lane), key=lambda x: x.id)
    first = next((n for n in here if n.kind.value == "touchpoint" and n.rating is not None
                  and len(document.edges_of(n.id)) == 2),
                 next((n for n in here if n.kind.value == "touchpoint"
                       and len(document.edges_of(n.id)) == 2), here[0]))
    counter = [0]

    def edit():
        counter[0] += 1
        node = Touchpoint(id=f"bench-{counter[0]}", label="Ny kontakt – øving",
                          stage_id=stage, journey_id=lane, x=200.0, y=120.0)
        push(stack, AddNodeCommand(document, node))
        app.processEvents()
        old = (first.stage_id, first.journey_id, first.x, first.y)
        push(stack, MoveNodesCommand(document, {first.id: (old, (document.stages[2].id,
                                                                  lane, 16.0, 200.0))}))
        app.processEvents()
        stack.undo()
        stack.undo()
        app.processEvents()
        assert scene.node_item(node.id) is None
        return node

    x, y = scene.grid.cell(stage, lane).x, scene.grid.cell(stage, lane).y

    def plain_edit():
        rect = QGraphicsRectItem(0, 0, 160, 72)
        QGraphicsSimpleTextItem("Ny kontakt – øving", rect)
        rect.setPos(x + 200, y + 120)
        plain.addItem(rect)
        app.processEvents()
        rect.setPos(x + 2 * 368 + 16, y + 200)
        app.processEvents()
        plain.removeItem(rect)
        app.processEvents()
        return rect

    edit()
    if plain is None:
        return edit
    return median_ms(edit, repeat), median_ms(plain_edit, repeat)


GROWN_LABEL = ("Kunden ringer kundesenteret og venter i telefonkø i tjue minutter før en "
               "saksbehandler svarer")


def grow_times(document, session, scene, app, repeat=11) -> float:
    """A card of the second stage and lane renamed to a label that needs a wider card,
    then the rename undone, through the undo stack, until the view is up to date: the
    card's column gets wider and every column right of it moves (issue 16), and back."""
    from journeymapper.commands import UpdateNodeCommand, push

    stack = session.undo_stack
    stage, lane = document.stages[1].id, document.journeys[min(1, len(document.journeys) - 1)].id
    card = next(n for n in sorted(document.nodes_in(stage, lane), key=lambda x: x.id)
                if n.kind.value == "touchpoint")

    def edit():
        push(stack, UpdateNodeCommand(document, card.id, label=GROWN_LABEL))
        app.processEvents()
        stack.undo()
        app.processEvents()

    edit()
    return median_ms(edit, repeat)


def section_pdf(n, document, items, repeat, rows, tmp: Path):
    try:
        from journeymapper.export.pdf import export_pdf
    except ImportError as exc:
        rows.append(Row(n, "PDF export", None, None, f"not available yet ({exc})"))
        return
    base_out = tmp / "raw.pdf"
    base_ms = median_ms(lambda: reportlab_baseline(items, base_out), repeat)
    try:
        pages = []
        map_ms = median_ms(lambda: pages.append(map_pages_only(document, tmp / "pages.pdf")),
                           repeat)
        rows.append(Row(n, "**PDF: the map pages only (A3 landscape)**", map_ms, base_ms,
                        f"{pages[-1]} pages (at a glance + tiled for reading); baseline: reportlab rects + text "
                        f"+ lines on one page; target ≤ 2×"))
    except (ImportError, TypeError, AttributeError) as exc:
        rows.append(Row(n, "PDF: map pages only", None, None, f"not available ({exc})"))
    out = tmp / "map.pdf"
    pdf_repeat = repeat if n < 5000 else 1
    pdf_ms = median_ms(lambda: export_pdf(document, out, "A3", "landscape"), pdf_repeat,
                       warm=n < 5000)
    rows.append(Row(n, "PDF: whole document (map + summary + registers)", pdf_ms, base_ms,
                    f"{out.stat().st_size / 1e6:.1f} MB"
                    + ("" if n < 5000 else "; one run")))


def map_pages_only(document, path: Path) -> int:
    """The export's own map-page drawing (title band, tile, legend) for every tile,
    under the export's own garbage-collector setting (``collector_relaxed``)."""
    from journeymapper.runtime import collector_relaxed

    with collector_relaxed():
        return _map_pages(document, path)


def _map_pages(document, path: Path) -> int:
    import datetime as dt

    from reportlab.pdfgen.canvas import Canvas

    from journeymapper.export.fonts import register_fonts
    from journeymapper.export.legend import draw_legend
    from journeymapper.export.map_pages import MapScene, PageHeading, draw_tile, draw_title_band
    from journeymapper.export.pdf import _page_and_plan

    register_fonts()
    today = dt.date(2027, 1, 1)
    scene = MapScene.of(document, today)
    # the export's own page size, frame and plan (parts stacked on a page as it does)
    size, frame, plan = _page_and_plan(document, scene, "A3", "landscape")
    heading = PageHeading(document.info.title, "—", today.isoformat(), "")
    canvas = Canvas(str(path), pagesize=size)
    page = 1
    if plan.glance:  # the whole map at a glance (and the legend), then the readable parts
        from journeymapper.export.map_pages import draw_glance

        draw_title_band(canvas, frame.title, heading, plan, None, scene, page, None)
        draw_glance(canvas, scene, plan, frame.map, page, page + 1, None)
        draw_legend(canvas, frame.legend, document.owners, page, None)
        canvas.showPage()
        page += 1
    for k, tiles in enumerate(plan.pages):
        draw_title_band(canvas, frame.title, heading, plan, tiles[0], scene, page, None)
        for tile in tiles:
            draw_tile(canvas, scene, plan, tile, frame.map, page, None)
        if k == plan.legend_page:  # the legend is printed once
            draw_legend(canvas, frame.legend, document.owners, page, None)
        canvas.showPage()
        page += 1
    canvas.save()
    return page - 1


def reportlab_baseline(items, path: Path) -> None:
    """reportlab drawing the same rectangles with text and the same lines, one A3 page."""
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from journeymapper.io.resources import font_file

    if "BaselineSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BaselineSans", str(font_file("DejaVuSans.ttf"))))
    rects, lines, (w, h) = items
    page_w, page_h = landscape(A3)
    scale = min((page_w - 40) / w, (page_h - 40) / h)
    canvas = Canvas(str(path), pagesize=(page_w, page_h))
    canvas.translate(20, page_h - 20)
    canvas.scale(scale, -scale)
    canvas.setFont("BaselineSans", 9)
    for x, y, rw, rh, label in rects:
        canvas.rect(x, y, rw, rh, stroke=1, fill=0)
        canvas.saveState()
        canvas.translate(x + 6, y + 14)
        canvas.scale(1, -1)
        canvas.drawString(0, 0, label)
        canvas.restoreState()
    for x1, y1, x2, y2 in lines:
        canvas.line(x1, y1, x2, y2)
    canvas.showPage()
    canvas.save()


# --- peak memory: fresh processes ----------------------------------------------------------

def memory_child(kind: str, path: str) -> None:
    import resource

    app = None
    if kind == "journeymapper":
        document = io.load(path)
        try:
            from journeymapper.canvas import JourneyScene
            from journeymapper.state import MapSession

            app = _qt_app()
            scene = JourneyScene(MapSession(document))
            view = _view(scene, True)
            _fit(view, scene.sceneRect())
            _paint(view)
        except ImportError:
            pass
    else:
        graph = baseline_open(Path(path))  # noqa: F841 - kept alive, as the model is
        with open(Path(path).with_suffix(".items.json"), encoding="utf-8") as fh:
            items = json.load(fh)           # where the plain items go, worked out by the parent
        app = _qt_app()
        scene = build_plain_scene(items)
        view = _view(scene, False)
        _fit(view, scene.sceneRect())
        _paint(view)
    print(json.dumps({"peak_mb": _peak_rss_kb(resource) / 1024}))


def _peak_rss_kb(resource) -> float:
    """This process's peak RSS. ``ru_maxrss`` survives fork + exec on Linux (a child
    would report its parent's peak), so prefer VmHWM, which starts anew with exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return float(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def peak_memory(path: Path, items) -> tuple[float, float]:
    with open(path.with_suffix(".items.json"), "w", encoding="utf-8") as fh:
        json.dump(items, fh, ensure_ascii=False)
    result = []
    for kind in ("journeymapper", "baseline"):
        out = subprocess.run([sys.executable, __file__, "--memory-child", kind, str(path)],
                             capture_output=True, text=True, check=True, timeout=600)
        result.append(json.loads(out.stdout.strip().splitlines()[-1])["peak_mb"])
    return result[0], result[1]


# --- the window --------------------------------------------------------------------

def window_child(path: str) -> None:
    """Open ``path`` in the real main window (own config folders, offscreen) and print
    the longest event-loop gap after each of a few edits, side panels open and closed."""
    folder = tempfile.mkdtemp(prefix="jm-bench-window-")
    os.environ["JOURNEYMAPPER_CONFIG_DIR"] = os.path.join(folder, "config")
    os.environ["JOURNEYMAPPER_DATA_DIR"] = os.path.join(folder, "data")
    from PySide6.QtCore import QTimer

    from journeymapper.app import windows
    from journeymapper.commands import UpdateNodeCommand

    app = _qt_app()
    window = windows.open_file(path)
    window.resize(1600, 1000)
    window.show()
    document = window.session.document
    # debounce (≤ 1 s) + the panels' work; the smoke test shortens it
    settle = float(os.environ.get("JM_BENCH_SETTLE", 2.0 + document.node_count() / 2500))

    def longest_gap(seconds: float) -> float:
        gaps, last = [0.0], [time.perf_counter()]

        def tick():
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        last[0] = time.perf_counter()
        timer.start()
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        return max(gaps) * 1000

    longest_gap(2 * settle)  # opening: the panels' first look at the map
    steps = [n for n in document.nodes() if n.kind.value == "touchpoint"][:3]
    result = {}
    for panels in (True, False):
        for dock in window.docks():
            dock.setVisible(panels)
        longest_gap(settle)
        gaps = []
        for i, step in enumerate(steps):
            window.session.undo_stack.push(UpdateNodeCommand(
                document, step.id, label=f"{step.label} – endret {i}"))
            gaps.append(longest_gap(settle))
        result["panels" if panels else "canvas"] = statistics.median(gaps)
    # os._exit skips the interpreter's flush: without it, a pipe (no PYTHONUNBUFFERED)
    # would lose the numbers still sitting in stdout's buffer.
    print(json.dumps(result), flush=True)
    os._exit(0)  # no teardown to wait for: the numbers are out


def window_freeze(path: Path) -> tuple[float, float]:
    out = subprocess.run([sys.executable, __file__, "--window-child", str(path)],
                         capture_output=True, text=True, check=True, timeout=900)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return result["panels"], result["canvas"]


# --- main ------------------------------------------------------------------------------

SECTIONS = ("canvas", "routes", "analysis", "find", "pdf", "memory", "window")


def generate(n: int, path: Path) -> None:
    """Write the synthetic map of ``n`` steps (seed ``n``) from a child process.

    A user's program opens a map from a file; it has not built one object by object
    first. Generating in this process left its heap shaped by the generator, and at 10,000
    steps every later canvas timing, the plain-Qt baselines too, came out up to 2-3x
    slower (edit without a view, three runs each: 0.95-1.0 ms after opening the file in a
    fresh process, 1.8-4.0 ms after generating the same map in it).
    """
    subprocess.run([sys.executable, str(Path(__file__).with_name("synthetic.py")), str(n),
                    str(path), "--seed", str(n)], check=True)


def run(sizes, repeat, only=SECTIONS) -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="jm-bench-") as folder:
        tmp = Path(folder)
        for n in sizes:
            say(f"N = {n:,}: generating …")
            path = tmp / f"map-{n}.jmap"
            generate(n, path)
            data = io.to_data(io.load(path))
            say(f"N = {n:,}: open and save …")
            document = section_model(n, path, data, repeat, rows, tmp)
            items = plain_items(document)
            if "canvas" in only:
                say(f"N = {n:,}: scene, repaint, edit …")
                section_canvas(n, document, items, repeat, rows)
            if "routes" in only:
                say(f"N = {n:,}: arrow routes …")
                section_routes(n, document, repeat, rows)
            if "analysis" in only:
                say(f"N = {n:,}: analysis …")
                section_analysis(n, document, repeat, rows)
            if "find" in only:
                say(f"N = {n:,}: find …")
                section_find(n, document, repeat, rows)
            if "pdf" in only:
                say(f"N = {n:,}: PDF …")
                section_pdf(n, document, items, repeat, rows, tmp)
            if "memory" in only:
                say(f"N = {n:,}: peak memory …")
                jm_mb, base_mb = peak_memory(path, items)
                rows.append(Row(n, "peak memory (MB): open + scene + paint", jm_mb, base_mb,
                                "peak RSS of a fresh process, incl. Python + Qt"))
            if "window" in only:
                say(f"N = {n:,}: the window after an edit …")
                panels_ms, canvas_ms = window_freeze(path)
                rows.append(Row(n, "window: longest freeze after an edit, side panels open",
                                panels_ms, canvas_ms,
                                "median of 3 edits; baseline: the same with the panels "
                                "closed"))
    return rows


def machine() -> str:
    try:
        from PySide6 import __version__ as qt
    except ImportError:
        qt = "—"
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, PySide6 {qt}, networkx {nx.__version__}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="comma-separated map sizes (default 500,2000,10000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (median)")
    parser.add_argument("--memory-child", nargs=2, metavar=("KIND", "PATH"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--window-child", metavar="PATH", help=argparse.SUPPRESS)
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help="comma-separated sections to run: " + ", ".join(SECTIONS)
                        + " (the model is always opened and saved)")
    args = parser.parse_args(argv)
    if args.memory_child:
        memory_child(*args.memory_child)
        return 0
    if args.window_child:
        window_child(args.window_child)
        return 0
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    unknown = only - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    rows = run(sizes, max(1, args.repeat), only)
    print(f"JourneyMapper benchmarks — median of {args.repeat} runs; {machine()}")
    print()
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
