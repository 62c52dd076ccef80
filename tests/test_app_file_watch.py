"""The window notices when someone else changes or removes its map file on disk."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journeymapper.app import windows
from journeymapper.app import file_watch
from journeymapper.app.file_watch import FileWatch
from journeymapper.io import dumps, load, save
from journeymapper.io.templates import find_template

from test_app_support import Prompts, edit, open_in_window

WAIT = 5000  # ms: the watcher and its settling delay answer well within this


pytestmark = pytest.mark.usefixtures("no_windows_left")


@pytest.fixture(autouse=True)
def no_unexpected_question(monkeypatch):
    """A question the test did not expect fails the test instead of waiting for a click."""
    def exec_(box):
        raise AssertionError(f"unexpected question: {box.text()}")

    def static(parent, title, text, *args, **kwargs):
        raise AssertionError(f"unexpected message: {title}: {text}")

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(static))


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "delt-mappe" / "flyreise.jmap"
    path.parent.mkdir()
    save(find_template("sample-airline").open(), path, keep_backup=False)
    return path


def someone_else_renames_first_step(path: Path, label: str) -> bytes:
    """Another program rewrites the file the way sync tools do: a temporary file renamed
    over it. Runs in a separate process, as a colleague's copy or a sync client would."""
    script = (
        "import sys, os\n"
        "from journeymapper.io import load, dumps\n"
        "path, label = sys.argv[1], sys.argv[2]\n"
        "doc = load(path)\n"
        "first = sorted(n.id for n in doc.nodes())[0]\n"
        "doc.update_node(first, label=label)\n"
        "tmp = path + '.sync-tmp'\n"
        "open(tmp, 'wb').write(dumps(doc))\n"
        "os.replace(tmp, path)\n")
    subprocess.run([sys.executable, "-c", script, str(path), label], check=True)
    return path.read_bytes()


def first_step_id(document) -> str:
    return sorted(n.id for n in document.nodes())[0]


def bar_of(window):
    return window.file_watch.bar


def click_in_next_box(monkeypatch, label: str) -> list[str]:
    """The next QMessageBox built by the window answers with its button ``label``.

    Returns the texts of the boxes shown, for the test to read.
    """
    shown: list[str] = []

    def exec_(box):
        shown.append(box.text())
        names = [b.text() for b in box.buttons()]
        for button in box.buttons():
            if button.text() == label:
                button.click()
                return 0
        raise AssertionError(f"no button {label!r} in {names}")

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_a_rewrite_by_another_program_offers_reload_and_reload_shows_it(qtbot, map_file):
    window = open_in_window(qtbot, map_file)
    old_label = window.session.document.node(first_step_id(window.session.document)).label
    someone_else_renames_first_step(map_file, "Kollegaens versjon – æøå")

    bar = bar_of(window)
    qtbot.waitUntil(bar.isVisible, timeout=WAIT)
    assert "flyreise.jmap" in bar.message.text()
    assert "changed on disk" in bar.message.text()
    assert bar.reload_button.isVisible() and bar.reload_button.text() == "&Reload"
    assert not window.isWindowModified()
    assert window.session.document.node(first_step_id(window.session.document)).label == old_label

    window.editor.view.set_zoom(1.3)
    geometry = window.geometry()
    bar.reload_button.click()
    reloaded = windows.find_window(map_file)
    assert reloaded is not None and reloaded is not window
    assert windows.open_windows() == [reloaded]  # it took the old window's place
    assert reloaded.geometry() == geometry
    assert reloaded.editor.view.zoom() == pytest.approx(1.3)  # the view the user had
    node_id = first_step_id(reloaded.session.document)
    assert reloaded.session.document.node(node_id).label == "Kollegaens versjon – æøå"
    assert reloaded.editor.scene.node_item(node_id).node.label == "Kollegaens versjon – æøå"
    assert reloaded.session.undo_stack.count() == 0
    assert not reloaded.actions["undo"].isEnabled()  # nothing to undo back to the old map
    assert not reloaded.isWindowModified()
    assert not bar_of(reloaded).isVisible()


