"""Text measured without Qt: the one measure every step's size is worked out with.

A step grows to show its whole label (:mod:`.sizing`), and the canvas and the PDF must
agree on how big it is, so the size cannot come from Qt's font metrics (the PDF has
none) nor from the PDF's (the canvas would disagree). Both draw with the shipped DejaVu
Sans, so this module reads its advance widths straight from the font files, without Qt:
the glyph of each character (the ``cmap`` table) and its advance (``hmtx``), as
reportlab's ``stringWidth`` sums them. For DejaVu, Qt's widths are within 0.7 % of these
and never wider (Qt kerns a little), so a line measured here always fits on the screen,
and the PDF is reportlab. Only those two tables are read (~2 ms; reportlab's reader,
which prepares a font for embedding, took ~90 ms per face when a map opened).

Widths are remembered per word at 1 unit (a width at any size is a product), so laying
out a 10,000-step map measures each distinct word once. The line height is the font's
own (ascender + descender of its ``hhea`` table), as Qt's ``QFontMetricsF.height``.

Line breaking follows the canvas's rules from before (``canvas/text.py``): between
words; a line break the user typed is kept; a word wider than its line is split (after
its own hyphen when it has one), the exception; what still does not fit ends in "…"
after the last whole word that fits, never after a space or a comma, and never with a
word cut to a stub of fewer than four letters.
"""

from __future__ import annotations

import importlib.util
import struct
import sys
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from . import palette as pal

ELLIPSIS = "…"
# DejaVu Sans: hhea ascender 1901, descender 483, cap height 1493 in 2048 units per em
ASCENT_EM = 1901 / 2048
DESCENT_EM = 483 / 2048
CAP_EM = 1493 / 2048
LINE_EM = ASCENT_EM + DESCENT_EM

_TRAILING = " ,;:-–—/·"   # left off a line's end before "…": "Does it hurt,…" reads as a typo
_HYPHENS = "-‐–—/"        # a word too wide for its line breaks after one of its own
_STUB = 4                  # fewer of a word's letters than this before "…" are left off


def _fonts_dir() -> Path:
    """Where the shipped fonts are: the bundle's, the installed package's or the
    checkout's resources (as :func:`journeymapper.io.resources.resources_dir` finds
    them; the look may not ask ``io``, it knows nothing of files but these two)."""
    bundled = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundled:
        return Path(bundled) / "journeymapper" / "resources" / "fonts"
    try:
        spec = importlib.util.find_spec("journeymapper.resources")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            if (Path(location) / "fonts" / pal.FONT_FILE).is_file():
                return Path(location) / "fonts"
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


class _Widths:
    """A TrueType font's advance widths per character, in ems (read once per face)."""

    def __init__(self, path: Path) -> None:
        data = path.read_bytes()
        tables = {}
        for i in range(struct.unpack_from(">H", data, 4)[0]):
            tag, _sum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
            tables[tag] = offset
        units = struct.unpack_from(">H", data, tables[b"head"] + 18)[0]
        count = struct.unpack_from(">H", data, tables[b"hhea"] + 34)[0]
        advances = struct.unpack_from(f">{2 * count}H", data, tables[b"hmtx"])[0::2]
        self._em = [a / units for a in advances]
        self._data = data
        self._segments = None  # cmap format 4: (ends, starts, deltas, range offsets, at)
        self._groups = None    # cmap format 12: [(first, last, glyph)]
        cmap = tables[b"cmap"]
        for i in range(struct.unpack_from(">H", data, cmap + 2)[0]):
            platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
            at = cmap + offset
            form = struct.unpack_from(">H", data, at)[0]
            if platform == 3 and encoding == 10 and form == 12:
                n = struct.unpack_from(">I", data, at + 12)[0]
                self._groups = [struct.unpack_from(">III", data, at + 16 + 12 * k)
                                for k in range(n)]
            elif platform == 3 and encoding == 1 and form == 4 and self._segments is None:
                seg = struct.unpack_from(">H", data, at + 6)[0] // 2
                ends = struct.unpack_from(f">{seg}H", data, at + 14)
                starts = struct.unpack_from(f">{seg}H", data, at + 16 + 2 * seg)
                deltas = struct.unpack_from(f">{seg}h", data, at + 16 + 4 * seg)
                ranges_at = at + 16 + 6 * seg
                ranges = struct.unpack_from(f">{seg}H", data, ranges_at)
                self._segments = (ends, starts, deltas, ranges, ranges_at)
        self._chars: dict[str, float] = {}

    def _glyph(self, code: int) -> int:
        if self._groups is not None:
            for first, last, glyph in self._groups:  # (few groups; cached per character)
                if first <= code <= last:
                    return glyph + code - first
            return 0
        if self._segments is None or code > 0xFFFF:
            return 0
        ends, starts, deltas, ranges, ranges_at = self._segments
        i = bisect_left(ends, code)
        if i >= len(ends) or code < starts[i]:
            return 0
        if ranges[i] == 0:
            return (code + deltas[i]) & 0xFFFF
        at = ranges_at + 2 * i + ranges[i] + 2 * (code - starts[i])
        glyph = struct.unpack_from(">H", self._data, at)[0]
        return (glyph + deltas[i]) & 0xFFFF if glyph else 0

    def char(self, ch: str) -> float:
        found = self._chars.get(ch)
        if found is None:
            code = ord(ch)
            glyph = self._glyph(0x20 if code == 0xA0 else code)
            em = self._em
            found = self._chars[ch] = em[min(glyph, len(em) - 1)]
        return found


