"""The leadership PDF of every template: pages, bookmarks, text, fonts, metadata."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from journeymapper.export.painter import TextLog
from journeymapper.export.pdf import build_pdf, export_pdf
from journeymapper.io.templates import find_template, list_templates
from journeymapper.model import Crossroads, CrossroadsStatus
from journeymapper.look.palette import MIN_READABLE_PT

TODAY = dt.date(2026, 11, 26)
TEMPLATES = [t.name for t in list_templates()]
_CACHE: dict[str, tuple] = {}


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def exported(name: str):
    """(document, result, reader) for a template, built once per test session."""
    if name not in _CACHE:
        document = find_template(name).open()
        log = TextLog()
        result = build_pdf(document, today=TODAY, log=log)
        _CACHE[name] = (document, result, PdfReader(io.BytesIO(result.data)))
    return _CACHE[name]


def outline(reader) -> list[tuple[int, str, int]]:
    """(level, title, 0-based page) of every bookmark, in order."""
    found = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return found


def test_every_template_is_covered():
    assert {"sample-plumber-no", "sample-airline", "empty-three-stages"} <= set(TEMPLATES)


@pytest.mark.parametrize("name", TEMPLATES)
def test_pages_and_bookmarks(name):
    document, result, reader = exported(name)
    tiles = len(result.plan.tiles)
    sheets = len(result.plan.pages)  # parts stack on a page when they fit
    glance = int(result.plan.glance)  # a map on many pages starts with it at a glance
    assert len(reader.pages) == result.pages
    front = 2  # page 1 the story, page 2 the summary, each one page
    assert result.map_pages == tuple(range(front + 1, front + glance + sheets + 1)), \
        "the map comes after the story and the summary"
    marks = outline(reader)
    top = [(title, page) for level, title, page in marks if level == 0]
    titles = [title for title, _ in top]
    assert titles == ["The story on one page", "Executive summary", "Map", "Friction register",
                      "Ownership matrix", "Micro-journeys"]
    pages = dict(top)
    assert pages["The story on one page"] == 0
    assert pages["Executive summary"] == 1, "the story is one page"
    assert pages["Map"] == 2, "the summary is one page"
    assert pages["Friction register"] == front + glance + sheets
    assert pages["Friction register"] < pages["Ownership matrix"] <= pages["Micro-journeys"]
    journeys = [title for level, title, page in marks
                if level == 1 and page >= pages["Micro-journeys"]]
    assert journeys == [j.name for j in document.journeys]
    parts = [page for level, title, page in marks if level == 1 and title.startswith("Part")]
    assert parts == ([front + glance + t.page for t in result.plan.tiles] if tiles > 1 else [])
    if glance:
        assert ("The whole map at a glance", front) in [(t, p) for _, t, p in marks]
    for number, page in enumerate(reader.pages, start=1):
        assert flat(f"page {number} of {len(reader.pages)}") in flat(page.extract_text())


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_label_is_on_the_map_pages(name):
    document, result, reader = exported(name)
    text = flat("".join(reader.pages[i - 1].extract_text() for i in result.map_pages))
    for node in document.nodes():
        assert flat(node.label) in text, f"{node.label!r} is missing from the map pages"
    for stage in document.stages:
        assert flat(stage.name) in text
    for journey in document.journeys:
        assert flat(journey.name) in text


@pytest.mark.parametrize("name", TEMPLATES)
def test_metadata(name):
    document, _, reader = exported(name)
    meta = reader.metadata
    assert meta.title == document.info.title
    owner = document.owner(document.info.journey_owner_id).name \
        if document.info.journey_owner_id else "not named"
    assert meta.author == owner
    assert meta.subject.startswith("Customer-journey map")
    assert "JourneyMapper" in meta.creator


@pytest.mark.parametrize("name", TEMPLATES)
def test_map_text_is_readable_size(name):
    _, result, _ = exported(name)
    sizes = [run.size for run in result.log.runs]
    assert sizes and min(sizes) >= MIN_READABLE_PT - 1e-6


def test_norwegian_letters_survive_everywhere():
    document, result, reader = exported("sample-plumber-no")
    every_page = "".join(page.extract_text() for page in reader.pages)
    for word in ("Rørleggeren kommer presis", "Faktura og etterpå", "Kjøper igjen",
                 "Venter på rørleggeren"):
        assert flat(word) in flat(every_page)
    assert reader.metadata.title == "Rørleggeren: forventningsreisen"
    assert "\ufffd" not in every_page


def test_the_font_is_embedded():
    _, _, reader = exported("sample-plumber-no")
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = []
    for ref in fonts.values():
        font = ref.get_object()
        names.append(str(font["/BaseFont"]))
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object(), f"{font['/BaseFont']} is not embedded"
    assert any("DejaVuSans" in name for name in names)
    assert not any("Helvetica" in name for name in names)


def test_page_one_lists_the_worst_friction_and_the_journey_owner():
    document, result, reader = exported("sample-plumber-no")
    story = reader.pages[0].extract_text()
    assert "Daglig leder" in story
    for node in document.nodes():
        if isinstance(node, Crossroads) and node.status != CrossroadsStatus.RESOLVED:
            assert flat(node.label) in flat(story)
    assert "Executive summary" in reader.pages[1].extract_text()


def _with_due(document, due):
    node = next(n for n in document.nodes() if isinstance(n, Crossroads)
                and n.status != CrossroadsStatus.RESOLVED)
    document.update_node(node.id, due=due, action="Ring kunden dagen før")
    return node


def test_overdue_actions_stand_out_only_when_overdue():
    document = find_template("sample-plumber-no").open()
    _with_due(document, dt.date(2026, 10, 1))
    late = build_pdf(document, today=dt.date(2026, 11, 26))
    on_time = build_pdf(document, today=dt.date(2026, 9, 1))

    def text(result):
        reader = PdfReader(io.BytesIO(result.data))
        return "".join(p.extract_text() for i, p in enumerate(reader.pages, start=1)
                       if i not in result.map_pages)

    assert "OVERDUE" in text(late)
    assert "OVERDUE" not in text(on_time)
    assert "2026-11-26" in PdfReader(io.BytesIO(late.data)).pages[0].extract_text()


def test_paper_and_orientation(tmp_path):
    document = find_template("sample-dentist").open()
    out = export_pdf(document, tmp_path / "a3.pdf", paper="A3", orientation="portrait",
                     today=TODAY)
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 1191)
    with pytest.raises(ValueError, match="paper"):
        export_pdf(document, tmp_path / "x.pdf", paper="B5")
    assert not (tmp_path / "x.pdf").exists()


def test_progress_reaches_the_end(tmp_path):
    calls = []
    export_pdf(find_template("sample-airline").open(), tmp_path / "a.pdf",
               progress=lambda done, total: calls.append((done, total)), today=TODAY)
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1] > 1
    dones = [done for done, _ in calls]
    assert dones == sorted(dones)
    assert len({total for _, total in calls}) == 1


def test_a_failed_export_leaves_the_old_file(tmp_path, monkeypatch):
    out = tmp_path / "map.pdf"
    out.write_bytes(b"%PDF-old")

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    import journeymapper.export.pdf as pdf

    monkeypatch.setattr(pdf, "build_pdf", broken)
    with pytest.raises(pdf.ExportError, match="disk on fire"):  # a message, not a traceback
        pdf.export_pdf(find_template("sample-dentist").open(), out)
    assert out.read_bytes() == b"%PDF-old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.pdf"]


def _register_pages(result, reader):
    marks = dict((title, page) for _, title, page in outline(reader))
    return reader.pages[marks["Friction register"]:marks["Ownership matrix"]]


def test_a_long_register_repeats_its_header_and_cuts_no_text():
    from journeymapper.model import JourneyDocument, MicroJourney, Owner, Stage

    document = JourneyDocument()
    document.add_stage(Stage(id="s1", name="Kjøp"))
    document.add_stage(Stage(id="s2", name="Bruk"))
    document.add_journey(MicroJourney(id="j", name="Strømavtalen"))
    document.add_owner(Owner(id="o", name="Kundeservice"))
    evidence = ("Kundene forteller i churn-undersøkelsen at de ikke forstod fakturaen, "
                "at ventetiden på telefon var over tjue minutter, og at ingen ringte tilbake. ")
    for i in range(60):
        document.add_node(Crossroads(label=f"Veiskille nummer {i}", stage_id="s1" if i % 2 else "s2",
                                     journey_id="j", x=24, y=24 + i, severity=1 + i % 5,
                                     evidence=evidence * 2 + f"Slutt {i}.", owner_id="o"))
    result = build_pdf(document, today=TODAY)
    reader = PdfReader(io.BytesIO(result.data))
    pages = _register_pages(result, reader)
    assert len(pages) >= 3
    for page in pages:
        text = page.extract_text()
        assert "Sev." in text and "Evidence" in text and "Due" in text, "header on every page"
    text = flat("".join(page.extract_text() for page in pages))
    for i in range(60):
        assert flat(evidence * 2 + f"Slutt {i}.") in text


def test_the_ownership_matrix_names_every_owner_and_nobody():
    document, result, reader = exported("sample-airline")
    marks = dict((title, page) for _, title, page in outline(reader))
    text = reader.pages[marks["Ownership matrix"]].extract_text()
    for owner in document.owners:
        assert flat(owner.name) in flat(text)
    for stage in document.stages:
        assert flat(stage.name) in flat(text)
    assert "nobody" in text


def test_the_map_is_vector_graphics_not_a_picture():
    _, result, reader = exported("sample-dentist")
    for number in result.map_pages:
        page = reader.pages[number - 1]
        xobjects = page["/Resources"].get("/XObject", {})
        kinds = {str(x.get_object().get("/Subtype")) for x in xobjects.values()}
        assert "/Image" not in kinds
        assert len(page.get_contents().get_data()) > 5_000, "drawn with paths and text"


def test_exports_one_after_another_keep_their_letters():
    """Each PDF encodes its strings for its own font subsets: a second export in the
    same program (after another map with other letters) still prints æ ø å."""
    build_pdf(find_template("sample-airline").open(), today=TODAY)
    texts = []
    for _ in range(2):
        result = build_pdf(find_template("sample-plumber-no").open(), today=TODAY)
        reader = PdfReader(io.BytesIO(result.data))
        texts.append(flat("".join(reader.pages[i - 1].extract_text()
                                  for i in result.map_pages)))
    assert texts[0] == texts[1]
    for word in ("Rørleggeren kommer presis", "Venter på rørleggeren", "Kjøper igjen"):
        assert flat(word) in texts[1]
    assert "\ufffd" not in texts[1]


def test_markup_like_text_in_a_label_prints_as_written():
    """The text pages build their paragraphs without reportlab's parser; a label that
    looks like markup must still print literally, bold and colour where we put them."""
    document = find_template("sample-plumber-no").open()
    step = next(n for n in document.nodes() if n.kind.value == "touchpoint")
    label = "Kunde <b>ringer</b> & venter <br/> på svar"
    document.update_node(step.id, label=label)
    result = build_pdf(document, today=TODAY)
    reader = PdfReader(io.BytesIO(result.data))
    sections = flat("".join(p.extract_text() for p in reader.pages[len(result.map_pages):]))
    assert flat(label) in sections


def test_paragraph_fragments_match_reportlabs_parser():
    """The fast path gives reportlab exactly the fragments its own parser would."""
    from reportlab.platypus.paragraph import cleanBlockQuotedText
    from reportlab.platypus.paraparser import ParaParser

    from journeymapper.export.tables import CELL, CELL_B, SMALL, _frags, t

    samples = [
        "▭ <b>Bestiller &amp; betaler</b><br/>Kunden <font color='#555555'>(70 %)</font>",
        t("Rørlegger <kommer> & går") + "<br/><br/>" + t("  to   mellomrom "),
        "<b>a <font color='#B03A00'>b</font></b> c<br/>d",
        "<font color='#B03A00'><b>2026-11-26<br/>FORFALT</b></font>",
        t("ÆØÅ æøå ☺ \u00a0nb"),
    ]
    for style in (CELL, CELL_B, SMALL):
        for html in samples:
            _, expected, _ = ParaParser().parse(cleanBlockQuotedText(html), style)
            got = _frags(html, style)
            assert got is not None
            assert [vars(f) for f in got] == [vars(f) for f in expected], html
    assert _frags("<i>not ours</i>", CELL) is None  # other markup: reportlab's parser


def _drawn_lines(data: bytes) -> list[tuple]:
    """Each line of text on the first page, top down: (y, its words, the fonts and
    sizes it uses, where its first text starts)."""
    lines: dict[float, list] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = round(cm[1] * tm[4] + cm[3] * tm[5] + cm[5], 2)
            lines.setdefault(y, []).append((text, font.get("/BaseFont"), round(size, 3),
                                            round(x, 2)))

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    return [(y, "".join(p[0] for p in pieces).split(), sorted({p[1:3] for p in pieces}),
             min(p[3] for p in pieces)) for y, pieces in sorted(lines.items(), reverse=True)]


def test_table_text_is_drawn_as_reportlab_draws_it():
    """Plain cells write their lines themselves (faster); the page must show the same
    words, fonts and places as reportlab's own paragraph drawing, bold, colour, line
    breaks, æ ø å and a line reportlab squeezes included."""
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    from journeymapper.export.fonts import register_fonts
    from journeymapper.export.tables import BODY, CELL, markup, para

    register_fonts()
    cells = [
        (markup("▭ <b>Rørleggeren kommer på døra</b><br/>Kanal: app "
                "<font color='#555555'>(70 %, blåbærsyltetøy)</font>", CELL), 90),
        (markup("Severity <b>4</b>, open<br/>Due 2026-11-01 <font color='#B03A00'>"
                "<b>OVERDUE</b></font>", CELL), 120),
        (para("Kunden ringer og venter på svar fra kontoret i Ålesund", CELL), 70),
        (para("→ Vet kunden hva som skal skje?", CELL), 115.5),  # squeezed by reportlab
        (para("Ærlig talt: ØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØ", BODY), 60),  # a long word split
    ]
    pages = []
    for draw_ours in (False, True):
        out = io.BytesIO()
        canvas = Canvas(out)
        y = 800
        for cell, width in cells:
            _, height = cell.wrap(width, 500)
            if draw_ours:
                cell.drawOn(canvas, 40, y - height)
            else:  # reportlab's own drawing of the same broken lines
                cell.drawPara = Paragraph.drawPara.__get__(cell)
                Paragraph.drawOn(cell, canvas, 40, y - height)
                del cell.drawPara
            y -= height + 20
        canvas.showPage()
        canvas.save()
        pages.append(_drawn_lines(out.getvalue()))
    assert len(pages[0]) >= 10
    assert sum(" ".join(words).count("ø") for _, words, _, _ in pages[0]) >= 3
    assert pages[1] == pages[0]


def _lines_of(blpara, depth=0):
    """A broken-lines structure as plain data (fragments as their attributes)."""
    if depth > 6:
        return repr(blpara)
    if isinstance(blpara, (list, tuple)):
        return [_lines_of(v, depth + 1) for v in blpara]
    if hasattr(blpara, "__dict__") and not isinstance(blpara, type):
        return (type(blpara).__name__,
                {k: _lines_of(v, depth + 1) for k, v in sorted(vars(blpara).items())})
    return (type(blpara).__name__, blpara) if isinstance(blpara, str) else blpara


def test_table_cells_break_lines_as_reportlab_does():
    """Cells break their lines with reportlab's own code run with faster helpers: the
    lines (words, fonts, colours, widths left over) must be exactly reportlab's, also
    for words too long for the column and a map's real cells."""
    import copy

    from reportlab.platypus import Paragraph

    from journeymapper.export.fonts import register_fonts
    from journeymapper.export.tables import BODY, CELL, SMALL, Para, markup, para, t

    register_fonts()
    cells = [
        markup("▭ <b>Rørleggeren kommer på døra</b><br/>Kanal: app "
               "<font color='#555555'>(70 %, blåbærsyltetøy)</font>", CELL),
        markup("Severity <b>4</b>, open<br/>Due 2026-11-01 <font color='#B03A00'>"
               "<b>OVERDUE</b></font>", CELL),
        markup("<b>a <font color='#B03A00'>b</font></b> c<br/><br/>d" + t("  to  rom "), SMALL),
        para("Ærlig talt: ØØØØØØØØØØØØØØØØØØØØØØØØØØØØØØ og https://eksempel.no/en/lang/sti",
             BODY),
        para("→ Vet kunden hva som skal skje?", CELL),
    ]
    document, result, _ = exported("sample-plumber-no")
    assert result.pages > len(result.map_pages)
    from journeymapper.export.tables import Words, Findings  # a section's real cells
    from journeymapper.export.journeys import journey_flowables
    words, findings = Words(document), Findings(document, TODAY)
    for flowable in journey_flowables(document, findings, words, document.journeys[0], 700,
                                      TODAY):
        for row in getattr(flowable, "_cellvalues", ()):
            cells += [cell for cell in row if isinstance(cell, Para)]
    assert len(cells) > 20
    for cell in cells:
        for width in (25.0, 60.0, 115.5, 240.0):
            ours = Para.breakLines(copy.deepcopy(cell), width)
            theirs = Paragraph.breakLines(copy.deepcopy(cell), width)
            assert _lines_of(ours) == _lines_of(theirs), (cell.text, width)


