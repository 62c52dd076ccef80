"""Small drawn icons for the window's view actions (zoom, fit, large print, full screen).

Drawn with QPainter so they look the same on every desktop, with or without
an icon theme, and stay crisp at any scale.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

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
    """The program's icon: a journey of steps with one crossroads, on the Okabe–Ito blue."""
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        pixmap, p = _canvas(size)
        s = float(size)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#0072B2"))
        p.drawRoundedRect(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92), s * 0.18, s * 0.18)
        line = QPen(QColor("white"), max(1.0, s * 0.06))
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(line)
        p.drawLine(QPointF(s * 0.2, s * 0.62), QPointF(s * 0.5, s * 0.5))
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.8, s * 0.3))
        bad = QPen(QColor("#E69F00"), max(1.0, s * 0.06))
        bad.setStyle(Qt.PenStyle.DashLine if size >= 48 else Qt.PenStyle.SolidLine)
        p.setPen(bad)
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.8, s * 0.76))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("white"))
        r = s * 0.085
        for x, y in ((0.2, 0.62), (0.8, 0.3)):
            p.drawEllipse(QPointF(s * x, s * y), r, r)
        p.setBrush(QColor("#E69F00"))
        p.drawEllipse(QPointF(s * 0.8, s * 0.76), r, r)
        d = s * 0.13
        p.setBrush(QColor("white"))
        p.drawPolygon([QPointF(s * 0.5, s * 0.5 - d), QPointF(s * 0.5 + d, s * 0.5),
                       QPointF(s * 0.5, s * 0.5 + d), QPointF(s * 0.5 - d, s * 0.5)])
        p.end()
        icon.addPixmap(pixmap)
    return icon
