"""The scene's mouse gestures: dragging steps to another place, drawing an arrow.

Mixed into :class:`~journeymapper.canvas.scene.JourneyScene`. A gesture moves only
items while it lasts (live feedback: snapping, the drop cell, the arrow preview);
when it ends it pushes one command, and the scene then follows the document like
after any edit. Escape cancels either gesture and puts everything back.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from ..commands import MoveNodesCommand, push
from ..model import geometry as g
from . import layers
from .edge_items import ConnectPreviewItem
from .grid_items import DropHintItem
from .layers import LayerItem
from .node_items import NodeItem


def _floor(value: float) -> float:
    return value - value % g.GRID


class SceneGestures:
    """Drag and connect, for the scene (which provides the items, the grid and the document)."""

    # --- dragging steps ---------------------------------------------------------
    def steps_dragged(self) -> None:
        """Live move: snap the dragged steps to the grid, carry their arrows and curves."""
        ox, oy = g.LANE_HEADER_WIDTH, g.HEADER_HEIGHT
        marks = []
        for item in self.selectedItems():
            if not isinstance(item, NodeItem):
                continue
            pos = item.scenePos()  # (its position is in its cell's layer)
            snapped = QPointF(max(ox, ox + g.snap(pos.x() - ox)),
                              max(oy, oy + g.snap(pos.y() - oy)))
            if snapped != pos:
                item.setPos(item.pos() + snapped - pos)
            self._hold(item)
            self._lift(item)
            self._reroute_node(item.node_id, now=True)
            node = item.node
            if getattr(node, "rating", None) is not None:
                marks.append((node.journey_id, node.id))
        for journey_id, node_id in marks:
            self._move_curve_point(journey_id, node_id)
        self._show_drop_hint()

    def _show_drop_hint(self) -> None:
        """Outline the cell the first dragged step would land in (its stage and lane)."""
        dragged = [i for i in self.selectedItems() if isinstance(i, NodeItem)]
        place = self.drop_place(dragged[0]) if dragged else None
        if place is None:
            self._hide_drop_hint()
            return
        if self._drop_hint is None:
            self._drop_hint = DropHintItem()
            self.addItem(self._drop_hint)
        cell = self.grid.cell(place[0], place[1])
        self._drop_hint.set_rect(QRectF(cell.x, cell.y, cell.w, cell.h - g.EMOTION_BAND))

    def _hide_drop_hint(self) -> None:
        if self._drop_hint is not None:
            self.removeItem(self._drop_hint)
            self._drop_hint = None

    def _lift(self, item: NodeItem) -> None:
        """A dragged step shows above the cards it passes over (its cell and lane layers
        go above their siblings until the drag ends)."""
        layer = item.parentItem()
        for each in (layer, layer.parentItem() if layer is not None else None):
            if isinstance(each, LayerItem) and each not in self._lifted:
                self._lifted[each] = each.zValue()
                each.setZValue(each.zValue() + layers.LIFT)

    def _lower(self) -> None:
        for each, z in self._lifted.items():
            each.setZValue(z)
        self._lifted.clear()

    def cancel_gesture(self) -> bool:
        """Escape: a drag puts the steps back, an arrow being drawn is dropped."""
        if self._connect_from is not None:
            grabber = self.mouseGrabberItem()
            self.cancel_connect()
            if grabber is not None:
                grabber.ungrabMouse()
            return True
        grabber = self.mouseGrabberItem()
        if isinstance(grabber, NodeItem):
            grabber.ungrabMouse()
            self._hide_drop_hint()
            self._lower()
            for item in self.selectedItems():
                if isinstance(item, NodeItem):
                    self._snap_back(item.node_id)
            return True
        return False

    def begin_drag(self) -> None:
        """A press on a step: a drag may start (nothing to remember: the model knows)."""

    def drop_place(self, item: NodeItem) -> tuple[str, str, float, float] | None:
        """The cell and in-cell offset where a dragged step lands (by its centre), as the
        document stores it: where it is drawn in the cell, taken back through the
        spreading of grown steps (:meth:`~journeymapper.look.layout.DrawnLayout.
        stored_offset`)."""
        grid = self.grid
        rect = item.scene_rect()
        centre = rect.center()
        stage_id, journey_id = grid.cell_at(centre.x(), centre.y())
        if stage_id is None:
            return None
        cell = grid.cell(stage_id, journey_id)
        x, y = grid.stored_offset(stage_id, journey_id, max(0.0, g.snap(rect.x() - cell.x)),
                                  max(0.0, g.snap(rect.y() - cell.y)))
        # kept inside the stage and above the lane's emotion band as the document has
        # them (the drawing grows round a step that grew, not round one dropped far out)
        w, h = g.node_size(item.node.kind)
        stage_w = self.document.stage(stage_id).width
        lane_h = self.document.journey(journey_id).height
        x = min(max(0.0, g.snap(x)), _floor(max(0.0, stage_w - w)))
        y = min(max(0.0, g.snap(y)), _floor(max(0.0, lane_h - g.EMOTION_BAND - h)))
        return stage_id, journey_id, x, y

    def end_drag(self) -> None:
        """One command for the whole dragged selection, pushed on release."""
        self._hide_drop_hint()
        self._lower()
        moved = {}
        for item in self.selectedItems():
            if not isinstance(item, NodeItem):
                continue
            r = self.grid.node_rect(item.node)
            if item.scenePos() == QPointF(r.x, r.y):
                continue
            place = self.drop_place(item)
            if place is not None:
                moved[item.node_id] = place
        if not moved:
            return
        command = MoveNodesCommand.to(self.document, moved)
        error = push(self.session.undo_stack, command)
        if error:
            self.message.emit(error)
        # whatever the model says now is where the items belong (a no-op or a refusal too)
        for node_id in moved:
            self._snap_back(node_id)

    def _snap_back(self, node_id: str) -> None:
        item = self._nodes.get(node_id)
        if item is None or not self.document.has_node(node_id):
            return
        r = self.grid.node_rect(self.document.node(node_id))
        if item.scenePos() != QPointF(r.x, r.y):
            self._place_node(item)
            self._hold(item)
            self._reroute_node(node_id, now=True)

    # --- drawing an arrow from a handle ---------------------------------------------
    def connecting_from(self) -> NodeItem | None:
        return self._connect_from

    def start_connect(self, item: NodeItem, pos: QPointF) -> None:
        self.cancel_connect()
        self._connect_from = item
        start = item.mapToScene(item.handle_rect().center())
        self._preview = ConnectPreviewItem(start)
        self.addItem(self._preview)
        self._preview.set_end(pos)

    def update_connect(self, pos: QPointF) -> None:
        if self._preview is not None:
            self._preview.set_end(pos)

    def node_at(self, pos: QPointF, exclude=None) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem) and item is not exclude and item.node.is_step:
                return item
        return None

    def finish_connect(self, pos: QPointF) -> str | None:
        """Draw the arrow if the cursor is on another step; the new arrow's id."""
        source = self._connect_from
        self.cancel_connect()
        if source is None:
            return None
        target = self.node_at(pos, exclude=source)
        if target is None:
            return None
        return self.editing.connect(source.node_id, target.node_id)

    def cancel_connect(self) -> None:
        if self._preview is not None:
            self.removeItem(self._preview)
        self._preview = None
        self._connect_from = None
