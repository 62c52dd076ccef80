"""The window never destroys a map: exports refuse map files, a read-only map offers
Save As, and a map another running copy edits opens read-only. Real windows and
real dialogs; only the file dialogs and message boxes are answered for the user."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from journeymapper.app import windows
from journeymapper.app.export_dialog import ExportPdfDialog
from journeymapper.app.image_export_dialog import ExportImageDialog
from journeymapper.app.map_lock import lock_path
from journeymapper.io import save
from journeymapper.io.templates import find_template

from test_app_support import edit, open_in_window

ROOT = Path(__file__).resolve().parents[1]


pytestmark = pytest.mark.usefixtures("no_windows_left")


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "kart.jmap"
    save(find_template("sample-airline").open(), path, keep_backup=False)
    return path


class User:
    """Answers the file dialogs with ``files`` in turn and the message boxes with
    ``buttons`` in turn (by their text); records what was shown."""

    def __init__(self, monkeypatch, files=(), buttons=()) -> None:
        self.files, self.buttons = list(files), list(buttons)
        self.file_dialogs = 0
        self.messages: list[tuple[str, str]] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._file)
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._box(box))
        for kind in ("warning", "critical", "information", "question"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(self._static))
        for dialog in (ExportPdfDialog, ExportImageDialog):
            monkeypatch.setattr(dialog, "exec", lambda _d: QDialog.DialogCode.Accepted)

    def _file(self, *_args, **_kwargs):
        self.file_dialogs += 1
        return (str(self.files.pop(0)) if self.files else "", "")

    def _static(self, _parent, title, text, *_args, **_kwargs):
        self.messages.append((title, text))
        return QMessageBox.StandardButton.Ok

    def _box(self, box):
        self.messages.append((box.windowTitle(), box.text()))
        label = self.buttons.pop(0)
        for button in box.buttons():
            if button.text().replace("&", "") == label:
                button.click()
                return 0
        raise AssertionError(f"no button {label!r} in {[b.text() for b in box.buttons()]}")


def test_pdf_export_refuses_the_open_map_and_any_map_then_asks_again(
        qtbot, monkeypatch, map_file, tmp_path):
    window = open_in_window(qtbot, map_file)
    other = tmp_path / "annet.jmap"
    save(find_template("empty-three-stages").open(), other, keep_backup=False)
    before = map_file.read_bytes(), other.read_bytes()
    good = tmp_path / "rapport.pdf"
    user = User(monkeypatch, files=[map_file, other, good])
    assert window.export_pdf()
    assert user.file_dialogs == 3
    assert [title for title, _ in user.messages] == ["Choose Another Name"] * 2
    assert "“kart.jmap” is the map open here" in user.messages[0][1]
    assert "“annet.jmap” is a journey map" in user.messages[1][1]
    assert (map_file.read_bytes(), other.read_bytes()) == before
    assert good.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["rapport.pdf"]


def test_image_export_refuses_a_link_to_the_open_map(qtbot, monkeypatch, map_file, tmp_path):
    window = open_in_window(qtbot, map_file)
    link = tmp_path / "bilde.png"
    link.symlink_to(map_file)
    before = map_file.read_bytes()
    user = User(monkeypatch, files=[link, tmp_path / "ekte.png"])
    assert window.export_image()
    assert "“bilde.png” is the map open here" in user.messages[0][1]
    assert map_file.read_bytes() == before and link.is_symlink()
    assert (tmp_path / "ekte.png").read_bytes().startswith(b"\x89PNG")


def test_a_read_only_map_is_kept_and_save_offers_save_as(qtbot, monkeypatch, map_file,
                                                         tmp_path):
    window = open_in_window(qtbot, map_file)
    edit(window, "Endret – æøå")
    before = map_file.read_bytes()
    map_file.chmod(0o444)
    copy = tmp_path / "kopi.jmap"
    try:
        user = User(monkeypatch, files=[copy], buttons=["Save As…"])
        assert window.save()
    finally:
        map_file.chmod(0o644)
    title, text = user.messages[0]
    assert title == "Read-Only Map" and "“kart.jmap” is read-only" in text
    assert map_file.read_bytes() == before
    assert window.session.path == copy and not window.is_modified()
    assert "Endret – æøå" in copy.read_text(encoding="utf-8")


def test_a_second_copy_is_warned_at_once_and_opens_read_only(qtbot, monkeypatch, map_file,
                                                             tmp_path):
    first = open_in_window(qtbot, map_file)
    assert lock_path(map_file).exists()
    # Another copy of the program, in this process: it does not know the first window.
    monkeypatch.setattr(windows, "find_window", lambda _path: None)
    user = User(monkeypatch, buttons=["Open Read-Only"])
    second = open_in_window(qtbot, map_file)
    assert second is not first
    title, text = user.messages[0]
    assert title == "Map Already Open" and "“kart.jmap” is open for editing" in text
    assert "(read-only)" in second.windowTitle() and "(read-only)" not in first.windowTitle()
    assert second.read_only_bar.isVisible()
    assert "kart.jmap" in second.read_only_bar.message.text()

    # Edits are allowed; Save asks for a name and refuses the file the first copy edits.
    edit(second, "Min versjon – æøå")
    before = map_file.read_bytes()
    mine = tmp_path / "min-kopi.jmap"
    user.files = [map_file, mine]
    assert not second.save()
    assert user.messages[-1][0] == "Map Open Elsewhere"
    assert map_file.read_bytes() == before
    assert second.save()
    assert second.session.path == mine and not second.read_only
    assert "(read-only)" not in second.windowTitle() and not second.read_only_bar.isVisible()

    # The first copy still saves its file; closing it lets the file go.
    edit(first, "Første kopi")
    assert first.save()
    first.close()
    assert not lock_path(map_file).exists()


HOLDER = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QCoreApplication
    from journeymapper.app.map_lock import MapLock
    app = QCoreApplication([])
    lock = MapLock(sys.argv[1])
    print(lock.acquire(), flush=True)
    sys.stdin.readline()
""")


def test_a_map_another_running_program_holds_asks_and_a_crashed_ones_lock_is_taken_over(
        qtbot, monkeypatch, map_file):
    import os

    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(map_file)], env=env,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "True"
        user = User(monkeypatch, buttons=["Cancel"])
        assert windows.open_file(map_file) is None
        assert f"process {child.pid}" in user.messages[0][1]
    finally:
        child.kill()
        child.wait(timeout=10)
    user.messages.clear()
    window = open_in_window(qtbot, map_file)  # its copy is gone: no question
    assert user.messages == [] and not window.read_only and window.map_lock.held()