@lru_cache(maxsize=2)
def _face(bold: bool) -> _Widths:
    """The widths of the regular or the bold face, read when first needed."""
    name = pal.FONT_BOLD_FILE if bold else pal.FONT_FILE
    path = _fonts_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"The font {path} is missing from the installation.")
    return _Widths(path)


_UNIT: dict[tuple[str, bool], float] = {}


def unit_width(text: str, bold: bool = False) -> float:
    """The width of ``text`` at a size of 1 (remembered: words repeat across a map)."""
    key = (text, bold)
    found = _UNIT.get(key)
    if found is None:
        if len(_UNIT) > 200_000:  # a bound, never reached by a real map's words
            _UNIT.clear()
        char = _face(bold).char
        found = _UNIT[key] = sum(char(ch) for ch in text)
    return found


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of ``text`` at ``size`` (pixels on screen, points on paper)."""
    return unit_width(text, bold) * size


def line_height(size: float) -> float:
    """One line's height at ``size``: as Qt's ``QFontMetricsF.height()`` for the font."""
    return LINE_EM * size


PAPER = "paper"  # the third print mode: the PDF's, whose type is its points in map units


def type_px(points: float, large_print=False) -> float:
    """A type size in points as it is set in map units: on the canvas in whole pixels
    (1 unit = 1 px; ``canvas/style.Style`` uses this too), 1.5 × in large print; on
    paper (``large_print`` :data:`PAPER`) the points themselves (1 unit = 1 pt)."""
    if large_print == PAPER:
        return points
    scale = pal.LARGE_PRINT if large_print else 1.0
    return max(1, round(points * pal.PT_TO_PX * scale))


class Wrapped(NamedTuple):
    """Text laid out in lines: ``cut`` when it ends in "…" (the rest is in the tooltip),
    ``broken`` the number of words split because one alone was wider than its line."""

    lines: tuple[str, ...]
    cut: bool
    broken: int


def fit_chars(word: str, width: float, advance) -> int:
    """How many of the word's first characters fit ``width`` (at least one), measured
    by ``advance(text)``: one rule for these widths and for Qt's (canvas/text.py)."""
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if advance(word[:mid]) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _fit_chars(word: str, size: float, width: float, bold: bool) -> int:
    return fit_chars(word, width, lambda text: text_width(text, size, bold))


def is_stub(shown: str) -> bool:
    """A word cut to so few letters before "…" ("cle…", "S…") says nothing."""
    head = shown[:-1] if shown.endswith(ELLIPSIS) else shown
    return len(head.rsplit(" ", 1)[-1]) < _STUB


_stub = is_stub


def elide(text: str, size: float, width: float, bold: bool = False,
          force: bool = False) -> str:
    """One line of ``text`` in ``width``, cut inside a word with "…" only as a last
    resort: no space or comma before the "…", and no word shown by its first letters.
    ``force``: end in "…" even when the text would fit (more of it is hidden)."""
    full = text_width(text, size, bold)
    if full <= width and not force:
        return text
    room = width - text_width(ELLIPSIS, size, bold)
    if room <= 0:
        return ELLIPSIS
    head = text[:_fit_chars(text, size, room, bold)] if full > room else text
    rest = text[len(head):len(head) + 1]
    if rest not in ("", " ") and " " in head and _stub(head):
        head = head.rsplit(" ", 1)[0]  # end after the word before the stub
    return (head.rstrip(_TRAILING) or head) + ELLIPSIS


