"""The PDF's one Unicode font (DejaVu Sans, shipped in resources/), embedded.

Registered once per process. Text is passed through :func:`printable` first, so
a character the font lacks becomes a visible replacement sign instead of an
empty box or a crash, and the PDF's text layer stays searchable.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..io.resources import font_file
from ..look.palette import FONT_BOLD_FILE, FONT_FILE

SANS = "JourneyMapperSans"
BOLD = "JourneyMapperSans-Bold"
REPLACEMENT = "\uFFFD"


_registered = False


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold faces (embedded as subsets) and their family."""
    global _registered
    for name, filename in ((SANS, FONT_FILE), (BOLD, FONT_BOLD_FILE)):
        path = font_file(filename)
        if not path.is_file():
            raise FileNotFoundError(f"The font {path} is missing from the installation.")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=BOLD, italic=SANS, boldItalic=BOLD)
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, BOLD)
    _registered = True
    return SANS, BOLD


@lru_cache(maxsize=2)
def _known(font: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


@lru_cache(maxsize=2)
def _unknown(font: str) -> re.Pattern:
    """A pattern that finds any character the font cannot draw (but tab and newline),
    control characters included: one scan in C for a whole string."""
    ranges = []
    for code in sorted(c for c in _known(font) if c >= 32 and c not in (0x5C, 0x5D, 0x5E)):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    allowed = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                      for a, b in ranges)
    return re.compile(f"[^\t\n{allowed}\\\\\\]\\^]")


_CONTROL = {c: None for c in range(32) if c not in (9, 10)}


def printable(text: str, font: str = SANS) -> str:
    """``text`` with every character the font cannot draw replaced by U+FFFD (control
    characters but tab and newline dropped)."""
    if not text:
        return ""
    if _unknown(font).search(text) is None:  # (the usual case: æ ø å are in the font)
        return text
    text = text.translate(_CONTROL)
    known = _known(font)
    return "".join(ch if ord(ch) in known or ch in "\t\n" else REPLACEMENT for ch in text)


@lru_cache(maxsize=1 << 17)
def width(text: str, font: str, size: float) -> float:
    """The printed width of ``text`` in points (remembered: fitting a big map's labels
    measures the same words at the same sizes over and over)."""
    if not _registered:
        register_fonts()
    return pdfmetrics.stringWidth(text, font, size)
