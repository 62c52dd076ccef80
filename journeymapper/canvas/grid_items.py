"""The grid on the canvas: stage columns and headers, lanes, their headers, emotion curves."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPicture
from PySide6.QtWidgets import QGraphicsItem

from ..model import geometry as g
from ..look import palette as pal
from .recording import record, replay
from .style import Style, style_for
from .text import Fit, fit_box

EDGE_GRIP = 7.0  # how close to a header's edge a drag resizes instead of reordering


class _GridItem(QGraphicsItem):
    def __init__(self, rect: QRectF, style: Style | None) -> None:
        super().__init__()
        self.rect = QRectF(rect)
        self.style = style or style_for(False)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = QRectF(rect)
        self.update()

    def set_style(self, style: Style) -> None:
        self.style = style
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)


def _span(start: float, end: float, shown_start: float, shown_end: float) -> tuple[float, float]:
    """The part of [start, end] inside what is being painted, with a little slack."""
    return max(start, shown_start - 4.0), min(end, shown_end + 4.0)


class ColumnItem(_GridItem):
    """A stage's column below its header, in one of two alternating tints."""

    def __init__(self, rect: QRectF, index: int, style: Style | None = None) -> None:
        super().__init__(rect, style)
        self.index = index
        self.setZValue(-20)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        # only the part being painted: a column is as tall as the whole map. Its tint is
        # filled without antialiasing (Qt's fast span fill; a third cheaper): the rule on
        # its right edge and the next column cover the seam.
        smooth = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(self.rect.intersected(option.exposedRect),
                         QColor(pal.COLUMN_TINTS[self.index % 2]))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
        top, bottom = _span(self.rect.top(), self.rect.bottom(), option.exposedRect.top(),
                            option.exposedRect.bottom())
        painter.setPen(QPen(self.style.rule, self.style.thin))
        painter.drawLine(QPointF(self.rect.right(), top), QPointF(self.rect.right(), bottom))


