"""File → Export PDF…: paper and orientation (automatic, landscape or portrait), remembered
for the next export; the dialog is the real one, only its exec and the file dialog are
answered for the user."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget
from pypdf import PdfReader

from journeymapper.app.export_dialog import ExportPdfDialog, export_interactively
from journeymapper.config.settings import Settings
from journeymapper.io.templates import find_template

from test_app_support import Prompts

A4_SHORT_SIDE = 595.3


class Answer:
    """Stands in for the user at the dialog: records what it showed, then picks
    ``paper``/``orientation`` (None leaves what was shown) and presses Export, or
    Cancel when ``cancel``."""

    def __init__(self, monkeypatch, paper=None, orientation=None, cancel=False) -> None:
        self.paper, self.orientation, self.cancel = paper, orientation, cancel
        self.shown: list[dict] = []
        monkeypatch.setattr(ExportPdfDialog, "exec", lambda dialog: self.answer(dialog))

    def answer(self, dialog):
        combo = dialog.orientation
        self.shown.append({
            "paper": dialog.paper.currentData(),
            "orientation": combo.currentData(),
            "orientations": [combo.itemText(i) for i in range(combo.count())],
            "auto_tip": combo.itemData(combo.findData("auto"), Qt.ItemDataRole.ToolTipRole),
            "labels": [dialog.layout().labelForField(w).text()
                       for w in (dialog.paper, combo)],
            "buttons": [b.text() for b in dialog.findChild(QDialogButtonBox).buttons()],
        })
        if self.paper is not None:
            assert dialog.paper.findData(self.paper) >= 0, f"{self.paper} is not offered"
            dialog.paper.setCurrentIndex(dialog.paper.findData(self.paper))
        if self.orientation is not None:
            index = combo.findData(self.orientation)
            assert index >= 0, f"{self.orientation} is not offered"
            combo.setCurrentIndex(index)
        return QDialog.DialogCode.Rejected if self.cancel else QDialog.DialogCode.Accepted


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def export(monkeypatch, parent, tmp_path, template: str, paper=None, orientation=None,
           cancel=False):
    """Export ``template`` through the dialog as the user answers it; (what the dialog
    showed, the PDF read back or None when nothing was written)."""
    answer = Answer(monkeypatch, paper, orientation, cancel)
    target = tmp_path / f"{template}-{paper}-{orientation}.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    prompts = Prompts(monkeypatch)
    document = TALL() if template == "tall" else find_template(template).open()
    written = export_interactively(parent, document, Settings(), tmp_path / "suggested.pdf")
    assert prompts.asked == []
    [shown] = answer.shown
    if cancel:
        assert written is None and not target.exists()
        return shown, None
    assert written == target
    return shown, PdfReader(target)


def is_portrait(page) -> bool:
    return float(page.mediabox.height) > float(page.mediabox.width)


def map_pages(reader) -> int:
    """The pages from the "Map" bookmark to the next top-level one (the friction register)."""
    tops = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline
            if not isinstance(item, list)]
    titles = [title for title, _ in tops]
    start = titles.index("Map")
    return tops[start + 1][1] - tops[start][1]


def test_a_new_user_is_offered_automatic_landscape_portrait_with_automatic_first(
        monkeypatch, parent, tmp_path):
    shown, _ = export(monkeypatch, parent, tmp_path, "sample-dentist", cancel=True)
    assert shown["orientations"] == ["Automatic (fewest pages)", "Landscape", "Portrait"]
    assert shown["orientation"] == "auto"
    assert shown["paper"] == "A4"
    assert "fewer pages" in shown["auto_tip"]


def map_parts(reader) -> int:
    """The parts the map is printed in (its "Part N of M" bookmarks; one when none)."""
    parts = [item for group in reader.outline if isinstance(group, list) for item in group
             if item.title.startswith("Part ")]
    return len(parts) or 1


def TALL():
    """Six micro-journeys of two steps in two stages: tall and narrow, fewer A4 pages
    upright (two) than on its side (three)."""
    from journeymapper.model import JourneyDocument, MicroJourney, Stage, Touchpoint

    document = JourneyDocument()
    for i in range(2):
        document.add_stage(Stage(id=f"s{i}", name=f"Fase {i + 1} – søk"))
    for j in range(6):
        document.add_journey(MicroJourney(id=f"j{j}", name=f"Kjøpet på nett {j}"))
        for i in range(2):
            document.add_node(Touchpoint(id=f"n{i}-{j}", label=f"Steg {i}: åpner straks",
                                         stage_id=f"s{i}", journey_id=f"j{j}", x=24, y=32))
        document.connect(f"n0-{j}", f"n1-{j}")
    return document


# The tall map on A4 needs fewer pages in portrait, the plumber on A3 fewer parts in
# landscape (one page either way): an export that ignored the map (always landscape,
# always portrait) fails one of them.
@pytest.mark.parametrize("template, paper", [("tall", "A4"), ("sample-plumber", "A3")])
def test_automatic_prints_the_map_on_whichever_orientation_needs_fewer_pages(
        monkeypatch, parent, tmp_path, template, paper):
    shown, automatic = export(monkeypatch, parent, tmp_path, template, paper)  # left as shown
    assert shown["orientation"] == "auto"
    _, landscape = export(monkeypatch, parent, tmp_path, template, paper, "landscape")
    _, portrait = export(monkeypatch, parent, tmp_path, template, paper, "portrait")
    assert not is_portrait(landscape.pages[0]) and is_portrait(portrait.pages[0])
    counts = {"landscape": (map_pages(landscape), map_parts(landscape)),
              "portrait": (map_pages(portrait), map_parts(portrait))}
    assert counts["landscape"] != counts["portrait"]  # the map has a better orientation
    fewer = min(counts, key=counts.get)
    assert (map_pages(automatic), map_parts(automatic)) == counts[fewer]
    assert all(is_portrait(page) == (fewer == "portrait") for page in automatic.pages)


def test_choosing_portrait_exports_portrait_pages_where_automatic_would_not(
        monkeypatch, parent, tmp_path):
    _, automatic = export(monkeypatch, parent, tmp_path, "sample-dentist", "A4")
    assert not is_portrait(automatic.pages[0])  # the dentist goes landscape by itself
    _, reader = export(monkeypatch, parent, tmp_path, "sample-dentist", "A4", "portrait")
    assert all(is_portrait(page) for page in reader.pages)
    assert abs(float(reader.pages[0].mediabox.width) - A4_SHORT_SIDE) < 1


def test_the_paper_and_orientation_are_remembered_in_a_fresh_dialog(
        monkeypatch, parent, tmp_path):
    export(monkeypatch, parent, tmp_path, "sample-dentist", "A3", "portrait")
    shown, _ = export(monkeypatch, parent, tmp_path, "sample-airline", cancel=True)
    assert (shown["paper"], shown["orientation"]) == ("A3", "portrait")

    export(monkeypatch, parent, tmp_path, "sample-dentist", "letter", "auto")
    shown, _ = export(monkeypatch, parent, tmp_path, "sample-airline", cancel=True)
    assert (shown["paper"], shown["orientation"]) == ("letter", "auto")


def test_cancelling_the_dialog_keeps_the_last_exports_choice(monkeypatch, parent, tmp_path):
    export(monkeypatch, parent, tmp_path, "sample-dentist", "A3", "landscape")
    export(monkeypatch, parent, tmp_path, "sample-dentist", "A2", "portrait", cancel=True)
    shown, _ = export(monkeypatch, parent, tmp_path, "sample-dentist", cancel=True)
    assert (shown["paper"], shown["orientation"]) == ("A3", "landscape")


@pytest.mark.parametrize("paper, orientation", [("B5", "sideways"), (42, ["portrait"]),
                                                (None, None)])
def test_a_setting_the_dialog_does_not_know_opens_it_on_the_defaults(
        monkeypatch, parent, tmp_path, paper, orientation):
    Settings().set("pdf_paper", paper)
    Settings().set("pdf_orientation", orientation)
    shown, reader = export(monkeypatch, parent, tmp_path, "sample-dentist")
    assert (shown["paper"], shown["orientation"]) == ("A4", "auto")
    assert abs(float(reader.pages[0].mediabox.height) - A4_SHORT_SIDE) < 1  # A4 landscape
    assert Settings().get("pdf_orientation") == "auto"  # the setting is repaired


def test_the_dialog_speaks_bokmal(monkeypatch, parent, tmp_path, norwegian):
    shown, _ = export(monkeypatch, parent, tmp_path, "sample-plumber-no", cancel=True)
    assert shown["orientations"] == ["Automatisk (færrest sider)", "Liggende", "Stående"]
    assert "færrest sider" in shown["auto_tip"]
    assert shown["labels"] == ["Papir:", "Retning:"]
    assert sorted(shown["buttons"]) == ["Avbryt", "Eksporter…"]


def test_the_dialog_offers_a2_a1_a0_and_the_poster(monkeypatch, parent, tmp_path):
    dialog = ExportPdfDialog(parent)
    offered = [dialog.paper.itemData(i) for i in range(dialog.paper.count())]
    assert offered == ["A4", "A3", "A2", "A1", "A0", "letter", "poster"]
    poster = dialog.paper.findData("poster")
    assert "one sheet" in dialog.paper.itemText(poster)
    assert "6 pt" in dialog.paper.itemData(poster, Qt.ItemDataRole.ToolTipRole)
    _, reader = export(monkeypatch, parent, tmp_path, "sample-dentist", "A1", "landscape")
    assert round(float(reader.pages[0].mediabox.width)) == 2384  # A1's long side


def test_the_poster_from_the_window_is_one_sheet_and_says_which(monkeypatch, parent,
                                                                tmp_path):
    answer = Answer(monkeypatch, "poster", None)
    target = tmp_path / "wall.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    prompts = Prompts(monkeypatch)
    written = export_interactively(parent, find_template("sample-airline").open(), Settings(),
                                   tmp_path / "suggested.pdf")
    assert written == target and answer.shown
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.width)) == 1684  # A2, landscape
    [(kind, _title, text)] = prompts.asked
    assert kind == "information" and "one A2 sheet (landscape)" in text
    assert Settings().get("pdf_paper") == "poster"