def test_plain_table_cells_are_drawn_as_reportlab_draws_them():
    """A table writes its plain-text cells itself; the same words, font, size and
    places as reportlab's own Table."""
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Table

    from journeymapper.export.fonts import register_fonts
    from journeymapper.export.tables import CELL, para, plain, table

    register_fonts()
    rows = [["#", "Steg", "Eier"],
            ["1", plain("Første møte med rørleggeren på døra", 60), "Kontoret"],
            ["12", para("Kunden ringer", CELL), plain("Ærlig Åse og Øystein", 50)]]
    pages = []
    for kind in (Table, None):
        made = table(rows, [30, 60, 50])
        if kind is not None:
            made.__class__ = kind  # reportlab's own drawing of the same table
        out = io.BytesIO()
        canvas = Canvas(out)
        made.wrapOn(canvas, 300, 500)
        made.drawOn(canvas, 40, 600)
        canvas.showPage()
        canvas.save()
        pages.append(_drawn_lines(out.getvalue()))
    assert sum(len(words) for _, words, _, _ in pages[0]) >= 12
    assert pages[1] == pages[0]


def test_text_the_font_cannot_draw_becomes_a_visible_sign():
    """printable(): æ ø å and the font's other letters stay; a character the font lacks
    becomes U+FFFD, a control character is dropped, tab and newline are kept; the same
    character by character as the plain rule."""
    import random

    from journeymapper.export.fonts import BOLD, REPLACEMENT, SANS, _known, printable

    assert printable("Rørlegger på døra, Ærlig Åse") == "Rørlegger på døra, Ærlig Åse"
    assert printable("a\x07b\tc\nd") == "ab\tc\nd"
    assert printable("kaffe \U0001F9CB nå") == f"kaffe {REPLACEMENT} nå"
    assert printable("[a-b] \\ ^ ]") == "[a-b] \\ ^ ]"
    rnd = random.Random(7)
    pool = [chr(c) for c in range(0x3000)] + ["\U0001F600", "\U0010FFFF", "\u00ad"]
    for _ in range(3000):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randint(0, 10)))
        for font in (SANS, BOLD):
            known = _known(font)
            expected = "".join(ch if ch in "\t\n" or (ord(ch) >= 32 and ord(ch) in known)
                               else "" if ord(ch) < 32 else REPLACEMENT for ch in text)
            assert printable(text, font) == expected, repr(text)


def test_line_breaking_falls_back_to_reportlabs_own_when_it_cannot_be_sped_up(monkeypatch):
    """Another reportlab whose internals differ must give a slower PDF, not a broken one."""
    from reportlab.platypus import Paragraph

    from journeymapper.export import tables

    def broken(names):
        raise AttributeError("no such function in this reportlab")

    monkeypatch.setattr(tables, "_reportlab_clone", broken)
    plain = tables._fast_or_plain(("breakLines", "_getFragWords"))
    assert plain["breakLines"] is Paragraph.breakLines
    assert callable(plain["_getFragWords"])