class _HeaderItem(_GridItem):
    """A header the user renames (double-click), drags to reorder or resizes by its edge."""

    orientation = Qt.Orientation.Horizontal
    kind = "stage"

    def __init__(self, element, rect: QRectF, style: Style | None = None) -> None:
        super().__init__(rect, style)
        self.element = element
        self._drag = None  # ("resize"|"move", press scene pos)
        self._delta = 0.0
        self._picture: QPicture | None = None  # the header recorded, see paint()
        self._picture_key: tuple | None = None
        self.setAcceptHoverEvents(True)
        self.setZValue(30)
        self.setToolTip(element.name)

    @property
    def item_id(self) -> str:
        return self.element.id

    def set_element(self, element) -> None:
        self.element = element
        self.setToolTip(element.name)
        self.update()

    def _on_edge(self, pos: QPointF) -> bool:
        if self.orientation == Qt.Orientation.Horizontal:
            return pos.x() >= self.rect.right() - EDGE_GRIP
        return pos.y() >= self.rect.bottom() - EDGE_GRIP

    def _along(self, pos: QPointF) -> float:
        return pos.x() if self.orientation == Qt.Orientation.Horizontal else pos.y()

    def hoverMoveEvent(self, event) -> None:
        if self._on_edge(event.pos()):
            self.setCursor(Qt.CursorShape.SizeHorCursor
                           if self.orientation == Qt.Orientation.Horizontal
                           else Qt.CursorShape.SizeVerCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        mode = "resize" if self._on_edge(event.pos()) else "move"
        self._drag = (mode, self._along(event.scenePos()))
        self._delta = 0.0
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._drag is None:
            return
        self.prepareGeometryChange()
        self._delta = self._along(event.scenePos()) - self._drag[1]
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        if self._drag is None:
            return
        mode, _start = self._drag
        self.prepareGeometryChange()  # before the bounds shrink back
        delta, self._drag, self._delta = self._delta, None, 0.0
        self.update()
        scene = self.scene()
        if scene is None:
            return
        if abs(delta) < 3:
            scene.select_header(self.element.id)  # a click: the inspector shows it
            return
        if mode == "resize":
            scene.resize_grid(self.kind, self.element.id, delta)
        else:
            scene.reorder_grid(self.kind, self.element.id, event.scenePos())

    def mouseDoubleClickEvent(self, event) -> None:
        scene = self.scene()
        if scene is not None:
            scene.rename_grid(self.kind, self.element.id)
        event.accept()

    def contextMenuEvent(self, event) -> None:
        scene = self.scene()
        if scene is not None:
            scene.grid_context_menu(self.kind, self.element.id, event.screenPos())
        event.accept()

    def boundingRect(self) -> QRectF:
        extra = abs(self._delta) + 4
        return self.rect.adjusted(-extra, -extra, extra, extra)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.rect)
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        # the name and the band drawn once per name, place and style, replayed after
        key = (self.rect.getRect(), self.element.name, self.style)
        if self._picture is None or self._picture_key != key:
            self._picture, self._picture_key = record(self.paint_header), key
        replay(painter, self._picture)
        self.paint_feedback(painter)

    def paint_header(self, painter: QPainter) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def text_rect(self) -> QRectF:  # pragma: no cover - abstract
        raise NotImplementedError

    def fit_name(self, rect: QRectF | None = None) -> Fit:
        """The name in lines broken between words, the type stepped down to the label
        size before a word is split or the name ends in "…" (the tooltip has it all)."""
        st = self.style
        rect = self.text_rect() if rect is None else rect
        return fit_box(self.element.name, st.header_font, rect.width(), rect.height(),
                       min_px=st.label_font.pixelSize())

    def paint_feedback(self, painter: QPainter) -> None:
        scene = self.scene()
        if scene is not None and self.element.id in scene.session.selection:
            pen = QPen(QColor(pal.SELECTION_COLOUR), 3.0)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect.adjusted(2, 2, -2, -2))
        if self._drag is None or not self._delta:
            return
        pen = QPen(QColor(pal.SELECTION_COLOUR), 2.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._drag[0] == "resize":
            r = self.rect.adjusted(0, 0, self._delta, 0) \
                if self.orientation == Qt.Orientation.Horizontal \
                else self.rect.adjusted(0, 0, 0, self._delta)
        else:
            r = self.rect.translated(self._delta, 0) \
                if self.orientation == Qt.Orientation.Horizontal \
                else self.rect.translated(0, self._delta)
        painter.drawRect(r)


class StageHeaderItem(_HeaderItem):
    """The stage's name in the band along the top."""

    kind = "stage"
    orientation = Qt.Orientation.Horizontal

    def text_rect(self) -> QRectF:
        return self.rect.adjusted(8, 2, -8, -2)

    def paint_header(self, painter: QPainter) -> None:
        st = self.style
        painter.fillRect(self.rect, QColor(pal.HEADER_FILL))
        painter.setPen(QPen(st.rule, st.thin))
        painter.drawLine(self.rect.topRight(), self.rect.bottomRight())
        painter.setPen(QPen(QColor(pal.INK), st.line))
        painter.drawLine(self.rect.bottomLeft(), self.rect.bottomRight())
        text = self.text_rect()
        fit = self.fit_name(text)
        y = text.top() + max(0.0, (text.height() - fit.line_height * len(fit.lines)) / 2)
        _draw_fit(painter, fit, text.left(), y, text.width(), Qt.AlignmentFlag.AlignHCenter,
                  st.ink)


class LaneHeaderItem(_HeaderItem):
    """The micro-journey's name down the left."""

    kind = "journey"
    orientation = Qt.Orientation.Vertical

    def text_rect(self) -> QRectF:
        """Above the emotion band's scale, inside a margin."""
        band_top = self.rect.bottom() - g.EMOTION_BAND
        return QRectF(self.rect.left() + 10, self.rect.top() + 10, self.rect.width() - 20,
                      max(20.0, band_top - self.rect.top() - 20))

    def paint_header(self, painter: QPainter) -> None:
        st = self.style
        painter.fillRect(self.rect, QColor(pal.HEADER_FILL))
        painter.setPen(QPen(QColor(pal.INK), st.line))
        painter.drawLine(self.rect.topRight(), self.rect.bottomRight())
        painter.setPen(QPen(st.rule, st.thin))
        painter.drawLine(self.rect.bottomLeft(), self.rect.bottomRight())
        band_top = self.rect.bottom() - g.EMOTION_BAND
        text = self.text_rect()
        _draw_fit(painter, self.fit_name(text), text.left(), text.top(), text.width(),
                  Qt.AlignmentFlag.AlignLeft, st.ink)
        # the emotion band's scale, beside the curve
        band = QRectF(self.rect.left(), band_top, self.rect.width(), g.EMOTION_BAND)
        painter.setFont(st.small_font)
        painter.setPen(st.muted)
        painter.drawText(band.adjusted(10, 0, -40, 0),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         QCoreApplication.translate("canvas", "Feeling"))
        for rating in (2, 0, -2):
            y = emotion_y(band, rating)
            label = {2: "+2", 0: "0", -2: "−2"}[rating]
            painter.drawText(QRectF(band.right() - 34, y - 8, 30, 16),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             label)


def _draw_fit(painter: QPainter, fit: Fit, left: float, top: float, width: float, align,
              colour) -> None:
    painter.setFont(fit.font)
    painter.setPen(colour)
    flags = int(align | Qt.AlignmentFlag.AlignVCenter)
    y = top
    for line in fit.lines:
        painter.drawText(QRectF(left, y, width, fit.line_height), flags, line)
        y += fit.line_height


class LaneItem(_GridItem):
    """A lane's background: the rule below it and the emotion band at its foot."""

    def __init__(self, rect: QRectF, style: Style | None = None) -> None:
        super().__init__(rect, style)
        self.setZValue(-15)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        # only the part being painted: a lane is as wide as the whole map
        st = self.style
        exposed = option.exposedRect
        left, right = _span(self.rect.left(), self.rect.right(), exposed.left(), exposed.right())
        if left > right:
            return
        band = QRectF(left, self.rect.bottom() - g.EMOTION_BAND, right - left, g.EMOTION_BAND)
        painter.fillRect(band, QColor(255, 255, 255, 150))
        dotted = QPen(st.rule, st.thin, Qt.PenStyle.DotLine)
        # start the dots on their own rhythm from the lane's left edge, so parts painted
        # at different times join without a seam (a dot line is 1 on, 2 off, in widths)
        period = 3 * max(st.thin, 1e-3)
        dots_from = self.rect.left() + ((left - self.rect.left()) // period) * period
        painter.setPen(dotted)
        painter.drawLine(QPointF(dots_from, band.top()), QPointF(right, band.top()))
        painter.setPen(QPen(st.rule, st.thin * 1.5))
        painter.drawLine(QPointF(left, self.rect.bottom()), QPointF(right, self.rect.bottom()))


def emotion_y(band: QRectF, rating: float) -> float:
    """The y of a rating (−2…+2) inside an emotion band, with a small margin."""
    margin = 10.0
    usable = band.height() - 2 * margin
    return band.top() + margin + (2 - rating) / 4 * usable


class EmotionCurveItem(_GridItem):
    """The customer's feeling through one lane: a smooth line through the ratings.

    The points come from the scene (x of each rated touchpoint's centre); the
    path is rebuilt lazily, when painted after a change, so many edits in a row
    cost one rebuild.
    """

    def __init__(self, journey_id: str, rect: QRectF, points_provider,
                 style: Style | None = None) -> None:
        super().__init__(rect, style)
        self.journey_id = journey_id
        self._provider = points_provider
        self._dirty = True
        self._points: list[tuple[float, int]] = []
        self._by_node: dict[str, tuple[float, int]] = {}  # each step's mark in _points
        # (band, points) the paths were built for, the curve, and its shaded dips: a
        # lane's curve spans the whole map, and every repaint nearby (an edit in the
        # lane) used to rebuild it point by point in Python.
        self._built: tuple | None = None
        self._paths: tuple[list, list] | None = None
        self._merged_for: list | None = None  # the points _merged was made from
        self._merged: list[tuple[float, float]] = []
        self._merged_xs: list[float] = []
        self.setZValue(-10)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def invalidate(self) -> None:
        """Gather the lane's points anew at the next paint (opening, or when a kept mark was
        not found); single changes go through update_point, which repaints less."""
        self._dirty = True
        self.update()

    def points(self) -> list[tuple[float, int]]:
        if self._dirty:
            marks = sorted(self._provider(self.journey_id))  # (x, rating, node id)
            self._points = [(x, r) for x, r, _ in marks]
            self._by_node = {node_id: (x, r) for x, r, node_id in marks}
            self._dirty = False
        return self._points

    def update_point(self, node_id: str, point: tuple[float, int] | None) -> None:
        """One step's mark moved, appeared or went (``None``): the lane's points are kept
        sorted and changed in place, not gathered again (O(points in the lane) after every
        edit or drag frame of a rated step), and only the stretch it bends is repainted."""
        if self._dirty:
            self.invalidate()
            return
        old = self._by_node.get(node_id)
        if old == point:
            return
        points = list(self._points)  # a new list: a paint keeps its paths per list
        if old is not None:
            i = bisect_left(points, old)
            if i == len(points) or points[i] != old:  # not where it was kept: start over
                self.invalidate()
                return
            del points[i]
            del self._by_node[node_id]
        if point is not None:
            insort(points, point)
            self._by_node[node_id] = point
        moved = [p[0] for p in (old, point) if p is not None]
        before, after = self._points, points
        left = min(_beyond(pts, min(moved), -1, self.rect.left()) for pts in (before, after))
        right = max(_beyond(pts, max(moved), 1, self.rect.right()) for pts in (before, after))
        self._points = points
        self.update(QRectF(left - 12, self.rect.top() - 2, right - left + 24,
                           self.rect.height() + 4))

    def paint(self, painter: QPainter, option, widget=None) -> None:
        st = self.style
        band = self.rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        zero = emotion_y(band, 0)
        exposed = option.exposedRect
        if exposed.isEmpty():  # painted without an exposed part (an export): all of it
            exposed = self.boundingRect()
        # the zero line, dashed, only across the painted part (the band is as wide as the
        # map, and Qt dashes a whole line before clipping it); the dashes keep their
        # rhythm from the band's left edge (a dash line is 4 on, 2 off, in widths)
        left, right = _span(band.left(), band.right(), exposed.left(), exposed.right())
        if left <= right:
            period = 6 * max(st.thin, 1e-3)
            dashes_from = band.left() + ((left - band.left()) // period) * period
            painter.setPen(QPen(st.rule, st.thin, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(dashes_from, zero), QPointF(right, zero))
        raw = self.points()
        if not raw:
            return
        # build and stroke only what reaches the painted part: the whole lane's curve
        # spans the map, building it took O(points in the lane) Python after every change
        # (an edit or a drag frame on a wide map), and Qt strokes all of a path before
        # clipping it. The built stretch reaches two curve points beyond the painted part
        # on each side, so its cut ends and its tangents there are never seen.
        far_left, far_right = exposed.left() - 40, exposed.right() + 40
        if self._merged_for is not raw:
            self._merged = _merged(raw)
            self._merged_xs = [x for x, _ in self._merged]
            self._merged_for = raw
        xs = self._merged_xs
        lo = max(0, bisect_left(xs, far_left) - 2)
        hi = min(len(xs), bisect_right(xs, far_right) + 2)
        key = (band.getRect(), raw, lo, hi)
        if (self._built is None or self._built[0] != key[0] or self._built[1] is not raw
                or self._built[2:] != key[2:]):
            self._paths = self._build_paths(band, zero, self._merged, lo, hi)
            self._built = key
        segments, dips = self._paths
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(213, 94, 0, 70))
        # the dips' shading without antialiasing (~half the cost): its curved edge lies
        # under the curve's stroke, its straight one on the zero line
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for x0, x1, dip in dips:
            if x1 >= far_left and x0 <= far_right:
                painter.drawPath(dip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(st.pen(pal.INK, st.line * 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        part: QPainterPath | None = None
        for x0, x1, p1, c1, c2, p2 in segments:
            if x1 < far_left:
                continue
            if x0 > far_right:
                break
            if part is None:
                part = QPainterPath(p1)
            part.cubicTo(c1, c2, p2)
        if part is not None:
            painter.drawPath(part)
        left, right = exposed.left() - 10, exposed.right() + 10
        for x, r in raw:
            if x < left or x > right:  # only the marks in the part being painted
                continue
            p = QPointF(x, emotion_y(band, r))
            radius = 3.5 * st.scale ** 0.5 + (1.5 if r < 0 else 0)
            painter.setPen(QPen(QColor(pal.INK), 1.0))
            painter.setBrush(QColor("#D55E00") if r < 0 else QColor(pal.PAPER))
            painter.drawEllipse(p, radius, radius)

    @staticmethod
    def _build_paths(band: QRectF, zero: float, merged, lo: int = 0,
                     hi: int | None = None) -> tuple[list, list]:
        """The curve's Bézier segments ``(x0, x1, p1, c1, c2, p2)`` in x order and the
        shaded dips ``(x0, x1, path)`` through ``merged[lo:hi]`` (the tangents at its ends
        use the neighbours outside it, as the whole curve does), so a paint can draw only
        what it reaches."""
        n = len(merged)
        hi = n if hi is None else hi
        first = max(0, lo - 1)
        near = [QPointF(x, emotion_y(band, r)) for x, r in merged[first:min(n, hi + 1)]]

        def at(i: int) -> QPointF:
            return near[i - first]

        path = QPainterPath(at(lo))
        segments = []
        for i in range(lo + 1, hi):  # Catmull-Rom through the points, as Béziers
            p0 = at(i - 2) if i >= 2 else at(i - 1)
            p1, p2 = at(i - 1), at(i)
            p3 = at(i + 1) if i + 1 < n else p2
            c1 = p1 + (p2 - p0) / 6
            c2 = p2 - (p3 - p1) / 6
            for c in (c1, c2):  # never loop back, never leave the band
                c.setX(min(max(c.x(), p1.x()), p2.x()))
                c.setY(min(max(c.y(), band.top()), band.bottom()))
            path.cubicTo(c1, c2, p2)
            segments.append((p1.x(), p2.x(), QPointF(p1), QPointF(c1), QPointF(c2), QPointF(p2)))
        # the dips: shade between the curve and the zero line where it runs below
        below = QPainterPath(path)
        below.lineTo(at(hi - 1).x(), zero)
        below.lineTo(at(lo).x(), zero)
        below.closeSubpath()
        clip = QPainterPath()
        clip.addRect(QRectF(band.left(), zero, band.width(), band.bottom() - zero))
        return segments, _split_subpaths(below.intersected(clip))


def _beyond(points: list, x: float, step: int, edge: float) -> float:
    """The x of the second curve point beyond ``x`` in ``points`` (``step`` -1: to the
    left, +1: to the right), or the band's ``edge`` when there are fewer. A point bends
    the curve up to two curve points away (Catmull-Rom tangents use the neighbours); points
    less than a unit apart are one curve point (see _merged)."""
    i = bisect_left(points, (x - 1.0,)) - 1 if step < 0 else bisect_right(points, (x + 1.0, 99))
    groups, last = 0, None
    while 0 <= i < len(points):
        px = points[i][0]
        if last is None or abs(px - last) >= 1.0:
            groups += 1
            last = px
            if groups == 2:
                return px
        i += step
    return edge


def _merged(raw) -> list[tuple[float, float]]:
    """The points the curve goes through: steps above each other give their mean."""
    merged: list[tuple[float, float]] = []
    for x, r in raw:
        if merged and abs(merged[-1][0] - x) < 1.0:
            n = merged[-1]
            merged[-1] = (x, (n[1] + r) / 2)
        else:
            merged.append((x, float(r)))
    return merged


def _split_subpaths(path: QPainterPath) -> list[tuple[float, float, QPainterPath]]:
    """Each closed region of ``path`` alone, with its x extent (the dips never touch)."""
    parts: list[tuple[float, float, QPainterPath]] = []
    current: QPainterPath | None = None
    i, n = 0, path.elementCount()
    move, line, curve = (QPainterPath.ElementType.MoveToElement,
                         QPainterPath.ElementType.LineToElement,
                         QPainterPath.ElementType.CurveToElement)
    while i < n:
        e = path.elementAt(i)
        if e.type == move:
            if current is not None:
                parts.append(current)
            current = QPainterPath(QPointF(e.x, e.y))
            current.setFillRule(path.fillRule())
            i += 1
        elif e.type == line:
            current.lineTo(e.x, e.y)
            i += 1
        elif e.type == curve:
            d1, d2 = path.elementAt(i + 1), path.elementAt(i + 2)
            current.cubicTo(QPointF(e.x, e.y), QPointF(d1.x, d1.y), QPointF(d2.x, d2.y))
            i += 3
        else:  # a stray data element: keep its point
            current.lineTo(e.x, e.y)
            i += 1
    if current is not None:
        parts.append(current)
    out = []
    for part in parts:
        r = part.boundingRect()
        out.append((r.left(), r.right(), part))
    return out


class DropHintItem(QGraphicsItem):
    """While steps are dragged: the cell they will land in, outlined."""

    def __init__(self) -> None:
        super().__init__()
        self.rect = QRectF()
        self._outline: QPainterPath | None = None
        self.setZValue(-5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = QRectF(rect)
            self._outline = None

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        colour = QColor(pal.SELECTION_COLOUR)
        fill = QColor(colour)
        fill.setAlpha(28)
        inner = self.rect.adjusted(2, 2, -2, -2)
        painter.fillRect(inner, fill)
        # the dashed border as an outline made once per cell: it is repainted under the
        # dragged step on every frame, and Qt dashes a whole stroke before clipping it
        if self._outline is None:
            pen = QPen(colour, 2.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            path = QPainterPath()
            path.addRect(inner)
            self._outline = QPainterPathStroker(pen).createStroke(path)
        painter.fillPath(self._outline, colour)
