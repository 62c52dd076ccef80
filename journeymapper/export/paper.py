"""Paper sizes and the fixed bands of a page (title band, legend, footer), in points."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A0, A1, A2, A3, A4, landscape, letter, portrait

PAPERS = {"A4": A4, "A3": A3, "A2": A2, "A1": A1, "A0": A0, "letter": letter}
ORIENTATIONS = ("landscape", "portrait")
AUTO = "auto"          # the orientation whose map needs fewer pages
POSTER = "poster"      # the whole map on one sheet, the smallest of POSTER_SHEETS
POSTER_SHEETS = ("A3", "A2", "A1", "A0")

MARGIN = 28.0          # white border round every page
TITLE_BAND = 40.0      # title, journey owner, date, and the tile overview
LEGEND_BAND = 46.0     # the legend strip under the map
FOOTER_BAND = 16.0     # "page N of M"
GAP = 6.0


def page_size(paper: str = "A4", orientation: str = "landscape") -> tuple[float, float]:
    """(width, height) in points; a clear ValueError for an unknown paper or orientation."""
    key = paper_name(paper)
    if key is None:
        raise ValueError(unknown_paper(paper))
    if orientation not in ORIENTATIONS:
        raise ValueError(f"Unknown orientation “{orientation}”; choose landscape or portrait.")
    size = PAPERS[key]
    return landscape(size) if orientation == "landscape" else portrait(size)


def paper_name(paper) -> str | None:
    """The paper size as it is spelled in ``PAPERS`` (``a3`` → ``A3``), ``POSTER`` for
    the poster, None when there is no such paper."""
    text = str(paper).strip().lower()
    if text == POSTER:
        return POSTER
    return next((k for k in PAPERS if k.lower() == text), None)


def unknown_paper(paper) -> str:
    return (f"Unknown paper size “{paper}”; choose one of {', '.join(PAPERS)}, or the "
            f"poster (the whole map on one sheet of {POSTER_SHEETS[0]} to {POSTER_SHEETS[-1]}).")


def orientations(orientation: str | None) -> tuple[str, ...]:
    """The orientations to try: the one asked for, or both when the user left it open
    (``"auto"`` or None), landscape first (it wins a tie)."""
    if orientation is None or orientation == AUTO:
        return ORIENTATIONS
    if orientation not in ORIENTATIONS:
        raise ValueError(f"Unknown orientation “{orientation}”; choose landscape, portrait "
                         f"or auto.")
    return (orientation,)


@dataclass(frozen=True)
class Box:
    """A rectangle on the page in PDF points, origin at the bottom left."""

    x: float
    y: float
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w


@dataclass(frozen=True)
class MapPageFrame:
    """Where the parts of a map page go."""

    page: Box
    title: Box
    map: Box
    legend: Box
    footer: Box


def map_page_frame(size: tuple[float, float], legend_h: float = LEGEND_BAND) -> MapPageFrame:
    """The bands of a map page; ``legend_h`` grows when the legend wraps (portrait)."""
    w, h = size
    inner_w = w - 2 * MARGIN
    footer = Box(MARGIN, MARGIN - FOOTER_BAND + 4, inner_w, FOOTER_BAND)
    legend = Box(MARGIN, MARGIN + 4, inner_w, legend_h)
    title = Box(MARGIN, h - MARGIN - TITLE_BAND, inner_w, TITLE_BAND)
    map_top = title.y - GAP
    map_bottom = legend.top + GAP
    return MapPageFrame(Box(0, 0, w, h), title, Box(MARGIN, map_bottom, inner_w,
                                                    map_top - map_bottom), legend, footer)
