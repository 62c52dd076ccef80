"""The whole map, readable, in as few pieces as possible (issue 18): bands of stages in
which each micro-journey is only as tall as its steps there, the legend once, paper up
to A0 and the poster for the workshop wall, on the command line and in the window."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A0, A1, A2, A3, landscape

from journeymapper.export.fonts import register_fonts
from journeymapper.export.map_pages import MapScene
from journeymapper.export.painter import TextLog
from journeymapper.export.paper import PAPERS, POSTER_SHEETS
from journeymapper.export.pdf import _packed_scenes, _sheet_and_plan, build_pdf, poster_note
from journeymapper.io import save
from journeymapper.io.templates import find_template, list_templates
from journeymapper.look.palette import MIN_READABLE_PT

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.synthetic import make_map  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 27)
TEMPLATES = tuple(t.name for t in list_templates())
LEGEND = "Touchpoint, stripe = owner"  # the legend's first entry


def _pdf(name: str, paper: str, orientation: str = "auto", log: TextLog | None = None):
    return build_pdf(find_template(name).open(), paper, orientation, today=TODAY, log=log)


def _text(data: bytes, pages=None) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [reader.pages[n - 1].extract_text() for n in (pages or
                                                        range(1, len(reader.pages) + 1))]


# --- page counts, as a manager holding the paper would count them -------------------------

def test_the_airline_prints_on_two_a3_pages_and_five_a4_pages_not_four_and_six():
    """The 16-step sample used a glance page and three A3 pages (six A4) with lanes
    half empty. Each band of stages now prints only the micro-journeys with steps in
    it, as tall as they are there: two A3 pages (five A4), every word at 6 pt or more.

    One A3 page (and two A4) cannot be had at 6 pt with the screen's shapes and their
    places: the airline's lanes, cut stage by stage to what each holds there, alone fill
    79 % of an A3 page's map area at that scale, before any header, lane name or gap."""
    for paper, orientation, most in (("A3", "landscape", 2), ("A4", "landscape", 5),
                                     ("A4", "auto", 5)):
        log = TextLog()
        result = _pdf("sample-airline", paper, orientation, log)
        assert len(result.map_pages) <= most, (paper, orientation)
        assert not result.plan.glance, "no unreadable whole-map page on so few pages"
        assert min(run.size for run in log.runs) >= MIN_READABLE_PT - 1e-6


def test_a_band_prints_only_the_micro_journeys_that_have_steps_in_its_stages():
    result = _pdf("sample-airline", "A3", "landscape")
    first, second = _text(result.data, result.map_pages)
    # stages 1-4 hold nothing of the lost luggage: it is not printed there, empty
    assert "Lost luggage" not in first and "Lost luggage" in second
    assert "Booking the ticket" in first and "Booking the ticket" not in second
    plan = result.plan
    for tile in plan.tiles:
        band = plan.layout_of(tile)
        shown = [j for j in band.journey_ids if band.shows(j)]
        stages = band.band_stages
        document = find_template("sample-airline").open()
        for journey in shown:  # a printed lane has a step in these stages
            assert any(n.journey_id == journey and n.stage_id in stages
                       for n in document.nodes())


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_template_prints_on_few_pages_readably(name):
    counts = {}
    for paper in ("A3", "A4"):
        log = TextLog()
        result = _pdf(name, paper, "auto", log)
        counts[paper] = len(result.map_pages)
        assert min(run.size for run in log.runs) >= MIN_READABLE_PT - 1e-6
        legend = [n for n, page in zip(result.map_pages, _text(result.data, result.map_pages))
                  if "Touchpoint, stripe" in page]
        assert len(legend) == 1, f"{name} on {paper}: the legend is printed once"
    assert counts["A3"] <= 2 and counts["A4"] <= 5, counts


