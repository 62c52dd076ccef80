"""Pens, brushes and fonts for the canvas, derived from the shared look.

Every size, colour and font comes from :mod:`journeymapper.look`; this
module only turns them into Qt objects, once, for normal and large print.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPen

from ..io import resources
from ..look import palette as pal

_font_family: str | None = None

# Below this zoom text is unreadable: steps draw their bare shapes and arrows their line
# and head, without labels (and without placing them).
DETAIL_ZOOM = 0.4


def load_fonts() -> str:
    """Register the shipped font once per process; the family name to use."""
    global _font_family
    if _font_family is None:
        family = pal.FONT_FAMILY
        for name in (pal.FONT_FILE, pal.FONT_BOLD_FILE):
            path = resources.font_file(name)
            if path.exists():
                font_id = QFontDatabase.addApplicationFont(str(path))
                families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
                if families and name == pal.FONT_FILE:
                    family = families[0]
        _font_family = family
    return _font_family


class Style:
    """The look for one mode: ``scale`` is 1.0, or pal.LARGE_PRINT for projectors."""

    def __init__(self, large_print: bool = False) -> None:
        self.large_print = large_print
        self.scale = pal.LARGE_PRINT if large_print else 1.0
        family = load_fonts()
        self.ink = QColor(pal.INK)
        self.muted = QColor(pal.INK if large_print else pal.MUTED_INK)
        self.rule = QColor(pal.LARGE_PRINT_RULE if large_print else pal.LANE_RULE)
        self.label_font = self._font(family, pal.LABEL_PT)
        self.small_font = self._font(family, pal.SMALL_PT)
        self.header_font = self._font(family, pal.HEADER_PT, bold=True)
        self.bold_font = self._font(family, pal.LABEL_PT, bold=True)
        self.small_bold_font = self._font(family, pal.SMALL_PT, bold=True)
        self.line = pal.LINE_WIDTH * self.scale
        self.thin = pal.THIN_LINE_WIDTH * (pal.LARGE_PRINT_THIN if large_print else 1.0)

    def _font(self, family: str, points: float, bold: bool = False) -> QFont:
        font = QFont(family)
        # pixel sizes so text measures the same at every screen dpi (1 unit = 1 px)
        font.setPixelSize(max(1, round(points * pal.PT_TO_PX * self.scale)))
        font.setBold(bold)
        font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        return font

    def pen(self, colour, width: float | None = None, dash=(), cap=Qt.PenCapStyle.RoundCap) -> QPen:
        pen = QPen(QColor(colour), self.line if width is None else width)
        pen.setCapStyle(cap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if dash:
            pen.setDashPattern([d for d in dash])
        return pen


@lru_cache(maxsize=2)
def style_for(large_print: bool) -> Style:
    return Style(large_print)
