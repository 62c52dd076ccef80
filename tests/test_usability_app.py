"""The app's window and dialogs as a facilitator meets them (found in the real window)."""

from __future__ import annotations

from journeymapper.io.templates import find_template


def test_a_pdf_that_cannot_be_written_says_why_in_plain_words(qtbot, monkeypatch, tmp_path):
    """Exporting into a folder that cannot be written showed "[Errno 2] No such file or
    directory: '/proc/.kart.pdf.cbprnth7.tmp'": a temporary file's name the user never chose."""
    from PySide6.QtWidgets import QFileDialog, QWidget
    from test_app_export_dialog import Answer
    from test_app_support import Prompts

    from journeymapper.app.export_dialog import export_interactively
    from journeymapper.config.settings import Settings

    parent = QWidget()
    qtbot.addWidget(parent)
    Answer(monkeypatch)
    target = tmp_path / "gone" / "kart.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    prompts = Prompts(monkeypatch)
    document = find_template("sample-plumber-no").open()
    assert export_interactively(parent, document, Settings(), tmp_path / "x.pdf") is None
    [(_kind, _title, text)] = prompts.of("critical")
    assert str(target) in text and "No such file or directory" in text
    assert "Errno" not in text and ".tmp" not in text


def _stage_names(window):
    doc = window.session.document
    return [s.name for s in doc.stages], [j.name for j in doc.journeys], doc.info.title


def test_an_empty_stage_model_speaks_bokmal(qtbot, norwegian):
    """File › New… › Five stages in a Bokmål session gave "Awareness … Repurchase and
    recommendation" and a lane called "Micro-journey"."""
    from journeymapper.app import windows

    window = windows.new_from_template("empty-five-stages")
    assert _stage_names(window) == (
        ["Oppmerksomhet", "Vurdering", "Kjøp", "Bruk", "Gjenkjøp og anbefaling"],
        ["Mikroreise"], "Fem faser")
    assert not window.is_modified()  # a fresh map: nothing to save yet
    window = windows.new_from_template("empty-three-stages")
    assert _stage_names(window)[0] == ["Før kjøpet", "Under kjøpet", "Etter kjøpet"]


def test_the_template_chooser_names_the_stage_models_in_bokmal(qtbot, norwegian):
    from journeymapper.app.template_dialog import TITLE_ROLE, TemplateChooserDialog

    dialog = TemplateChooserDialog()
    qtbot.addWidget(dialog)
    titles = [dialog.list.item(i).data(TITLE_ROLE) for i in range(dialog.list.count())]
    assert {"Tre faser", "Fem faser", "Sju faser (B2B)"} <= set(titles)
    assert "Three stages" not in titles
    assert "Rørleggeren: forventningsreisen" in titles  # a sample map keeps its own words


def test_an_english_session_keeps_the_stage_models_words(qtbot):
    from journeymapper.app import windows

    window = windows.new_from_template("empty-seven-stages-b2b")
    names, lanes, title = _stage_names(window)
    assert names[0] == "Inactive" and names[-1] == "Loyalty"
    assert lanes == ["Micro-journey"] and title == "Seven stages (B2B)"


def test_export_suggests_a_file_name_windows_can_write(qtbot, monkeypatch):
    """An unsaved sample map, File › Export PDF… suggested "Airline: booking, the flight and
    lost luggage.pdf": a colon Windows refuses in a file name (Save As… already drops it)."""
    from journeymapper.app import main_window, windows

    asked = []
    monkeypatch.setattr(main_window, "export_interactively",
                        lambda parent, doc, settings, suggestion, **_: asked.append(suggestion))
    monkeypatch.setattr(main_window, "export_image_interactively",
                        lambda parent, scene, settings, suggestion, title, **_: asked.append(
                            suggestion))
    window = windows.new_from_template("sample-airline")
    assert ":" in window.display_name()
    window.export_pdf()
    window.export_image()
    assert [p.suffix for p in asked] == [".pdf", ".png"]
    for path in asked:
        assert not set('<>:"/\\|?*') & set(path.name), path.name
        assert path.stem.startswith("Airline")
