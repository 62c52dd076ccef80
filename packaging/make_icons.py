"""Render the application icon's PNG sizes from its one drawing, the SVG (run after changing it).

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

The SVG in resources/icons/ is the drawing; the PNGs beside it are what the window
icon loads (QIcon reads PNGs without the SVG plugin) and what install-desktop.sh puts
into the hicolor theme. tests/test_desktop_files.py checks they match the SVG.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from journeymapper.io.resources import (  # noqa: E402
    APP_ICON_SIZES,
    app_icon_png,
    app_icon_svg,
)


def render(size: int, svg: Path | None = None) -> QImage:
    """The SVG drawn into a transparent size × size image, antialiased."""
    renderer = QSvgRenderer(str(svg or app_icon_svg()))
    if not renderer.isValid():
        raise ValueError(f"{svg or app_icon_svg()}: not a valid SVG drawing")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in APP_ICON_SIZES:
        out = app_icon_png(size)
        if not render(size).save(str(out), "PNG"):
            print(f"Cannot write {out}", file=sys.stderr)
            return 1
        print(f"Wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
