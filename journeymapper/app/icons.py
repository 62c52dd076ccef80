"""Small drawn icons for the window's view actions (zoom, fit, large print, full screen).

Drawn with QPainter so they look the same on every desktop, with or without
an icon theme, and stay crisp at any scale. The program's own icon is the exception:
the desktop needs it as files, so it is one SVG drawing in resources/icons/.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from ..io.resources import APP_ICON_SIZES, app_icon_png

INK = QColor("#222222")


def _canvas(size: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(INK, size / 12)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    return pixmap, painter


def _magnifier(p: QPainter, s: float) -> None:
    p.drawEllipse(QRectF(s * 0.12, s * 0.12, s * 0.56, s * 0.56))
    p.drawLine(QPointF(s * 0.62, s * 0.62), QPointF(s * 0.88, s * 0.88))


def view_icon(kind: str) -> QIcon:
    """``zoom_in``, ``zoom_out``, ``fit_map``, ``large_print``, ``full_screen``, ``map_only``
    or ``auto_layout``.

    Drawn at two sizes, so it stays sharp on high-density screens.
    """
    icon = QIcon()
    for size in (32, 64):
        icon.addPixmap(_draw(kind, size))
    return icon


def _draw(kind: str, size: int) -> QPixmap:
    pixmap, p = _canvas(size)
    s = float(size)
    c = s * 0.40  # centre of the magnifier's glass
    if kind in ("zoom_in", "zoom_out"):
        _magnifier(p, s)
        p.drawLine(QPointF(c - s * 0.13, c), QPointF(c + s * 0.13, c))
        if kind == "zoom_in":
            p.drawLine(QPointF(c, c - s * 0.13), QPointF(c, c + s * 0.13))
    elif kind == "fit_map":
        m, k = s * 0.12, s * 0.22
        for x, y, dx, dy in ((m, m, 1, 1), (s - m, m, -1, 1), (m, s - m, 1, -1),
                             (s - m, s - m, -1, -1)):
            p.drawLine(QPointF(x, y), QPointF(x + dx * k, y))
            p.drawLine(QPointF(x, y), QPointF(x, y + dy * k))
        p.setBrush(QColor("#d9e6f2"))
        p.drawRect(QRectF(s * 0.32, s * 0.36, s * 0.36, s * 0.28))
    elif kind == "large_print":
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(s * 0.78))
        p.setFont(font)
        p.drawText(QRectF(0, 0, s * 0.7, s), Qt.AlignmentFlag.AlignCenter, "A")
        font.setPixelSize(int(s * 0.42))
        p.setFont(font)
        p.drawText(QRectF(s * 0.55, s * 0.3, s * 0.45, s * 0.7), Qt.AlignmentFlag.AlignCenter, "a")
    elif kind == "full_screen":
        m, k = s * 0.14, s * 0.28
        for x, y, dx, dy in ((m, m, 1, 1), (s - m, m, -1, 1), (m, s - m, 1, -1),
                             (s - m, s - m, -1, -1)):
            p.drawLine(QPointF(x, y), QPointF(x + dx * k, y + dy * k))
            p.drawLine(QPointF(x, y), QPointF(x + dx * k * 0.6, y))
            p.drawLine(QPointF(x, y), QPointF(x, y + dy * k * 0.6))
    elif kind == "map_only":
        p.drawRect(QRectF(s * 0.1, s * 0.18, s * 0.8, s * 0.64))
        pen = p.pen()
        pen.setStyle(Qt.PenStyle.DotLine)
        p.setPen(pen)
        p.drawLine(QPointF(s * 0.64, s * 0.18), QPointF(s * 0.64, s * 0.82))
        p.drawLine(QPointF(s * 0.1, s * 0.62), QPointF(s * 0.64, s * 0.62))
    elif kind == "auto_layout":
        p.setBrush(QColor("#f4f4f4"))
        for row, y in enumerate((0.2, 0.6)):
            for col in range(3):
                x = 0.06 + col * 0.32
                p.drawRoundedRect(QRectF(s * x, s * y, s * 0.24, s * 0.22), s / 16, s / 16)
    p.end()
    return pixmap


def app_icon() -> QIcon:
    """The program's icon: a journey of steps with one crossroads, on the Okabe–Ito blue.

    Loaded from the PNGs shipped in resources/icons/, which are rendered from the one
    SVG drawing there, so the window, the desktop entry and the file manager show the
    same icon (QIcon reads PNGs without the SVG plugin).
    """
    icon = QIcon()
    for size in APP_ICON_SIZES:
        path = app_icon_png(size)
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon
