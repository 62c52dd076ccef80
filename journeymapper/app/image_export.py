"""The canvas as a picture: the whole map as a PNG (at a chosen scale) or an SVG (vector).

What is drawn is the map a reader should see: every stage, lane, step, arrow
and curve on white, and nothing of the editing moment (no selection outlines,
no connection handles, no drop hint, no text being typed). The selection is
taken away while drawing and given back afterwards, so the user finds the map
as they left it. Files are written atomically: a failed export never leaves a
half-written picture under the chosen name.
"""

from __future__ import annotations

import math
import os
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from ..canvas.edge_items import ConnectionItem
from ..canvas.grid_items import (
    ColumnItem,
    EmotionCurveItem,
    LaneHeaderItem,
    LaneItem,
    StageHeaderItem,
)
from ..canvas.layers import LayerItem
from ..canvas.node_items import NodeItem
from ..io.atomic import atomic_write
from ..look import palette as pal

BASE_DPI = 96            # 100 % = one scene unit per pixel, as on a usual screen
MAX_SIDE = 16_000        # pixels on the long side: what image viewers and slides still open
MAX_PIXELS = 100_000_000  # 100 megapixels, about 400 MB while drawing
SCALES = (1.0, 2.0, 3.0)

# What belongs to the map; anything else in the scene (an in-place editor, the
# drop hint, an arrow being drawn) is a moment of editing and is left out.
_MAP_ITEMS = (NodeItem, ConnectionItem, ColumnItem, StageHeaderItem, LaneItem, LaneHeaderItem,
              EmotionCurveItem)


def _map_ancestor(item):
    """The item itself or its outermost parent that is not a cell's layer (a step's
    halo counts as its step; steps and arrows are parented by invisible layers)."""
    while True:
        parent = item.parentItem()
        if parent is None or isinstance(parent, LayerItem):
            return item
        item = parent


class ImageExportError(Exception):
    """The picture could not be made or written; the message says why."""


def map_rect(scene) -> QRectF:
    """The whole map (grid, steps, arrows and their labels) with the canvas's margin."""
    scene.flush()
    rect = QRectF(0.0, 0.0, scene.grid.width, scene.grid.height)
    for item in scene.node_items():
        rect = rect.united(item.scene_rect())
    for item in scene.edge_items():
        rect = rect.united(item.drawn_rect())  # its bounds can be larger until routed
    m = pal.MAP_MARGIN / 2
    return rect.adjusted(-m, -m, m, m)


def pixel_size(rect: QRectF, scale: float) -> QSize:
    return QSize(max(1, math.ceil(rect.width() * scale)), max(1, math.ceil(rect.height() * scale)))


def fit_scale(rect: QRectF, scale: float) -> float:
    """``scale``, or the largest smaller one whose image stays within the size limits."""
    fitted = float(scale)
    long_side = max(rect.width(), rect.height(), 1.0)
    fitted = min(fitted, MAX_SIDE / long_side)
    area = max(rect.width() * rect.height(), 1.0)
    fitted = min(fitted, math.sqrt(MAX_PIXELS / area))
    size = pixel_size(rect, fitted)
    while (max(size.width(), size.height()) > MAX_SIDE
           or size.width() * size.height() > MAX_PIXELS):  # ceil() may overshoot by a pixel
        fitted *= 0.999
        size = pixel_size(rect, fitted)
    return fitted


@contextmanager
def clean_scene(scene):
    """The scene as a reader sees it, for the time of one drawing; everything comes back.

    Nobody is told: the selection is put back before any panel could hear that it
    went, so an inspector field being edited keeps its text.
    """
    selection = scene.session.selection
    chosen = selection.ids()
    selected = scene.selectedItems()
    focus = scene.focusItem()
    hidden = []
    hovered = []
    scene_was_blocked = scene.blockSignals(True)
    selection_was_blocked = selection.blockSignals(True)
    try:
        selection.set(())  # a selected stage or lane header reads it while painting
        for item in selected:
            item.setSelected(False)
        for item in scene.items():
            if isinstance(item, LayerItem):  # holds steps or arrows: their own say counts
                continue
            top = _map_ancestor(item)
            if not isinstance(top, _MAP_ITEMS) and item.opacity() > 0:
                hidden.append((item, item.opacity()))
                item.setOpacity(0.0)  # unlike hiding, keeps an in-place editor's focus
        for item in scene.node_items():
            if getattr(item, "_hover", False):  # the pointer's card shows its arrow handle
                hovered.append(item)
                item._hover = False
                item.update()
        yield
    finally:
        for item, opacity in hidden:
            item.setOpacity(opacity)
        for item in hovered:
            item._hover = True
            item.update()
        for item in selected:
            if item.scene() is scene:
                item.setSelected(True)
        selection.set(chosen)
        selection.blockSignals(selection_was_blocked)
        scene.blockSignals(scene_was_blocked)
        if focus is not None and focus.scene() is scene:
            scene.setFocusItem(focus)


def _draw(scene, painter: QPainter, target: QRectF, source: QRectF) -> None:
    """The clean map onto ``painter``, each item drawn directly rather than from the
    pixmap it caches for the screen: an SVG stays vector, a PNG is sharp at any scale,
    and the screen's cache is not filled with one-off pictures."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.fillRect(target, QColor(pal.PAPER))
    cached = [(item, item.cacheMode()) for item in scene.items()
              if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    try:
        for item, _mode in cached:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        with clean_scene(scene):
            scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)


def render_png(scene, path: str | os.PathLike, scale: float) -> QSize:
    """Write the map as a PNG at ``scale`` (1.0 = 100 %), reduced to the size limits if need be.

    Returns the image's size in pixels (smaller than asked when the limits reduced it).
    """
    source = map_rect(scene)
    size = pixel_size(source, fit_scale(source, scale))
    image = QImage(size, QImage.Format.Format_RGB32)
    if image.isNull():
        raise ImageExportError(f"there is not enough memory for an image of "
                               f"{size.width()} × {size.height()} pixels")
    image.fill(QColor(pal.PAPER))
    used = size.width() / max(source.width(), 1.0)
    dots_per_metre = round(BASE_DPI * used / 0.0254)  # prints at the map's size on paper
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        _draw(scene, painter, QRectF(0, 0, size.width(), size.height()), source)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ImageExportError("the PNG could not be encoded")
    buffer.close()
    atomic_write(Path(path), bytes(data), keep_backup=False)
    return size


def render_svg(scene, path: str | os.PathLike, title: str, description: str | None = None) -> None:
    """Write the map as an SVG: vector shapes and real text, titled and described."""
    source = map_rect(scene)
    size = pixel_size(source, 1.0)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setResolution(BASE_DPI)
    generator.setTitle(title)
    if description is None:
        description = scene.document.info.description or title
    generator.setDescription(description)
    painter = QPainter()
    if not painter.begin(generator):
        raise ImageExportError("the SVG could not be started")
    try:
        _draw(scene, painter, QRectF(0, 0, size.width(), size.height()), source)
    finally:
        painter.end()
    buffer.close()
    atomic_write(Path(path), bytes(data), keep_backup=False)
