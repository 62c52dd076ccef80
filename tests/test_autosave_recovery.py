"""Never lose the room's work: autosave, a simulated crash, and recovery at the next start."""

import json

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QLockFile, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from journeymapper.app import autosave, launch, windows
from journeymapper.app.recovery_dialog import RecoveryDialog
from journeymapper.config import paths
from journeymapper.config.autosave import AUTOSAVE_SUFFIX, list_autosaves, write_autosave
from journeymapper.io import dumps, save
from journeymapper.io.templates import find_template

from test_app_support import Prompts, close_all, edit


@pytest.fixture(autouse=True)
def no_windows_left():
    autosave.end_process_owner()
    assert windows.open_windows() == []
    yield
    close_all()


@pytest.fixture
def airline_file(tmp_path):
    path = tmp_path / "flyreise.jmap"
    save(find_template("sample-airline").open(), path, keep_backup=False)
    return path


def autosaves():
    return sorted(paths.autosave_dir().glob(f"*{AUTOSAVE_SUFFIX}"))


def crash(window):
    """The window vanishes without a clean close, and the process ends."""
    QCoreApplication.processEvents()  # what the canvas queued runs first, as in a real run
    window.autosaver.stop()
    windows.unregister(window)
    shiboken6.delete(window)
    autosave.end_process_owner()


def answer_recovery(monkeypatch, decision, untick=()):
    offered = []

    def exec_(dialog):
        offered.append([r.file for r in dialog.records])
        for row, record in enumerate(dialog.records):
            if record.title in untick:
                dialog.list.item(row).setCheckState(Qt.CheckState.Unchecked)
        dialog._finish(decision)
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", exec_)
    return offered


def test_unsaved_changes_are_autosaved_apart_from_the_users_file(qtbot, airline_file):
    on_disk = airline_file.read_bytes()
    window = windows.open_file(airline_file)
    assert window.autosaver.autosave() is False and autosaves() == []  # nothing unsaved
    edit(window, "Sjekk inn – køen er lang")
    assert window.autosaver.autosave() is True
    [file] = autosaves()
    record = list_autosaves()[0]
    assert record.original_path == airline_file.resolve()
    assert dumps(record.open()) == dumps(window.session.document)
    assert airline_file.read_bytes() == on_disk  # never over the user's file
    assert window.autosaver.autosave() is False  # nothing new since the last one


def test_focus_loss_autosaves(qtbot, airline_file):
    window = windows.open_file(airline_file)
    edit(window)
    QGuiApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert len(autosaves()) == 1


def test_the_timer_autosaves_without_any_user_action(qtbot, airline_file):
    window = windows.open_file(airline_file)
    window.autosaver._timer.setInterval(50)
    edit(window)
    qtbot.waitUntil(lambda: len(autosaves()) == 1, timeout=5000)


def test_an_edit_is_autosaved_within_seconds_and_recovered_after_a_crash(qtbot, monkeypatch,
                                                                         airline_file):
    window = windows.open_file(airline_file)
    assert window.autosaver._timer.interval() == 30_000  # the period is not what writes it
    edit(window, "Første redigering")
    qtbot.waitUntil(lambda: len(autosaves()) == 1, timeout=5000)
    step = edit(window, "Siste – æøå")
    qtbot.waitUntil(lambda: list_autosaves()[0].open().node(step).label == "Siste – æøå",
                    timeout=5000)  # the next edit too, in seconds
    expected = dumps(window.session.document)
    crash(window)

    answer_recovery(monkeypatch, RecoveryDialog.RECOVER)
    launch.start([])
    [restored] = windows.open_windows()
    assert dumps(restored.session.document) == expected


def test_steady_typing_is_autosaved_every_few_seconds(qtbot, airline_file):
    """A quiet second never comes while someone types; the work is written anyway."""
    window = windows.open_file(airline_file)
    typed = []
    typing = QTimer(window)
    typing.timeout.connect(lambda: typed.append(edit(window, f"Bokstav {len(typed)} ø")))
    typing.start(200)  # faster than the quiet wait of a second
    qtbot.waitUntil(lambda: len(autosaves()) == 1, timeout=8000)
    typing.stop()
    assert 0 < len(typed) < 30  # written while the typing went on, long before 30 s