def test_the_legend_is_printed_once_pdftotext():
    """What a reader finds in the PDF's text, with poppler's pdftotext."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    for paper in ("A4", "A3", "poster"):
        result = _pdf("sample-airline", paper)
        done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=result.data,
                              capture_output=True, check=True)
        text = done.stdout.decode("utf-8")
        assert text.count(LEGEND) == 1, paper
        assert text.count("Owners:") == 1, paper


# --- the poster: one sheet, the smallest on which its words stay readable ----------------

def test_the_poster_is_the_smallest_sheet_on_which_the_whole_map_prints_readably():
    log = TextLog()
    result = _pdf("sample-airline", "poster", "auto", log)
    assert result.paper == "A2" and result.size == pytest.approx(landscape(A2))
    assert result.pages == 1 and result.map_pages == (1,), "the map alone, on one sheet"
    smallest = min(run.size for run in log.runs)
    assert MIN_READABLE_PT - 1e-6 <= smallest < 6.5, "as small as readable, no smaller"
    # A3 would have needed a second page: A2 is the smallest that holds it all
    register_fonts()
    document = find_template("sample-airline").open()
    scene = MapScene.of(document, TODAY)
    _, _, _, on_a3, _ = _sheet_and_plan(document, scene, "A3", "auto",
                                        _packed_scenes(document, TODAY))
    assert len(on_a3.pages) > 1
    assert poster_note(result) == ("The whole map is on one A2 sheet (landscape); print it "
                                   "at full size.")


def test_a_small_map_makes_an_a3_poster_and_the_poster_sheets_are_a3_to_a0():
    assert POSTER_SHEETS == ("A3", "A2", "A1", "A0")
    result = _pdf("sample-plumber-no", "poster")
    assert result.paper == "A3" and result.pages == 1
    assert sorted(result.size) == pytest.approx(sorted(A3))


def test_a_map_too_big_for_one_a0_sheet_is_printed_on_as_few_a0_sheets_as_it_needs():
    register_fonts()
    document = make_map(2000, seed=5)
    scene = MapScene.of(document, TODAY)
    paper, size, _frame, plan, _ = _sheet_and_plan(document, scene, "poster", "auto",
                                                   _packed_scenes(document, TODAY))
    assert paper == "A0" and sorted(size) == pytest.approx(sorted(A0))
    assert len(plan.pages) > 1 and plan.scale * 7.5 >= MIN_READABLE_PT - 1e-9


# --- choosing the paper: the command line and the window ---------------------------------

def _run(*args, cwd):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "journeymapper", "export", *args], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def airline(tmp_path) -> Path:
    source = tmp_path / "fly.jmap"
    save(find_template("sample-airline").open(), source, keep_backup=False)
    return source


def test_the_command_line_prints_on_a2_a1_and_a0(airline, tmp_path, capsys):
    from journeymapper.cli import main

    for paper, size in (("A2", A2), ("a1", A1), ("A0", A0)):
        out = tmp_path / f"{paper}.pdf"
        code = main(["export", str(airline), "-o", str(out), "--paper", paper,
                     "--orientation", "landscape"])
        assert code == 0, capsys.readouterr().err
        box = PdfReader(out).pages[0].mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(landscape(size), abs=1)


def test_the_command_lines_poster_names_its_sheet(airline, tmp_path):
    out = tmp_path / "wall.pdf"
    done = _run(str(airline), "-o", str(out), "--poster", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "one A2 sheet (landscape)" in done.stdout
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert tuple(float(v) for v in reader.pages[0].mediabox[2:]) == pytest.approx(
        landscape(A2), abs=1)


def test_a_bad_paper_is_refused_with_the_sizes_to_choose_from(airline, tmp_path):
    out = tmp_path / "x.pdf"
    done = _run(str(airline), "-o", str(out), "--paper", "B5", cwd=tmp_path)
    assert done.returncode == 2
    assert "unknown paper size “B5”" in done.stderr
    for name in PAPERS:
        assert name in done.stderr
    assert "--poster" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()
    done = _run(str(airline), "-o", str(out), "--paper", "A3", "--poster", cwd=tmp_path)
    assert done.returncode == 1 and "leave out --paper" in done.stderr
    assert not out.exists()
    done = _run(str(airline), "-o", str(tmp_path / "x.png"), "--poster", cwd=tmp_path)
    assert done.returncode == 1 and "are for the PDF" in done.stderr


def test_an_unknown_paper_given_to_the_export_itself_is_refused_in_words():
    with pytest.raises(ValueError, match="Unknown paper size “B5”; choose one of A4, A3, A2, "
                                         "A1, A0, letter, or the poster"):
        build_pdf(find_template("sample-plumber").open(), "B5", today=TODAY)
