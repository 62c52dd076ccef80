"""The PDF's one Unicode font (DejaVu Sans, shipped in resources/), embedded.

Registered once per process. Before an export lays anything out, :func:`cover`
adds to it the characters of the map that DejaVu lacks (Chinese, most emoji …)
from an installed font that has them (see :mod:`.fallback`), and returns those no
installed font has, so the export can name them. Text is passed through
:func:`printable`, so a character that is still missing becomes a visible
replacement sign instead of an empty box or a crash, and the PDF's text layer stays
searchable.
"""

from __future__ import annotations

import io
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
_FACES = ((SANS, FONT_FILE, False), (BOLD, FONT_BOLD_FILE, True))  # name, file, bold
_plain: dict[str, TTFont] = {}  # font name -> the shipped face
_wanted: dict[str, frozenset[int]] = {}  # font name -> what the registered face adds
_made: dict[tuple, TTFont | None] = {}  # (font name, characters) -> the face made for them
MADE_KEPT = 4  # faces kept for exports to come (a map exported again reuses its own)


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register the regular and bold faces (embedded as subsets) and their family."""
    global _registered
    for name, filename, _bold in _FACES:
        path = font_file(filename)
        if not path.is_file():
            raise FileNotFoundError(f"The font {path} is missing from the installation.")
        _plain[name] = TTFont(name, str(path))
        pdfmetrics.registerFont(_plain[name])
    _family()
    _registered = True
    return SANS, BOLD


def _family() -> None:
    """<b> in a paragraph means the bold face (registering a TTFont makes it a family of
    its own, so this is said again after every registration)."""
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=BOLD, italic=SANS, boldItalic=BOLD)
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, BOLD)


@lru_cache(maxsize=2)
def _known(font: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


@lru_cache(maxsize=2)
def _unknown(font: str) -> re.Pattern:
    """A pattern that finds any character the font cannot draw (but tab and newline),
    control characters included: one scan in C for a whole string."""
    return _pattern(_known(font))


@lru_cache(maxsize=2)
def _plain_unknown(font: str) -> re.Pattern:
    """:func:`_unknown` for the shipped face, whatever face is registered now."""
    register_fonts()
    return _pattern(frozenset(_plain[font].face.charToGlyph))


def _pattern(known: frozenset[int]) -> re.Pattern:
    ranges = []
    for code in sorted(c for c in known if c >= 32 and c not in (0x5C, 0x5D, 0x5E)):
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


def missing(text: str, font: str = SANS) -> str:
    """The distinct characters of ``text`` the font cannot draw, in order (controls,
    tab and newline aside: they are never printed)."""
    found = dict.fromkeys(ch for ch in _unknown(font).findall(text) if ord(ch) >= 32)
    return "".join(found)


def cover(text: str) -> str:
    """Make the PDF's fonts draw every character of ``text`` that an installed font has;
    return those still missing (distinct, in order): the ones the PDF cannot print.

    Each face is registered as the shipped one plus exactly the characters this text
    needs from installed fonts, so an export does not depend on what was exported before
    (a Norwegian map after a Chinese one prints with plain DejaVu Sans again). Fast when
    nothing is missing (one regular-expression scan); otherwise fontconfig is asked and
    the face made once per set of characters (kept for the next exports), and the
    layout's remembered widths are forgotten, since the characters now have widths.
    """
    register_fonts()
    changed = False
    for font, filename, bold in _FACES:
        want = frozenset(ord(ch) for ch in _plain_unknown(font).findall(text) if ord(ch) >= 32)
        if want == _wanted.get(font, frozenset()):
            continue
        face = _face(font, font_file(filename), want, bold) if want else None
        _replace(face or _plain[font])
        _wanted[font] = want
        changed = True
    if changed:
        forget_widths()
    return "".join(dict.fromkeys(missing(text, SANS) + missing(text, BOLD)))


def _face(font: str, path, want: frozenset[int], bold: bool) -> TTFont | None:
    """The shipped face with the characters of ``want`` that installed fonts have, or
    None when none has any (made once per set of characters)."""
    key = (font, want)
    if key in _made:
        return _made[key]
    from . import fallback

    codes = sorted(want)
    picks = fallback.choose(codes, fallback.system_fonts(codes, bold))
    if bold:  # a character with no bold face anywhere is drawn regular rather than not
        left = [c for c in codes if not any(c in mine for _, mine in picks)]
        if left:
            picks += fallback.choose(left, fallback.system_fonts(left, False))
    face = None
    if picks:
        try:
            data, added = fallback.extended(str(path), picks)
        except (ImportError, OSError, ValueError):
            added = set()
        if added:
            face = TTFont(font, io.BytesIO(data))
    while len(_made) >= MADE_KEPT:
        _made.pop(next(iter(_made)))
    _made[key] = face
    return face


def _replace(font: TTFont) -> None:
    """Register ``font`` under a name already in use. reportlab keeps the first font
    registered under a name (and each face name once), so the old one is taken out of
    its two registries first."""
    if pdfmetrics._fonts.get(font.fontName) is font:
        return
    old = pdfmetrics._fonts.pop(font.fontName, None)
    if old is not None and getattr(old, "_dynamicFont", False):
        pdfmetrics._dynFaceNames.pop(old.face.name, None)
    pdfmetrics.registerFont(font)
    _family()


def reset_fonts() -> None:
    """Back to the shipped faces, forgetting the faces made (tests)."""
    register_fonts()
    for font, _filename, _bold in _FACES:
        _replace(_plain[font])
    _wanted.clear()
    _made.clear()
    forget_widths()


def forget_widths() -> None:
    """Forget every width and fitted text measured with the fonts as they were."""
    from . import tables, textfit

    _known.cache_clear()
    _unknown.cache_clear()
    width.cache_clear()
    textfit.fit_text.cache_clear()
    textfit.fit_in_diamond.cache_clear()
    tables.plain.cache_clear()
    tables._WIDTHS.clear()
    tables._MADE.clear()
