"""Qt's own dialogs (the file dialog, message boxes, the colour picker, a text field's menu)
speak the user's language too: every word Qt asks for while showing them is answered by
Qt's catalogue or ours, in Bokmål (which Qt lacks), Danish and Swedish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTreeView,
)

from journeymapper.app import file_dialogs, launch
from journeymapper.io.resources import resources_dir

QT_KEYS = {"Ctrl", "Shift", "Alt", "Del", "Space", "Esc", "Tab", "Return", "Enter",
           "Backspace", "Left", "Right", "Up", "Down", "PgUp", "PgDown", "F%1", "Ins"}
NOT_SHOWN = {"QGuiApplication", "QProgressBar"}  # a layout direction, "%p%"


class Recorder(QTranslator):
    """Installed last, so Qt asks it first: notes every (context, text, disambiguation).

    File types (context QMimeType) count only for the files the dialogs show: Qt's file
    system model fills the Type column on a thread, and one left from another test's
    dialog (on the repository's folder: "Markdown document") may ask meanwhile."""

    MIME_SHOWN = {"JourneyMapper map", "Folder", "JSON document", "unknown"}

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "QMimeType" and source not in self.MIME_SHOWN:
            return ""
        if context.startswith("Q") and context not in NOT_SHOWN:
            if context != "QShortcut" or source in QT_KEYS:
                self.asked.add((context, source, disambiguation or ""))
        return ""

    def isEmpty(self):
        return False


def show_qts_dialogs(qtbot, folder) -> None:
    for mode in (QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen):
        dialog = QFileDialog(None, "", str(folder), "*.jmap")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(mode)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        qtbot.addWidget(dialog)
        dialog.show()
        view = dialog.findChild(QTreeView)
        qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) >= 2, timeout=5000)
        model = view.model()
        for row in range(model.rowCount(view.rootIndex())):
            for column in range(model.columnCount()):
                model.index(row, column, view.rootIndex()).data()
        dialog.hide()
    box = QMessageBox(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.Save
                      | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
                      | QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDetailedText("…")
    qtbot.addWidget(box)
    box.show()
    colours = QColorDialog()
    colours.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog, True)
    qtbot.addWidget(colours)
    colours.show()
    asking = QInputDialog()
    asking.setComboBoxItems(["a", "b"])
    qtbot.addWidget(asking)
    asking.show()
    field = QLineEdit()
    qtbot.addWidget(field)
    field.createStandardContextMenu().deleteLater()


@pytest.mark.parametrize("code", ["nb", "da", "sv"])
def test_every_word_of_qts_dialogs_is_translated(qtbot, qapp, tmp_path, code):
    (tmp_path / "kart.jmap").write_text("{}", encoding="utf-8")
    (tmp_path / "mappe").mkdir()
    loaded = launch.install_translations(qapp, language=code)
    recorder = Recorder()
    qapp.installTranslator(recorder)
    try:
        assert "qtdialogs" in loaded
        show_qts_dialogs(qtbot, tmp_path)
    finally:
        qapp.removeTranslator(recorder)
        launch.remove_translations(qapp)
    answers = []
    for name, folder in (("qtdialogs", str(resources_dir() / "i18n")),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator()
        if translator.load(f"{name}_{code}", folder):
            answers.append(translator)
    assert len(recorder.asked) > 60  # the dialogs were really shown and asked
    missing = sorted(key for key in recorder.asked
                     if not any(t.translate(key[0], key[1], key[2] or None) for t in answers))
    assert missing == [], f"Qt's dialogs show English in {code}: {missing}"


def test_the_file_dialog_shows_whole_dates(qtbot, qapp, tmp_path):
    """A Bokmål date ("07.12.2026 14:05") was cut to "07.12.2…6": the size, kind and
    date columns now fit their widest entry, the name column takes the rest."""
    for name in ("kart.jmap", "et-ganske-langt-filnavn-for-et-kundereisekart.jmap"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    launch.install_translations(qapp, language="nb")
    try:
        dialog = QFileDialog(None, "", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        qtbot.addWidget(dialog)
        dialog.resize(500, 300)
        dialog.show()
        view = dialog.findChild(QTreeView)
        qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 2, timeout=5000)
        file_dialogs.install(qapp)._focus_changed(None, dialog.findChild(QLineEdit))
        header = view.header()
        qtbot.waitUntil(lambda: header.sectionSize(3) >= view.sizeHintForColumn(3))
        assert header.sectionResizeMode(3) == QHeaderView.ResizeMode.ResizeToContents
        assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
        assert dialog.width() >= file_dialogs.MIN_WIDTH
        date = view.model().index(0, 3, view.rootIndex()).data()
        assert view.fontMetrics().horizontalAdvance(date) < header.sectionSize(3)
    finally:
        launch.remove_translations(qapp)
