"""Wrapping and eliding names to fit a header, measured with the shipped font.

(A step's words are laid out by the look, without Qt, for the screen and the paper
alike: :mod:`journeymapper.look.sizing`. This module fits the stage and lane names.)

Lines break between words. A word is split (without a hyphen) only when it alone is
wider than its line. Text that still does not fit ends in "…", after the last whole
word that fits; the item's tooltip carries the full text. Fitting may step the font
down to a floor first (as the PDF does). Every layout is remembered per text, font and
space, so an item works it out once, never per paint.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

# the look's one rule for where a line may end and what a cut leaves ("cle…" says nothing)
from ..look.measure import _TRAILING, ELLIPSIS, Wrapped, fit_chars, lay_out, with_ellipsis
from ..look.measure import is_stub as _stub


@lru_cache(maxsize=64)
def _metrics(key: str) -> QFontMetricsF:
    return QFontMetricsF(_font(key))


@lru_cache(maxsize=64)
def _font(key: str) -> QFont:
    font = QFont()
    font.fromString(key)
    return font


_KEYS: dict[int, tuple[QFont, str]] = {}


def font_key(font: QFont) -> str:
    """``font.toString()``, remembered per font object (the styles keep theirs alive)."""
    known = _KEYS.get(id(font))
    if known is None or known[0] is not font:
        known = _KEYS[id(font)] = (font, font.toString())
    return known[1]


def metrics(font: QFont) -> QFontMetricsF:
    return _metrics(font_key(font))


@lru_cache(maxsize=256)
def _sized_key(key: str, px: int) -> str:
    font = QFont(_font(key))
    font.setPixelSize(max(1, int(px)))
    return font.toString()


Lines = Wrapped  # text laid out in lines (the look's own record)


class Fit(NamedTuple):
    """Text fitted into a shape, at the font (maybe stepped down) to draw it with."""

    lines: tuple[str, ...]
    cut: bool
    broken: int
    font: QFont
    line_height: float
    widths: tuple[float, ...]  # the room each line had (for shapes that are not boxes)
    top: float = 0.0           # for a diamond: the first line's top in the shape


def _fit_chars(word: str, fm: QFontMetricsF, width: float) -> int:
    """How many of the word's first characters fit ``width`` in Qt's widths (the look's
    rule, :func:`~journeymapper.look.measure.fit_chars`)."""
    return fit_chars(word, width, fm.horizontalAdvance)


def _elide(text: str, fm: QFontMetricsF, width: float, force: bool = False) -> str:
    """``text`` in ``width``, cut inside a word with "…" only as a last resort: no space
    or comma before the "…", and no word shown by its first letter or two. ``force``:
    end in "…" even when the text would fit (more of it is hidden)."""
    if fm.horizontalAdvance(text) <= width:
        if not force:
            return text
        head = text[:_fit_chars(text, fm, width - fm.horizontalAdvance(ELLIPSIS))]
        return (head.rstrip(_TRAILING) or head) + ELLIPSIS
    out = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
    head = out[:-1]
    if not out.endswith(ELLIPSIS) or not text.startswith(head):
        return out
    if text[len(head):len(head) + 1] not in ("", " ") and " " in head and _stub(head):
        head = head.rsplit(" ", 1)[0]  # end after the word before the stub
    return (head.rstrip(_TRAILING) or head) + ELLIPSIS


@lru_cache(maxsize=20_000)
def _wrap(text: str, key: str, widths: tuple[float, ...]) -> Lines:
    """The look's wrapping rule (:func:`~journeymapper.look.measure.lay_out`) in Qt's
    widths: each candidate line measured whole (kerning counts)."""
    fm = _metrics(key)
    advance = fm.horizontalAdvance

    def extend(line: str, _line_w: float, word: str) -> float:
        return advance(f"{line} {word}" if line else word)

    return lay_out(text, widths, extend, lambda word, width: _fit_chars(word, fm, width),
                   lambda line, rest, width: with_ellipsis(
                       line, rest, width, advance,
                       lambda whole, room: _elide(whole, fm, room, force=True)))


def _steps(key: str, min_px: int | None) -> list[str]:
    """The font and each pixel size below it down to ``min_px``, largest first."""
    px = _font(key).pixelSize()
    if min_px is None or px <= 0 or min_px >= px:
        return [key]
    return [key] + [_sized_key(key, p) for p in range(px - 1, int(min_px) - 1, -1)]


def _better(fit: Fit, px: int, best: tuple | None) -> tuple | None:
    """Keep the fit that hides least: no "…", then fewest split words, then (when text is
    hidden anyway) the most shown, then the largest type."""
    shown = sum(len(line) for line in fit.lines) if fit.cut else 0
    rank = (fit.cut, fit.broken, -shown, -px)
    if best is None or rank < best[0]:
        return rank, fit
    return best


def fit_box(text: str, font: QFont, width: float, height: float,
            min_px: int | None = None, max_lines: int | None = None) -> Fit:
    """``text`` in lines ``width`` wide, as many as ``height`` holds (and ``max_lines``);
    the font steps down towards ``min_px`` pixels while that saves a split word or a "…"."""
    return _fit_box(text, font_key(font), float(width), float(height),
                    None if min_px is None else int(min_px), max_lines)


@lru_cache(maxsize=4_000)
def _fit_box(text: str, key: str, width: float, height: float, min_px: int | None,
             max_lines: int | None) -> Fit:
    best = None
    for step in _steps(key, min_px):
        lh = _metrics(step).height()
        n = max(1, int((height + 1) // lh))
        if max_lines is not None:
            n = max(1, min(n, max_lines))
        laid = _wrap(text, step, (width,) * n)
        fit = Fit(laid.lines, laid.cut, laid.broken, _font(step), lh, (width,) * len(laid.lines))
        if not fit.cut and not fit.broken:
            return fit
        best = _better(fit, _font(step).pixelSize(), best)
    return best[1]
