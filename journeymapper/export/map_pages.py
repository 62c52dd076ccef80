"""The map pages: the grid, lanes, curves, steps and arrows of one part (tile) of
the map, the whole map at a glance, and the title band with its thumbnail of the
parts (the legend is in :mod:`.legend`).

Everything that does not depend on the tile (rectangles, fitted labels, arrow
paths, curve points) is computed once in :class:`MapScene`; each tile then only
filters and draws, so a 2,000-step map stays quick to export.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from ..model import NodeKind
from ..look.palette import (
    COLUMN_TINTS,
    HEADER_FILL,
    HEADER_PT,
    INK,
    LABEL_MIN_PT,
    LANE_RULE,
    MUTED_INK,
    SEVERITY_FILL,
    SMALL_PT,
)
from ..look import arrows as ar
from ..model.geometry import EMOTION_BAND, HEADER_HEIGHT, LANE_HEADER_WIDTH, GridLayout, Rect
from .fonts import BOLD, SANS, width
from .painter import Painter, TextLog, TextRun, monotone_pieces
from .paper import Box
from .shapes import (
    ArrowPath,
    arrow_path,
    head_box,
    draw_arrow_label,
    draw_arrow_line,
    draw_node,
    fit_node_texts,
    place_label,
)
from .textfit import fit_text
from .tiling import MapPlan, Tile, print_layout
from .words import translate

BAND_FILL = "#FFFFFF"
NEGATIVE_HALF = "#FDF1EA"
CURVE_PAD = 10.0


class _Taken:
    """What a page already shows (its steps, the labels placed so far), bucketed in a
    coarse grid so that trying a label's place looks at its neighbours only."""

    CELL = 256.0

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list] = {}

    def _keys(self, x: float, y: float, w: float, h: float):
        k = self.CELL
        for i in range(int(x // k), int((x + w) // k) + 1):
            for j in range(int(y // k), int((y + h) // k) + 1):
                yield i, j

    def add(self, x: float, y: float, w: float, h: float) -> None:
        box = (x, y, x + w, y + h)
        for key in self._keys(x, y, w, h):
            self._cells.setdefault(key, []).append(box)

    def hits(self, rect: tuple) -> bool:
        """Does ``rect`` (x, y, w, h) share some area with anything placed?"""
        x, y, w, h = rect
        right, bottom = x + w, y + h
        cells = self._cells
        for key in self._keys(x, y, w, h):
            for x0, y0, x1, y1 in cells.get(key, ()):
                if x < x1 and x0 < right and y < y1 and y0 < bottom:
                    return True
        return False


@dataclass
class MapScene:
    """The tile-independent drawing data of one document (or of one band of stages of
    a plan cut into bands: :meth:`for_tile`)."""

    document: object
    layout: GridLayout
    rects: dict
    fitted: dict
    arrows: list
    owners: dict
    curves: dict  # journey id -> [(x, rating)]
    today: _dt.date
    _buckets: tuple | None = None
    label_tile: dict = field(default_factory=dict)  # edge id -> the tile its middle is on
    arrow_tiles: dict = field(default_factory=dict)  # edge id -> the tiles it shows on
    _labels: tuple | None = None  # (plan, tile index -> [(arrow, LabelPlace)])
    overview_form: str | None = None  # the tile thumbnail, drawn once per PDF
    _curves: dict = field(default_factory=dict)  # journey id -> feeling_curve()
    # the columns and lanes, made once (every page walks them): (stage id, its column),
    # (micro-journey, its lane), stage id -> column, journey id -> emotion band
    columns: tuple = ()
    lanes: tuple = ()
    column_of: dict = field(default_factory=dict)
    band_of: dict = field(default_factory=dict)
    nodes: list | None = None  # the steps this scene draws (None: all of them)
    band: int | None = None   # the band of stages this scene is (None: the whole map)
    _bands: tuple | None = None  # (plan, band -> its MapScene)
    _by_stage: dict | None = None  # stage id -> its steps
    _by_node: dict | None = None   # node id -> its arrows (edges)
    _order: dict | None = None     # edge id -> (its place in the map's order, its arrow)
    _home: dict | None = None      # edge id -> the band printing its label (a band's scene)
    _homes: tuple | None = None    # (plan, _home) of the whole map's scene

    @classmethod
    def of(cls, document, today: _dt.date, layout: GridLayout | None = None) -> "MapScene":
        """The scene of ``document`` in ``layout``: the room's arrangement on paper
        (:func:`.tiling.print_layout`) unless another is given (a packed one)."""
        layout = layout if layout is not None else print_layout(document)
        rects, fitted = {}, {}
        for node in document.nodes():
            rect = layout.node_rect(node)
            rects[node.id] = rect
            fitted[node.id] = fit_node_texts(node, rect)
        steps = ar.Obstacles((r.x, r.y, r.w, r.h) for r in rects.values())
        arrows = [arrow_path(e, rects[e.source], rects[e.target], steps)
                  for e in document.edges()]
        if hasattr(layout, "routes"):  # tiling keeps room for labels by these routes
            layout.routes = {a.edge_id: a.route for a in arrows}
        curve_x = getattr(layout, "curve_x", {})
        owners = {o.id: o for o in document.owners}
        curves: dict[str, list] = {j.id: [] for j in document.journeys}
        for node in document.nodes(NodeKind.TOUCHPOINT):
            if node.rating is not None:
                x = curve_x.get(node.id)
                curves[node.journey_id].append((rects[node.id].centre[0] if x is None else x,
                                                node.rating))
        for points in curves.values():
            points.sort()
        scene = cls(document, layout, rects, fitted, arrows, owners, curves, today)
        scene.columns = tuple((sid, layout.column(sid)) for sid in layout.stage_ids)
        scene.lanes = tuple((j, layout.lane(j.id)) for j in document.journeys)
        scene.column_of = dict(scene.columns)
        scene.band_of = {j.id: layout.emotion_band(j.id) for j in document.journeys}
        return scene

    def for_tile(self, plan: MapPlan, tile: Tile) -> "MapScene":
        """The scene ``tile`` is a window of: this one, or its band's (made once per
        plan and band)."""
        if not plan.layouts or self.band is not None:
            return self
        if self._bands is None or self._bands[0] is not plan:
            self._bands = (plan, {})
        found = self._bands[1].get(tile.column)
        if found is None:
            found = self._bands[1][tile.column] = self._band_scene(plan, tile.column)
        return found

    def _band_scene(self, plan: MapPlan, k: int) -> "MapScene":
        """The scene of band ``k``: its stages' steps where the band's layout puts them,
        their arrows (an arrow to a step in another band leaves the band towards it: at
        its height when its micro-journey is printed here, else level), the feeling
        curves of the micro-journeys printed here."""
        document = self.document
        layout = plan.layouts[k]
        if self._by_stage is None:  # once for all bands
            self._by_stage, self._by_node, self._order = {}, {}, {}
            for node in document.nodes():
                self._by_stage.setdefault(node.stage_id, []).append(node)
            for i, (edge, arrow) in enumerate(zip(document.edges(), self.arrows)):
                self._by_node.setdefault(edge.source, []).append((edge, arrow))
                self._by_node.setdefault(edge.target, []).append((edge, arrow))
                self._order[edge.id] = (i, arrow)
        nodes = [n for sid in layout.stage_ids if sid in layout.band_stages
                 for n in self._by_stage.get(sid, ())]
        rects = {n.id: layout.node_rect(n) for n in nodes}
        steps = ar.Obstacles((r.x, r.y, r.w, r.h) for r in rects.values())
        edges, seen = [], set()
        for node in nodes:
            for edge, _arrow in self._by_node.get(node.id, ()):
                if edge.id not in seen:
                    seen.add(edge.id)
                    edges.append(edge)
        order = self._order
        edges.sort(key=lambda e: order[e.id][0])  # the map's arrow order, as on one page
        ends = dict(rects)
        for edge in edges:
            for here, there in ((edge.source, edge.target), (edge.target, edge.source)):
                if there in ends:
                    continue
                other = document.node(there)
                rect = layout.node_rect(other)
                if not layout.shows(other.journey_id):  # level with its step here
                    mine = ends[here]
                    rect = Rect(rect.x, mine.y + (mine.h - rect.h) / 2, rect.w, rect.h)
                ends[there] = rect
        x0, x1 = plan.column_edges[k]
        arrows = []
        for e in edges:
            found = self._moved(order[e.id][1], e, layout, x0, x1)
            arrows.append(found if found is not None else
                          arrow_path(e, ends[e.source], ends[e.target], steps))
        curves = {}
        for journey in document.journeys:
            if not layout.shows(journey.id):
                continue
            points = self.curves.get(journey.id, [])
            xs = [x for x, _ in points]  # the points here and the next one either side
            a = max(0, bisect_left(xs, x0) - 1)
            b = min(len(points), bisect_right(xs, x1) + 1)
            curves[journey.id] = points[a:b]
        scene = MapScene(document, layout, rects, self.fitted, arrows, self.owners, curves,
                         self.today)
        scene.columns, scene.column_of = self.columns, self.column_of
        scene.lanes = tuple((j, layout.lane(j.id)) for j in document.journeys
                            if layout.shows(j.id))
        scene.band_of = {j.id: layout.emotion_band(j.id) for j, _ in scene.lanes}
        scene.nodes, scene.band = nodes, k
        scene._home = self._label_bands(plan)
        return scene

    def _moved(self, arrow, edge, layout, x0: float, x1: float):
        """The whole map's arrow moved into a band's layout, when it runs between two
        steps of one micro-journey, inside its lane and the band's stages: the band moves
        that lane as one, so every step the curve passed by is where it was beside it,
        and the arrow meets none there either (not routed a second time). None
        otherwise."""
        node = self.document.node
        a, b = node(edge.source), node(edge.target)
        if a.journey_id != b.journey_id:
            return None
        box = arrow.bounds
        lane = layout.whole.lane(a.journey_id)
        margin = 16.0  # the head and the curve's width
        if not (x0 <= box.x - margin and box.right + margin <= x1
                and lane.y <= box.y - margin and box.bottom + margin <= lane.bottom):
            return None
        return moved(arrow, layout.band_dy(a.journey_id))

    def _label_bands(self, plan: MapPlan) -> dict:
        """Edge id -> the band that prints the arrow's label: the one holding the middle
        of the arrow on the whole map among the bands of its two steps (else its
        start's)."""
        found = self._homes
        if found is not None and found[0] is plan:
            return found[1]
        starts = [a for a, _ in plan.column_edges]
        rects = self.rects

        def band_at(x: float) -> int:
            return max(0, bisect_right(starts, x) - 1)

        homes = {}
        for edge, arrow in zip(self.document.edges(), self.arrows):
            if arrow.label is None or not arrow.label.lines:
                continue
            ends = (band_at(rects[edge.source].centre[0]), band_at(rects[edge.target].centre[0]))
            middle = band_at(arrow.midpoint()[0])
            homes[edge.id] = middle if middle in ends else ends[0]
        self._homes = (plan, homes)
        return homes

    def on_tile(self, plan: MapPlan, tile: Tile) -> tuple[list, list]:
        """The steps and arrows that show on a tile (bucketed once per plan: O(N))."""
        if plan.layouts and self.band is None:
            return self.for_tile(plan, tile).on_tile(plan, tile)
        if self.band is None:  # one part (or the whole map at a glance): everything
            return list(self.document.nodes()), self.arrows
        if self._buckets is None or self._buckets[0] is not plan:
            self._buckets = (plan, self._bucket(plan))
        nodes, arrows = self._buckets[1].get(tile.index, ([], []))
        return nodes, arrows

    def _tiles(self, plan: MapPlan) -> list:
        """The parts of the plan this scene's band prints, top to bottom."""
        return [t for t in plan.tiles if t.column == self.band]

    def _bucket(self, plan: MapPlan) -> dict:
        tiles = self._tiles(plan)
        ys = [t.y0 for t in tiles]
        out: dict[int, tuple[list, list]] = {t.index: ([], []) for t in tiles}

        def cells(rect: Rect, margin: float):
            r0 = max(0, bisect_right(ys, rect.y - margin) - 1)
            r1 = max(0, bisect_right(ys, rect.bottom + margin) - 1)
            for r in range(r0, r1 + 1):
                tile = tiles[r]
                if rect.y - margin < tile.y1 and rect.bottom + margin > tile.y0:
                    yield tile.index

        for node in self.nodes:
            for index in cells(self.rects[node.id], 0.0):
                out[index][0].append(node)
        self.label_tile, self.arrow_tiles = {}, {}
        for arrow in self.arrows:
            shown = self.arrow_tiles[arrow.edge_id] = []
            for index in cells(arrow.bounds, 12.0):
                out[index][1].append(arrow)
                shown.append(index)
            # the label goes on one tile: the one holding the arrow's middle, or else
            # the one holding its start
            mx, my = arrow.midpoint()
            home = next(cells(Rect(mx, my, 0, 0), 0.0), None)
            if home is None:
                start = arrow.points[0]
                home = next(cells(Rect(start[0], start[1], 0, 0), 0.0), None)
            self.label_tile[arrow.edge_id] = home
        return out

    def labels_on(self, plan: MapPlan, tile: Tile) -> list:
        """The arrow labels a part prints and where: ``(arrow, LabelPlace)`` (placed for
        the whole plan at once, see :meth:`_place_labels`)."""
        if plan.layouts and self.band is None:
            return self.for_tile(plan, tile).labels_on(plan, tile)
        if self._labels is None or self._labels[0] is not plan:
            self._labels = (plan, self._place_labels(plan))
        return self._labels[1].get(tile.index, [])

    def _place_labels(self, plan: MapPlan) -> dict:
        """Every arrow label of the plan, in the map's arrow order, by the canvas's rule
        (:func:`.shapes.place_label`) around the steps of its part and the labels placed
        there before it, and the heads of its arrows, inside the part. A label prints on one part: the one holding
        its arrow's middle, or else (crowded there: an arrow across a part's edge) the
        first other part the arrow shows on where it finds a free place."""
        single = self.band is None
        tiles = {t.index: t for t in (plan.tiles if single else self._tiles(plan))}
        homes = self._home
        taken: dict[int, _Taken] = {}
        placed: dict[int, list] = {}
        rects = self.rects

        def taken_on(index: int) -> _Taken:
            found = taken.get(index)
            if found is None:
                found = taken[index] = _Taken()
                nodes, shown = self.on_tile(plan, tiles[index])
                for node in nodes:
                    r = rects[node.id]
                    found.add(r.x, r.y, r.w, r.h)
                for arrow in shown:  # labels keep off every arrowhead, as on the canvas
                    found.add(*head_box(arrow))
            return found

        if not single:
            self.on_tile(plan, next(iter(tiles.values())))  # buckets: label_tile, arrow_tiles
        for arrow in self.arrows:
            if arrow.label is None or not arrow.label.lines:
                continue
            if homes is not None and homes.get(arrow.edge_id) != self.band:
                continue  # printed in another band
            if single:
                choices = [plan.tiles[0].index]
            else:
                home = self.label_tile.get(arrow.edge_id)
                choices = [home] if home is not None else []
                choices += [i for i in self.arrow_tiles.get(arrow.edge_id, ()) if i != home]
            chosen = None
            for index in choices:
                tile = tiles[index]
                window = Rect(tile.x0, tile.y0, tile.x1 - tile.x0, tile.y1 - tile.y0)
                place = place_label(arrow, window, taken_on(index).hits)
                if chosen is None or not place.crowded:
                    chosen = (index, place)
                if not place.crowded:
                    break
            if chosen is None:
                continue
            index, place = chosen
            taken_on(index).add(*place.rect)
            placed.setdefault(index, []).append((arrow, place))
        return placed

    def feeling_curve(self, journey_id: str):
        """A lane's feeling curve, made once: its Bézier pieces (None for a single
        point), and its dots' x positions and (x, y, sign of the rating)."""
        found = self._curves.get(journey_id, False)
        if found is not False:
            return found
        ratings = self.curves.get(journey_id, [])
        found = None
        if ratings:
            band = self.band_of[journey_id]
            line: list[tuple[float, float]] = []
            for x, r in ratings:  # steps stacked in one column: through the worst
                y = _emotion_y(band, r)
                if line and x - line[-1][0] < 1.0:
                    line[-1] = (line[-1][0], max(line[-1][1], y))
                else:
                    line.append((x, y))
            dots = [(x, _emotion_y(band, r), (r > 0) - (r < 0)) for x, r in ratings]
            found = (monotone_pieces(line) if len(line) > 1 else None,
                     [x for x, _, _ in dots], dots)
        self._curves[journey_id] = found
        return found

    def owner_of(self, node):
        owner_id = getattr(node, "owner_id", None)
        return self.owners.get(owner_id) if owner_id else None


def moved(arrow: ArrowPath, dy: float) -> ArrowPath:
    """``arrow`` moved down by ``dy`` (up when negative), all of it."""
    if not dy:
        return arrow
    r = arrow.route

    def pt(p):
        return (p[0], p[1] + dy)

    def rect(t):
        return (t[0], t[1] + dy, *t[2:])

    def flat(numbers):
        return tuple(v + dy if i % 2 else v for i, v in enumerate(numbers))

    route = r._replace(start=pt(r.start), c1=pt(r.c1), c2=pt(r.c2), end=pt(r.end),
                       source=rect(r.source), target=rect(r.target))
    b = arrow.bounds
    return replace(arrow, points=tuple(pt(p) for p in arrow.points),
                   bounds=Rect(b.x, b.y + dy, b.w, b.h), line=flat(arrow.line),
                   head=flat(arrow.head), route=route)


def _emotion_y(band: Rect, rating: float) -> float:
    half = band.h / 2 - CURVE_PAD
    return band.y + band.h / 2 - rating * half / 2


# --- one tile ---------------------------------------------------------------------

def tile_origin(plan: MapPlan, tile: Tile, area: Box) -> tuple[float, float]:
    """The page position of the tile's top-left corner: the top left of the map area,
    below the parts stacked above it and right of those beside it on the page."""
    return area.x + tile.left, area.top - tile.top


def draw_tile(canv, scene: MapScene, plan: MapPlan, tile: Tile, area: Box, page: int,
              log: TextLog | None = None, glance: bool = False) -> None:
    """One map page's map. With ``glance`` the whole map at a small scale: shapes,
    colours, curves and names, but no text that would print below the readable size."""
    scene = scene.for_tile(plan, tile)
    s = plan.scale
    name_min = max(LABEL_MIN_PT, 6.5 / s)   # stage and lane names print at 6.5 pt or more
    name_max = max(HEADER_PT, 8.0 / s)
    unnamed_stage = translate("export", "Unnamed stage")
    unnamed_journey = translate("export", "Unnamed micro-journey")
    continued = translate("export", " (continued)")
    continues = translate("export", " (continues)")
    feeling = translate("canvas", "Feeling")
    left, top = tile_origin(plan, tile, area)
    content = Painter(canv, s, left + (LANE_HEADER_WIDTH - tile.x0) * s,
                      top - (HEADER_HEIGHT - tile.y0) * s, page, log)
    lanes = Painter(canv, s, left, content.dy, page, log)
    heads = Painter(canv, s, content.dx, top, page, log)
    corner = Painter(canv, s, left, top, page, log)
    if glance:
        content.min_line = 0.5
    x0, x1, y0, y1 = tile.x0, tile.x1, tile.y0, tile.y1
    document = scene.document

    # the content: columns, lanes, curves, steps, arrows
    canv.saveState()
    content.clip(x0, y0, x1 - x0, y1 - y0)
    content.fill("#FFFFFF")
    content.rect(x0, y0, x1 - x0, y1 - y0, stroke=False)
    for i, (stage_id, col) in enumerate(scene.columns):
        if col.right < x0 or col.x > x1:
            continue
        content.fill(COLUMN_TINTS[i % 2])
        content.rect(col.x, y0, col.w, y1 - y0, stroke=False)
    for journey, lane in scene.lanes:
        if lane.bottom < y0 or lane.y > y1:
            continue
        _emotion_band(content, scene, journey.id, x0, x1)
        content.stroke(LANE_RULE, 1.0)
        content.line(x0, lane.bottom, x1, lane.bottom)
    content.stroke(LANE_RULE, 0.6)
    for stage_id, col in scene.columns:
        if x0 <= col.right <= x1:
            content.line(col.right, y0, col.right, y1)
    visible, arrows = scene.on_tile(plan, tile)
    for node in visible:
        if node.kind == NodeKind.NOTE:
            draw_node(content, node, scene.rects[node.id], scene.fitted[node.id], None,
                      scene.today)
    for arrow in arrows:
        draw_arrow_line(content, arrow)
    for node in visible:
        if node.kind != NodeKind.NOTE:
            draw_node(content, node, scene.rects[node.id], scene.fitted[node.id],
                      scene.owner_of(node), scene.today)
    if not glance:
        for arrow, place in scene.labels_on(plan, tile):
            draw_arrow_label(content, arrow, place)
    canv.restoreState()

    # stage headers, repeated on every tile
    canv.saveState()
    heads.clip(x0, 0, x1 - x0, HEADER_HEIGHT)
    for i, stage in enumerate(document.stages):
        col = scene.column_of[stage.id]
        if col.right <= x0 or col.x >= x1:  # only the names this part shows
            continue
        heads.fill(HEADER_FILL)
        heads.stroke(LANE_RULE, 0.8)
        heads.rect(col.x, 0, col.w, HEADER_HEIGHT)
        vis_x0, vis_x1 = max(col.x, x0), min(col.right, x1)
        name = f"{i + 1}  {stage.name or unnamed_stage}"
        if col.x < x0 or col.right > x1:
            name += continued if col.x < x0 else continues
        fitted = fit_text(name, vis_x1 - vis_x0 - 12, HEADER_HEIGHT - 10, name_max,
                          name_min, 2, font=BOLD, break_words=not glance)
        heads.fill(INK)
        if fitted.height <= HEADER_HEIGHT - 4:
            _lines(heads, fitted, (vis_x0 + vis_x1) / 2, HEADER_HEIGHT / 2, "stage")
    canv.restoreState()

    # micro-journey names and the emotion scale, repeated on every tile
    canv.saveState()
    lanes.clip(0, y0, LANE_HEADER_WIDTH, y1 - y0)
    for journey, lane in scene.lanes:
        if lane.bottom <= y0 or lane.y >= y1:
            continue
        lanes.fill(HEADER_FILL)
        lanes.stroke(LANE_RULE, 0.8)
        lanes.rect(0, lane.y, LANE_HEADER_WIDTH, lane.h)
        name_top = max(lane.y, y0)
        name_h = max(20.0, min(lane.bottom - EMOTION_BAND, y1) - name_top - 12)
        fitted = fit_text(journey.name or unnamed_journey, LANE_HEADER_WIDTH - 20,
                          name_h, name_max, name_min, 6, font=BOLD, break_words=not glance)
        lanes.fill(INK)
        if fitted.height > name_h + 12:
            fitted = fitted.__class__((), fitted.size, fitted.font, True)
        for k, line in enumerate(fitted.lines):
            lanes.text(10, name_top + 10 + k * fitted.leading + fitted.size * 0.93, line,
                       BOLD, fitted.size, role="lane")
        band = Rect(0, lane.bottom - EMOTION_BAND, LANE_HEADER_WIDTH, EMOTION_BAND)
        lanes.stroke(LANE_RULE, 0.6, (2, 2))
        lanes.line(0, band.y, LANE_HEADER_WIDTH, band.y)
        lanes.fill(MUTED_INK)
        lanes.text(10, band.y + band.h / 2 + SMALL_PT * 0.35, feeling, SANS, SMALL_PT,
                   role="scale")
        for rating, word in ((2, "+2 ☺"), (0, "0"), (-2, "−2 ☹")):
            lanes.text(LANE_HEADER_WIDTH - 8, _emotion_y(band, rating) + SMALL_PT * 0.35, word,
                       SANS, SMALL_PT, "right", role="scale")
    canv.restoreState()

    # the corner: where this tile sits
    corner.fill("#FFFFFF")
    corner.stroke(LANE_RULE, 0.8)
    corner.rect(0, 0, LANE_HEADER_WIDTH, HEADER_HEIGHT)
    corner.fill(MUTED_INK)
    word = (translate("export", "The whole map") if glance else
            translate("export", "Part {0} of {1}").format(tile.index + 1, len(plan.tiles))
            if plan.tiled else translate("export", "Stages →"))
    if not glance:
        corner.text(10, HEADER_HEIGHT / 2 - 2, word, BOLD if plan.tiled else SANS,
                    SMALL_PT + 1, role="corner")
        corner.text(10, HEADER_HEIGHT / 2 + 12, translate("export", "Micro-journeys ↓"), SANS,
                    SMALL_PT,
                    role="corner")
    # the frame round the tile
    corner.stroke(INK, 0.8)
    corner.rect(0, 0, LANE_HEADER_WIDTH + tile.content_w, HEADER_HEIGHT + tile.content_h,
                fill=False)


def _lines(p, fitted, cx: float, cy: float, role: str) -> None:
    top = cy - fitted.height / 2
    for k, line in enumerate(fitted.lines):
        p.text(cx, top + k * fitted.leading + fitted.size * 0.93, line, fitted.font,
               fitted.size, "centre", role=role)


def _emotion_band(p: Painter, scene: MapScene, journey_id: str, x0: float, x1: float) -> None:
    band = scene.band_of[journey_id]
    zero = _emotion_y(band, 0)
    p.fill(BAND_FILL)
    p.rect(x0, band.y, x1 - x0, band.h, stroke=False)
    p.fill(NEGATIVE_HALF)  # the "hurts" half, so a dip reads at a glance
    p.rect(x0, zero, x1 - x0, band.bottom - zero, stroke=False)
    p.stroke(LANE_RULE, 0.6, (2, 2))
    p.line(x0, band.y, x1, band.y)
    p.stroke(MUTED_INK, 0.6)
    p.line(x0, zero, x1, zero)
    curve = scene.feeling_curve(journey_id)
    if curve is None:
        return
    pieces, xs, dots = curve
    p.stroke(INK, max(1.8, 1.4 / p.s))  # the curve stays bold even on the whole-map page
    if pieces is not None:
        p.pieces(pieces, (x0 - 10, x1 + 10))
    for x, y, sign in dots[bisect_left(xs, x0 - 10):bisect_right(xs, x1 + 10)]:
        p.stamp(("feeling", sign), x, y, (-5.0, -5.0, 5.0, 5.0),
                lambda q, sign=sign: _feeling_dot(q, sign))


def _feeling_dot(p: Painter, sign: int) -> None:
    """A rated step's dot on the feeling curve, at (0, 0)."""
    p.fill("#009E73" if sign > 0 else "#D55E00" if sign < 0 else MUTED_INK)
    p.stroke("#FFFFFF", 0.8)
    p.circle(0.0, 0.0, 4.0 if sign < 0 else 3.0)


# --- the whole map at a glance -------------------------------------------------------

def glance_plan(plan: MapPlan, area: Box) -> MapPlan:
    """The whole map fitted to one page, for the at-a-glance page of a tiled map."""
    scale = min(area.w / plan.width, area.h / plan.height, 1.0)
    whole = Tile(0, LANE_HEADER_WIDTH, plan.width, HEADER_HEIGHT, plan.height, 0, 0)
    return MapPlan(scale, (whole,), plan.width, plan.height,
                   ((LANE_HEADER_WIDTH, plan.width),), ((HEADER_HEIGHT, plan.height),))


def draw_glance(canv, scene: MapScene, plan: MapPlan, area: Box, page: int,
                first_part_page: int, log: TextLog | None = None) -> None:
    """The whole map small (shapes, owner colours, curves, severity, churn), with the
    printed parts outlined and numbered with the page they are on."""
    whole = glance_plan(plan, area)
    tile = whole.tiles[0]
    draw_tile(canv, scene, whole, tile, area, page, log, glance=True)
    s = whole.scale
    left, top = tile_origin(whole, tile, area)
    p = Painter(canv, s, left, top, page, log)
    for part in plan.tiles:
        x0, y0, x1, y1 = part.whole
        p.stroke(INK, 1.6 / s, (5 / s, 3 / s))
        p.rect(x0, y0, x1 - x0, y1 - y0, fill=False)
    canv.setDash([])
    tag = Painter(canv, 1.0, 0, 0, page, log)
    for part in plan.tiles:
        x0, y0, x1, y1 = part.whole
        x, y = p.pt(x0, y0)
        label = translate("export", "Part {0} · page {1}").format(
            part.index + 1, first_part_page + part.page)
        w = width(label, BOLD, 8) + 8
        if (x1 - x0) * s < w + 4 or (y1 - y0) * s < 16:
            label = str(part.index + 1)
            w = width(label, BOLD, 8) + 8
        tag.fill("#FFFFFF")
        tag.stroke(INK, 0.8)
        tag.rect(x + 3, -(y - 3), w, 12)
        tag.fill(INK)
        tag.text(x + 7, -(y - 12), label, BOLD, 8, role="part")


# --- the bands round the map -----------------------------------------------------------

@dataclass(frozen=True)
class PageHeading:
    title: str
    owner: str
    date: str
    counts: str


def draw_title_band(canv, box: Box, heading: PageHeading, plan: MapPlan, tile: Tile | None,
                    scene: MapScene, page: int, log: TextLog | None) -> None:
    """Title, journey owner, date and counts; on a part, where it sits (``tile`` None:
    the at-a-glance page)."""
    p = Painter(canv, 1.0, box.x, box.top, page, log)
    overview_w = 0.0
    if plan.paged and tile is not None:
        overview_w = draw_overview(canv, box, plan, tile, scene, page, log)
    text_w = box.w - overview_w - 12
    fitted = fit_text(heading.title, text_w, 20, 15, 9, 1, font=BOLD)
    p.fill(INK)
    for line in fitted.lines:
        p.text(0, 15, line, BOLD, fitted.size, role="title")
    bits = [translate("export", "Journey owner: {0}").format(heading.owner), heading.date,
            heading.counts]
    if plan.paged and tile is not None:
        bits += [_tile_caption(scene, plan, t) for t in plan.on_page(tile)]
    elif plan.paged and len(plan.pages) == len(plan.tiles):
        bits.append(translate("export", "The whole map at a glance; it is printed readably "
                              "in {0} parts on the next {0} pages").format(len(plan.tiles)))
    elif plan.paged:
        bits.append(translate("export", "The whole map at a glance; it is printed readably "
                              "in {0} parts on the next {1} pages").format(
                                  len(plan.tiles), len(plan.pages)))
    sub = fit_text("   ·   ".join(b for b in bits if b), text_w, 24, 8.5, 6.5, 2)
    p.fill(MUTED_INK)
    for k, line in enumerate(sub.lines):
        p.text(0, 28 + k * sub.leading, line, SANS, sub.size, role="subtitle")
    p.stroke(LANE_RULE, 0.8)
    p.line(0, box.h, box.w, box.h)


def _tile_caption(scene: MapScene, plan: MapPlan, tile: Tile) -> str:
    scene = scene.for_tile(plan, tile)
    doc = scene.document
    column_of = scene.column_of
    stages = [i + 1 for i, s in enumerate(doc.stages)
              if column_of[s.id].right > tile.x0 + 1 and column_of[s.id].x < tile.x1 - 1]
    lanes = [j.name for j, lane in scene.lanes
             if lane.bottom > tile.y0 + 1 and lane.y < tile.y1 - 1]
    where = ""
    if stages:
        where = (translate("export", "stage {0}").format(stages[0]) if len(stages) == 1
                 else translate("export", "stages {0}–{1}").format(stages[0], stages[-1]))
    if lanes and len(lanes) < len(doc.journeys):
        where += f", {', '.join(lanes)}"
    return translate("export", "Part {0} of {1}: {2}").format(
        tile.index + 1, len(plan.tiles), where) if where else ""


OVERVIEW_FORM = "jmTileOverview"


def _overview_static(canv, plan: MapPlan, scene: MapScene, k: float) -> None:
    """The part of the thumbnail that is the same on every page (drawn once, as a form)."""
    p = Painter(canv, k, 0.0, 0.0, 0, None)
    p.fill("#FFFFFF")
    p.stroke(LANE_RULE, 0.8 / k)
    p.rect(0, 0, plan.width, plan.height)
    for i, stage_id in enumerate(scene.layout.stage_ids):
        col = scene.layout.column(stage_id)
        p.fill(COLUMN_TINTS[i % 2])
        p.rect(col.x, 0, col.w, plan.height, stroke=False)
    p.fill(HEADER_FILL)
    p.rect(0, 0, plan.width, HEADER_HEIGHT, stroke=False)
    p.rect(0, 0, LANE_HEADER_WIDTH, plan.height, stroke=False)
    p.stroke(MUTED_INK, 0.6 / k)
    for t in plan.tiles:
        x0, y0, x1, y1 = t.whole
        p.rect(x0, y0, x1 - x0, y1 - y0, fill=False)
    canv.setFont(SANS, 6.5)
    canv.setFillColorRGB(0.1, 0.1, 0.1)
    for t in plan.tiles:
        x0, y0, x1, y1 = t.whole
        if (x1 - x0) * k > 10 and (y1 - y0) * k > 8:
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            canv.drawCentredString(p.px(cx), p.py(cy) - 6.5 * 0.35, str(t.index + 1))


def draw_overview(canv, box: Box, plan: MapPlan, tile: Tile, scene: MapScene, page: int,
                  log: TextLog | None) -> float:
    """A thumbnail of the whole map with every part outlined and this one filled."""
    max_w, max_h = 150.0, box.h - 4
    k = min(max_w / plan.width, max_h / plan.height)
    w, h = plan.width * k, plan.height * k
    ox, oy = box.right - w, box.top - 2
    if scene.overview_form is None:
        scene.overview_form = OVERVIEW_FORM
        canv.beginForm(OVERVIEW_FORM, lowerx=-1, lowery=-h - 1, upperx=w + 1, uppery=1)
        _overview_static(canv, plan, scene, k)
        canv.endForm()
    canv.saveState()
    canv.translate(ox, oy)
    canv.doForm(scene.overview_form)
    canv.restoreState()
    p = Painter(canv, k, ox, oy, page, None)
    here = plan.on_page(tile)
    for t in here:
        x0, y0, x1, y1 = t.whole
        p.fill(SEVERITY_FILL[1])
        p.stroke(INK, 1.4 / k)
        p.rect(x0, y0, x1 - x0, y1 - y0)
        if (x1 - x0) * k > 10 and (y1 - y0) * k > 8:
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            canv.setFont(BOLD, 6.5)
            canv.setFillColorRGB(0.1, 0.1, 0.1)
            canv.drawCentredString(p.px(cx), p.py(cy) - 6.5 * 0.35, str(t.index + 1))
    canv.setFont(SANS, 6.5)
    canv.setFillColorRGB(0.33, 0.33, 0.33)
    where = translate("export", "Where this page sits")
    part = (translate("export", "part {0} of {1}").format(tile.index + 1, len(plan.tiles))
            if len(here) == 1 else translate("export", "parts {0}–{1} of {2}").format(
                here[0].index + 1, here[-1].index + 1, len(plan.tiles)))
    canv.drawRightString(ox - 4, oy - 8, where)
    canv.drawRightString(ox - 4, oy - 16, part)
    if log is not None:
        for text, y in ((where, oy - 8), (part, oy - 16)):
            log.add(TextRun(text, SANS, 6.5, ox - 4 - width(text, SANS, 6.5), y,
                            width(text, SANS, 6.5), page, "overview"))
    return w + 4 + max(width(where, SANS, 6.5), width(part, SANS, 6.5)) + 4
