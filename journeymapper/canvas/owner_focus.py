"""The canvas follows the session's ViewOptions: owner halos, and one owner's items in focus.

"Colour the map by owner" draws a thick outline in the owner's colour around
every owned step (the card stripe alone is small from the back of a room);
"show only this owner's items" dims everything else, so an owner can work
through their own points, and brings them all into view. The panels set the
options (Ownership's "Show only", the register's owner filter, My items); this
module is the canvas side, and neither imports the other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from ..model import Action, Target

DIMMED = 0.22
HALO = 7.0  # the outline's width outside the shape, in map units


class OwnerHaloItem(QGraphicsItem):
    """A thick owner-coloured outline behind a step (a child, so it moves with it)."""

    def __init__(self, parent: QGraphicsItem, colour: str) -> None:
        super().__init__(parent)
        self.colour = colour
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def set_colour(self, colour: str) -> None:
        if colour != self.colour:
            self.colour = colour
            self.update()

    def boundingRect(self) -> QRectF:
        return self.parentItem().boundingRect().adjusted(-HALO, -HALO, HALO, HALO)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(self.colour), 2 * HALO)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.parentItem().shape())


class OwnerFocus(QObject):
    """Keeps the scene's items in step with ``session.view_options`` and the document."""

    def __init__(self, scene, session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.session = session
        self.options = session.view_options
        self._halos: dict[str, OwnerHaloItem] = {}
        self._shown_owner = self.options.focus_owner_id
        self.options.changed.connect(self.apply)
        # subscribed after the scene, so the scene's items are up to date when a batch arrives
        session.document.subscribe_batches(self._on_batch)
        self.apply()

    def close(self) -> None:
        self.session.document.unsubscribe_batches(self._on_batch)

    # --- applying ----------------------------------------------------------------
    def apply(self) -> None:
        """Bring every item in line with the options (a change of options, or many changes)."""
        for item in self.scene.node_items():
            self._apply_node(item)
        for item in self.scene.edge_items():
            self._apply_edge(item)
        focus = self.options.focus_owner_id
        if focus != self._shown_owner:
            self._shown_owner = focus
            if focus is not None:
                self._reveal(focus)

    def _reveal(self, owner_id: str) -> None:
        """Bring all the owner's items into view, fitted to them: an owner choosing
        themselves sees everything they own at once (else the map may look as if they
        owned nothing, everything in sight dimmed). A view already showing them all
        stays still."""
        options = self.options
        rects = [i.sceneBoundingRect() for i in self.scene.node_items()
                 if options.is_focused(i.node)]
        if not rects:
            return
        rect = rects[0]
        for other in rects[1:]:
            rect = rect.united(other)
        for view in self.scene.views():
            bring = getattr(view, "bring_into_view", None)
            if bring is not None:
                bring(rect)

    def _owner_colour(self, node) -> str | None:
        owner_id = getattr(node, "owner_id", None)
        doc = self.session.document
        if owner_id is None or not doc.has_owner(owner_id):
            return None
        return doc.owner(owner_id).colour

    def _apply_node(self, item) -> None:
        node = item.node
        item.setOpacity(DIMMED if self.options.is_dimmed(node) else 1.0)
        colour = self._owner_colour(node) if self.options.colour_by_owner else None
        halo = self._halos.get(node.id)
        if halo is not None and (colour is None or halo.parentItem() is not item):
            if halo.scene() is not None:
                halo.scene().removeItem(halo)
            del self._halos[node.id]
            halo = None
        if colour is not None:
            if halo is None:
                self._halos[node.id] = OwnerHaloItem(item, colour)
            else:
                halo.set_colour(colour)

    def _apply_edge(self, item) -> None:
        if self.options.focus_owner_id is None:
            item.setOpacity(1.0)
            return
        doc = self.session.document
        ends = [doc.node(i) for i in (item.edge.source, item.edge.target) if doc.has_node(i)]
        bright = any(self.options.is_focused(n) for n in ends)
        item.setOpacity(1.0 if bright else DIMMED)

    def halo(self, node_id: str) -> OwnerHaloItem | None:
        return self._halos.get(node_id)

    # --- following the document ------------------------------------------------------
    def _on_batch(self, batch) -> None:
        for change in batch.changes:
            self._on_change(change)

    def _on_change(self, change) -> None:
        if change.target == Target.NODE:
            if change.action == Action.REMOVED:
                self._halos.pop(change.id, None)
                return
            item = self.scene.node_item(change.id)
            if item is not None:
                self._apply_node(item)
            document = self.session.document
            if self.options.focus_owner_id is not None and document.has_node(change.id):
                for edge in document.edges_of(change.id):
                    edge_item = self.scene.edge_item(edge.id)
                    if edge_item is not None:
                        self._apply_edge(edge_item)
        elif change.target == Target.EDGE and change.action == Action.ADDED:
            item = self.scene.edge_item(change.id)
            if item is not None:
                self._apply_edge(item)
        elif change.target == Target.OWNER:
            self.apply()  # a colour changed, or an owner came or went
