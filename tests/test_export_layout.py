"""Readability on paper: big maps are tiled, long labels wrap or shrink inside their
shapes, and characters the font lacks do not break the export."""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymapper.export.fonts import SANS, width
from journeymapper.export.painter import TextLog
from journeymapper.export.paper import map_page_frame, page_size
from journeymapper.export.pdf import build_pdf
from journeymapper.export.shapes import fit_node_texts, label_box
from journeymapper.export.textfit import fit_in_diamond, fit_text
from journeymapper.export.tiling import plan_map, print_layout
from journeymapper.io.templates import find_template
from journeymapper.model import (
    Crossroads,
    JourneyDocument,
    MicroJourney,
    NodeKind,
    Note,
    Outcome,
    Owner,
    Stage,
    Touchpoint,
)
from journeymapper.look.palette import LABEL_MIN_PT, LABEL_PT, MIN_READABLE_PT

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.synthetic import make_map  # noqa: E402

TODAY = dt.date(2026, 11, 26)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def big():
    """A map far too large for one A4 page, exported with every string logged."""
    document = make_map(160, seed=3)
    log = TextLog()
    result = build_pdf(document, today=TODAY, log=log)
    return document, result, log


def test_a_big_map_is_tiled_along_stage_boundaries(big):
    document, result, _ = big
    plan = result.plan
    assert plan.tiled and plan.columns > 1
    layout = result.layout  # the room's arrangement or a packed one: cut at its stages
    stage_edges = {round(layout.column(s).x, 6) for s in layout.stage_ids}
    stage_edges |= {round(layout.column(s).right, 6) for s in layout.stage_ids}
    lane_edges = {round(layout.lane(j).y, 6) for j in layout.journey_ids}
    lane_edges |= {round(layout.lane(j).bottom, 6) for j in layout.journey_ids}
    for tile in plan.tiles:
        assert round(tile.x0, 6) in stage_edges | {170.0}
        assert round(tile.x1, 6) in stage_edges or tile.x1 == plan.width
        # cut between micro-journeys, in its band (where each is as tall as it is
        # there) and so on the whole map too
        band = plan.layout_of(tile)
        band_edges = {round(band.lane(j).y, 6) for j in band.journey_ids}
        band_edges |= {round(band.lane(j).bottom, 6) for j in band.journey_ids}
        assert round(tile.y0, 6) in band_edges and round(tile.y1, 6) in band_edges
        _, y0, _, y1 = tile.whole
        assert round(y0, 6) in lane_edges and round(y1, 6) in lane_edges
    frame = map_page_frame(page_size("A4", "landscape"))
    assert plan.scale * 7.5 >= MIN_READABLE_PT - 1e-9
    fitted_whole = min(frame.map.w / plan.width, frame.map.h / plan.height)
    assert fitted_whole * 7.5 < MIN_READABLE_PT, "it really would have been unreadable"


def test_every_label_of_a_tiled_map_prints_readably(big):
    document, result, log = big
    assert all(run.size >= MIN_READABLE_PT - 1e-6 for run in log.runs)
    printed: dict[str, str] = {}
    for run in log.runs:
        if run.role in ("label", "note") and run.item:
            printed[run.item] = printed.get(run.item, "") + run.text
    for node in document.nodes():
        assert flat(node.label) in flat(printed.get(node.id, "")), node.label


def test_headers_and_overview_repeat_on_every_tile(big):
    document, result, log = big
    glance, *parts = result.map_pages
    assert {run.role for run in log.runs if run.page == glance} >= {"part", "stage", "lane"}
    assert not [run for run in log.runs if run.page == glance and run.role == "label"], \
        "the at-a-glance page leaves out the text it cannot print readably"
    for page in parts:
        roles = {run.role for run in log.runs if run.page == page}
        assert {"stage", "lane", "overview", "title"} <= roles, page
    legend = {run.page for run in log.runs if run.role == "legend"}
    assert legend == {glance}, "the legend is printed once, with the whole map at a glance"
    reader = PdfReader(io.BytesIO(result.data))
    last = reader.pages[result.map_pages[-1] - 1].extract_text()
    assert f"part {len(result.plan.tiles)} of {len(result.plan.tiles)}" in last