def with_ellipsis(line: str, rest: str, width: float, advance, elide_forced) -> tuple[str, bool]:
    """The last line shown, ending in "…": after its last whole word that leaves room
    (True), or, when not even its first word does, cut inside that word (False), by
    ``elide_forced(text, width)``. ``advance(text)`` measures: these widths or Qt's."""
    words = line.split(" ")
    for n in range(len(words), 0, -1):
        head = " ".join(words[:n])
        head = head.rstrip(_TRAILING) or head
        if advance(head + ELLIPSIS) <= width:
            return head + ELLIPSIS, True
    return elide_forced(f"{line} {rest}".strip(), width), False


def lay_out(text: str, widths: tuple[float, ...], extend, fit, last) -> Wrapped:
    """The one wrapping rule, for the look's widths (:func:`wrap`) and Qt's (the canvas's
    headers): ``text`` in lines of ``widths`` (one per line: a diamond's lines are not all
    as wide), a line break the user typed kept, a word too wide for any line split (after
    its own hyphen when it has one), and the last line ending in "…" when the lines cannot
    hold it all. ``extend(line, line_width, word)`` is the width of the line with the word
    added; ``fit(word, width)`` how many of its letters fit; ``last(line, rest, width)``
    the last line with its "…" (:func:`with_ellipsis`)."""
    # (word, starts a paragraph): a line break the user typed is kept
    tokens = [(word, i == 0) for paragraph in text.splitlines()
              for i, word in enumerate(paragraph.split())]
    lines: list[str] = []
    current, current_w = "", 0.0
    broken = 0
    overflow = False
    t = 0
    while t < len(tokens) and len(lines) < len(widths):
        width = widths[len(lines)]
        word, starts = tokens[t]
        if current and starts:
            lines.append(current)
            current, current_w = "", 0.0
            continue
        wanted = extend(current, current_w, word)
        if wanted <= width + 1e-9:
            current = f"{current} {word}" if current else word
            current_w = wanted
            t += 1
        elif current:
            lines.append(current)
            current, current_w = "", 0.0
        elif len(lines) == len(widths) - 1:  # too wide for the last line: elided below
            lines.append(word)
            t += 1
            overflow = True
        else:  # the word alone is wider than the line: the exception, split it
            cut = fit(word, width)
            hyphen = max(word.rfind(mark, 0, cut) for mark in _HYPHENS) + 1
            if cut < len(word) and hyphen > 1:  # after its own hyphen: "follow-" "up"
                cut = hyphen
            else:
                broken += cut < len(word)
            lines.append(word[:cut])
            if cut < len(word):
                tokens[t] = (word[cut:], False)
            else:
                t += 1
    if current:  # (a full set of lines never leaves words current)
        lines.append(current)
    if (t >= len(tokens) and not overflow) or not lines:
        return Wrapped(tuple(lines), t < len(tokens), broken)
    rest = " ".join(word for word, _ in tokens[t:])
    line = lines.pop()
    shown, whole = last(line, rest, widths[len(lines)])
    if not whole and lines and _stub(shown):  # "cle…": end the line before instead
        shown, _ = last(lines.pop(), "", widths[len(lines)])
    lines.append(shown)
    return Wrapped(tuple(lines), True, broken)


@lru_cache(maxsize=50_000)
def wrap(text: str, size: float, widths: tuple[float, ...], bold: bool = False) -> Wrapped:
    """``text`` at ``size`` in lines of the given widths (:func:`lay_out`); a line's
    width is the sum of its words' and spaces' (no kerning in these fonts' tables)."""
    space = unit_width(" ", bold) * size

    def extend(line: str, line_w: float, word: str) -> float:
        word_w = unit_width(word, bold) * size
        return line_w + space + word_w if line else word_w

    def advance(text: str) -> float:
        return text_width(text, size, bold)

    return lay_out(
        text, widths, extend, lambda word, width: _fit_chars(word, size, width, bold),
        lambda line, rest, width: with_ellipsis(
            line, rest, width, advance,
            lambda whole, room: elide(whole, size, room, bold, force=True)))
