"""Arrows on the canvas: flows and branches, told apart by line style and a mark."""

from __future__ import annotations

import weakref
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPicture,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem

from ..model import EdgeKind, Sentiment
from ..look import arrows as ar
from ..look.edges import arrow_look, edge_look
from ..look import palette as pal
from .recording import record, replay
from .style import DETAIL_ZOOM, Style, style_for
from .text import metrics
from .words import share_text, tr

ARROW_SIZE = pal.ARROW_HEAD  # at 100 %; an arrow's own head is its spec's (arrow_look)


_NO_PATH, _NO_HEAD, _NO_RECT = QPainterPath(), QPolygonF(), QRectF()


@lru_cache(maxsize=4096)
def _label_size(text: str, style: Style) -> tuple[float, float]:
    """An arrow label's box: labels repeat (✓, ✗, shares), and opening a map sizes
    every arrow's label."""
    fm = metrics(style.small_font)
    return min(fm.horizontalAdvance(text) + 8, 220 * style.scale), fm.height() + 2


def _colour_of(kind: EdgeKind, sentiment: Sentiment, style: Style) -> QColor:
    return QColor(arrow_look(kind, sentiment, style.large_print).colour)


def _dash_of(kind: EdgeKind, sentiment: Sentiment) -> tuple:
    return arrow_look(kind, sentiment).dash


@lru_cache(maxsize=64)
def _arrow_pens(kind: EdgeKind, sentiment: Sentiment, style: Style,
                 selected: bool) -> tuple[QPen, QPen, QColor]:
    """An arrow's line pen, head pen and colour, made once per kind of arrow (a
    whole-map view paints every arrow of the map; a recording draws with the same)."""
    look = arrow_look(kind, sentiment, style.large_print)
    colour = QColor(look.colour)
    line = QPen(colour, look.width * (1.8 if selected else 1.0))
    line.setCapStyle(Qt.PenCapStyle.FlatCap)
    if look.dash:
        line.setDashPattern(list(look.dash))
    return line, QPen(colour, 1.0), colour


def _shifted(obstacles, steps, dx: float, dy: float) -> tuple:
    """The scene's look-ups (``obstacles(rect)``, ``steps(left, top, right, bottom)``)
    for an arrow whose own coordinates are the scene's moved by ``-dx, -dy``."""
    if obstacles is not None:
        scene_obstacles = obstacles
        obstacles = lambda rect: scene_obstacles(rect.translated(dx, dy))  # noqa: E731
    if steps is not None:
        scene_steps = steps

        def steps(left, top, right, bottom):
            return [(x - dx, y - dy, w, h)
                    for x, y, w, h in scene_steps(left + dx, top + dy, right + dx, bottom + dy)]
    return obstacles, steps