def test_a_small_map_is_fitted_on_one_page():
    document = find_template("empty-three-stages").open()
    frame = map_page_frame(page_size("A4", "landscape"))
    plan = plan_map(document, print_layout(document), frame.map.w, frame.map.h)
    assert not plan.tiled
    assert MIN_READABLE_PT / 7.5 <= plan.scale <= 1.0


def test_a_stage_wider_than_a_page_is_sliced():
    document = JourneyDocument()
    document.add_stage(Stage(id="wide", name="En veldig lang fase", width=6000))
    document.add_journey(MicroJourney(id="j", name="Reisen"))
    for i in range(30):
        document.add_node(Touchpoint(label=f"Steg {i} på veien", stage_id="wide",
                                     journey_id="j", x=24 + i * 190, y=24))
    log = TextLog()
    result = build_pdf(document, today=TODAY, log=log)
    assert len(result.plan.tiles) > 1
    frame = map_page_frame(page_size())
    for tile in result.plan.tiles:
        assert (170 + tile.content_w) * result.plan.scale <= frame.map.w + 1e-6
    assert min(run.size for run in log.runs) >= MIN_READABLE_PT - 1e-6
    text = flat("".join(run.text for run in log.runs))
    for i in range(30):
        assert flat(f"Steg {i} på veien") in text


def _one_card_map(label: str, kind=Touchpoint):
    document = JourneyDocument()
    document.add_stage(Stage(id="s", name="Bruk"))
    document.add_journey(MicroJourney(id="j", name="Reisen"))
    document.add_owner(Owner(id="o", name="Kundeservice"))
    extra = {"owner_id": "o"} if kind in (Touchpoint, Crossroads) else {}
    node = document.add_node(kind(id="n", label=label, stage_id="s", journey_id="j",
                                  x=24, y=24, **extra))
    return document, node


LONG = ("Kunden ringer kundesenteret for tredje gang fordi fakturaen fortsatt viser feil "
        "beløp, blir satt over til økonomiavdelingen, venter i tjue minutter og legger på "
        "uten svar; neste dag skriver hun en anmeldelse på nett og sier opp avtalen. ") * 3
URL = "https://eksempel.no/" + "veldig-lang-adresse-uten-mellomrom-" * 6


@pytest.mark.parametrize("label", [LONG, URL, "Kort"])
@pytest.mark.parametrize("kind", [Touchpoint, Crossroads, Outcome, Note])
def test_a_label_never_runs_outside_its_shape(label, kind):
    document, node = _one_card_map(label, kind)
    log = TextLog()
    result = build_pdf(document, today=TODAY, log=log)
    page = result.map_pages[0]
    x0, y0, x1, y1 = log.boxes[(page, node.id)]
    runs = [r for r in log.runs if r.item == node.id and r.role in ("label", "note")]
    assert runs
    for run in runs:
        assert run.size >= MIN_READABLE_PT - 1e-6
        assert x0 - 1e-6 <= run.x and run.x + run.width <= x1 + 1e-6, run.text
        assert y0 <= run.y <= y1
        measured = width(run.text, SANS, run.size)
        assert abs(measured - run.width) < 1e-6
    if kind is Crossroads:  # inside the diamond, not only its bounding box
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        hw, hh = (x1 - x0) / 2, (y1 - y0) / 2
        for run in runs:
            for x in (run.x, run.x + run.width):
                for y in (run.y - run.size * 0.25, run.y + run.size * 0.8):
                    assert abs(x - cx) / hw + abs(y - cy) / hh <= 1.0 + 1e-6, run.text
    fitted = fit_node_texts(node, print_layout(document).node_rect(node))
    if label != "Kort":
        assert fitted.truncated or fitted.size < LABEL_PT or len(fitted.lines) > 1
    assert all(w <= limit + 1e-6 for w, limit in zip(fitted.widths(), fitted.limits))
    if kind is not Crossroads:
        box = label_box(node, print_layout(document).node_rect(node))
        assert max(fitted.limits) <= box.w + 1e-6
        assert fitted.height <= box.h + 1e-6
    reader = PdfReader(io.BytesIO(result.data))
    sections = "".join(p.extract_text() for p in reader.pages[len(result.map_pages):])
    assert flat(label) in flat(sections), "the full text is in the micro-journey section"


