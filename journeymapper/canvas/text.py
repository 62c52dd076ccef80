"""Wrapping and eliding labels to fit a shape, measured with the shipped font."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF


@lru_cache(maxsize=8)
def _metrics(key: str) -> QFontMetricsF:
    font = QFont()
    font.fromString(key)
    return QFontMetricsF(font)


_KEYS: dict[int, tuple[QFont, str]] = {}


def font_key(font: QFont) -> str:
    """``font.toString()``, remembered per font object (the styles keep theirs alive)."""
    known = _KEYS.get(id(font))
    if known is None or known[0] is not font:
        known = _KEYS[id(font)] = (font, font.toString())
    return known[1]


def metrics(font: QFont) -> QFontMetricsF:
    return _metrics(font_key(font))


def wrap(text: str, font: QFont, width: float, max_lines: int) -> tuple[tuple[str, ...], bool]:
    """At most ``max_lines`` lines no wider than ``width``; True when text was cut (…)."""
    return wrap_widths(text, font, (width,) * max(1, int(max_lines)))


@lru_cache(maxsize=20_000)
def _wrap_widths(text: str, key: str, widths: tuple[float, ...]) -> tuple[tuple[str, ...], bool]:
    fm = _metrics(key)
    words = text.split()
    lines: list[str] = []
    current = ""
    while words and len(lines) < len(widths):
        width = widths[len(lines)]
        word = words.pop(0)
        candidate = f"{current} {word}" if current else word
        if fm.horizontalAdvance(candidate) <= width:
            current = candidate
        elif current:
            lines.append(current)
            current = ""
            words.insert(0, word)
        else:
            cut = len(word)
            while cut > 1 and fm.horizontalAdvance(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            if word[cut:]:
                words.insert(0, word[cut:])
    if current:
        if len(lines) < len(widths):
            lines.append(current)
        else:
            words.insert(0, current)
    if not words:
        return tuple(lines), False
    rest = " ".join([lines.pop()] + words) if lines else " ".join(words)
    lines.append(fm.elidedText(rest, Qt.TextElideMode.ElideRight, widths[len(lines)]))
    return tuple(lines), True


def wrap_widths(text: str, font: QFont, widths) -> tuple[tuple[str, ...], bool]:
    """Wrap into lines of the given widths, one per line (for shapes that are not boxes)."""
    return _wrap_widths(text, font_key(font), tuple(float(w) for w in widths))
