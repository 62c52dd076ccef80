"""Fitting a label into a box: wrap first, then shrink, never run outside.

Widths are measured with the embedded font's real metrics, so what fits here
fits on paper. A fit depends only on its arguments (the text among them), so it is
remembered: a map prints the same channel words, owner names and headers on page
after page. When even the smallest allowed size cannot hold the whole text,
the last line ends in an ellipsis (the full text is printed in the
micro-journey's section of the PDF).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .fonts import SANS, printable, width

ELLIPSIS = "…"
LEADING = 1.18  # line height as a multiple of the font size


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    size: float
    font: str
    truncated: bool
    limits: tuple[float, ...] = ()  # the width each line was allowed (same order)

    @property
    def leading(self) -> float:
        return self.size * LEADING

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading

    def widths(self) -> list[float]:
        return [width(line, self.font, self.size) for line in self.lines]


def _split_word(word: str, font: str, size: float, box_w: float) -> list[str]:
    """Break a word wider than the box into pieces that fit (long URLs, compounds)."""
    pieces, current = [], ""
    for ch in word:
        if current and width(current + ch, font, size) > box_w:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, font: str, size: float, box_w: float | Callable[[int], float]) -> list[str]:
    """Greedy word wrap at one size; explicit line breaks are kept.

    ``box_w`` is the width of every line, or a function giving the width of line i
    (text in a diamond is narrower at the top and bottom).
    """
    limit = box_w if callable(box_w) else (lambda _i: box_w)
    lines: list[str] = []
    space = width(" ", font, size)
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current, current_w = "", 0.0
        for word in words:
            word_w = width(word, font, size)
            room = limit(len(lines))
            if word_w > room:
                parts = _split_word(word, font, size, min(room, limit(len(lines) + 1)))
            else:
                parts = [word]
            for part in parts:
                part_w = word_w if len(parts) == 1 else width(part, font, size)
                if not current:
                    current, current_w = part, part_w
                elif current_w + space + part_w <= limit(len(lines)):
                    current, current_w = f"{current} {part}", current_w + space + part_w
                else:
                    lines.append(current)
                    current, current_w = part, part_w
        lines.append(current)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _truncate(line: str, font: str, size: float, box_w: float) -> str:
    while line and width(line.rstrip() + ELLIPSIS, font, size) > box_w:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS


@lru_cache(maxsize=1 << 14)
def fit_text(text: str, box_w: float, box_h: float, max_size: float, min_size: float,
             max_lines: int | None = None, font: str = SANS, step: float = 0.5,
             break_words: bool = True) -> FittedText:
    """The largest size in [min_size, max_size] at which ``text`` wraps into the box.

    A word too wide for the box even at ``min_size`` is broken across lines, or with
    ``break_words=False`` (names on the small whole-map page) cut with an ellipsis.
    """
    text = printable(" ".join(text.split()) if "\n" not in text else text.strip(), font)
    if not break_words and box_w > 0:
        text = " ".join(word if width(word, font, min_size) <= box_w
                        else _truncate(word, font, min_size, box_w) for word in text.split())
    if not text or box_w <= 0 or box_h <= 0:
        return FittedText((), max_size, font, False)
    size = max_size
    while True:
        by_height = int(box_h // (size * LEADING))
        allowed = by_height if max_lines is None else min(max_lines, by_height)
        lines = wrap(text, font, size, box_w)
        whole_words = size - step < min_size - 1e-9 or all(
            width(word, font, size) <= box_w for word in text.split())
        if allowed >= 1 and len(lines) <= allowed and whole_words:
            # (a word is only broken when even the smallest size cannot hold it)
            return FittedText(tuple(lines), size, font, False, (box_w,) * len(lines))
        if size - step < min_size - 1e-9:
            break
        size = round(size - step, 2)
    size = min_size
    allowed = max(1, by_height if max_lines is None else min(max_lines, by_height))
    lines = wrap(text, font, size, box_w)
    kept = lines[:allowed]
    kept[-1] = _truncate(kept[-1], font, size, box_w)
    return FittedText(tuple(kept), size, font, True, (box_w,) * len(kept))


@lru_cache(maxsize=1 << 14)
def fit_in_diamond(text: str, w: float, h: float, centre_dy: float, max_size: float,
                   min_size: float, max_lines: int, margin: float = 3.0,
                   font: str = SANS, step: float = 0.5) -> tuple[FittedText, float]:
    """Fit text into a w × h diamond, each line as wide as the diamond is at its height.

    Returns the fitted text and the y of the block's top, relative to the diamond's
    top, with the block centred ``centre_dy`` below the diamond's centre.
    """
    text = printable(" ".join(text.split()), font)
    if not text:
        return FittedText((), max_size, font, False), h / 2

    def limits(n: int, size: float) -> list[float]:
        lead = size * LEADING
        top = h / 2 + centre_dy - n * lead / 2
        out = []
        for i in range(n):
            a, b = top + i * lead, top + (i + 1) * lead
            far = max(abs(a - h / 2), abs(b - h / 2))
            out.append(max(0.0, w * (1 - 2 * far / h) - 2 * margin))
        return out

    size = max_size
    while size >= min_size - 1e-9:
        for n in range(1, max_lines + 1):
            widths = limits(n, size)
            if min(widths) <= 0:
                break
            lines = wrap(text, font, size, lambda i, ws=widths: ws[min(i, len(ws) - 1)])
            unbroken = " ".join(lines).split() == text.split() or size - step < min_size
            if len(lines) == n and unbroken and all(
                    width(line, font, size) <= widths[i] + 1e-6 for i, line in enumerate(lines)):
                lead = size * LEADING
                top = h / 2 + centre_dy - len(lines) * lead / 2
                return (FittedText(tuple(lines), size, font, False,
                                   tuple(limits(len(lines), size))), top)
        size = round(size - step, 2)
    size = min_size
    n = max_lines
    while n > 1 and min(limits(n, size)) <= 0:
        n -= 1
    widths = limits(n, size)
    lines = wrap(text, font, size, lambda i: widths[min(i, n - 1)])[:n]
    lines[-1] = _truncate(lines[-1], font, size, widths[len(lines) - 1])
    lines = [line if width(line, font, size) <= widths[i] else _truncate(line, font, size,
                                                                          widths[i])
             for i, line in enumerate(lines)]
    top = h / 2 + centre_dy - len(lines) * size * LEADING / 2
    return FittedText(tuple(lines), size, font, True, tuple(widths[:len(lines)])), top