def test_wrap_first_then_shrink():
    text = "Ringer kontoret og spør om rørleggeren kommer i morgen"
    fitted = fit_text(text, 140, 40, LABEL_PT, LABEL_MIN_PT, 3)
    assert fitted.size == LABEL_PT and len(fitted.lines) > 1 and not fitted.truncated
    tight = fit_text(text, 140, 20, LABEL_PT, LABEL_MIN_PT, 3)
    assert tight.size < LABEL_PT or tight.truncated
    assert all(w <= 140 + 1e-6 for w in tight.widths())
    diamond, _ = fit_in_diamond(text, 112, 88, -3, LABEL_PT, LABEL_MIN_PT, 4)
    assert " ".join(diamond.lines) == text
    assert all(w <= lim + 1e-6 for w, lim in zip(diamond.widths(), diamond.limits))


def test_characters_the_font_lacks_do_not_break_the_export():
    label = "Kunde 中文 𝄞 ⛔ ær"
    document, node = _one_card_map(label)
    document.update_journey("j", name="Reise 🛫 ø")
    result = build_pdf(document, today=TODAY)
    reader = PdfReader(io.BytesIO(result.data))
    text = reader.pages[0].extract_text()
    assert "Kunde" in text and "ær" in text
    assert "\ufffd" in text, "a missing glyph shows as a replacement sign, not a blank"


def test_unowned_and_node_kinds_all_draw():
    document = find_template("sample-airline").open()
    kinds = {n.kind for n in document.nodes()}
    assert {NodeKind.TOUCHPOINT, NodeKind.CROSSROADS, NodeKind.OUTCOME} <= kinds
    first = next(n for n in document.nodes() if n.kind == NodeKind.TOUCHPOINT)
    document.update_node(first.id, owner_id=None)
    log = TextLog()
    build_pdf(document, today=TODAY, log=log)
    roles = {run.role for run in log.runs}
    assert {"label", "channel", "status", "severity", "outcome", "arrow", "scale"} <= roles


def _fill_colours(page) -> set[tuple[int, int, int]]:
    """Every fill colour a page paints with (its content and the forms it places), 0-255."""
    found: set[tuple[int, int, int]] = set()
    number = rb"(-?[\d.]+)"

    def scan(data: bytes, resources) -> None:
        for r, g, b in re.findall(number + rb"\s+" + number + rb"\s+" + number + rb"\s+rg\b",
                                  data):
            found.add(tuple(round(float(v) * 255) for v in (r, g, b)))
        xobjects = (resources or {}).get("/XObject", {})
        for ref in xobjects.values():
            form = ref.get_object()
            if form.get("/Subtype") == "/Form":
                scan(form.get_data(), form.get("/Resources"))

    scan(page.get_contents().get_data(), page["/Resources"])
    return found


def test_a_second_export_prints_the_changed_label_owner_and_colour():
    """Fitted labels and drawn cards are remembered between pages and exports; a
    change to the map still shows in the next PDF."""
    document, node = _one_card_map("Bestiller time på nett")
    document.update_owner("o", colour="#117733")
    first = PdfReader(io.BytesIO(build_pdf(document, today=TODAY).data)).pages[0]
    assert (0x11, 0x77, 0x33) in _fill_colours(first)
    document.update_node(node.id, label="Ringer kontoret og venter")
    document.update_owner("o", name="Økonomi", colour="#CC79A7")
    page = PdfReader(io.BytesIO(build_pdf(document, today=TODAY).data)).pages[0]
    text = flat(page.extract_text())
    assert flat("Ringer kontoret og venter") in text
    assert flat("Bestiller time") not in text
    assert "Økonomi" in text
    colours = _fill_colours(page)
    assert (0xCC, 0x79, 0xA7) in colours, "the card's stripe has the owner's new colour"
    assert (0x11, 0x77, 0x33) not in colours


