"""Invisible parents that hold one cell's steps, notes or arrows.

Qt walks every top-level item of a scene after each change (to find what to repaint)
and keeps them in one sorted list: with every step and arrow of a 10,000-step map at
the top level, one edit cost ~5 ms more than on a small one. Parented by cell and
layer, Qt walks three items per cell instead (fewer, but still growing with the map: see
benchmarks/README.md), and a view that paints a part of the map still visits only the
cells it shows.

The parents sit at the origin with no transform, so a child's position is its scene
position; their stacking order (notes, arrows, steps) is the layers' z.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

NOTES, ARROWS, STEPS = 5.0, 8.0, 10.0  # the z of each layer, as the items had it

_NOTHING = QRectF()


class LayerItem(QGraphicsItem):
    """Holds the items of one cell and layer; draws nothing itself."""

    def __init__(self, z: float) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.setZValue(z)

    def boundingRect(self) -> QRectF:
        return _NOTHING

    def paint(self, painter, option, widget=None) -> None:  # pragma: no cover - no contents
        pass
