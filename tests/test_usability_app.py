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