# --- few, well-filled pages ------------------------------------------------------------

def _map_text(result) -> list[str]:
    reader = PdfReader(io.BytesIO(result.data))
    return [reader.pages[number - 1].extract_text() for number in result.map_pages]


def _parts_fit_their_pages(plan, frame) -> None:
    """Parts on a page (side by side, or one under the other) stay inside the map area
    and never overlap."""
    for tiles in plan.pages:
        boxes = []
        for tile in tiles:
            box = (tile.left, tile.top, tile.left + (170 + tile.content_w) * plan.scale,
                   tile.top + (56 + tile.content_h) * plan.scale)
            assert box[2] <= frame.map.w + 1e-6, "a part runs off the page"
            assert box[3] <= frame.map.h + 1e-6, "a part runs into the legend"
            for other in boxes:
                assert (box[0] >= other[2] - 1e-6 or other[0] >= box[2] - 1e-6
                        or box[1] >= other[3] - 1e-6 or other[1] >= box[3] - 1e-6), \
                    "two parts overlap"
            boxes.append(box)


def test_a_small_wide_map_prints_readably_on_one_page_in_bands():
    """The plumber (4 stages, the lanes used one after the other) is too wide for one A3
    page as a whole; it wraps like a text: stages 1-2 above stages 3-4, each band with
    only the lane that has something in it, every word readable, no at-a-glance page."""
    document = find_template("sample-plumber-no").open()
    frame = map_page_frame(page_size("A3", "landscape"))
    layout = print_layout(document)
    whole = min(frame.map.w / layout.width, frame.map.h / layout.height)
    assert whole * 7.5 < MIN_READABLE_PT, "as one piece it would print unreadably small"
    log = TextLog()
    result = build_pdf(document, "A3", "landscape", today=TODAY, log=log)
    assert len(result.map_pages) == 1 and not result.plan.paged
    assert len(result.plan.tiles) == 2
    _parts_fit_their_pages(result.plan, frame)
    assert min(run.size for run in log.runs) >= MIN_READABLE_PT - 1e-6
    text = flat(_map_text(result)[0])
    for node in document.nodes():
        assert flat(node.label) in text, node.label
    for name in ("Venter på rørleggeren", "Faktura og etterpå", "Forventning",
                 "Selve oppdraget"):
        assert flat(name) in text
    lanes = [run.text for run in log.runs if run.role == "lane"]
    assert lanes.count("Forventning") == 1 and lanes.count("Selve oppdraget") == 1, \
        "each band shows only the lane that has steps in its stages"
    reader = PdfReader(io.BytesIO(result.data))
    titles = [item.title for item in reader.outline[0:1] + [
        i for group in reader.outline if isinstance(group, list) for i in group]]
    assert "The whole map at a glance" not in titles


def _long_flow(stages: int, per_stage: int = 2, lanes: int = 1) -> JourneyDocument:
    document = JourneyDocument()
    for j in range(lanes):
        document.add_journey(MicroJourney(id=f"j{j or ''}", name=f"Kjøpet på nett {j or ''}"))
    for i in range(stages):
        document.add_stage(Stage(id=f"s{i}", name=f"Fase {i + 1} – søk"))
    for j in range(lanes):
        nodes = []
        for i in range(stages):
            for k in range(per_stage):
                node = f"n{i}-{k}" + (f"-{j}" if j else "")
                document.add_node(Touchpoint(id=node,
                                             label=f"Steg {i}.{k}: åpner øyeblikkelig",
                                             stage_id=f"s{i}", journey_id=f"j{j or ''}",
                                             x=24 + 200 * k, y=32, rating=(i + k) % 5 - 2))
                nodes.append(node)
        for a, b in zip(nodes, nodes[1:]):
            document.connect(a, b)
    return document