def test_own_saves_never_count_as_someone_elses_change(qtbot, monkeypatch, map_file):
    prompts = Prompts(monkeypatch)
    window = open_in_window(qtbot, map_file)
    watch: FileWatch = window.file_watch
    for n in range(3):
        edit(window, f"Endring nummer {n}")
        looked = watch.checks
        assert window.actions["save"].trigger() is None
        assert map_file.read_bytes() == dumps(window.session.document)
        # the watcher saw our save (the rename over the file) and has looked at it
        qtbot.waitUntil(lambda: watch.checks > looked and not watch._timer.isActive(),
                        timeout=WAIT)
        assert not bar_of(window).isVisible()
        assert watch.state == FileWatch.NONE
        assert not window.isWindowModified()
    assert prompts.asked == []  # no "changed on disk" question on any of the saves
    assert map_file.with_name("flyreise.jmap.bak").exists()  # the saves were real io.save's

    # and the watch still works after all those renames: a real outside change is seen
    someone_else_renames_first_step(map_file, "Etter tre lagringer")
    qtbot.waitUntil(bar_of(window).isVisible, timeout=WAIT)


def test_unsaved_edits_then_outside_change_save_asks_and_cancel_keeps_their_file(
        qtbot, monkeypatch, map_file):
    window = open_in_window(qtbot, map_file)
    edit(window, "Min endring")
    theirs = someone_else_renames_first_step(map_file, "Deres endring")
    bar = bar_of(window)
    qtbot.waitUntil(bar.isVisible, timeout=WAIT)
    assert "unsaved changes" in bar.message.text()
    assert bar.reload_button.text() == "&Reload and Lose My Changes…"
    assert bar.keep_button.text() == "&Keep My Changes"

    bar.keep_button.click()
    assert not bar.isVisible()
    assert window.isWindowModified()  # the edits stay
    node_id = first_step_id(window.session.document)
    assert window.session.document.node(node_id).label == "Min endring"

    shown = click_in_next_box(monkeypatch, "Cancel")
    assert window.actions["save"].trigger() is None
    assert len(shown) == 1 and "changed on disk" in shown[0] and "flyreise.jmap" in shown[0]
    assert map_file.read_bytes() == theirs  # byte for byte their file
    assert window.isWindowModified()

    # Save As… from the same question keeps both: ours under a new name
    other = map_file.with_name("min-versjon.jmap")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    click_in_next_box(monkeypatch, "Save &As…")
    window.actions["save"].trigger()
    assert map_file.read_bytes() == theirs
    assert load(other).node(node_id).label == "Min endring"
    assert window.session.path == other and not window.isWindowModified()


def test_overwrite_after_asking_writes_the_map_here_and_the_question_is_then_settled(
        qtbot, monkeypatch, map_file):
    window = open_in_window(qtbot, map_file)
    edit(window, "Min endring")
    map_file.write_bytes(map_file.read_bytes().replace(b'"title"', b'"title"', 1) + b"\n")
    qtbot.waitUntil(bar_of(window).isVisible, timeout=WAIT)  # an in-place write is seen too
    shown = click_in_next_box(monkeypatch, "&Overwrite")
    window.actions["save"].trigger()
    assert len(shown) == 1
    assert map_file.read_bytes() == dumps(window.session.document)
    assert not bar_of(window).isVisible() and not window.isWindowModified()
    edit(window, "Neste endring")
    shown.clear()
    window.actions["save"].trigger()
    assert shown == []  # the file is ours again: Save just saves


