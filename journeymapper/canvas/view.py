"""The view on the journey scene: zoom, pan, fit, large print, focus on request."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

from ..look import palette as pal
from ..model import geometry as g
from .style import DETAIL_ZOOM

MIN_ZOOM, MAX_ZOOM = 0.05, 6.0
ZOOM_STEP = 1.25


class JourneyView(QGraphicsView):
    """Ctrl+wheel and pinch zoom; middle button or Space+drag pans; rubber-band selects."""

    zoomChanged = Signal(float)

    def __init__(self, scene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # A map smaller than the view sits at its top, under the toolbar, not in the middle
        # of an empty band.
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        # the stage columns paint the map's body: the viewport is not cleared before every
        # frame (a full-screen fill), drawBackground fills only what they do not cover
        self.viewport().setAutoFillBackground(False)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._painted_scale: tuple[float, ...] | None = None
        self._only: QRectF | None = None  # the part of the map shown alone (presentation)
        self._space = False
        self._panning: QPointF | None = None
        self._pan_button = None
        session = getattr(scene, "session", None)
        if session is not None:
            session.selection.focusRequested.connect(self.focus_item)

    # --- zoom ---------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if abs(factor - current) < 1e-9:
            return
        self.scale(factor / current, factor / current)
        self.zoomChanged.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def name_px(self) -> float:
        """How tall a step's name is on screen now, in pixels (the label font's size
        times the zoom): what decides whether the room can read it."""
        return self.zoom() * self._label_px()

    def zoom_for_names(self, pixels: float) -> float:
        """The zoom at which step names are ``pixels`` tall (in the current print size)."""
        return max(MIN_ZOOM, min(MAX_ZOOM, pixels / self._label_px()))

    def _label_px(self) -> int:
        style = getattr(self.scene(), "style", None)
        if style is None:
            return round(pal.LABEL_PT * pal.PT_TO_PX)
        return max(1, style.label_font.pixelSize())

    def fitted_zoom(self, rect: QRectF) -> float:
        """The zoom :meth:`fit_map` would give to show ``rect`` (with its margin), as
        Qt's ``fitInView`` works it out, without changing the view."""
        view = self.viewport().rect().adjusted(2, 2, -2, -2)
        if view.isEmpty() or rect.isEmpty():
            return MAX_ZOOM
        return min(view.width() / (rect.width() + 40), view.height() / (rect.height() + 40))

    def fit_map(self) -> None:
        scene = self.scene()
        if scene is None:
            return
        grid = getattr(scene, "grid", None)
        # arrow labels count only if the fitted map is big enough to show them
        drawn = getattr(scene, "drawn_rect", None)
        rect = drawn(labels=False) if drawn is not None else scene.itemsBoundingRect()
        if grid is not None and rect.isEmpty():
            rect = scene.sceneRect()
        self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
        if drawn is not None and self.zoom() >= DETAIL_ZOOM:
            rect = drawn(labels=True)
            self.resetTransform()
            self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > MAX_ZOOM:
            self.set_zoom(MAX_ZOOM)
        self._to_top(rect.adjusted(-20, -20, 20, 20))
        self.zoomChanged.emit(self.zoom())

    def _to_top(self, rect: QRectF) -> None:
        """Put the fitted map at the top of the view: a map wider than the screen leaves
        room below it, not a band above it between the toolbar and the first stage."""
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        if shown.height() > rect.height():
            self.centerOn(QPointF(rect.center().x(), rect.top() + shown.height() / 2))

    def set_large_print(self, on: bool) -> None:
        scene = self.scene()
        if scene is not None and hasattr(scene, "set_large_print"):
            scene.set_large_print(on)

    def large_print(self) -> bool:
        return bool(getattr(self.scene(), "large_print", False))

    def focus_item(self, item_id: str) -> None:
        """Centre an item a panel asked for, only when it is not in sight already: the
        map stays still under the user's hand (the next click lands where they aimed)."""
        scene = self.scene()
        item = None
        if scene is not None:
            item = scene.node_item(item_id) or scene.edge_item(item_id) \
                or scene.stage_header(item_id) or scene.lane_header(item_id)
        if item is not None and not self.shown_rect().contains(item.sceneBoundingRect()):
            self.centerOn(item)

    def shown_rect(self) -> QRectF:
        """The part of the map in sight (within :meth:`show_only`'s part, when set)."""
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        return shown if self._only is None else shown.intersected(self._only)

    def show_only(self, rect: QRectF | None) -> None:
        """Show only ``rect`` of the map; the rest of the view is empty paper (None: all).

        Presentation mode fits a run of whole stages to the screen, but the screen's
        shape is not the run's: what is left over would show half a card of the next
        stage or lane at the edge, which a room reads as a mistake. Painted over in the
        view's foreground, it is not shown at all; the scene does not change.
        """
        rect = QRectF(rect) if rect is not None else None
        if rect != self._only:
            self._only = rect
            self.viewport().update()

    def shown_only(self) -> QRectF | None:
        return QRectF(self._only) if self._only is not None else None

    def bring_into_view(self, rect: QRectF) -> None:
        """Show ``rect`` whole: nothing moves when it is in sight already; else centre it,
        zoomed out as far as it takes (never in beyond 100 % or the zoom chosen)."""
        if self.shown_rect().contains(rect):
            return
        fitted = self.fitted_zoom(rect)
        if fitted < self.zoom():
            self.set_zoom(fitted)
        elif self.zoom() < 1.0:
            self.set_zoom(min(fitted, 1.0))
        self.centerOn(rect.center())

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom() * (ZOOM_STEP ** steps))
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                self.set_zoom(self.zoom() * pinch.scaleFactor())
                event.accept()
                return True
        if event.type() == QEvent.Type.NativeGesture:
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.set_zoom(self.zoom() * (1.0 + event.value()))
                return True
        return super().viewportEvent(event)

    # --- paint ---------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        """A paint at a new zoom draws the steps straight onto the screen.

        Steps keep a device-coordinate cache, so hovering, dragging and panning blit
        pixmaps instead of painting cards again. A zoom change empties every one of
        those caches, and filling them anew (a pixmap per card: allocate, clear, paint,
        blend) cost ~8 ms more per frame at 150 % than painting the cards directly; so
        for that frame the steps in view paint without the cache, which they fill on
        their next paint at this zoom.
        """
        t = self.transform()
        scale = (t.m11(), t.m12(), t.m21(), t.m22())
        scene = self.scene()
        if scale == self._painted_scale or scene is None:
            super().paintEvent(event)
            return
        device_cache = QGraphicsItem.CacheMode.DeviceCoordinateCache
        area = self.mapToScene(event.rect()).boundingRect()
        cached = [item for item in scene.items(area, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
                  if item.cacheMode() == device_cache]
        for item in cached:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        try:
            super().paintEvent(event)
        finally:
            for item in cached:
                item.setCacheMode(device_cache)
        self._painted_scale = scale

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        grid = getattr(self.scene(), "grid", None)
        if grid is not None and grid.stage_ids and grid.journey_ids:
            body = QRectF(g.LANE_HEADER_WIDTH, g.HEADER_HEIGHT,
                          grid.width - g.LANE_HEADER_WIDTH, grid.height - g.HEADER_HEIGHT)
            if body.contains(rect):
                return
        painter.fillRect(rect, self.palette().color(QPalette.ColorRole.Base))

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        only = self._only
        if only is None or only.contains(rect):
            return
        paper = self.palette().color(QPalette.ColorRole.Base)
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        inner_top, inner_bottom = max(top, only.top()), min(bottom, only.bottom())
        for part in (QRectF(QPointF(left, top), QPointF(right, min(bottom, only.top()))),
                     QRectF(QPointF(left, max(top, only.bottom())), QPointF(right, bottom)),
                     QRectF(QPointF(left, inner_top), QPointF(min(right, only.left()),
                                                              inner_bottom)),
                     QRectF(QPointF(max(left, only.right()), inner_top),
                            QPointF(right, inner_bottom))):
            if part.width() > 0 and part.height() > 0:
                painter.fillRect(part, paper)
        # an arrow's label on the edge is said whole (an arrow leaving the page keeps
        # its "✓ Price as expected 82 %"), not cut in two halves no slide shows
        for item, label in self.labels_across(only):
            if label.intersects(rect):
                painter.save()
                painter.setTransform(item.sceneTransform(), True)
                item.paint_label(painter)
                painter.restore()

    def labels_across(self, rect: QRectF) -> list[tuple[QGraphicsItem, QRectF]]:
        """The arrows whose labels ``rect``'s edges cut, with those labels' rects; found
        along the four edges only, so a big map's other arrows are never routed for it."""
        scene = self.scene()
        if scene is None:
            return []
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        found: dict[int, tuple] = {}
        for edge in (QRectF(left, top, 0.5, rect.height()), QRectF(right, top, 0.5, rect.height()),
                     QRectF(left, top, rect.width(), 0.5), QRectF(left, bottom, rect.width(), 0.5)):
            for item in scene.items(edge):
                if id(item) in found or not hasattr(item, "paint_label"):
                    continue
                label = item.label_rect()
                if not label.isEmpty() and label.intersects(rect) and not rect.contains(label):
                    found[id(item)] = (item, label)
        return list(found.values())

    # --- pan ------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        editing = getattr(self.scene(), "editing", None)
        if (event.key() == Qt.Key.Key_Space and not event.isAutoRepeat()
                and not (editing is not None and editing.is_editing())):
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space and event.button() == Qt.MouseButton.LeftButton):
            self._panning = event.position()
            self._pan_button = event.button()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value()
                                                - round(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value()
                                              - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._panning is not None and event.button() == self._pan_button:
            self._panning = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space
                                      else Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def event(self, event) -> bool:
        # Tab belongs to the workshop flow on the canvas, not to widget focus
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab,
                                                                    Qt.Key.Key_Backtab):
            scene = self.scene()
            if scene is not None:
                scene.keyPressEvent(event)
                return True
        return super().event(event)
