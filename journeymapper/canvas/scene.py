"""The journey scene: a mirror of one document, kept in step by its change events.

The scene builds items for what the document holds and then follows each
:class:`~journeymapper.model.Change` incrementally (one item added, updated or
removed per event), so an edit on a 10,000-step map costs the same as on a
ten-step one. Items never write to the model: gestures become undo commands
pushed on the session's stack, and the scene redraws when the document says
it changed. Only a change of the grid itself (a column resized, a lane
reordered) moves every step, because every step's place depends on it.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import QGraphicsScene

from ..model import Action, Target
from ..model import geometry as g
from ..look import palette as pal
from ..look.layout import DrawnLayout
from ..look.sizing import step_size
from ..runtime import collector_paused
from . import layers
from .edge_items import ConnectionItem, ConnectPreviewItem
from .grid_items import (
    ColumnItem,
    DropHintItem,
    EmotionCurveItem,
    LaneHeaderItem,
    LaneItem,
    StageHeaderItem,
)
from .gestures import SceneGestures
from .layers import CellLayerItem, LaneLayerItem, LayerItem
from .node_items import WORDS, NodeItem, make_node_item
from .style import Style, style_for


def _qrect(r: g.Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


class JourneyScene(SceneGestures, QGraphicsScene):
    """The canvas of one :class:`~journeymapper.state.MapSession`.

    Public reading API: ``node_item(id)``, ``edge_item(id)``, ``stage_header(id)``,
    ``lane_header(id)``, ``emotion_curve(journey_id)``, ``node_items()``,
    ``edge_items()``, ``grid`` (the current :class:`GridLayout`), ``style``.
    Editing operations live in :mod:`journeymapper.canvas.editing` (``scene.editing``);
    the mouse gestures (dragging steps, drawing an arrow) in :mod:`.gestures`.
    """

    message = Signal(str)          # a refusal or a hint for the status bar
    editingChanged = Signal(bool)  # an in-place text editor opened or closed

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        from .editing import Editing  # the operations need the scene; avoid an import cycle

        self.session = session
        self.document = session.document
        self.style: Style = style_for(False)
        self._nodes: dict[str, NodeItem] = {}
        self.grid = DrawnLayout(self.document.stages, self.document.journeys, (),
                                self._sizer())
        self._edges: dict[str, ConnectionItem] = {}
        self._columns: dict[str, ColumnItem] = {}
        self._stage_headers: dict[str, StageHeaderItem] = {}
        self._lanes: dict[str, LaneItem] = {}
        self._lane_headers: dict[str, LaneHeaderItem] = {}
        self._curves: dict[str, EmotionCurveItem] = {}
        self._cells: dict[tuple[str, str], set[str]] = {}
        self._layers: dict[tuple[str, str, float], CellLayerItem] = {}  # (stage, lane, z)
        self._stage_layers: dict[str, list[CellLayerItem]] = {}  # a column's cell layers
        self._dirty_cells: set[tuple[str, str]] = set()  # laid out again at the flush
        # arrows between two stages, and between two lanes (see _shift_bands): edge id ->
        # the ids of its ends' stages (lanes)
        self._span_stages: dict[str, tuple[str, str]] = {}
        self._span_lanes: dict[str, tuple[str, str]] = {}
        self._spans_known = False  # gathered when a column or lane first moves
        self._lane_layers: dict[tuple[str, float], LaneLayerItem] = {}  # (lane, z)
        self._rated: dict[str, set[str]] = {}  # lane -> rated touchpoints
        self._syncing = False
        self._connect_from: NodeItem | None = None
        self._preview: ConnectPreviewItem | None = None
        self._extent = QRectF()
        self._dirty_edges: set[str] = set()
        self._edge_order = 0  # arrows are routed, and their labels placed, in this order
        # what a lazy arrow calls to be routed: weak, so that no arrow keeps its scene
        # alive (dropped from Python, the scene's items would free it again while Qt is
        # destroying it: a crash)
        self._router = weakref.WeakMethod(self._route_lazily)
        self._flush_pending = False
        self._following = False  # in the middle of a change batch (see _on_batch)
        self._drop_hint: DropHintItem | None = None
        self._selection_stale = False
        self._grid_dirty = False
        self._building = True  # layers are fitted once, when every item is in
        self._extents: dict[CellLayerItem, list[float]] = {}  # building: what each holds
        self._lifted: dict[LayerItem, float] = {}  # layers raised during a drag: their z
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._build()
        self.editing = Editing(self)
        self.document.subscribe_batches(self._on_batch)
        self.selectionChanged.connect(self._scene_selection_changed)
        session.selection.changed.connect(self._session_selection_changed)

    def close(self) -> None:
        """Stop following the document (the scene is going away)."""
        self.document.unsubscribe_batches(self._on_batch)
        try:
            self.session.selection.changed.disconnect(self._session_selection_changed)
        except (RuntimeError, TypeError):
            pass

    # --- reading ---------------------------------------------------------------
    def node_item(self, node_id: str) -> NodeItem | None:
        return self._nodes.get(node_id)

    def edge_item(self, edge_id: str) -> ConnectionItem | None:
        return self._edges.get(edge_id)

    def stage_header(self, stage_id: str) -> StageHeaderItem | None:
        return self._stage_headers.get(stage_id)

    def lane_header(self, journey_id: str) -> LaneHeaderItem | None:
        return self._lane_headers.get(journey_id)

    def emotion_curve(self, journey_id: str) -> EmotionCurveItem | None:
        return self._curves.get(journey_id)

    def node_items(self) -> list[NodeItem]:
        return list(self._nodes.values())

    def edge_items(self) -> list[ConnectionItem]:
        return list(self._edges.values())

    def nodes_in_cell(self, stage_id: str, journey_id: str) -> list[str]:
        return list(self._cells.get((stage_id, journey_id), ()))

    def nodes_in_lane(self, journey_id: str) -> list[str]:
        return [i for (s, j), ids in self._cells.items() if j == journey_id for i in ids]

    def selected_node_ids(self) -> list[str]:
        return [i.node_id for i in self.selectedItems() if isinstance(i, NodeItem)]

    def selected_edge_ids(self) -> list[str]:
        return [i.item_id for i in self.selectedItems() if isinstance(i, ConnectionItem)]

    def itemsBoundingRect(self) -> QRectF:
        """What the items draw: an arrow not routed yet has larger bounds than the arrow
        it draws, so arrows count with their drawn rect (routing them)."""
        return self.drawn_rect(labels=True)

    def steps_rect(self) -> QRectF:
        """Where the steps and notes are, from the layout in plain numbers (what the
        items draw, :meth:`drawn_rect`, holds at least this)."""
        left = top = float("inf")
        right = bottom = float("-inf")
        grid = self.grid
        for node in self.document.nodes():
            r = grid.node_rect(node)
            x, y, w, h = r.x, r.y, r.w, r.h
            left, top = min(left, x), min(top, y)
            right, bottom = max(right, x + w), max(bottom, y + h)
        return QRectF(left, top, right - left, bottom - top) if right >= left else QRectF()

    def drawn_rect(self, labels: bool) -> QRectF:
        """What the items draw; without arrow labels (as below DETAIL_ZOOM) no arrow is
        routed for it: Fit Map on a 10,000-step map placed every label (~1.3 s) for a
        view that shows none."""
        rect = QRectF()
        for item in self.items():
            if isinstance(item, LayerItem):  # holds steps and arrows, draws nothing
                continue
            if isinstance(item, ConnectionItem):  # (its rects are in scene coordinates)
                rect = rect.united(item.drawn_rect() if labels else item.line_rect())
            else:
                rect = rect.united(item.sceneBoundingRect())
        return rect

    # --- building ----------------------------------------------------------------
    def _build(self) -> None:
        # Building makes a few Python objects per step and arrow and no garbage; with the
        # cyclic collector on, a 10,000-step map paid about a quarter of its build time to
        # collections that find nothing (as io.loads does for the model).
        with collector_paused():
            self._build_items()

    def _sizer(self):
        """How big a step is drawn: its item's size (look/sizing), or, for a step that
        has none yet, the look's. Holds the item table, never the scene."""
        items, scene = self._nodes, weakref.ref(self)

        def size_of(node) -> tuple[float, float]:
            item = items.get(node.id)
            if item is not None:
                return item.size
            live = scene()
            return step_size(node, None, live is not None and live.large_print, WORDS)

        return size_of

    def _build_items(self) -> None:
        owners = {o.id: o for o in self.document.owners}
        nodes = list(self.document.nodes())
        for node in nodes:  # first the items: the layout needs their sizes
            self._nodes[node.id] = make_node_item(
                node, owners.get(getattr(node, "owner_id", None)), self.style)
        self.grid = DrawnLayout(self.document.stages, self.document.journeys, nodes,
                                self._sizer())
        # Fix the scene rect before adding items: while it is unset, every item that
        # grows the bounding rect makes the BSP index regenerate over all items at the
        # next items() query (label placement queries per arrow), O(N²) for a big map.
        self._update_scene_rect()
        self._build_grid()
        rects: dict[str, tuple] = {}
        for node in nodes:
            self._add_node_item(node, rects=rects, item=self._nodes[node.id])
        # Arrows are routed when first painted or asked for their shape (lazily): routing
        # every arrow of a 10,000-step map up front took more than a second.
        for edge in self.document.edges():
            self._add_edge_item(edge, settle=False, lazy=True, rects=rects)
        for journey_id in self._rated:
            self._invalidate_curve(journey_id)
        self._building = False
        for (_stage_id, journey_id, z), layer in self._layers.items():
            layer.fit(self._extents.get(layer))
            lane = self._lane_layer(journey_id, z)
            layer.setParentItem(lane)
            lane.hold(layer)
        self._extents.clear()
        self._update_scene_rect(full=True, node_rects=rects.values())

    def _build_grid(self) -> None:
        """The columns, headers, lanes and curves of :attr:`grid`, made anew."""
        for items in (self._columns, self._stage_headers, self._lanes, self._lane_headers,
                      self._curves):
            for item in items.values():
                self.removeItem(item)
            items.clear()
        for i, stage in enumerate(self.document.stages):
            column = ColumnItem(self._column_rect(stage.id), i, self.style)
            header = StageHeaderItem(stage, _qrect(self.grid.stage_header(stage.id)),
                                     self.style)
            self.addItem(column)
            self.addItem(header)
            self._columns[stage.id], self._stage_headers[stage.id] = column, header
        for journey in self.document.journeys:
            lane = LaneItem(self._lane_rect(journey.id), self.style)
            header = LaneHeaderItem(journey, _qrect(self.grid.lane_header(journey.id)),
                                    self.style)
            curve = EmotionCurveItem(journey.id, _qrect(self.grid.emotion_band(journey.id)),
                                     self._curve_points, self.style)
            for item in (lane, header, curve):
                self.addItem(item)
            self._lanes[journey.id] = lane
            self._lane_headers[journey.id] = header
            self._curves[journey.id] = curve

    def _column_rect(self, stage_id: str) -> QRectF:
        col = self.grid.column(stage_id)
        return QRectF(col.x, g.HEADER_HEIGHT, col.w, max(0.0, col.h - g.HEADER_HEIGHT))

    def _lane_rect(self, journey_id: str) -> QRectF:
        lane = self.grid.lane(journey_id)
        return QRectF(g.LANE_HEADER_WIDTH, lane.y, max(0.0, lane.w - g.LANE_HEADER_WIDTH),
                      lane.h)

    def _place_grid_items(self) -> None:
        """The columns, headers, lanes and curves where :attr:`grid` has them now (a
        column grew: those right of it move; the lanes' rules and bands get longer)."""
        grid = self.grid
        for stage_id, column in self._columns.items():
            if column.rect != self._column_rect(stage_id):
                column.set_rect(self._column_rect(stage_id))
            header = self._stage_headers[stage_id]
            rect = _qrect(grid.stage_header(stage_id))
            if header.rect != rect:
                header.set_rect(rect)
        for journey_id, lane in self._lanes.items():
            if lane.rect != self._lane_rect(journey_id):
                lane.set_rect(self._lane_rect(journey_id))
            header = self._lane_headers[journey_id]
            rect = _qrect(grid.lane_header(journey_id))
            if header.rect != rect:
                header.set_rect(rect)
            curve = self._curves[journey_id]
            rect = _qrect(grid.emotion_band(journey_id))
            if curve.rect != rect:
                curve.set_rect(rect)

    def _relayout_grid(self) -> None:
        """The grid changed shape (a stage resized, a lane added, large print): lay it out
        anew and put every step and arrow in its new place."""
        self.grid = DrawnLayout(self.document.stages, self.document.journeys,
                                [item.node for item in self._nodes.values()], self._sizer())
        self._build_grid()
        self._prune_layers()
        for (stage_id, journey_id, _z), layer in self._layers.items():
            self._put_layer(layer, stage_id, journey_id)
        for (journey_id, _z), lane in self._lane_layers.items():
            lane.setPos(0.0, self.grid.lane(journey_id).y)
        for item in self._nodes.values():
            self._place_node(item)
        self._route_all_lazily()
        self._refit_layers()
        for lane in self._lane_layers.values():
            lane.refit()
        self._update_scene_rect(full=True)

    def _grid_changed(self) -> None:
        """The grid changed shape. Everything is laid out again once the command is done,
        so an auto-layout that widens 30 columns moves 10,000 steps once, not 30 times;
        meanwhile the grid knows its stages and lanes (a step may come into a new one)."""
        self.grid.set_bands(self.document.stages, self.document.journeys)
        self._grid_dirty = True
        self._schedule_flush()

    def flush(self) -> None:
        """Bring everything up to date now (done whenever a command finishes)."""
        self._flush_pending = True  # (what it asks for on the way, it does itself)
        try:
            if self._grid_dirty:
                self._grid_dirty = False
                self._dirty_edges.clear()
                self._dirty_cells.clear()
                self._relayout_grid()
            elif self._dirty_cells:
                self._relayout_cells()
            if self._dirty_edges:
                ids, self._dirty_edges = self._dirty_edges, set()
                for edge_id in ids:
                    item = self._edges.get(edge_id)
                    if item is not None:
                        self._route(item, again=False)
            self._flush_selection()
        finally:
            self._flush_pending = False

    # --- one edit: its cells laid out again, the grid spread if need be ---------------
    def _cell_changed(self, stage_id: str, journey_id: str) -> None:
        """A step of this cell came, went, moved or changed size: lay the cell out anew
        when the command is done."""
        self._dirty_cells.add((stage_id, journey_id))
        self._schedule_flush()

    def _relayout_cells(self) -> None:
        """Lay out the cells an action touched: O(their steps). Only when one of their
        columns gets wider or one of their lanes taller does more move, and then by
        groups: the cells' layers of the columns right of it, the lanes below it
        (:meth:`_shift_bands`)."""
        cells, self._dirty_cells = self._dirty_cells, set()
        grid = self.grid
        known_stages, known_lanes = set(grid.stage_ids), set(grid.journey_ids)
        nodes = self._nodes
        wanted = {key: [nodes[i].node for i in self._cells.get(key, ()) if i in nodes]
                  for key in cells if key[0] in known_stages and key[1] in known_lanes}
        before = grid.edges()
        moved, stages, lanes = grid.update_cells(wanted)
        if stages or lanes:
            self._shift_bands(before, stages, lanes)
        for node_id in moved:
            item = nodes.get(node_id)
            if item is None:
                continue
            self._place_node(item)
            self._hold(item)
            self._update_scene_rect(rect=item.scene_rect())
            self._reroute_node(node_id)
            self._reroute_crossing(item)
            if node_id in self._rated.get(item.node.journey_id, ()):
                self._move_curve_point(item.node.journey_id, node_id)

    def _shift_bands(self, before: tuple, stages: set, lanes: set) -> None:
        """Columns got wider or narrower (``stages``) or lanes taller or shorter
        (``lanes``): the cells' layers of every column from the first of them on move
        (one item per cell and layer, not per step), the lanes' layers below, the grid's
        items follow, and the arrows whose two ends moved apart are routed again."""
        grid = self.grid
        old_x, old_y = before
        new_x, new_y = grid.edges()
        first = min((grid.stage_index(s) for s in stages), default=len(grid.stage_ids))
        for i in range(first + 1, len(grid.stage_ids)):
            x = new_x[i]
            if x != old_x[i]:
                for layer in self._stage_layers.get(grid.stage_ids[i], ()):
                    layer.setPos(x, 0.0)
        # (the lanes' layers span the map across: they hold their cells wherever)
        for stage_id in stages:  # their cells are wider or narrower
            for layer in self._stage_layers.get(stage_id, ()):
                layer.refit(self._cell_rect(stage_id, layer.journey_id))
        top = min((grid.lane_index(j) for j in lanes), default=len(grid.journey_ids))
        for (journey_id, _z), lane in self._lane_layers.items():
            j = grid.lane_index(journey_id)
            if j >= top and lane.pos().y() != new_y[j]:
                lane.setPos(0.0, new_y[j])
            if journey_id in lanes:
                for layer in lane.childItems():
                    if isinstance(layer, CellLayerItem):
                        layer.refit(self._cell_rect(layer.stage_id, journey_id))
        self._place_grid_items()
        if stages:  # the curves' points right of the column moved
            for curve in self._curves.values():
                curve.invalidate()
        # the arrows whose two ends moved apart are routed again (when drawn); the rest
        # moved with their layer, as their two steps did
        if not self._spans_known:
            self._spans_known = True
            for edge in self.document.edges():
                self._note_span(edge)
        for moved, spans, ids, old, new in ((stages, self._span_stages, grid.stage_ids,
                                             old_x, new_x),
                                            (lanes, self._span_lanes, grid.journey_ids,
                                             old_y, new_y)):
            if not moved:
                continue
            by = {key: new[i] - old[i] for i, key in enumerate(ids)}
            for edge_id, (a, b) in spans.items():
                if by.get(a, 0.0) != by.get(b, 0.0):
                    item = self._edges.get(edge_id)
                    if item is not None:
                        self._make_lazy(item)
        self._update_scene_rect()

    def _note_span(self, edge) -> None:
        """Keep :attr:`_span_stages` and :attr:`_span_lanes` up to date for an arrow
        (once they are gathered: opening a map does not need them)."""
        if not self._spans_known:
            return
        source, target = self._nodes.get(edge.source), self._nodes.get(edge.target)
        self._span_stages.pop(edge.id, None)
        self._span_lanes.pop(edge.id, None)
        if source is None or target is None:
            return
        a, b = source.node, target.node
        if a.stage_id != b.stage_id:
            self._span_stages[edge.id] = (a.stage_id, b.stage_id)
        if a.journey_id != b.journey_id:
            self._span_lanes[edge.id] = (a.journey_id, b.journey_id)

    def _place_node(self, item: NodeItem) -> None:
        """A step where the layout draws it, in its cell's layer."""
        x, y, _w, _h = self.grid.placement(item.node)
        if item.pos().x() != x or item.pos().y() != y:
            item.setPos(x, y)

    def _update_scene_rect(self, full: bool = False, rect: QRectF | None = None,
                           node_rects=None) -> None:
        """``node_rects``: the steps' scene rects as ``(x, y, w, h)`` when the caller has
        them (building), instead of asking every item."""
        m = pal.MAP_MARGIN
        base = QRectF(-m, -m, self.grid.width + 2 * m, self.grid.height + 2 * m)
        if full:
            if node_rects is None:
                node_rects = [item.scene_rect().getRect() for item in self._nodes.values()]
            left, top, right, bottom = base.left(), base.top(), base.right(), base.bottom()
            for x, y, w, h in node_rects:
                left, top = min(left, x - m), min(top, y - m)
                right, bottom = max(right, x + w + m), max(bottom, y + h + m)
            self._extent = QRectF(left, top, right - left, bottom - top)
        else:
            self._extent = self._extent.united(base)
            if rect is not None:
                self._extent = self._extent.united(rect.adjusted(-m, -m, m, m))
        if self.sceneRect() != self._extent:
            self.setSceneRect(self._extent)

    def _owner_of(self, node):
        owner_id = getattr(node, "owner_id", None)
        if owner_id is None or not self.document.has_owner(owner_id):
            return None
        return self.document.owner(owner_id)

    def _add_node_item(self, node, owner=None, rects: dict | None = None,
                       item: NodeItem | None = None) -> NodeItem:
        """A step's item in its cell's layer; ``rects``: building (the layout is made,
        every layer is fitted once at the end), else its cell is laid out again."""
        if item is None:
            item = make_node_item(node, owner, self.style)
        x, y, w, h = self.grid.placement(node)
        item.setPos(x, y)
        layer = self._layer(node.stage_id, node.journey_id,
                            layers.STEPS if node.is_step else layers.NOTES)
        item.setParentItem(layer)
        self._nodes[node.id] = item
        self._cells.setdefault((node.stage_id, node.journey_id), set()).add(node.id)
        if rects is None:
            layer.hold(item)
            self._cell_changed(node.stage_id, node.journey_id)
        else:  # building: the arrows' ends, without asking every item
            cx, cy, _cw, _ch = self.grid.cell_coords(node.stage_id, node.journey_id)
            rects[node.id] = (cx + x, cy + y, w, h)
            self._held_at(layer, item.boundingRect().getCoords(), x, y)
        if getattr(node, "rating", None) is not None:  # a rated step is on the curve
            self._rated.setdefault(node.journey_id, set()).add(node.id)
            if rects is None:  # building draws every curve anew once, at the end
                self._move_curve_point(node.journey_id, node.id)
        return item

    def _add_edge_item(self, edge, settle: bool = True, lazy: bool = False,
                       rects: dict | None = None) -> ConnectionItem:
        item = ConnectionItem(edge, self.style)
        self._edge_order += 1
        item.order = self._edge_order
        self._edges[edge.id] = item
        self._note_span(edge)
        if lazy:
            self._place_in_layer(item, self._make_lazy(item, rects))
        else:
            self._place_in_layer(item)
            self._route(item, again=settle)
        return item

    def _layer(self, stage_id: str, journey_id: str, z: float) -> CellLayerItem:
        """The parent of one cell's items of one layer (see :mod:`.layers`), where the
        cell is drawn: its items are placed in the cell's own coordinates."""
        key = (stage_id, journey_id, z)
        layer = self._layers.get(key)
        if layer is None:
            # building: the layer joins its lane once it holds its items and is fitted to
            # them (a layer in the scene pays for each change of its rect)
            layer = self._layers[key] = CellLayerItem(z, self._cell_rect(stage_id, journey_id),
                                                      None if self._building else
                                                      self._lane_layer(journey_id, z),
                                                      stage_id, journey_id)
            self._put_layer(layer, stage_id, journey_id)
            layer.held()
            self._stage_layers.setdefault(stage_id, []).append(layer)
        return layer

    def _put_layer(self, layer: CellLayerItem, stage_id: str, journey_id: str) -> None:
        """A cell's layer at its column, in its lane's layer (which sits at the lane)."""
        x = self.grid.cell_coords(stage_id, journey_id)[0]
        if layer.pos().x() != x or layer.pos().y() != 0.0:
            layer.setPos(x, 0.0)
            layer.held()

    def _lane_layer(self, journey_id: str, z: float) -> LaneLayerItem:
        lane = self._lane_layers.get((journey_id, z))
        if lane is None:
            lane = self._lane_layers[(journey_id, z)] = LaneLayerItem(z)
            lane.setPos(0.0, self.grid.cell_coords(self.grid.stage_ids[0], journey_id)[1]
                        if self.grid.stage_ids else self.grid.lane(journey_id).y)
            self.addItem(lane)
        return lane

    def _cell_rect(self, stage_id: str, journey_id: str) -> QRectF:
        """A cell in its layers' own coordinates (they sit where the cell is drawn)."""
        _x, _y, w, h = self.grid.cell_coords(stage_id, journey_id)
        return QRectF(0.0, 0.0, w, h)

    def _cell_origin(self, stage_id: str, journey_id: str) -> tuple[float, float]:
        x, y, _w, _h = self.grid.cell_coords(stage_id, journey_id)
        return x, y

    def _hold(self, item) -> None:
        """A step or arrow changed its bounds: its cell's layer must still hold it."""
        layer = item.parentItem()
        if isinstance(layer, CellLayerItem) and not self._building:
            layer.hold(item)

    def _held_at(self, layer: CellLayerItem, coords: tuple, dx: float, dy: float) -> None:
        """Building: grow what ``layer`` must hold by an item's bounds (``coords`` as
        ``(x1, y1, x2, y2)``, moved by ``dx, dy`` into the layer's coordinates), in plain
        numbers: asking each item for its bounds through Qt cost ~100 ms at 10,000
        steps."""
        x1, y1, x2, y2 = coords[0] + dx, coords[1] + dy, coords[2] + dx, coords[3] + dy
        extent = self._extents.get(layer)
        if extent is None:
            self._extents[layer] = [x1, y1, x2, y2]
            return
        if x1 < extent[0]:
            extent[0] = x1
        if y1 < extent[1]:
            extent[1] = y1
        if x2 > extent[2]:
            extent[2] = x2
        if y2 > extent[3]:
            extent[3] = y2

    def _refit_layers(self) -> None:
        for (stage_id, journey_id, _z), layer in self._layers.items():
            layer.refit(self._cell_rect(stage_id, journey_id))

    def _place_in_layer(self, item: ConnectionItem, held: tuple | None = None) -> None:
        """An arrow lives with the steps of its source's cell (``held``: its bounds as
        ``(x1, y1, x2, y2)`` in scene coordinates when known, while the map is being
        built)."""
        source = self._nodes.get(item.edge.source)
        if source is None:
            if item.scene() is not self:
                self.addItem(item)
            return
        node = source.node
        layer = self._layer(node.stage_id, node.journey_id, layers.ARROWS)
        left = None if self._building else item.parentItem()
        if left is not layer:
            item.setParentItem(layer)  # (routed again when the action is done: its step moved)
            if isinstance(left, CellLayerItem) and not self._building:
                left.refit()  # it may have grown for the arrow that left
        if self._building:  # its own coordinates the scene's (see _anchor)
            ox, oy = self._cell_origin(node.stage_id, node.journey_id)
            item.setPos(-ox, -oy)
            self._held_at(layer, held or item.boundingRect().getCoords(), -ox, -oy)
        else:
            layer.hold(item)

    def _anchor(self, item: ConnectionItem) -> None:
        """Make the arrow's own coordinates the scene's before it is routed: it is placed
        at minus its layer's place (it is worked out in scene coordinates). When its layer
        moves later, it moves along (a column that widened carries its arrows)."""
        layer = item.parentItem()
        if layer is None:
            ox = oy = 0.0
        elif self._building:  # (the layers are not in their lanes yet)
            node = self._nodes[item.edge.source].node
            ox, oy, _w, _h = self.grid.cell_coords(node.stage_id, node.journey_id)
        else:
            origin = layer.scenePos()
            ox, oy = origin.x(), origin.y()
        pos = item.pos()
        if pos.x() != -ox or pos.y() != -oy:
            item.setPos(-ox, -oy)

    def _prune_layers(self) -> None:
        """Forget the layers of cells whose stage or lane is gone (they hold nothing)."""
        stages, lanes = set(self.grid.stage_ids), set(self.grid.journey_ids)
        for key in [k for k in self._layers if k[0] not in stages or k[1] not in lanes]:
            layer = self._layers.pop(key)
            stage_layers = self._stage_layers.get(key[0], [])
            if layer in stage_layers:
                stage_layers.remove(layer)
            for child in layer.childItems():  # never expected: steps moved out first
                child.setParentItem(None)
            layer.setParentItem(None)
            self.removeItem(layer)
        for stage_id in [k for k in self._stage_layers if k not in stages]:
            del self._stage_layers[stage_id]
        for key in [k for k in self._lane_layers if k[0] not in lanes]:
            self.removeItem(self._lane_layers.pop(key))

    def _make_lazy(self, item: ConnectionItem, rects: dict | None = None) -> tuple | None:
        """The arrow routed when first needed; building, its bounds ``(x1, y1, x2, y2)``."""
        edge = item.edge
        if rects is not None and edge.source in rects and edge.target in rects:
            # building: its layer is fitted at the end
            return item.make_lazy(rects[edge.source], rects[edge.target], self._router,
                                  placed=False)
        source = self._nodes.get(edge.source)
        target = self._nodes.get(edge.target)
        if source is not None and target is not None:
            self._anchor(item)
            item.make_lazy(source.scene_rect().getRect(), target.scene_rect().getRect(),
                           self._router)
            self._hold(item)
        return None

    def _route_all_lazily(self) -> None:
        """Every arrow routed anew when next needed, in the order opening the map uses."""
        for edge in self.document.edges():
            item = self._edges.get(edge.id)
            if item is None:
                continue
            self._edge_order += 1
            item.order = self._edge_order
            self._make_lazy(item)

    def _route_lazily(self, item: ConnectionItem) -> None:
        """Route a lazy arrow as opening the map would have: its label is placed around the
        steps and the labels of the arrows before it, so those are routed first (oldest
        first). No geometry changes: lazy bounds already hold the route."""
        waiting = [item]
        if item.has_label() and item.scene() is self:
            seen, todo = {id(item)}, [item]
            while todo:
                current = todo.pop()
                for other in self.items(current.boundingRect(),
                                        Qt.ItemSelectionMode.IntersectsItemBoundingRect,
                                        Qt.SortOrder.AscendingOrder):
                    if (isinstance(other, ConnectionItem) and other.lazy
                            and other.order < current.order and id(other) not in seen
                            and other.has_label()):
                        seen.add(id(other))
                        waiting.append(other)
                        todo.append(other)
        waiting.sort(key=lambda i: i.order)
        for each in waiting:
            if each is not item and not each.lazy:
                continue
            source = self._nodes.get(each.edge.source)
            target = self._nodes.get(each.edge.target)
            if source is None or target is None or each.scene() is not self:
                continue
            each.route_lazily(source.scene_rect(), target.scene_rect(),
                              lambda rect, me=each: self._label_blocked(rect, me, me.order),
                              self._steps_near)

    def _route(self, item: ConnectionItem, again: bool = True) -> None:
        """Route an arrow now; with ``again`` once more when the command is done.

        Labels are placed around what is there now; once a batch of changes (an
        auto-layout, a paste) has settled they are placed once more.
        """
        source = self._nodes.get(item.edge.source)
        target = self._nodes.get(item.edge.target)
        if source is not None and target is not None:
            self._anchor(item)
            item.route(source.scene_rect(), target.scene_rect(),
                       lambda rect: self._label_blocked(rect, item), self._steps_near)
            self._hold(item)
            if again:
                self._mark_edge(item.item_id)

    def _mark_edge(self, edge_id: str) -> None:
        """Route this arrow when the current command is done (once, however often asked)."""
        self._dirty_edges.add(edge_id)
        self._schedule_flush()

    def _schedule_flush(self) -> None:
        if not self._flush_pending and not self._following:
            self._flush_pending = True
            QTimer.singleShot(0, self, self.flush)  # changes made outside the undo stack

    def _steps_near(self, left: float, top: float, right: float, bottom: float) -> list:
        """The steps' rects (x, y, w, h) there, which an arrow routes round (BSP lookup,
        bounding rects, unsorted: cheap; no arrow is routed by it)."""
        return [other.scene_rect().getRect()
                for other in self.items(QRectF(left, top, right - left, bottom - top),
                                        Qt.ItemSelectionMode.IntersectsItemBoundingRect,
                                        Qt.SortOrder.AscendingOrder)
                if isinstance(other, NodeItem)]

    def _label_blocked(self, rect: QRectF, me: ConnectionItem,
                       before: int | None = None) -> bool:
        """Would a label at ``rect`` hide a step, an arrowhead or another label? (BSP
        lookup: cheap.)

        Bounding rects, unsorted: the default query calls every candidate's Python
        ``shape()`` and sorts by stacking order, a third of opening a big map.
        With ``before`` only the labels of arrows routed before that order count
        (as when the map is opened); lazy arrows among them are routed first.
        """
        for other in self.items(rect, Qt.ItemSelectionMode.IntersectsItemBoundingRect,
                                Qt.SortOrder.AscendingOrder):
            if isinstance(other, NodeItem):
                if other.scene_rect().intersects(rect):
                    return True
                continue
            if isinstance(other, ConnectionItem) and other is not me:
                if other.head_rect().intersects(rect):  # a lazy arrow's route, not its label
                    return True
                if before is not None and other.order >= before:
                    continue
                if other.lazy and not other.has_label():
                    continue
                if other.label_rect().intersects(rect):  # routes a lazy arrow first
                    return True
        return False

    def _reroute_node(self, node_id: str, now: bool = False) -> None:
        """The arrows of a step that moved: now (a live drag), or when the command is done."""
        if not self.document.has_node(node_id):
            return
        for edge in self.document.edges_of(node_id):
            item = self._edges.get(edge.id)
            if item is None:
                continue
            if now:
                self._route(item, again=False)
            else:
                self._mark_edge(edge.id)

    def _reroute_crossing(self, item: NodeItem) -> None:
        """A step that came or moved may now stand in other arrows' way: those that pass
        its place go round it when the action is done (a look-up in the scene's index;
        an arrow not drawn yet routes itself, round what is there, when it is)."""
        rect = item.scene_rect()
        for other in self.items(rect, Qt.ItemSelectionMode.IntersectsItemBoundingRect,
                                Qt.SortOrder.AscendingOrder):
            if isinstance(other, ConnectionItem) and not other.lazy and (
                    other.label_rect().intersects(rect) or other.path().intersects(rect)):
                # (its line or label there, not just its bounds: a long arrow's bounds
                # cover much, and routing one round a crowded map costs milliseconds)
                self._mark_edge(other.item_id)

    def _invalidate_curve(self, journey_id: str) -> None:
        curve = self._curves.get(journey_id)
        if curve is not None:
            curve.invalidate()

    def _curve_points(self, journey_id: str) -> list[tuple[float, int, str]]:
        points = []
        for node_id in self._rated.get(journey_id, ()):
            point = self._curve_point_of(journey_id, node_id)
            if point is not None:
                points.append((*point, node_id))
        return points

    def _curve_point_of(self, journey_id: str, node_id: str) -> tuple[float, int] | None:
        """Where a step marks its lane's curve: its centre's x and its rating (or None)."""
        item = self._nodes.get(node_id)
        if (item is None or node_id not in self._rated.get(journey_id, ())
                or item.node.rating is None):
            return None
        return item.scenePos().x() + item.width / 2, item.node.rating

    def _move_curve_point(self, journey_id: str, node_id: str) -> None:
        """One step's mark on its lane's curve moved, appeared or went."""
        curve = self._curves.get(journey_id)
        if curve is not None:
            curve.update_point(node_id, self._curve_point_of(journey_id, node_id))

    # --- following the document ---------------------------------------------------
    def _on_batch(self, batch) -> None:
        """One user action: mirror each change, then place and route what it touched, once.

        An auto-layout that widens 30 columns moves 10,000 steps once, not 30 times,
        because the grid is laid out again only here, at the end of the action.
        """
        self._following = True  # (the flush below does what the changes ask for)
        try:
            for change in batch.changes:
                self._on_change(change)
        finally:
            self._following = False
        self.flush()

    def _on_change(self, change) -> None:
        target, action = change.target, change.action
        if target == Target.NODE:
            if action == Action.ADDED:  # (placed, and arrows rerouted round it, at the flush)
                self._add_node_item(change.new, self._owner_of(change.new))
            elif action == Action.UPDATED:
                self._node_updated(change.old, change.new)
            elif action == Action.REMOVED:
                self._node_removed(change.old)
        elif target == Target.EDGE:
            if action == Action.ADDED:
                self._add_edge_item(change.new)
            elif action == Action.UPDATED:
                item = self._edges.get(change.id)
                if item is not None:
                    item.set_edge(change.new)
                    self._note_span(change.new)
                    self._place_in_layer(item)
                    self._route(item)
            elif action == Action.REMOVED:
                item = self._edges.pop(change.id, None)
                self._span_stages.pop(change.id, None)
                self._span_lanes.pop(change.id, None)
                if item is not None:
                    self._remove_quietly(item)
        elif target in (Target.STAGE, Target.JOURNEY):
            headers = self._stage_headers if target == Target.STAGE else self._lane_headers
            size = "width" if target == Target.STAGE else "height"
            if (action == Action.UPDATED and change.id in headers
                    and getattr(change.old, size) == getattr(change.new, size)):
                headers[change.id].set_element(change.new)
            else:
                self._grid_changed()
        elif target == Target.OWNER and action == Action.UPDATED:
            for item in self._nodes.values():
                if getattr(item.node, "owner_id", None) == change.id:
                    if item.set_node(item.node, change.new):  # its name is on the card
                        self._cell_changed(item.node.stage_id, item.node.journey_id)
                    self._hold(item)

    def _node_updated(self, old, new) -> None:
        item = self._nodes.get(new.id)
        if item is None:
            return
        resized = item.set_node(new, self._owner_of(new))
        was, now = (old.stage_id, old.journey_id), (new.stage_id, new.journey_id)
        if was != now:
            self._cells.get(was, set()).discard(new.id)
            self._cells.setdefault(now, set()).add(new.id)
            left = item.parentItem()
            item.setParentItem(self._layer(new.stage_id, new.journey_id,
                                           layers.STEPS if new.is_step else layers.NOTES))
            # (the action may have removed the step again since: nothing to carry along)
            alive = self.document.has_node(new.id)
            for edge in self.document.out_edges(new.id) if alive else ():
                arrow = self._edges.get(edge.id)
                if arrow is not None:
                    self._place_in_layer(arrow)
            for edge in self.document.edges_of(new.id) if alive else ():
                self._note_span(edge)
            if isinstance(left, CellLayerItem):  # it may have grown for the step that left
                left.refit()
        if resized or was != now or (old.x, old.y) != (new.x, new.y):
            # placed (and the arrows in its way rerouted) when the action is done, with
            # the rest of its cell: a step that grew moves its neighbours
            self._cell_changed(*was)
            self._cell_changed(*now)
        self._hold(item)
        self._reroute_node(new.id)
        old_rated = getattr(old, "rating", None) is not None
        new_rated = getattr(new, "rating", None) is not None
        if old_rated:
            self._rated.get(old.journey_id, set()).discard(old.id)
        if new_rated:
            self._rated.setdefault(new.journey_id, set()).add(new.id)
        if old_rated or new_rated:
            for journey_id in {old.journey_id, new.journey_id}:
                self._move_curve_point(journey_id, new.id)

    def _node_removed(self, node) -> None:
        item = self._nodes.pop(node.id, None)
        self._cells.get((node.stage_id, node.journey_id), set()).discard(node.id)
        self._cell_changed(node.stage_id, node.journey_id)  # its neighbours may close up
        if node.id in self._rated.get(node.journey_id, ()):
            self._rated[node.journey_id].discard(node.id)
            self._move_curve_point(node.journey_id, node.id)
        if item is not None:
            if self._connect_from is item:
                self.cancel_connect()
            self.editing.node_removed(node.id)
            self._remove_quietly(item)

    def _remove_quietly(self, item) -> None:
        """Remove an item; a selected one updates the shared selection once per batch.

        Deleting 10,000 selected steps would otherwise tell the session 10,000
        times about a selection of up to 10,000 ids.
        """
        if not item.isSelected():
            self.removeItem(item)
            return
        self._syncing = True
        try:
            self.removeItem(item)
        finally:
            self._syncing = False
        self._selection_stale = True
        self._schedule_flush()

    def _flush_selection(self) -> None:
        if self._selection_stale:
            self._selection_stale = False
            self._scene_selection_changed()

    # --- large print ---------------------------------------------------------------
    def set_large_print(self, on: bool) -> None:
        style = style_for(bool(on))
        if style is self.style:
            return
        self.style = style
        # every step is measured anew (large print scales the shapes with the type), and
        # the grid is laid out again round them
        for group in (self._columns, self._stage_headers, self._lanes, self._lane_headers,
                      self._curves, self._nodes):
            for item in group.values():
                item.set_style(style)
        for item in self._edges.values():
            item.set_style(style)
        self._dirty_cells.clear()
        self._relayout_grid()
        self.update()

    @property
    def large_print(self) -> bool:
        return self.style.large_print

    # --- selection, both ways, without loops ---------------------------------------
    def _scene_selection_changed(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.session.selection.set(getattr(i, "item_id") for i in self.selectedItems()
                                       if hasattr(i, "item_id"))
        finally:
            self._syncing = False

    def _session_selection_changed(self) -> None:
        self._update_headers()
        if self._syncing:
            return
        wanted = set(self.session.selection.ids())
        self._syncing = True
        try:
            for item in self.selectedItems():
                if getattr(item, "item_id", None) not in wanted:
                    item.setSelected(False)
            for item_id in wanted:
                item = self._nodes.get(item_id) or self._edges.get(item_id)
                if item is not None and not item.isSelected():
                    item.setSelected(True)
        finally:
            self._syncing = False

    def select_header(self, element_id: str) -> None:
        """Select a stage or a micro-journey (shown by its header) in the shared selection."""
        self._syncing = True
        try:
            self.clearSelection()
        finally:
            self._syncing = False
        self.session.selection.set([element_id])

    def _update_headers(self) -> None:
        for header in list(self._stage_headers.values()) + list(self._lane_headers.values()):
            header.update()

    def select_ids(self, ids) -> None:
        """Select exactly these items (steps or arrows) and tell the session once."""
        ids = list(ids)
        self._syncing = True
        try:
            self.clearSelection()
            for item_id in ids:
                item = self._nodes.get(item_id) or self._edges.get(item_id)
                if item is not None:
                    item.setSelected(True)
        finally:
            self._syncing = False
        self._scene_selection_changed()
        if len(ids) == 1 and ids[0] in self._nodes:
            self.setFocusItem(self._nodes[ids[0]])

    # --- gestures handled by the editing operations ----------------------------------
    def edit_text(self, node_id: str) -> None:
        self.editing.edit_text(node_id)

    def edit_edge_label(self, edge_id: str) -> None:
        self.editing.edit_edge_label(edge_id)

    def resize_grid(self, kind: str, element_id: str, delta: float) -> None:
        self.editing.resize_grid(kind, element_id, delta)

    def reorder_grid(self, kind: str, element_id: str, pos: QPointF) -> None:
        self.editing.reorder_grid(kind, element_id, pos)

    def rename_grid(self, kind: str, element_id: str) -> None:
        self.editing.rename_grid(kind, element_id)

    def grid_context_menu(self, kind: str, element_id: str, screen_pos) -> None:
        self.editing.grid_context_menu(kind, element_id, screen_pos)

    def contextMenuEvent(self, event) -> None:
        event.ignore()
        super().contextMenuEvent(event)  # headers have their own menu
        if not event.isAccepted():
            self.editing.context_menu(event.scenePos(), event.screenPos())
            event.accept()

    def event(self, event) -> bool:
        # Tab and Shift+Tab drive the workshop keyboard flow, not item focus chains
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab,
                                                                    Qt.Key.Key_Backtab):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if self.editing.key_press(event):
            return
        super().keyPressEvent(event)