def test_a_write_that_comes_late_never_brings_back_older_work_or_a_saved_map(qtbot,
                                                                              airline_file):
    """A write still on the worker when a newer one was done, or the map was saved."""
    window = windows.open_file(airline_file)
    writer = window.autosaver._writer
    step = edit(window, "Eldre")
    older = autosave.MapSnapshot.of(window.session.document)
    edit(window, "Nyere")
    newer = autosave.MapSnapshot.of(window.session.document)
    token = autosave.process_owner().token
    assert writer.write(2, newer, airline_file, token)
    assert not writer.write(1, older, airline_file, token)  # came late: dropped
    assert list_autosaves()[0].open().node(step).label == "Nyere"
    writer.remove(3)  # saved
    assert not writer.write(2, newer, airline_file, token) and autosaves() == []


def test_saving_or_undoing_to_the_saved_state_removes_the_autosave(qtbot, airline_file):
    window = windows.open_file(airline_file)
    edit(window)
    window.autosaver.autosave()
    window.actions["undo"].trigger()
    assert autosaves() == []
    window.actions["redo"].trigger()
    window.autosaver.autosave()
    assert len(autosaves()) == 1
    window.actions["save"].trigger()
    assert autosaves() == []


def test_a_clean_close_removes_the_autosave(qtbot, monkeypatch, airline_file):
    Prompts(monkeypatch, QMessageBox.StandardButton.Discard)
    window = windows.open_file(airline_file)
    edit(window)
    window.autosaver.autosave()
    assert window.close()
    assert autosaves() == []
    launch.start([])
    assert [w.session.path for w in windows.open_windows()] == [None]  # no recovery, the sample


def test_each_window_has_its_own_autosave(qtbot, airline_file):
    first = windows.open_file(airline_file)
    second = windows.new_from_template("sample-dentist")
    edit(first, "én")
    edit(second, "to")
    first.autosaver.autosave()
    second.autosaver.autosave()
    titles = sorted(r.title for r in list_autosaves())
    assert titles == sorted([first.session.document.info.title,
                             second.session.document.info.title])


def test_after_a_crash_the_next_start_offers_and_restores_the_maps(qtbot, monkeypatch,
                                                                  airline_file):
    on_disk = airline_file.read_bytes()
    saved_one = windows.open_file(airline_file)
    never_saved = windows.new_from_template("sample-plumber-no")
    edit(saved_one, "Bagasjen er borte – hva nå?")
    edit(never_saved, "Rørleggeren kommer på tirsdag")
    expected = {airline_file.resolve(): dumps(saved_one.session.document),
                None: dumps(never_saved.session.document)}
    saved_one.autosaver.autosave()
    never_saved.autosaver.autosave()
    crash(saved_one)
    crash(never_saved)
    assert windows.open_windows() == []

    offered = answer_recovery(monkeypatch, RecoveryDialog.RECOVER)
    launch.start([])
    assert len(offered) == 1 and len(offered[0]) == 2
    restored = windows.open_windows()
    assert {w.session.path: dumps(w.session.document) for w in restored} == expected
    for window in restored:
        assert window.isWindowModified()  # the changes are still unsaved
        assert "Save to keep it" in window.statusBar().currentMessage()
    assert airline_file.read_bytes() == on_disk
    # the recovered maps are this run's autosaves now, and only once each
    assert len(autosaves()) == 2
    assert {r.owner for r in list_autosaves()} == {autosave.process_owner().token}


def test_a_recovered_map_saves_to_its_original_file(qtbot, monkeypatch, airline_file):
    window = windows.open_file(airline_file)
    edit(window, "Ny sjekk-inn")
    expected = dumps(window.session.document)
    window.autosaver.autosave()
    crash(window)
    answer_recovery(monkeypatch, RecoveryDialog.RECOVER)
    launch.start([])
    [restored] = windows.open_windows()
    restored.actions["save"].trigger()
    assert airline_file.read_bytes() == expected
    assert not restored.isWindowModified() and autosaves() == []


