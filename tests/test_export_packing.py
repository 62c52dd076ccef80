"""The packed print layout: a cell's steps flowed into fewer slots across, for paper,
printed only when it saves pages (issue 18: the whole map in as few pieces as possible)."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest

from journeymapper.export.fonts import register_fonts
from journeymapper.export.packing import Cells, PackedLayout, candidates, reading_order
from journeymapper.export.painter import TextLog
from journeymapper.export.paper import MARGIN
from journeymapper.export.pdf import build_pdf
from journeymapper.export.tiling import PrintLayout
from journeymapper.io.templates import find_template
from journeymapper.look.palette import MIN_READABLE_PT
from journeymapper.model import JourneyDocument, MicroJourney, NodeKind, Stage, Touchpoint

TODAY = dt.date(2026, 12, 7)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _map_pages_text(result) -> str:
    """The text of the PDF's map pages, as a reader's PDF viewer extracts it."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(result.data))
    return "\n".join(reader.pages[p - 1].extract_text() for p in result.map_pages)


def test_a_cell_reads_in_the_rooms_rows_top_to_bottom_each_from_the_left():
    # (node, x, y, w, h): two rows as the room placed them, out of order in the list
    a, b, c, d = "a", "b", "c", "d"
    members = [(c, 24, 140, 160, 72), (b, 224, 32, 160, 72), (d, 224, 150, 144, 48),
               (a, 24, 24, 112, 88)]
    assert [m[0] for m in reading_order(members)] == [a, b, c, d]


def _one_cell_map(steps: int) -> JourneyDocument:
    document = JourneyDocument()
    document.add_stage(Stage(id="s", name="Søk og kjøp"))
    document.add_stage(Stage(id="t", name="Etterpå"))
    document.add_journey(MicroJourney(id="j", name="Kjøpet"))
    document.add_journey(MicroJourney(id="k", name="Klagen"))
    for i in range(steps):
        document.add_node(Touchpoint(id=f"n{i}", label=f"Steg {i} – åpner", stage_id="s",
                                     journey_id="j", x=24 + 200 * i, y=32, rating=i % 3 - 1))
    document.add_node(Touchpoint(id="late", label="Svar på klagen", stage_id="t",
                                 journey_id="k", x=24, y=32))
    for i in range(steps - 1):
        document.connect(f"n{i}", f"n{i + 1}")
    return document


def test_packed_steps_keep_their_cell_their_order_and_never_touch():
    document = _one_cell_map(6)
    cells = Cells(document)
    layout = PackedLayout(cells, {"s": 2, "t": 1})
    rects = [layout.node_rect(document.node(f"n{i}")) for i in range(6)]
    cell = layout.cell("s", "j")
    band = layout.emotion_band("j")
    for r in rects:
        assert cell.x <= r.x and r.right <= cell.right and cell.y <= r.y
        assert r.bottom <= band.y, "above the micro-journey's feeling curve"
    # six steps in two slots: three lines, read left to right, then the next line
    lines = sorted({round(r.y) for r in rects})
    assert len(lines) == 3
    order = sorted(range(6), key=lambda i: (round(rects[i].y), rects[i].x))
    assert order == list(range(6)), "the flow reads like a text"
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert a.right <= b.x or b.right <= a.x or a.bottom <= b.y or b.bottom <= a.y
    # narrower than the room's six-across, taller by the lines it added
    assert layout.column("s").w < 6 * 160
    assert layout.lane("j").h > 3 * 72
    # the other stage's lone step is untouched by stage s's slots
    late = layout.node_rect(document.node("late"))
    assert layout.cell("t", "k").x < late.x < late.right < layout.cell("t", "k").right


def test_the_feeling_curve_of_a_wrapped_cell_runs_through_its_steps_in_their_order():
    document = _one_cell_map(6)
    layout = PackedLayout(Cells(document), {"s": 2, "t": 1})
    xs = [layout.curve_x[f"n{i}"] for i in range(6)]
    assert xs == sorted(xs) and len(set(xs)) == 6, "left to right in the flow's order"


def test_a_map_of_single_steps_or_a_big_map_is_not_packed():
    document = JourneyDocument()
    document.add_stage(Stage(id="s", name="Fase"))
    document.add_journey(MicroJourney(id="j", name="Reise"))
    document.add_node(Touchpoint(label="Alene", stage_id="s", journey_id="j", x=24, y=24))
    assert candidates(document) == []


@pytest.fixture(scope="module")
def fonts():
    register_fonts()


def test_the_airline_prints_its_map_on_three_a4_pages_instead_of_five(fonts):
    """The room's arrangement took five A4 pages; flowing the busy stages' steps into
    fewer slots takes three, every word still at 6 pt or more and every step printed."""
    document = find_template("sample-airline").open()
    log = TextLog()
    result = build_pdf(document, "A4", None, today=TODAY, log=log)
    assert isinstance(result.layout, PackedLayout)
    assert len(result.map_pages) == 3
    assert min(run.size for run in log.runs) >= MIN_READABLE_PT - 1e-6
    text = flat(_map_pages_text(result))
    for node in document.nodes():
        words = node.label if node.kind != NodeKind.NOTE else node.label.split()[0]
        assert flat(words)[:12] in text, node.label


def test_a_map_that_fits_a_page_keeps_the_rooms_arrangement(fonts):
    """Packing is for saving pages, not for rearranging a map that prints whole anyway:
    the dentist on A3 is one page as the room laid it out."""
    result = build_pdf(find_template("sample-dentist").open(), "A3", None, today=TODAY)
    assert len(result.map_pages) == 1
    assert isinstance(result.layout, PrintLayout)


def test_parts_with_room_beside_them_print_side_by_side(fonts):
    """A part that leaves half a page's width blank shares its shelf with the next one:
    the B2B map on A4 takes three map pages (four before packing), one with two parts
    side by side, neither running off the page or into the other."""
    result = build_pdf(find_template("sample-b2b-software").open(), "A4", None, today=TODAY)
    plan = result.plan
    assert len(result.map_pages) == 3
    assert any(t.left > 0 for t in plan.tiles), "a part beside another"
    assert plan.scale * 7.5 >= MIN_READABLE_PT - 1e-9
    width = result.size[0] - 2 * MARGIN  # the map area between the page's margins
    for tiles in plan.pages:
        right = 0.0
        for tile in sorted(tiles, key=lambda t: (t.top, t.left)):
            if tile.left > 0:
                assert tile.left >= right, "two parts side by side overlap"
            right = tile.left + (170 + tile.content_w) * plan.scale
            assert right <= width + 1e-6, "a part runs off the page"


def test_a_part_leaves_out_the_stages_where_its_micro_journeys_have_nothing(fonts):
    """Lost luggage happens after arrival only: its part prints stage 5 alone, not two
    empty stage columns before it (they were half of its page)."""
    from pypdf import PdfReader

    document = find_template("sample-airline").open()
    result = build_pdf(document, "A4", None, today=TODAY)
    reader = PdfReader(io.BytesIO(result.data))
    after = document.stages[-1]
    [page] = [p for p in result.map_pages
              if "Lost luggage" in reader.pages[p - 1].extract_text()
              and "The flight" not in reader.pages[p - 1].extract_text()]
    text = reader.pages[page - 1].extract_text()
    assert f"5 {after.name}" in text
    for i, stage in enumerate(document.stages[:-1]):
        assert f"{i + 1} {stage.name}" not in text, stage.name
    [tile] = result.plan.pages[result.map_pages.index(page)]
    column = result.layout.column(after.id)
    assert (tile.x0, tile.x1) == pytest.approx((column.x, column.right))