def test_reload_with_unsaved_edits_asks_first(qtbot, monkeypatch, map_file):
    window = open_in_window(qtbot, map_file)
    edit(window, "Min endring")
    someone_else_renames_first_step(map_file, "Deres endring")
    qtbot.waitUntil(bar_of(window).isVisible, timeout=WAIT)

    shown = click_in_next_box(monkeypatch, "Cancel")
    bar_of(window).reload_button.click()
    assert len(shown) == 1 and "lost" in shown[0]
    assert windows.open_windows() == [window]
    node_id = first_step_id(window.session.document)
    assert window.session.document.node(node_id).label == "Min endring"

    click_in_next_box(monkeypatch, "&Reload")
    bar_of(window).reload_button.click()
    reloaded = windows.find_window(map_file)
    assert reloaded is not window and windows.open_windows() == [reloaded]
    assert reloaded.session.document.node(node_id).label == "Deres endring"
    assert not reloaded.isWindowModified()


def test_a_deleted_file_is_told_the_map_stays_and_save_recreates_it(qtbot, monkeypatch,
                                                                   map_file):
    prompts = Prompts(monkeypatch)
    window = open_in_window(qtbot, map_file)
    expected = dumps(window.session.document)
    map_file.unlink()
    bar = bar_of(window)
    qtbot.waitUntil(bar.isVisible, timeout=WAIT)
    assert "deleted or moved away" in bar.message.text()
    assert "flyreise.jmap" in bar.message.text()
    assert bar.save_button.isVisible() and not bar.reload_button.isVisible()
    assert window.isWindowModified()  # not on disk anywhere: unsaved work
    assert windows.open_windows() == [window]

    bar.save_button.click()
    assert map_file.read_bytes() == expected
    assert prompts.asked == []  # nothing to overwrite: no question
    assert not bar.isVisible() and not window.isWindowModified()


def test_a_file_moved_away_and_back_unchanged_is_as_before(qtbot, map_file):
    window = open_in_window(qtbot, map_file)
    aside = map_file.with_name("flyreise-flyttet.jmap")
    os.rename(map_file, aside)
    qtbot.waitUntil(bar_of(window).isVisible, timeout=WAIT)
    assert window.isWindowModified()
    os.rename(aside, map_file)
    qtbot.waitUntil(lambda: not bar_of(window).isVisible(), timeout=WAIT)
    assert not window.isWindowModified()


def test_a_corrupt_file_from_someone_else_is_refused_on_reload_and_the_map_kept(
        qtbot, monkeypatch, map_file):
    prompts = Prompts(monkeypatch)
    window = open_in_window(qtbot, map_file)
    before = dumps(window.session.document)
    data = json.loads(map_file.read_bytes())
    data["nodes"][1]["rating"] = 7  # out of −2..2
    map_file.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    qtbot.waitUntil(bar_of(window).isVisible, timeout=WAIT)

    bar_of(window).reload_button.click()
    [(kind, title, text)] = prompts.asked
    assert kind == "critical" and title == "Cannot Reload Map"
    assert str(map_file) in text and "$.nodes[1].rating" in text
    assert "kept as it was" in text
    assert windows.open_windows() == [window]
    assert dumps(window.session.document) == before
    assert bar_of(window).isVisible()  # still true: the file on disk is not the map here


def test_a_change_the_watcher_missed_is_seen_when_the_window_comes_to_the_front(
        qtbot, map_file):
    window = open_in_window(qtbot, map_file)
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    watch: FileWatch = window.file_watch
    # a network drive that sends no notifications: the watcher hears nothing
    watch._watcher.fileChanged.disconnect(watch._on_file_event)
    watch._watcher.directoryChanged.disconnect(watch._on_folder_event)
    other = windows.new_from_template("empty-three-stages")  # the user works elsewhere
    qtbot.waitUntil(lambda: other.isActiveWindow() and not window.isActiveWindow(),
                    timeout=WAIT)
    someone_else_renames_first_step(map_file, "Over nettverket")
    qtbot.wait(50)  # whatever was on its way has arrived
    assert not bar_of(window).isVisible()
    window.activateWindow()
    qtbot.waitUntil(bar_of(window).isVisible, timeout=WAIT)