def test_decide_later_keeps_them_and_discard_deletes_them(qtbot, monkeypatch, airline_file):
    window = windows.open_file(airline_file)
    edit(window)
    window.autosaver.autosave()
    crash(window)
    answer_recovery(monkeypatch, RecoveryDialog.LATER)
    launch.start([])
    assert len(autosaves()) == 1
    assert [w.session.path for w in windows.open_windows()] == [None]  # the sample instead
    close_all()
    prompts = Prompts(monkeypatch, QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    answer_recovery(monkeypatch, RecoveryDialog.DISCARD)
    launch.start([])
    assert len(autosaves()) == 1  # "No" to "delete them?": nothing is lost
    close_all()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    offered = answer_recovery(monkeypatch, RecoveryDialog.DISCARD)
    launch.start([])
    assert len(offered) == 1 and autosaves() == []
    assert prompts.asked == []
    close_all()
    offered = answer_recovery(monkeypatch, RecoveryDialog.RECOVER)
    launch.start([])
    assert offered == []  # nothing left to offer


def test_autosaves_of_another_running_copy_are_not_offered(qtbot, monkeypatch):
    other = "0123456789abcdef"
    lock = QLockFile(str(paths.autosave_dir() / f"{other}.lock"))
    assert lock.tryLock(0)  # a copy of the program that is still running
    try:
        write_autosave(paths.autosave_dir() / f"{other}-slot{AUTOSAVE_SUFFIX}",
                       find_template("sample-dentist").open(), None, owner=other)
        offered = answer_recovery(monkeypatch, RecoveryDialog.RECOVER)
        launch.start([])
        assert offered == []
        assert len(autosaves()) == 1
    finally:
        lock.unlock()


def test_a_damaged_autosave_is_skipped_not_fatal(qtbot, monkeypatch):
    (paths.autosave_dir() / f"dead-beef{AUTOSAVE_SUFFIX}").write_text("{ half a fi",
                                                                      encoding="utf-8")
    good = paths.autosave_dir() / f"deadowner-1{AUTOSAVE_SUFFIX}"
    write_autosave(good, find_template("sample-dentist").open(), None, owner="deadowner")
    assert json.loads(good.read_text(encoding="utf-8"))["original_path"] is None
    offered = answer_recovery(monkeypatch, RecoveryDialog.RECOVER)
    launch.start([])
    assert offered == [[good]]
    [window] = windows.open_windows()
    assert dumps(window.session.document) == dumps(find_template("sample-dentist").open())


def test_without_an_autosave_folder_the_program_still_opens_and_saves(qtbot, monkeypatch,
                                                                     tmp_path, airline_file):
    blocked = tmp_path / "data-is-a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("JOURNEYMAPPER_DATA_DIR", str(blocked))
    window = windows.open_file(airline_file)
    edit(window, "Likevel lagret")
    assert window.autosaver.autosave() is False
    window.actions["save"].trigger()
    assert not window.isWindowModified()
    assert "Likevel lagret" in airline_file.read_text(encoding="utf-8")


def test_locks_left_by_crashed_runs_without_autosaves_are_tidied(qtbot):
    import socket

    from PySide6.QtCore import QCoreApplication as App

    folder = paths.autosave_dir()
    stale = folder / "feedfacecafebeef.lock"
    # what QLockFile writes: pid, application name, host name; this pid is not running
    stale.write_text(f"999999\n{App.applicationName()}\n{socket.gethostname()}\n")
    live = QLockFile(str(folder / "0123456789abcdef.lock"))
    assert live.tryLock(0)
    try:
        assert autosave.leftover_autosaves() == []
        assert not stale.exists()
        assert (folder / "0123456789abcdef.lock").exists()  # a running copy keeps its lock
    finally:
        live.unlock()
