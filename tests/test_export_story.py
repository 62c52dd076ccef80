"""What a manager notices in the leadership PDF: page 1 tells the story (how many
customers each micro-journey loses, its weakest link, the worst friction points with
owner, action, due date and status, the steps in order or a readable miniature); the
summary follows without saying it again; tables keep their headings with their rows
and count what the statuses say; and a character the embedded font lacks is drawn
with an installed font or named, never a silent "�"."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer

from journeymapper.analysis.losses import lane_losses
from journeymapper.export import fallback, fonts
from journeymapper.export.pdf import build_pdf, export_pdf
from journeymapper.export.tables import H2, RoomFor, _Continued, _Table, chunked, para
from journeymapper.io import save
from journeymapper.io.templates import find_template, list_templates
from journeymapper.model import (
    Crossroads,
    CrossroadsStatus,
    Connection,
    JourneyDocument,
    MicroJourney,
    NodeKind,
    Owner,
    Stage,
    Touchpoint,
)

TODAY = dt.date(2026, 11, 26)
ROOT = Path(__file__).resolve().parents[1]
CHINESE = "在网站上搜索航班"  # "search for flights on the website"
BUBBLE_TEA = "\U0001F9CB"  # 🧋: in neither DejaVu nor the usual system fonts


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pages(result) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(result.data)).pages]


@pytest.fixture(scope="module")
def airline():
    document = find_template("sample-airline").open()
    return document, build_pdf(document, today=TODAY)


# --- what each micro-journey loses ------------------------------------------------------

def _losses(name: str) -> dict:
    document = find_template(name).open()
    return {document.journey(l.journey_id).name: l for l in lane_losses(document)}, document


def test_each_micro_journey_loses_what_its_own_outcomes_take():
    losses, document = _losses("sample-airline")
    assert round(losses["Booking the ticket"].lost_share, 1) == 18.0
    assert round(losses["The flight"].lost_share, 1) == 29.0  # the complaints
    assert round(losses["Lost luggage"].lost_share, 1) == 35.0  # switch airline
    # the flight hands 0.7 % on to lost luggage: counted there, not as lost or kept here
    [(journey_id, share)] = losses["The flight"].onward
    assert document.journey(journey_id).name == "Lost luggage" and round(share, 1) == 0.7


def test_a_micro_journey_that_hands_everyone_on_loses_nobody_itself():
    losses, document = _losses("sample-b2b-software")
    first = losses["Finding a vendor"]
    assert first.lost_share == 0 and first.known
    assert [(document.journey(j).name, round(p)) for j, p in first.onward] == [("Buying", 100)]
    assert round(losses["Buying"].lost_share) == 40
    assert round(losses["Onboarding and support"].lost_share) == 45


def test_missing_branch_shares_make_the_loss_unknown_not_zero():
    losses, _ = _losses("sample-dentist")
    care = losses["Treatment and care"]
    assert not care.known and round(care.unknown) == 100


# --- page 1 ---------------------------------------------------------------------------

def test_airline_page_one_says_where_customers_are_lost_and_who_acts_by_when(airline):
    document, result = airline
    text = flat(pages(result)[0])
    assert flat("Airline: booking, the flight and lost luggage") in text
    assert flat("Journey owner: Head of customer experience") in text
    assert TODAY.isoformat() in text
    for journey, share in (("Booking the ticket", "18 %"), ("The flight", "29 %"),
                           ("Lost luggage", "35 %")):
        assert flat(f"{journey} — {share} of the customers who start it are lost") in text
    for weakest in ("Are all fees clear before payment?",
                    "Waiting at the gate without information",
                    "Report the missing bag at the desk"):
        assert flat(f"Weakest link: {weakest}") in text
    # the worst friction points: every one not yet resolved, with owner, action, due, status
    assert flat("The 4 friction points not yet resolved") in text
    assert flat("2 open, 1 investigating, 1 improving") in text
    for node in document.nodes():
        if isinstance(node, Crossroads) and node.status != CrossroadsStatus.RESOLVED:
            assert flat(node.label) in text
            assert flat(document.owner(node.owner_id).name) in text
            assert flat(node.action or "No action yet") in text
            assert (node.due.isoformat() if node.due else "nodate") in text
    # the steps of each micro-journey, in order, on the same page (notes are not steps)
    for node in document.nodes():
        if node.kind != NodeKind.NOTE:
            assert flat(node.label) in text, node.label


def test_b2b_page_one_shows_the_lane_that_loses_nobody_and_where_they_go():
    document = find_template("sample-b2b-software").open()
    text = flat(pages(build_pdf(document, today=TODAY))[0])
    assert flat("Finding a vendor — no customers are lost here. Going on: 100 % → Buying") \
        in text
    assert flat("Buying — 40 % of the customers who start it are lost: Chooses a competitor "
                "40 %") in text
    assert flat("Onboarding and support — 45 % of the customers who start it are lost") in text
    assert flat("The 2 friction points not yet resolved") in text
    assert flat("Customer success") in text and "2027-01-31" in text


def test_a_loss_the_shares_cannot_tell_is_said_to_be_unknown():
    text = flat(pages(build_pdf(find_template("sample-dentist").open(), today=TODAY))[0])
    assert flat("Where 100 % of them go is not known: a fork has no branch shares") in text


@pytest.mark.parametrize("name", [t.name for t in list_templates()])
def test_page_one_of_every_template_is_its_story_on_one_page(name):
    document = find_template(name).open()
    result = build_pdf(document, today=TODAY)
    reader = PdfReader(io.BytesIO(result.data))
    first = flat(reader.pages[0].extract_text())
    assert flat(document.info.title) in first
    assert flat("Where customers are lost") in first
    assert "Executive summary" in reader.pages[1].extract_text(), "page 1 never runs over"
    assert result.map_pages[0] == 3
    for journey in document.journeys:
        assert flat(journey.name) in first


def _crowded_map(crossroads: int, unowned: int = 1) -> JourneyDocument:
    document = JourneyDocument()
    document.add_stage(Stage(id="s", name="Bruk"))
    document.add_journey(MicroJourney(id="j", name="Reisen"))
    document.add_owner(Owner(id="o", name="Kundeservice"))
    statuses = [CrossroadsStatus.INVESTIGATING, CrossroadsStatus.IMPROVING]
    for k in range(crossroads):
        document.add_node(Crossroads(id=f"c{k}", label=f"Veiskille {k}", stage_id="s",
                                     journey_id="j", x=24, y=24 + 120 * k, owner_id="o",
                                     severity=5 - k % 5, status=statuses[k % 2]))
    for k in range(unowned):
        document.add_node(Touchpoint(id=f"t{k}", label=f"Uten eier {k}", stage_id="s",
                                     journey_id="j", x=300, y=24 + 120 * k))
    return document


def test_counts_say_what_the_statuses_say_and_plurals_are_right():
    texts = pages(build_pdf(_crowded_map(2, unowned=1), today=TODAY))
    story, summary = flat(texts[0]), flat(texts[1])
    assert flat("2 friction points not yet resolved (1 investigating, 1 improving)") in story
    assert flat("1 unowned step") in story and flat("1 unowned steps") not in story
    assert "open" not in texts[0].replace("Kundeservice", ""), "none of them is open"
    assert flat("crossroads not yet resolved") in summary and "/" not in texts[1]
    assert flat("1unownedstep") in summary and flat("1unownedsteps") not in summary
    many = flat(pages(build_pdf(_crowded_map(2, unowned=3), today=TODAY))[0])
    assert flat("3 unowned steps") in many


def test_headings_fit_the_rows_under_them():
    one = flat(pages(build_pdf(_crowded_map(1), today=TODAY))[0])
    assert flat("The one friction point not yet resolved") in one
    texts = pages(build_pdf(_crowded_map(7), today=TODAY))
    assert flat("The 5 worst of 7 friction points not yet resolved") in flat(texts[0])
    assert flat("… and 2 more on page 2.") in flat(texts[0])
    assert flat("The next 2 friction points not yet resolved") in flat(texts[1])
    # severities 5, 4, 3, 2, 1, 5, 4: page 1 has the two 5s, the two 4s and the 3
    assert "Veiskille 3" in texts[1] and "Veiskille 4" in texts[1]
    assert "Veiskille 0" not in texts[1] and "Veiskille 5" not in texts[1], "not said twice"


def test_a_small_map_is_drawn_on_page_one_with_readable_words():
    document = JourneyDocument()
    document.add_stage(Stage(id="s", name="Bestilling"))
    document.add_journey(MicroJourney(id="j", name="Pølsebua"))
    document.add_node(Touchpoint(id="a", label="Smiler og hilser", stage_id="s",
                                 journey_id="j", x=24, y=24))
    document.add_node(Touchpoint(id="b", label="Betaler med kort", stage_id="s",
                                 journey_id="j", x=24, y=160))
    document.add_edge(Connection(id="e", source="a", target="b"))
    result = build_pdf(document, today=TODAY)
    first = flat(pages(result)[0])
    # drawn as on the map pages, whose painter leaves out any word below 6 pt
    assert flat("Smiler og hilser") in first and flat("Betaler med kort") in first
    assert flat("Bestilling") in first and flat("Pølsebua") in first
    assert flat("The map") in flat(pages(result)[0])


# --- tables that read well ------------------------------------------------------------

class _Recorder(BaseDocTemplate):
    """A one-frame document that notes on which page each flowable landed."""

    def __init__(self, buffer) -> None:
        super().__init__(buffer, pagesize=landscape(A4))
        frame = Frame(40, 40, self.pagesize[0] - 80, self.pagesize[1] - 80, id="f")
        self.addPageTemplates([PageTemplate("p", [frame])])
        self.landed: list[tuple[int, object]] = []

    def afterFlowable(self, flowable) -> None:
        self.landed.append((self.page, flowable))


def _section(rows: int, room: float):
    """A heading and a table of ``rows`` rows under a spacer that leaves ``room`` points."""
    header = [para("#"), para("Step")]
    body = [([para(str(k)), para(f"Steg {k}")], None) for k in range(1, rows + 1)]
    tables = chunked(header, body, [40, 400], lambda k, meta: [], caption="Reisen")
    heading = [para("Reisen", H2)]
    buffer = io.BytesIO()
    doc = _Recorder(buffer)
    doc.build([Spacer(1, doc.pagesize[1] - 80 - room), RoomFor(heading, tables[0])]
              + heading + tables)
    parts = [(page, len(f._cellvalues) - 1) for page, f in doc.landed if isinstance(f, _Table)]
    headings = [page for page, f in doc.landed if getattr(f, "text", None) == "Reisen"]
    captions = [page for page, f in doc.landed if isinstance(f, _Continued) and f._show]
    return parts, headings, captions


def test_a_heading_never_ends_a_page_without_its_first_rows():
    parts, headings, _ = _section(rows=10, room=70)  # room for the heading and ~1 row
    assert headings == [parts[0][0]] and parts[0][1] >= 3


def test_a_table_never_leaves_one_or_two_rows_behind_or_carries_them_over():
    for room in range(60, 330, 9):
        parts, _, captions = _section(rows=12, room=room)
        assert all(rows >= 3 for _, rows in parts), (room, parts)
        assert sum(rows for _, rows in parts) == 12
        # a page the table goes on to starts with "Reisen (continued)"
        assert captions == [page for page, _ in parts[1:]], (room, parts, captions)


def test_a_long_journey_section_heads_every_page_with_its_name():
    document = JourneyDocument()
    document.add_stage(Stage(id="s", name="Bruk"))
    document.add_journey(MicroJourney(id="j", name="Lang reise"))
    for k in range(70):
        document.add_node(Touchpoint(id=f"t{k}", label=f"Steg {k}", stage_id="s",
                                     journey_id="j", x=24, y=24 + 120 * k,
                                     description="Kunden venter og lurer. " * (4 + k % 9)))
        if k:
            document.add_edge(Connection(id=f"e{k}", source=f"t{k - 1}", target=f"t{k}"))
    result = build_pdf(document, today=TODAY)
    reader = PdfReader(io.BytesIO(result.data))
    start = next(reader.get_destination_page_number(i) for i in reader.outline
                 if not isinstance(i, list) and i.title == "Micro-journeys")
    section = [p.extract_text() for p in reader.pages[start:]]
    assert len(section) >= 5, "long enough for page breaks inside its 24-row chunks too"
    for text in section[1:]:
        assert text.lstrip().startswith("Lang reise (continued)"), text[:80]


# --- no silent "�" ----------------------------------------------------------------------

@pytest.fixture
def plain_fonts():
    """Each test starts (and leaves) with the shipped faces only."""
    fonts.reset_fonts()
    yield
    fonts.reset_fonts()


def _map_with(label: str, journey: str = "Reisen") -> JourneyDocument:
    document = JourneyDocument()
    document.add_stage(Stage(id="s", name="Bruk"))
    document.add_journey(MicroJourney(id="j", name=journey))
    document.add_owner(Owner(id="o", name="Kundeservice"))
    document.add_node(Touchpoint(id="n", label=label, stage_id="s", journey_id="j", x=24,
                                 y=24, owner_id="o"))
    return document


def _cjk_font_installed() -> bool:
    if shutil.which("fc-list") is None:
        return False
    done = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True)
    return bool(done.stdout.strip())


@pytest.mark.skipif(not _cjk_font_installed(), reason="no Chinese font is installed "
                    "(fc-list :lang=zh lists none), so there is nothing to draw it with")
def test_chinese_prints_with_an_installed_font_and_the_emoji_no_font_has_is_named(plain_fonts):
    document = _map_with(f"{CHINESE} {BUBBLE_TEA} ær", journey="行李 ø")
    result = build_pdf(document, today=TODAY)
    every_page = "".join(pages(result))
    assert CHINESE in every_page and "行李" in every_page and "ær" in every_page
    assert not set(CHINESE) & set(result.unprintable)
    # the emoji: drawn where some installed font has it, else named — never silently "�"
    if BUBBLE_TEA in result.unprintable:
        assert "\ufffd" in every_page
    else:
        assert BUBBLE_TEA in every_page and "\ufffd" not in every_page
    assert CHINESE in pages(result)[0], "on page 1 too"
    # the font that draws it is embedded, under a name that is not DejaVu's
    reader = PdfReader(io.BytesIO(result.data))
    names = [str(f.get_object()["/BaseFont"])
             for f in reader.pages[0]["/Resources"]["/Font"].values()]
    assert any("JourneyMapperSansExtended" in n for n in names)


@pytest.mark.skipif(not _cjk_font_installed(), reason="no Chinese font is installed, so no "
                    "export adds characters to the PDF's font")
def test_a_map_exported_after_a_chinese_one_prints_with_the_shipped_font(plain_fonts):
    def font_names(result) -> set[str]:
        page = PdfReader(io.BytesIO(result.data)).pages[0]
        return {str(f.get_object()["/BaseFont"]).split("+")[-1]
                for f in page["/Resources"]["/Font"].values()}

    norwegian = find_template("sample-plumber-no").open()
    before = build_pdf(norwegian, today=TODAY)
    build_pdf(_map_with(CHINESE), today=TODAY)
    after = build_pdf(norwegian, today=TODAY)
    assert font_names(after) == font_names(before) == {"DejaVuSans", "DejaVuSans-Bold"}
    assert pages(after) == pages(before)


def test_without_a_font_that_has_them_the_export_names_the_characters(
        plain_fonts, monkeypatch, tmp_path):
    monkeypatch.setattr(fallback, "FC_MATCH", str(tmp_path / "no-fontconfig-here"))
    document = _map_with(f"{CHINESE} {BUBBLE_TEA} ær")
    told: list[str] = []
    export_pdf(document, tmp_path / "kart.pdf", today=TODAY, unprintable=told.append)
    assert told == [CHINESE + BUBBLE_TEA]
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "kart.pdf").pages)
    assert "\ufffd" in text and "ær" in text


def test_the_command_line_names_the_characters_it_could_not_print(tmp_path):
    """The real fontconfig, pointed at a configuration without any font."""
    empty = tmp_path / "fonts.conf"
    empty.write_text('<?xml version="1.0"?>\n<fontconfig></fontconfig>\n', encoding="utf-8")
    source = tmp_path / "kart.jmap"
    save(_map_with(f"{CHINESE} ær"), source, keep_backup=False)
    out = tmp_path / "kart.pdf"
    env = dict(os.environ, PYTHONPATH=str(ROOT), FONTCONFIG_FILE=str(empty))
    done = subprocess.run([sys.executable, "-m", "journeymapper", "export", str(source), "-o",
                           str(out)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.exists()
    assert "8 characters" in done.stderr and " ".join(CHINESE) in done.stderr
    assert "U+5728" in done.stderr


def test_the_window_names_the_characters_after_the_export(plain_fonts, qtbot, monkeypatch,
                                                           tmp_path):
    from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

    from journeymapper.app.export_dialog import ExportPdfDialog, export_interactively
    from journeymapper.config.settings import Settings

    from test_app_support import Prompts

    monkeypatch.setattr(fallback, "FC_MATCH", str(tmp_path / "no-fontconfig-here"))
    monkeypatch.setattr(ExportPdfDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    target = tmp_path / "kart.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    prompts = Prompts(monkeypatch)
    parent = QWidget()
    qtbot.addWidget(parent)
    written = export_interactively(parent, _map_with(f"{CHINESE} ær"), Settings(),
                                   tmp_path / "suggested.pdf")
    assert written == target and target.exists()
    [(kind, title, text)] = prompts.asked
    assert kind == "warning" and "Missing" in title
    assert str(target) in text and " ".join(CHINESE) in text