def test_the_bar_never_takes_the_keyboard(qtbot, map_file):
    window = open_in_window(qtbot, map_file)
    window.editor.setFocus()
    qtbot.waitUntil(window.editor.hasFocus, timeout=WAIT)
    someone_else_renames_first_step(map_file, "Mens noen skriver")
    qtbot.waitUntil(bar_of(window).isVisible, timeout=WAIT)
    assert window.editor.hasFocus()  # keys still go to the map
    assert not any(w.isVisible() for w in window.findChildren(QMessageBox))


def test_a_change_made_while_the_map_was_being_opened_is_noticed(qtbot, monkeypatch, map_file):
    real_load = windows.load

    def slow_load(path):
        document = real_load(path)  # read; then the sync client writes a newer version
        someone_else_renames_first_step(map_file, "Skrevet under åpningen")
        return document

    monkeypatch.setattr(windows, "load", slow_load)
    window = open_in_window(qtbot, map_file)
    qtbot.waitUntil(bar_of(window).isVisible, timeout=WAIT)
    assert "changed on disk" in bar_of(window).message.text()
    node_id = first_step_id(window.session.document)
    assert window.session.document.node(node_id).label != "Skrevet under åpningen"
    monkeypatch.setattr(windows, "load", real_load)
    edit(window, "Min endring")
    shown = click_in_next_box(monkeypatch, "Cancel")
    window.actions["save"].trigger()
    assert len(shown) == 1  # Save does not silently overwrite the newer file
    assert load(map_file).node(node_id).label == "Skrevet under åpningen"


def test_editing_after_the_notice_changes_its_offer_to_one_that_asks(qtbot, monkeypatch,
                                                                     map_file):
    window = open_in_window(qtbot, map_file)
    someone_else_renames_first_step(map_file, "Deres endring")
    bar = bar_of(window)
    qtbot.waitUntil(bar.isVisible, timeout=WAIT)
    assert bar.reload_button.text() == "&Reload"
    edit(window, "Skrevet etter varselet")
    assert bar.reload_button.text() == "&Reload and Lose My Changes…"
    assert "unsaved changes" in bar.message.text()
    shown = click_in_next_box(monkeypatch, "Cancel")
    bar.reload_button.click()
    assert len(shown) == 1 and windows.open_windows() == [window]
    window.actions["undo"].trigger()  # back to what was read: nothing to lose any more
    assert bar.reload_button.text() == "&Reload"


def test_a_folder_that_never_goes_quiet_is_still_looked_at(qtbot, monkeypatch, map_file):
    monkeypatch.setattr(file_watch, "MAX_SETTLE_MS", 800)
    window = open_in_window(qtbot, map_file)
    someone_else_renames_first_step(map_file, "I en travel mappe")
    busy = map_file.parent
    writes = []

    def folder_busy_and_bar_shown():
        writes.append(1)  # other files in the shared folder come and go all the time
        (busy / f"andres-notat-{len(writes)}.txt").write_text("x", encoding="utf-8")
        return bar_of(window).isVisible()

    qtbot.waitUntil(folder_busy_and_bar_shown, timeout=WAIT)


def test_a_file_rewritten_with_the_same_map_while_opening_is_no_change(qtbot, monkeypatch,
                                                                       map_file):
    real_load = windows.load

    def load_then_sync_rewrites_the_same(path):
        document = real_load(path)
        data = map_file.read_bytes()
        map_file.unlink()
        map_file.write_bytes(data)  # a sync client downloads the same map again
        return document

    monkeypatch.setattr(windows, "load", load_then_sync_rewrites_the_same)
    window = open_in_window(qtbot, map_file)
    monkeypatch.setattr(windows, "load", real_load)
    watch: FileWatch = window.file_watch
    looked = watch.checks
    map_file.with_name("annen-fil.txt").write_text("x", encoding="utf-8")  # a folder event
    qtbot.waitUntil(lambda: watch.checks > looked and not watch._timer.isActive(), timeout=WAIT)
    assert not bar_of(window).isVisible()
    edit(window, "Min endring")
    window.actions["save"].trigger()  # no question: the file on disk is the map we hold
    assert map_file.read_bytes() == dumps(window.session.document)