class ConnectionItem(QGraphicsItem):
    """An arrow between two steps: flow solid; branch good solid ✓, bad dashed ✗, neutral dotted."""

    def __init__(self, edge, style: Style | None = None) -> None:
        super().__init__()
        self.edge = edge
        self.style = style or style_for(False)
        # empty until routed (shared, never changed in place: routing replaces them)
        self._path = _NO_PATH
        self._head = _NO_HEAD
        self._label_rect = _NO_RECT
        self._label_text = ""
        self._bounds = _NO_RECT  # handed out by boundingRect() (Qt copies it); replaced
        self._drawn = _NO_RECT  # what the route draws (the bounds hold it, maybe more)
        self._leader: QLineF | None = None
        self._picture: QPicture | None = None  # see detail_picture
        self._lazy_ends: tuple = ()  # the shapes' rects while waiting to be routed
        self._sketch: tuple | None = None  # (path, head) drawn meanwhile, see paint_sketch
        self._picture_state: bool | None = None
        self._will_label = False
        self._router = None  # set while the arrow waits to be routed (see make_lazy)
        self.order = 0  # the order the scene routes arrows in (label placement)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        # no z of its own: its source cell's arrow layer stacks it (under every step)
        # the tooltip is set when the arrow is routed (see _apply): an arrow is routed
        # before it can be hovered (painted, or its shape asked for), and opening a big
        # map then makes no tooltip for the arrows nobody looks at

    @property
    def item_id(self) -> str:
        return self.edge.id

    def set_edge(self, edge) -> None:
        self.edge = edge
        self._picture = None
        if self._router is None:
            self.setToolTip(self._tooltip())

    def set_style(self, style: Style) -> None:
        self.style = style
        self._picture = None

    def _tooltip(self) -> str:
        """The arrow's words, and what its share is a share of (the label shows only
        "1 %": of the customers who reach the step it leaves, not of all customers)."""
        e = self.edge
        if e.kind == EdgeKind.BRANCH:
            # the branch's sentiment in the map's words ("god", "dårlig"), as the rating's
            text = f"{e.label} ({QCoreApplication.translate('canvas', e.sentiment.value)})".strip()
            base = tr("{0} of the customers who reach this crossroads take this branch")
        else:
            text = e.label
            base = tr("{0} of the customers who reach the step before take this arrow")
        if e.share is None:
            return text
        return "\n".join(t for t in (text, base.format(share_text(e.share))) if t)

    def text(self) -> str:
        e = self.edge
        parts = []
        mark = edge_look(e).mark
        if mark:
            parts.append(mark)
        if e.label:
            parts.append(e.label)
        if e.share is not None:
            parts.append(share_text(e.share))
        return " ".join(parts)

    def colour(self) -> QColor:
        return _colour_of(self.edge.kind, self.edge.sentiment, self.style)

    def dash(self):
        return _dash_of(self.edge.kind, self.edge.sentiment)

    def route(self, source: QRectF, target: QRectF, obstacles=None, steps=None) -> None:
        """Recompute the path between the two shapes (scene coordinates), round the
        steps ``steps(left, top, right, bottom)`` gives (see :func:`~journeymapper.look.
        arrows.route`), with its label clear of what ``obstacles(rect)`` says is taken.

        Everything is computed first and the item's geometry changes last, after
        ``prepareGeometryChange``: looking up obstacles in the scene's index while
        the item's own bounds were announced but not yet changed would leave the
        index with stale bounds (and Qt crashes later, when the item is removed).
        """
        routed = self._compute(source, target, obstacles, steps)
        self.prepareGeometryChange()
        self._router = None
        self._apply(routed, routed[-1])

    def make_lazy(self, source: tuple, target: tuple, router, placed: bool = True) -> tuple:
        """Route later: ``router(self)`` runs on the first paint, ``shape()``, ``path()``
        or ``label_rect()``. Opening a big map then routes only the arrows in view.

        ``source`` and ``target`` are the shapes' scene rects as ``(x, y, w, h)``.
        Meanwhile the bounds are :meth:`bounds_coords` of the two shapes, which contain
        whatever the route will give, so routing later never changes the geometry
        (it may happen in the middle of a paint or an index lookup); they are returned
        as ``(x1, y1, x2, y2)``. ``placed``: False while a map is being opened and the
        item is in no scene yet (no index to tell of the change).
        """
        text = self.text()
        x1, y1, x2, y2 = self.bounds_coords(source, target, text)
        if placed:
            self.prepareGeometryChange()
        self._router = router
        self._will_label = bool(text)
        self._path, self._head, self._leader = _NO_PATH, _NO_HEAD, None
        self._label_rect, self._label_text = _NO_RECT, ""
        self._bounds = QRectF(x1, y1, x2 - x1, y2 - y1)
        self._picture = None
        self._drawn = _NO_RECT
        self._lazy_ends, self._sketch = (source, target), None
        return x1, y1, x2, y2

    @property
    def lazy(self) -> bool:
        """Not routed yet (its path and label are computed when first needed)."""
        return self._router is not None

    def has_label(self) -> bool:
        """Has, or will have once routed, a label (which other labels keep clear of)."""
        return self._will_label if self._router is not None else bool(self._label_text)

    def ensure_routed(self) -> None:
        router = self._router
        if router is not None:
            self._router = None
            if isinstance(router, weakref.WeakMethod):
                router = router()
                if router is None:  # the scene is gone
                    return
            router(self)

    def _drift(self) -> tuple[float, float]:
        """How far the arrow's layer moved since it was placed (see :meth:`route`): its own
        coordinates are the scene's then, these plus the drift are the scene's now."""
        p = self.scenePos()
        return p.x(), p.y()

    def route_lazily(self, source: QRectF, target: QRectF, obstacles=None,
                     steps=None) -> None:
        """The route of a lazy arrow, within the bounds it already has (no geometry change).
        Its layer may have moved since it was made lazy (a column grew left of it): the
        route is worked out in the arrow's own coordinates, the scene's when it was."""
        dx, dy = self._drift()
        if dx or dy:
            source, target = source.translated(-dx, -dy), target.translated(-dx, -dy)
            obstacles, steps = _shifted(obstacles, steps, dx, dy)
        routed = self._compute(source, target, obstacles, steps)
        self._router = None
        bounds = self._bounds
        if not bounds.contains(routed[-1]):  # never expected: bounds_coords is a superset
            self.prepareGeometryChange()
            bounds = routed[-1]
        self._apply(routed, bounds)

    def _apply(self, routed, bounds: QRectF) -> None:
        self._path, self._head, self._label_text, self._label_rect, self._leader = routed[:5]
        self._drawn, self._bounds = routed[-1], bounds
        self._picture, self._sketch = None, None
        self.setToolTip(self._tooltip())

    def _route(self, source: tuple, target: tuple, steps=None) -> ar.Route:
        """The shared rule (:mod:`journeymapper.look.arrows`) between two rects (x, y, w, h)."""
        return ar.route(source, target, self.edge.kind == EdgeKind.BRANCH, steps)

    def _label_size(self, text: str) -> tuple[float, float]:
        return _label_size(text, self.style)

    def _margin(self) -> float:
        return self.style.line * 3 + ARROW_SIZE * self.style.scale

    def bounds_coords(self, source: tuple, target: tuple, text: str) -> tuple:
        """``(x1, y1, x2, y2)`` that certainly holds the route between these shapes (see
        :func:`~journeymapper.look.arrows.extent`), with room for the head and the line.
        Plain numbers: it runs for every arrow when a map opens."""
        left, top, right, bottom = ar.extent(source, target, self.edge.kind == EdgeKind.BRANCH,
                                             self._label_size(text) if text else None)
        m = self._margin() + ARROW_SIZE * self.style.scale + 2
        return left - m, top - m, right + m, bottom + m

    def _line(self, r: ar.Route) -> tuple[QPainterPath, QPolygonF]:
        """The curve between the two shapes and its arrowhead."""
        pieces = r.cubics()
        path = QPainterPath(QPointF(pieces[0][0], pieces[0][1]))
        for _x, _y, c1x, c1y, c2x, c2y, bx, by in pieces:
            path.cubicTo(c1x, c1y, c2x, c2y, bx, by)
        look = edge_look(self.edge, self.style.large_print)
        tip, left, right = ar.arrowhead(r, look.head)
        return path, QPolygonF([QPointF(*tip), QPointF(*left), QPointF(*right)])

    def _compute(self, source: QRectF, target: QRectF, obstacles, steps=None):
        r = self._route(source.getRect(), target.getRect(), steps)
        path, head = self._line(r)
        text = self.text()
        leader = None
        label_rect = QRectF()
        if text:
            w, h = self._label_size(text)
            blocked = None if obstacles is None else (lambda rect: obstacles(QRectF(*rect)))
            place = ar.place_label(r, w, h, blocked, head=arrow_look(
                self.edge.kind, self.edge.sentiment, self.style.large_print).head)
            label_rect = QRectF(*place.rect)
            if place.leader is not None:
                leader = QLineF(*place.leader)
        m = self._margin()
        bounds = path.boundingRect().united(head.boundingRect()).united(
            label_rect).adjusted(-m, -m, m, m)
        return path, head, text, label_rect, leader, bounds

    # (what these give is in scene coordinates: the arrow's own, moved by its drift)
    def path(self) -> QPainterPath:
        self.ensure_routed()
        return self._to_scene(QPainterPath(self._path))

    def label_rect(self) -> QRectF:
        self.ensure_routed()
        return self._to_scene(QRectF(self._label_rect))

    def head(self) -> QPolygonF:
        """The arrowhead as drawn (scene coordinates)."""
        self.ensure_routed()
        return self._to_scene(QPolygonF(self._head))

    def head_rect(self) -> QRectF:
        """The rect round the arrowhead, which labels keep off. A lazy arrow's route
        (round the steps, not its label: that waits) is worked out for it."""
        head = self._head if self._router is None else self._sketch_line()[1]
        return self._to_scene(head.boundingRect())

    def line_rect(self) -> QRectF:
        """What the arrow draws without its label (below DETAIL_ZOOM), without routing it."""
        if self._router is None:
            path, head = self._path, self._head
        else:
            path, head = self._sketch_line()
        m = self._margin()
        return self._to_scene(
            path.boundingRect().united(head.boundingRect()).adjusted(-m, -m, m, m))

    def _to_scene(self, shape):
        dx, dy = self._drift()
        if dx or dy:
            shape.translate(dx, dy)
        return shape

    def _sketch_line(self) -> tuple[QPainterPath, QPolygonF]:
        """A lazy arrow's line and head, routed round the steps as it will be (in its own
        coordinates)."""
        if self._sketch is None:
            scene = self.scene()
            steps = getattr(scene, "_steps_near", None)
            dx, dy = self._drift()
            if steps is not None and (dx or dy):
                steps = _shifted(None, steps, dx, dy)[1]
            self._sketch = self._line(self._route(*self._lazy_ends, steps))
        return self._sketch

    def drawn_rect(self) -> QRectF:
        """The rect the arrow draws in (path, head, label): its bounding rect while it
        waited to be routed was larger (see :meth:`make_lazy`)."""
        self.ensure_routed()
        return self._to_scene(QRectF(self._drawn))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        self.ensure_routed()
        stroker = QPainterPathStroker()
        stroker.setWidth(10.0)
        path = stroker.createStroke(self._path)
        if not self._label_rect.isNull():
            path.addRect(self._label_rect)
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if option.levelOfDetailFromTransform(painter.worldTransform()) < DETAIL_ZOOM:
            self.paint_sketch(painter)
            return
        self.ensure_routed()
        replay(painter, self.detail_picture())

    def paint_sketch(self, painter: QPainter) -> None:
        """Below 40 % zoom (a big map as a whole): the line and its head, no label.

        Labels are unreadable that small (the steps draw their bare shapes too), and an
        arrow not yet routed is not routed for it: placing every label of a 10,000-step
        map took over a second on its first whole view."""
        path, head = (self._path, self._head) if self._router is None else self._sketch_line()
        edge = self.edge
        line, head_pen, fill = _arrow_pens(edge.kind, edge.sentiment, self.style,
                                           self.isSelected())
        painter.setPen(line)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(head_pen)
        painter.setBrush(fill)
        painter.drawPolygon(head)

    def detail_picture(self) -> QPicture:
        """The arrow drawn in full, recorded once per route, edge, style and selection:
        a replay is vector and runs in Qt without the Python calls that draw it, and a
        dashed line is recorded as the outline of its dashes (Qt dashes a stroke anew on
        every paint; filling the outline costs ~30 % less)."""
        state = self.isSelected()
        if self._picture is None or self._picture_state != state:
            self._picture = record(self.paint_detail)
            self._picture_state = state
        return self._picture

    def paint_detail(self, painter: QPainter) -> None:
        st = self.style
        line, head_pen, colour = _arrow_pens(self.edge.kind, self.edge.sentiment, st,
                                             self.isSelected())
        if self.dash():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawPath(QPainterPathStroker(line).createStroke(self._path))
        else:
            painter.setPen(line)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path)
        painter.setPen(head_pen)
        painter.setBrush(colour)
        painter.drawPolygon(self._head)
        if self._label_text:
            look = edge_look(self.edge, st.large_print)
            if self._leader is not None:
                leader = QPen(colour, look.leader_width)
                leader.setDashPattern(list(look.leader_dash))
                painter.setPen(leader)
                painter.drawLine(self._leader)
            self._paint_label(painter, colour)
        if self.isSelected():
            sel = QPen(QColor(pal.SELECTION_COLOUR), 1.2)
            sel.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(sel)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._path.boundingRect().adjusted(-4, -4, 4, 4))

    def paint_label(self, painter: QPainter) -> None:
        """Only the label's tag, in the item's coordinates: presentation mode puts a
        label cut by the edge of the part shown back whole (``JourneyView.show_only``)."""
        self.ensure_routed()
        if self._label_text:
            colour = _arrow_pens(self.edge.kind, self.edge.sentiment, self.style,
                                 self.isSelected())[2]
            self._paint_label(painter, colour)

    def _paint_label(self, painter: QPainter, colour) -> None:
        st = self.style
        look = edge_look(self.edge, st.large_print)
        painter.setPen(QPen(colour, look.label_border))
        painter.setBrush(QColor(look.label_fill))
        painter.drawRoundedRect(self._label_rect, look.label_radius, look.label_radius)
        painter.setFont(st.small_font)
        painter.setPen(QColor(look.label_ink))
        fm = metrics(st.small_font)
        text = fm.elidedText(self._label_text, Qt.TextElideMode.ElideRight,
                             self._label_rect.width() - 6)
        painter.drawText(self._label_rect, int(Qt.AlignmentFlag.AlignCenter), text)

    def mouseDoubleClickEvent(self, event) -> None:
        scene = self.scene()
        if scene is not None:
            scene.edit_edge_label(self.edge.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


class ConnectPreviewItem(QGraphicsItem):
    """The line that follows the cursor while dragging a new arrow from a handle."""

    def __init__(self, start: QPointF) -> None:
        super().__init__()
        self.start = start
        self.end = start
        self.setZValue(100)

    def set_end(self, end: QPointF) -> None:
        self.prepareGeometryChange()
        self.end = end

    def boundingRect(self) -> QRectF:
        return QRectF(self.start, self.end).normalized().adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        pen = QPen(QColor(pal.SELECTION_COLOUR), 2.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(self.start, self.end)

