"""Invisible parents that group a lane's steps, notes and arrows by cell and layer.

Qt walks every top-level item of a scene after each change (to find what to repaint):
with every step and arrow of a 10,000-step map at the top level one edit cost ~5 ms
more than on a small map, and with one parent per cell still ~1 ms more (7,500 of them).
So the top level holds one :class:`LaneLayerItem` per lane and layer (notes, arrows,
steps, with the z the items had), and each holds one :class:`CellLayerItem` per cell.

A cell's layer has a rect that holds everything its items draw, and tells Qt so
(``ItemContainsChildrenInShape``): a paint or a lookup skips a cell outside the area
at the cost of one C++ rect test, without asking each step (in Python) for its bounds.
The scene keeps that promise: whenever a step or arrow changes its bounds, it calls
:meth:`CellLayerItem.hold` (a rect that holds too little would leave a step unpainted).

The layers sit where their lane and cell are drawn: a lane's layer at the lane's top, a
cell's layer at its column's left edge, in it; a step's position is its place in its cell
(``scenePos()`` is where it is on the map). A column that gets wider, because a step in
it grew (:mod:`journeymapper.look.layout`), moves the columns right of it by moving their
cells' layers, one item per cell and layer instead of every step and arrow; a lane that
gets taller moves the lanes' layers below it. An arrow is worked out in scene
coordinates and placed at minus its layer's place, so it moves along with its layer.
They take no mouse buttons, so clicks reach the lanes and columns below.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

NOTES, ARROWS, STEPS = 5.0, 8.0, 10.0  # the z of each layer, as the items had it
LIFT = 0.5  # raises a dragged step's layers above their siblings (below the next layer)

# room around an item's bounds for what is drawn beside it later (an owner's halo)
MARGIN = 8.0

_Flag = QGraphicsItem.GraphicsItemFlag
_NO_PEN = QPen(Qt.PenStyle.NoPen)


class LayerItem(QGraphicsRectItem):
    """A parent that draws nothing. Its rect and paint are Qt's own (C++): Qt asks a
    layer for its bounds on every paint, which in Python would cost what it saves."""

    def __init__(self, z: float, rect: QRectF | None = None) -> None:
        super().__init__(rect if rect is not None else QRectF())
        self.setPen(_NO_PEN)  # the brush is NoBrush already
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(z)


class LaneLayerItem(LayerItem):
    """One lane's cells of one layer: the only kind of item at the top level per lane.

    Its rect holds its cells' layers (``ItemContainsChildrenInShape``), so Qt's index
    holds the lane's layer alone, not its cells': a lane that moves down (one above it
    got taller) is one entry of the index to move, not fifty (moving the lanes below a
    grown one of a 10,000-step map cost ~0.5 ms per lane's layer before). Paints and
    look-ups walked a lane's cells from the lane anyway. Its rect spans the whole map
    across (a lane does, and a column that widens moves cells right with nothing to
    tell it); down, it holds what its cells draw, arrows into other lanes too."""

    SPAN = 1e7  # across: further than any map reaches, either way
    EDGE = 0.5  # down, a little more than its cells: a rect is stored as top and height,
    # so its bottom, worked out again, may come out 1e-13 short of a cell's (and Qt clips
    # children to a shape that does not contain them)

    def __init__(self, z: float) -> None:
        super().__init__(z)
        self.setFlag(_Flag.ItemHasNoContents, True)
        self.setFlag(_Flag.ItemContainsChildrenInShape, True)

    def hold(self, cell: "CellLayerItem") -> None:
        """Grow, if need be, to hold a cell's layer (a child) where it is now."""
        area = cell.mapRectToParent(cell.rect())
        rect = self.rect()
        top, bottom = area.top(), area.bottom()
        if not rect.isNull():
            if rect.top() <= top and bottom <= rect.bottom():
                return
            top, bottom = min(top, rect.top()), max(bottom, rect.bottom())
        top, bottom = top - self.EDGE, bottom + self.EDGE
        self.setRect(QRectF(-self.SPAN, top, 2 * self.SPAN, bottom - top))

    def refit(self) -> None:
        """Just hold its cells' layers (after the lane was laid out anew)."""
        top = bottom = None
        for cell in self.childItems():
            area = cell.mapRectToParent(cell.rect())
            top = area.top() if top is None else min(top, area.top())
            bottom = area.bottom() if bottom is None else max(bottom, area.bottom())
        rect = QRectF() if top is None else QRectF(-self.SPAN, top - self.EDGE, 2 * self.SPAN,
                                                    bottom - top + 2 * self.EDGE)
        if rect != self.rect():
            self.setRect(rect)


class CellLayerItem(LayerItem):
    """One cell's items of one layer, within a rect that holds all they draw."""

    def __init__(self, z: float, cell: QRectF, parent: LaneLayerItem | None,
                 stage_id: str = "", journey_id: str = "") -> None:
        super().__init__(z, cell)
        self.cell = cell  # the rect of its stage and lane, in its own coordinates
        self.stage_id, self.journey_id = stage_id, journey_id
        self.setFlag(_Flag.ItemContainsChildrenInShape, True)
        if parent is not None:
            self.setParentItem(parent)

    def hold(self, item: QGraphicsItem) -> None:
        """Grow, if need be, to hold what ``item`` (a child) draws, and a margin."""
        area = item.mapRectToParent(item.boundingRect()).adjusted(-MARGIN, -MARGIN,
                                                                   MARGIN, MARGIN)
        rect = self.rect()
        if not rect.contains(area):
            self.setRect(rect.united(area))
            self.held()

    def held(self) -> None:
        """Its lane's layer must still hold it (its rect grew, or it moved)."""
        lane = self.parentItem()
        if isinstance(lane, LaneLayerItem):
            lane.hold(self)

    def refit(self, cell: QRectF | None = None) -> None:
        """The cell moved (``cell``: its new rect) or its items went elsewhere: fit the
        cell and what is left."""
        if cell is not None:
            self.cell = cell
        rect = QRectF(self.cell)
        held = self.childrenBoundingRect()  # one C++ call over the items (and halos)
        if not held.isNull():
            rect = rect.united(held.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        if rect != self.rect():
            self.setRect(rect)
            self.held()

    def fit(self, extent) -> None:
        """Fit the cell and ``extent`` (``[x1, y1, x2, y2]`` of all it holds, or None),
        with the margin: how a map being opened sets each layer once."""
        rect = QRectF(self.cell)
        if extent is not None:
            x1, y1, x2, y2 = extent
            rect = rect.united(QRectF(x1 - MARGIN, y1 - MARGIN, x2 - x1 + 2 * MARGIN,
                                      y2 - y1 + 2 * MARGIN))
        self.setRect(rect)
