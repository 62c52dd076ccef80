"""Drawings recorded once (QPicture) and replayed at any zoom, on any device."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPainter, QPicture


def record(draw: Callable[[QPainter], None]) -> QPicture:
    """What ``draw`` paints, kept as vector commands: a replay runs in Qt, with none of
    the Python calls that made it, and stays sharp at every zoom."""
    picture = QPicture()
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    draw(painter)
    painter.end()
    return picture


def replay(painter: QPainter, picture: QPicture) -> None:
    """Draw ``picture`` at the painter's origin, the size it was recorded at.

    Qt scales a replayed QPicture by the device's logical DPI over the picture's own: a
    PNG exported at 200 % is a 192-dpi image, and many screens are 120 dpi, where every
    step would be drawn a quarter too big. That scaling is undone here."""
    device = painter.device()
    sx = picture.logicalDpiX() / max(1, device.logicalDpiX())
    sy = picture.logicalDpiY() / max(1, device.logicalDpiY())
    if sx == 1.0 and sy == 1.0:
        painter.drawPicture(0, 0, picture)
        return
    painter.save()
    painter.scale(sx, sy)
    painter.drawPicture(0, 0, picture)
    painter.restore()