def test_a_single_lane_journey_too_wide_for_a4_wraps_onto_one_page():
    document = _long_flow(4)
    frame = map_page_frame(page_size("A4", "landscape"))
    log = TextLog()
    result = build_pdf(document, today=TODAY, log=log)
    plan = result.plan
    layout = print_layout(document)
    assert min(frame.map.w / layout.width, 1.0) * 7.5 < MIN_READABLE_PT, "too wide as a whole"
    assert len(result.map_pages) == 1, "two bands of one lane fit one A4 page"
    assert len(plan.tiles) >= 2 and plan.scale * 7.5 >= MIN_READABLE_PT - 1e-9
    _parts_fit_their_pages(plan, frame)
    assert min(run.size for run in log.runs) >= MIN_READABLE_PT - 1e-6
    text = flat(_map_text(result)[0])
    for node in document.nodes():
        assert flat(node.label) in text
    assert "åpnerøyeblikkelig" in text


def test_a_journey_too_long_for_one_page_has_a_glance_page_that_names_the_right_pages():
    document = _long_flow(14, lanes=4)  # parts on six pages: the whole map at a glance first
    log = TextLog()
    result = build_pdf(document, today=TODAY, log=log)
    plan = result.plan
    assert plan.glance and len(plan.pages) >= 6
    assert len(result.map_pages) == len(plan.pages) + 1
    glance, *parts = result.map_pages
    tags = {run.text for run in log.runs if run.page == glance and run.role == "part"}
    for tile in plan.tiles:
        assert f"Part {tile.index + 1} · page {parts[tile.page]}" in tags
    texts = _map_text(result)
    for node in document.nodes():
        where = [k for k, t in enumerate(texts) if flat(node.label) in flat(t)]
        assert where and where[0] > 0, f"{node.label} is printed on a part page"
    assert min(run.size for run in log.runs) >= MIN_READABLE_PT - 1e-6


def test_a_stage_wider_than_a_page_is_cut_between_steps_not_through_them():
    document = JourneyDocument()
    document.add_stage(Stage(id="wide", name="Lang fase"))
    document.add_journey(MicroJourney(id="j", name="Reisen"))
    for i in range(14):  # equal slices of this stage would cut four cards in two
        document.add_node(Touchpoint(label=f"Steg {i}", stage_id="wide", journey_id="j",
                                     x=24 + i * 200, y=24))
    layout = print_layout(document)
    frame = map_page_frame(page_size())
    plan = plan_map(document, layout, frame.map.w, frame.map.h)
    assert plan.tiled
    cards = [layout.node_rect(n) for n in document.nodes()]
    for tile in plan.tiles:
        for edge in (tile.x0, tile.x1):
            assert not [c for c in cards if c.x < edge < c.right], "a cut runs through a card"


def test_left_open_the_orientation_is_the_one_with_fewer_pages():
    document = _long_flow(2, per_stage=1, lanes=6)  # tall and narrow: fewer pages upright
    counts = {}
    for orientation in ("landscape", "portrait", "auto"):
        result = build_pdf(document, "A4", orientation, today=TODAY)
        reader = PdfReader(io.BytesIO(result.data))
        box = reader.pages[0].mediabox
        counts[orientation] = (len(result.map_pages), float(box.width) > float(box.height))
    assert counts["landscape"][1] and not counts["portrait"][1], "an explicit choice is kept"
    assert counts["portrait"][0] < counts["landscape"][0]
    assert counts["auto"] == counts["portrait"]
    flat_map = find_template("empty-seven-stages-b2b").open()  # one page either way
    result = build_pdf(flat_map, "A4", "auto", today=TODAY)
    box = PdfReader(io.BytesIO(result.data)).pages[0].mediabox
    assert float(box.width) > float(box.height), "landscape when it is no worse"
    with pytest.raises(ValueError):
        build_pdf(flat_map, "A4", "sideways", today=TODAY)


