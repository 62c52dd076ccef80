"""The PDF of any map the program accepts is written, or refused in plain words.

A table row taller than a page (a crossroads with 80 branches, a step with a
10,000-character description) ended the export in reportlab's LayoutError, with a
traceback and no PDF. Now the row goes on over the next page; and whatever else a
layout may still trip over is refused with a message, never a traceback.
"""

from __future__ import annotations

import argparse

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget
from reportlab.platypus.doctemplate import LayoutError

from journeymapper.app.export_dialog import ExportPdfDialog, export_interactively
from journeymapper.config.settings import Settings
from journeymapper.export import pdf
from journeymapper.export.cli import run_export
from journeymapper.io import save
from journeymapper.io.templates import find_template
from journeymapper.model import Crossroads, Touchpoint

from test_app_support import Prompts

BRANCHES = 80
LONG = ("Kunden ringer og venter lenge i telefonkø – æøå. " * 250)[:10_000]


def many_branches():
    """The airline, with one crossroads whose 80 branches lead all over the map."""
    document = find_template("sample-airline").open()
    stages, journeys = document.stages, document.journeys
    question = document.add_node(Crossroads(label="Hva gjør kunden nå? æøå",
                                            stage_id=stages[0].id, journey_id=journeys[0].id))
    for i in range(BRANCHES):
        step = document.add_node(Touchpoint(label=f"Gren {i} – ø",
                                            stage_id=stages[i % len(stages)].id,
                                            journey_id=journeys[i % len(journeys)].id))
        document.connect(question.id, step.id, label=f"Valg {i}")
    return document


def long_texts():
    """The airline, with a step and a crossroads written full (10,000 characters each)."""
    document = find_template("sample-airline").open()
    place = {"stage_id": document.stages[0].id, "journey_id": document.journeys[0].id}
    document.add_node(Touchpoint(label="Lang beskrivelse", description=LONG, **place))
    document.add_node(Crossroads(label="Langt spørsmål", description=LONG, evidence=LONG,
                                 action=LONG, **place))
    return document


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("make", [many_branches, long_texts])
def test_a_row_taller_than_a_page_goes_on_over_the_next(tmp_path, make):
    out = pdf.export_pdf(make(), tmp_path / "kart.pdf", paper="A4", orientation="landscape")
    text = text_of(out)
    if make is many_branches:  # every branch is listed, none cut away
        assert all(f"Gren {i} – ø (neutral, Valg {i})" in text for i in range(BRANCHES))
    else:
        assert text.count("telefonkø") > 500  # the long texts in full, over several pages


def cli_args(tmp_path, document):
    source = tmp_path / "flyreise.jmap"
    save(document, source, keep_backup=False)
    return argparse.Namespace(file=str(source), output=str(tmp_path / "flyreise.pdf"),
                              paper="A4", orientation="landscape")


def test_the_command_line_exports_the_map_with_80_branches(tmp_path, capsys):
    args = cli_args(tmp_path, many_branches())
    assert run_export(args) == 0
    assert "Gren 79 – ø" in text_of(args.output)


def layout_fails(monkeypatch):
    """Some layout problem nobody has met yet, deep inside reportlab."""
    def build(*_args, **_kwargs):
        raise LayoutError("Flowable <Table@0x7F 1 rows> too large on page 3 in frame 'text'")
    monkeypatch.setattr(pdf, "build_pdf", build)


def test_any_layout_failure_is_refused_on_the_command_line_in_plain_words(tmp_path, capsys,
                                                                          monkeypatch):
    layout_fails(monkeypatch)
    args = cli_args(tmp_path, find_template("sample-airline").open())
    assert run_export(args) == 1
    err = capsys.readouterr().err
    assert "Cannot export" in err and "flyreise.jmap" in err
    assert "too large to fit on one page" in err and "nothing was written" in err
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["flyreise.jmap"]  # no PDF, no temp


def window_export(monkeypatch, qtbot, tmp_path, document):
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "flyreise.pdf"
    monkeypatch.setattr(ExportPdfDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    prompts = Prompts(monkeypatch)
    written = export_interactively(parent, document, Settings(), target)
    return written, target, prompts


def test_any_export_failure_is_a_message_box_in_the_window(monkeypatch, qtbot, tmp_path):
    layout_fails(monkeypatch)
    written, target, prompts = window_export(monkeypatch, qtbot, tmp_path,
                                             find_template("sample-airline").open())
    assert written is None and not target.exists()
    [(kind, title, text)] = prompts.asked
    assert kind == "critical" and title == "Cannot Export PDF"
    assert "too large to fit on one page" in text and "LayoutError" not in text


def test_the_window_exports_the_map_with_80_branches(monkeypatch, qtbot, tmp_path):
    written, target, prompts = window_export(monkeypatch, qtbot, tmp_path, many_branches())
    assert written == target and prompts.asked == []
    assert "Gren 79 – ø" in text_of(target)


def test_cancel_stops_a_long_export_and_writes_nothing(monkeypatch, qtbot, tmp_path):
    """Cancel in the progress dialog (shown when the export takes over half a second)."""
    pressed = []

    def cancel_pressed(progress):
        pressed.append(progress.minimumDuration())
        return True
    monkeypatch.setattr(QProgressDialog, "wasCanceled", cancel_pressed)
    written, target, prompts = window_export(monkeypatch, qtbot, tmp_path, many_branches())
    assert written is None and not target.exists() and prompts.asked == []
    assert pressed and pressed[0] == 500  # asked at the first progress, not at the end
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*tmp")) == []
