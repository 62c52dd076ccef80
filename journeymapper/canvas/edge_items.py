"""Arrows on the canvas: flows and branches, told apart by line style and a mark."""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from ..model import EdgeKind, Sentiment
from ..model import geometry as g
from .style import Style, style_for
from .text import metrics

ARROW_SIZE = 10.0


def _anchor(rect: QRectF, towards: QPointF, kind) -> QPointF:
    """Where an arrow leaves or enters a shape: the side facing the other end."""
    c = rect.center()
    dx, dy = towards.x() - c.x(), towards.y() - c.y()
    if abs(dx) * rect.height() >= abs(dy) * rect.width():
        return QPointF(rect.right() if dx > 0 else rect.left(), c.y())
    return QPointF(c.x(), rect.bottom() if dy > 0 else rect.top())


class ConnectionItem(QGraphicsItem):
    """An arrow between two steps: flow solid; branch good solid ✓, bad dashed ✗, neutral dotted."""

    def __init__(self, edge, style: Style | None = None) -> None:
        super().__init__()
        self.edge = edge
        self.style = style or style_for(False)
        self._path = QPainterPath()
        self._head = QPolygonF()
        self._label_rect = QRectF()
        self._label_text = ""
        self._bounds = QRectF()
        self._leader: QLineF | None = None
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(8)
        self.setToolTip(self._tooltip())

    @property
    def item_id(self) -> str:
        return self.edge.id

    def set_edge(self, edge) -> None:
        self.edge = edge
        self.setToolTip(self._tooltip())

    def set_style(self, style: Style) -> None:
        self.style = style

    def _tooltip(self) -> str:
        e = self.edge
        if e.kind == EdgeKind.BRANCH:
            return f"{e.label} ({e.sentiment.value})".strip()
        return e.label

    def text(self) -> str:
        e = self.edge
        parts = []
        if e.kind == EdgeKind.BRANCH and g.SENTIMENT_MARK[e.sentiment]:
            parts.append(g.SENTIMENT_MARK[e.sentiment])
        if e.label:
            parts.append(e.label)
        if e.share is not None:
            parts.append(f"{e.share:g} %")
        return " ".join(parts)

    def colour(self) -> QColor:
        if self.edge.kind == EdgeKind.BRANCH:
            return QColor(g.SENTIMENT_COLOUR[self.edge.sentiment])
        return QColor(g.INK)

    def dash(self):
        if self.edge.kind == EdgeKind.BRANCH:
            return g.SENTIMENT_DASH[self.edge.sentiment]
        return ()

    def route(self, source: QRectF, target: QRectF, obstacles=None) -> None:
        """Recompute the path between the two shapes (scene coordinates)."""
        self.prepareGeometryChange()
        start = _anchor(source, target.center(), None)
        end = _anchor(target, source.center(), None)
        path = QPainterPath(start)
        horizontal = start.y() == source.center().y()
        end_horizontal = end.y() == target.center().y()
        bend = max(30.0, min(120.0, QLineF(start, end).length() * 0.4))
        c1 = QPointF(start.x() + (bend if start.x() >= source.center().x() else -bend), start.y()) \
            if horizontal else QPointF(start.x(), start.y() + (bend if start.y() >=
                                                                  source.center().y() else -bend))
        c2 = QPointF(end.x() + (bend if end.x() >= target.center().x() else -bend), end.y()) \
            if end_horizontal else QPointF(end.x(), end.y() + (bend if end.y() >=
                                                               target.center().y() else -bend))
        path.cubicTo(c1, c2, end)
        self._path = path
        # arrowhead along the curve's last direction
        angle = math.atan2(end.y() - c2.y(), end.x() - c2.x())
        size = ARROW_SIZE * self.style.scale
        left = QPointF(end.x() - size * math.cos(angle - 0.4), end.y() - size * math.sin(angle - 0.4))
        right = QPointF(end.x() - size * math.cos(angle + 0.4),
                        end.y() - size * math.sin(angle + 0.4))
        self._head = QPolygonF([end, left, right])
        text = self.text()
        self._label_text = text
        self._leader = None
        if text:
            fm = metrics(self.style.small_font)
            w = min(fm.horizontalAdvance(text) + 8, 220 * self.style.scale)
            h = fm.height() + 2
            mid = path.pointAtPercent(0.5)
            self._label_rect = self._place_label(mid, w, h, source, target, obstacles)
            if not self._label_rect.contains(mid):
                self._leader = QLineF(mid, _nearest_on(self._label_rect, mid))
        else:
            self._label_rect = QRectF()
        m = self.style.line * 3 + size
        self._bounds = path.boundingRect().united(self._head.boundingRect()).united(
            self._label_rect).adjusted(-m, -m, m, m)

    @staticmethod
    def _place_label(mid: QPointF, w: float, h: float, source: QRectF, target: QRectF,
                     obstacles) -> QRectF:
        """On the arrow's middle, or the nearest place beside it that hides no step."""
        top = min(source.top(), target.top())
        bottom = max(source.bottom(), target.bottom())
        candidates = [
            QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h),
            QRectF(mid.x() - w / 2, mid.y() - h - 3, w, h),
            QRectF(mid.x() - w / 2, mid.y() + 3, w, h),
            QRectF(mid.x() - w / 2, top - h - 4, w, h),
            QRectF(mid.x() - w / 2, bottom + 4, w, h),
        ]
        for rect in candidates:
            grown = rect.adjusted(-2, -2, 2, 2)
            if grown.intersects(source) or grown.intersects(target):
                continue
            if obstacles is not None and obstacles(grown):
                continue
            return rect
        return candidates[0]

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10.0)
        path = stroker.createStroke(self._path)
        if not self._label_rect.isNull():
            path.addRect(self._label_rect)
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        st = self.style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colour = self.colour()
        width = st.line * (1.8 if self.isSelected() else 1.0)
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        dash = self.dash()
        if dash:
            pen.setDashPattern(list(dash))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(colour)
        painter.drawPolygon(self._head)
        if self._label_text:
            if self._leader is not None:
                painter.setPen(QPen(colour, 1.0, Qt.PenStyle.DotLine))
                painter.drawLine(self._leader)
            painter.setPen(QPen(colour, 1.0))
            painter.setBrush(QColor(g.PAPER))
            painter.drawRoundedRect(self._label_rect, 4, 4)
            painter.setFont(st.small_font)
            painter.setPen(QColor(g.INK) if self.edge.sentiment != Sentiment.BAD
                           or self.edge.kind != EdgeKind.BRANCH else colour.darker(130))
            fm = metrics(st.small_font)
            text = fm.elidedText(self._label_text, Qt.TextElideMode.ElideRight,
                                 self._label_rect.width() - 6)
            painter.drawText(self._label_rect, int(Qt.AlignmentFlag.AlignCenter), text)
        if self.isSelected():
            sel = QPen(QColor(g.SELECTION_COLOUR), 1.2)
            sel.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(sel)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._path.boundingRect().adjusted(-4, -4, 4, 4))

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
        pen = QPen(QColor(g.SELECTION_COLOUR), 2.0)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(self.start, self.end)


def _nearest_on(rect: QRectF, p: QPointF) -> QPointF:
    return QPointF(min(max(p.x(), rect.left()), rect.right()),
                   min(max(p.y(), rect.top()), rect.bottom()))