def test_blank_space_wider_than_the_maps_own_spacing_is_not_printed():
    """Steps spread far apart by hand print close together, in the same order, rows and
    columns, without touching; lanes and stages keep their lengths' order too."""
    document = JourneyDocument()
    document.add_stage(Stage(id="a", name="Før", width=1400))
    document.add_stage(Stage(id="b", name="Etter"))
    document.add_journey(MicroJourney(id="j", name="Øverst", height=900))
    document.add_journey(MicroJourney(id="k", name="Nederst"))
    places = {"t1": ("a", "j", 300, 200), "t2": ("a", "j", 1100, 200),
              "t3": ("a", "j", 1100, 600), "t4": ("a", "k", 640, 32),
              "t5": ("b", "j", 24, 200)}
    for key, (stage, lane, x, y) in places.items():
        document.add_node(Touchpoint(id=key, label=f"Steg {key} – å gå", stage_id=stage,
                                     journey_id=lane, x=x, y=y, rating=0))
    document.connect("t1", "t2")
    document.connect("t2", "t5")
    layout = print_layout(document)
    rect = {key: layout.node_rect(document.node(key)) for key in places}
    assert layout.column("a").w <= 24 + 3 * 160 + 2 * 40 + 16, "the blank columns are gone"
    assert layout.lane("j").h <= 24 + 72 + 40 + 72 + 16 + 76, "the blank rows are gone"
    assert rect["t1"].right < rect["t4"].x < rect["t4"].right < rect["t2"].x, "order kept"
    assert rect["t2"].x == rect["t3"].x and rect["t1"].y == rect["t2"].y == rect["t5"].y
    assert rect["t3"].y > rect["t2"].bottom
    cards = list(rect.values())
    for i, a in enumerate(cards):
        for b in cards[i + 1:]:
            assert a.right <= b.x or b.right <= a.x or a.bottom <= b.y or b.bottom <= a.y
    for key, r in rect.items():  # each step still sits in its own cell
        cell = layout.cell(places[key][0], places[key][1])
        assert cell.x <= r.x and r.right <= cell.right and cell.y <= r.y
        assert r.bottom <= cell.bottom - 76, "above the lane's feeling curve"
    log = TextLog()
    result = build_pdf(document, today=TODAY, log=log)
    assert len(result.map_pages) == 1
    text = flat(_map_text(result)[0])
    assert all(flat(f"Steg {key} – å gå") in text for key in places)


@pytest.mark.parametrize("name", ["sample-dentist", "sample-plumber-no", "sample-airline"])
def test_steps_side_by_side_keep_at_least_the_maps_own_gap(name):
    """Closing blank space never squeezes an arrow: two steps next to each other keep
    their gap, or the auto-layout's 40 units when it was wider."""
    document = find_template(name).open()
    layout = print_layout(document)
    nodes = list(document.nodes())
    for a in nodes:
        for b in nodes:
            if (a.stage_id, a.journey_id, a.y) != (b.stage_id, b.journey_id, b.y):
                continue
            old = b.x - (a.x + layout.node_rect(a).w)
            if old <= 0:
                continue
            new = layout.node_rect(b).x - layout.node_rect(a).right
            assert new >= min(old, 40.0) - 1e-6, (a.label, b.label)


@pytest.mark.parametrize("paper, orientation", [("A3", "portrait"), ("A3", "landscape")])
def test_a_map_stacked_on_pages_speaks_bokmal_too(paper, orientation):
    """Every word of a map whose parts share pages has a Bokmål translation."""
    import xml.etree.ElementTree as ET

    from journeymapper.io.resources import resources_dir

    known = set()
    for context in ET.parse(resources_dir() / "i18n" / "journeymapper_nb.ts").getroot():
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                known.add((context.findtext("name"), message.findtext("source")))
    asked = set()

    def record(context, text):
        asked.add((context, text))
        return text

    result = build_pdf(find_template("sample-airline").open(), paper, orientation,
                       today=TODAY, translate=record)
    assert result.plan.paged and len(result.plan.pages) < len(result.plan.tiles)
    assert sorted(key for key in asked if key not in known) == []
