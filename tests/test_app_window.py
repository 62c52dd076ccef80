"""The main window through its real actions: title, save/open, the prompts, recent files."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLabel, QMessageBox

from journeymapper.app import windows
from journeymapper.config.settings import RecentFiles
from journeymapper.io import dumps, load, save
from journeymapper.io.templates import find_template, list_templates

from test_app_support import Prompts, choose_template, edit, open_in_window


pytestmark = pytest.mark.usefixtures("no_windows_left")


@pytest.fixture
def airline_file(tmp_path):
    path = tmp_path / "flyreise.jmap"
    save(find_template("sample-airline").open(), path, keep_backup=False)
    return path


def test_title_names_the_file_and_the_mark_follows_edits_and_undo(qtbot, airline_file):
    window = open_in_window(qtbot, airline_file)
    assert window.windowTitle().startswith("flyreise.jmap[*]")
    assert not window.isWindowModified()
    edit(window)
    assert window.isWindowModified()
    edit(window, "second change")
    window.actions["undo"].trigger()
    assert window.isWindowModified()
    window.actions["undo"].trigger()
    assert not window.isWindowModified()  # back to what is on disk
    window.actions["redo"].trigger()
    assert window.isWindowModified()


def test_save_close_and_reopen_through_the_gui_gives_the_same_map(qtbot, monkeypatch, tmp_path):
    prompts = Prompts(monkeypatch)
    first = windows.new_from_template("sample-airline")
    choose_template(monkeypatch, "sample-plumber-no")
    window = first.actions["new"].trigger() or windows.open_windows()[-1]
    assert window is not first and window.session.path is None
    edit(window, "Rørlegger ringer – tre dager før")
    target = tmp_path / "rørlegger"  # Save As adds .jmap
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions["save"].trigger()  # never saved: Save asks for a name
    saved_path = tmp_path / "rørlegger.jmap"
    assert window.session.path == saved_path and not window.isWindowModified()
    assert window.windowTitle().startswith("rørlegger.jmap")
    expected = dumps(window.session.document)
    assert saved_path.read_bytes() == expected
    window.close()
    assert prompts.asked == []  # saved: closing asks nothing
    assert window not in windows.open_windows()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved_path), ""))
    first.actions["open"].trigger()
    reopened = windows.find_window(saved_path)
    assert reopened is not None and reopened is not first
    assert dumps(reopened.session.document) == expected
    assert not reopened.isWindowModified()


def test_closing_an_unchanged_map_asks_nothing(qtbot, monkeypatch, airline_file):
    prompts = Prompts(monkeypatch)
    window = open_in_window(qtbot, airline_file)
    assert window.close()
    assert prompts.asked == []


def test_cancel_keeps_the_window_and_the_changes(qtbot, monkeypatch, airline_file):
    prompts = Prompts(monkeypatch, QMessageBox.StandardButton.Cancel)
    window = open_in_window(qtbot, airline_file)
    edit(window)
    before = dumps(window.session.document)
    assert not window.close()
    assert len(prompts.of("warning")) == 1 and "flyreise.jmap" in prompts.of("warning")[0][2]
    assert window.isVisible() and window in windows.open_windows()
    assert dumps(window.session.document) == before and window.isWindowModified()


def test_discard_closes_and_leaves_the_file_as_it_was(qtbot, monkeypatch, airline_file):
    on_disk = airline_file.read_bytes()
    prompts = Prompts(monkeypatch, QMessageBox.StandardButton.Discard)
    window = open_in_window(qtbot, airline_file)
    edit(window)
    assert window.close()
    assert len(prompts.of("warning")) == 1
    assert windows.open_windows() == []
    assert airline_file.read_bytes() == on_disk


def test_save_in_the_prompt_saves_then_closes(qtbot, monkeypatch, airline_file):
    prompts = Prompts(monkeypatch, QMessageBox.StandardButton.Save)
    window = open_in_window(qtbot, airline_file)
    node_id = edit(window, "Bagasjen kom bort – å nei")
    expected = dumps(window.session.document)
    assert window.close()
    assert len(prompts.of("warning")) == 1
    assert airline_file.read_bytes() == expected
    assert load(airline_file).node(node_id).label == "Bagasjen kom bort – å nei"


def test_quit_with_two_windows_asks_for_the_changed_one_only(qtbot, monkeypatch, airline_file):
    prompts = Prompts(monkeypatch, QMessageBox.StandardButton.Cancel)
    untouched = windows.new_from_template("sample-dentist")
    changed = open_in_window(qtbot, airline_file)
    edit(changed)
    untouched.actions["quit"].trigger()
    assert len(prompts.of("warning")) == 1
    assert windows.open_windows() == [changed]  # Cancel stopped the quit at the changed one


def test_a_bad_file_shows_the_message_and_changes_nothing(qtbot, monkeypatch, tmp_path,
                                                          airline_file):
    prompts = Prompts(monkeypatch)
    window = open_in_window(qtbot, airline_file)
    edit(window)
    before = dumps(window.session.document)
    bad = tmp_path / "ødelagt.jmap"
    bad.write_text('{"format": "journeymapper", "version": 1, "stages": [{"id": 3}]}',
                   encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.actions["open"].trigger()
    errors = prompts.of("critical")
    assert len(errors) == 1
    message = errors[0][2]
    assert "ødelagt.jmap" in message and "$.stages[0]" in message
    assert windows.open_windows() == [window]
    assert dumps(window.session.document) == before and window.isWindowModified()
    assert bad.resolve() not in RecentFiles().paths()
    # and the program is still usable: a good file opens after the bad one
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(airline_file), ""))
    window.actions["open"].trigger()
    assert windows.open_windows() == [window]  # already open: brought to the front


def test_save_as_adds_the_extension_and_keeps_the_users_words(qtbot, monkeypatch, tmp_path,
                                                              airline_file):
    Prompts(monkeypatch)
    window = open_in_window(qtbot, airline_file)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "kopi.JMAP"), ""))
    window.actions["save_as"].trigger()
    assert window.session.path == tmp_path / "kopi.JMAP"  # a .JMAP is a .jmap already
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "reise.v2"), ""))
    window.actions["save_as"].trigger()
    assert window.session.path == tmp_path / "reise.v2.jmap"
    assert (tmp_path / "reise.v2.jmap").read_bytes() == airline_file.read_bytes()


def test_recent_files_menu_lists_opened_maps_and_drops_missing_ones(qtbot, monkeypatch, tmp_path,
                                                                    airline_file):
    Prompts(monkeypatch)
    dentist = tmp_path / "tannlege.jmap"
    save(find_template("sample-dentist").open(), dentist, keep_backup=False)
    window = open_in_window(qtbot, airline_file)
    open_in_window(qtbot, dentist).close()

    def entries():
        window.recent_menu.aboutToShow.emit()
        return [a.data() for a in window.recent_menu.actions() if a.data()]

    assert entries() == [str(dentist.resolve()), str(airline_file.resolve())]
    recent_dentist = next(a for a in window.recent_menu.actions() if a.data() == str(dentist.resolve()))
    assert "tannlege.jmap" in recent_dentist.text()
    recent_dentist.trigger()
    assert windows.find_window(dentist) is not None
    windows.find_window(dentist).close()
    dentist.unlink()
    assert entries() == [str(airline_file.resolve())]


def test_the_template_chooser_lists_every_template_and_creates_the_chosen_map(qtbot, monkeypatch):
    from journeymapper.app.template_dialog import TemplateChooserDialog

    dialog = TemplateChooserDialog()
    qtbot.addWidget(dialog)
    rows = [dialog.list.item(i) for i in range(dialog.list.count())]
    offered = [(r.data(Qt.ItemDataRole.UserRole), r.text()) for r in rows
               if r.data(Qt.ItemDataRole.UserRole)]
    assert sorted(offered) == sorted((t.name, t.title) for t in list_templates())
    assert any("Rørlegger" in title for _, title in offered)  # æ ø å survive
    names = [name for name, _ in offered]
    assert names[:3] == ["empty-three-stages", "empty-five-stages", "empty-seven-stages-b2b"]
    assert dialog.chosen().name == "empty-three-stages"  # the simplest start is the default
    headings = [r for r in rows if not r.data(Qt.ItemDataRole.UserRole)]
    assert len(headings) == 2 and not headings[0].flags() & Qt.ItemFlag.ItemIsSelectable

    empty = windows.new_from_template("empty-three-stages")
    choose_template(monkeypatch, "sample-dentist")
    empty.actions["new"].trigger()
    [window] = windows.open_windows()  # the untouched empty map was replaced
    assert window is not empty
    assert dumps(window.session.document) == dumps(find_template("sample-dentist").open())
    assert window.session.path is None and not window.isWindowModified()
    assert window.session.document.info.title in window.windowTitle()

    choose_template(monkeypatch, "empty-five-stages")
    window.actions["new"].trigger()  # a real map stays: the new one gets its own window
    assert len(windows.open_windows()) == 2


def test_menus_hold_the_standard_actions_with_platform_shortcuts(qtbot):
    from PySide6.QtGui import QKeySequence

    window = windows.new_from_template("sample-airline")
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Insert", "Map", "Help"]
    SK = QKeySequence.StandardKey
    for key, standard in (("new", SK.New), ("open", SK.Open), ("save", SK.Save),
                          ("undo", SK.Undo), ("quit", SK.Quit), ("copy", SK.Copy),
                          ("paste", SK.Paste), ("zoom_in", SK.ZoomIn)):
        bindings = QKeySequence.keyBindings(standard)
        if bindings:
            assert window.actions[key].shortcut() in bindings, key
    menu_actions = set()
    for menu_action in window.menuBar().actions():
        menu_actions.update(menu_action.menu().actions())
    for key in ("new", "open", "save", "save_as", "export_pdf", "undo", "redo", "cut", "copy",
                "paste", "duplicate", "delete", "select_all", "zoom_in", "zoom_out", "fit_map",
                "large_print", "full_screen", "add_touchpoint", "add_crossroads", "add_outcome",
                "add_note", "add_stage", "add_lane", "auto_layout", "quit"):
        assert window.actions[key] in menu_actions, key


def test_docks_are_listed_in_the_view_menu_and_their_place_is_remembered(qtbot):
    window = windows.new_from_template("sample-airline")
    dock = QDockWidget("Eiere")
    dock.setObjectName("OwnersDock")
    dock.setWidget(QLabel("æøå"))
    window.add_dock(dock, Qt.DockWidgetArea.LeftDockWidgetArea)
    assert dock.toggleViewAction() in window.view_menu.actions()
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    window.removeDockWidget(dock)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.show()
    window.close()

    again = windows.new_from_template("sample-airline")
    later = QDockWidget("Eiere")
    later.setObjectName("OwnersDock")
    again.add_dock(later)  # asks for the right side; the user's choice wins
    assert again.dockWidgetArea(later) == Qt.DockWidgetArea.BottomDockWidgetArea


def test_a_failed_pdf_export_says_why_and_the_map_stays_open(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QDialog

    from journeymapper.app.export_dialog import ExportPdfDialog

    prompts = Prompts(monkeypatch)
    monkeypatch.setattr(ExportPdfDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    target = tmp_path / "no-such-folder" / "kart.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = windows.new_from_template("sample-airline")
    edit(window)
    before = dumps(window.session.document)
    window.actions["export_pdf"].trigger()
    try:
        import journeymapper.export.pdf  # noqa: F401
    except ImportError:
        assert len(prompts.of("information")) == 1  # says the export is not there
    else:
        [(_, _, message)] = prompts.of("critical")
        assert "kart.pdf" in message
    assert not target.exists()
    assert windows.open_windows() == [window]
    assert dumps(window.session.document) == before and window.isWindowModified()


def test_zoom_in_also_answers_to_ctrl_equals(qtbot):
    from PySide6.QtGui import QKeySequence

    window = windows.new_from_template("sample-airline")
    assert QKeySequence("Ctrl+=") in window.actions["zoom_in"].shortcuts()


def test_dropping_a_map_file_on_the_window_opens_it(qtbot, monkeypatch, tmp_path, airline_file):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    Prompts(monkeypatch)
    window = windows.new_from_template("sample-dentist")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(airline_file)),
                  QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert windows.find_window(airline_file) is not None
    assert len(windows.open_windows()) == 2


def test_export_pdf_through_the_menu_writes_the_chosen_paper(qtbot, monkeypatch, tmp_path):
    pytest.importorskip("journeymapper.export.pdf")
    from PySide6.QtWidgets import QDialog

    from journeymapper.app.export_dialog import ExportPdfDialog

    def exec_(dialog):
        dialog.paper.setCurrentIndex(dialog.paper.findData("A3"))
        dialog.orientation.setCurrentIndex(dialog.orientation.findData("portrait"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportPdfDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "til-ledelsen"), ""))
    prompts = Prompts(monkeypatch)
    window = windows.new_from_template("sample-plumber-no")
    before = dumps(window.session.document)
    assert window.actions["export_pdf"].trigger() is None
    assert prompts.asked == []
    pdf = tmp_path / "til-ledelsen.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    box = PdfReader(pdf).pages[0].mediabox
    assert float(box.height) > float(box.width)  # portrait
    assert abs(float(box.width) - 842) < 2  # A3 is 842 points wide in portrait
    assert dumps(window.session.document) == before
    from journeymapper.config.settings import Settings
    assert Settings().get("pdf_paper") == "A3"  # remembered for next time


def test_first_run_gives_the_map_the_room_and_tabs_the_side_panels(qtbot):
    window = windows.new_from_template("sample-airline")
    qtbot.waitExposed(window)
    docks = window.docks()
    side = [d for d in docks if window.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea]
    if len(side) < 2:
        pytest.skip("the panels package offers fewer than two side panels")
    assert all(window.dockWidgetArea(d) != Qt.DockWidgetArea.LeftDockWidgetArea for d in docks)
    assert set(window.tabifiedDockWidgets(side[0])) == set(side[1:])
    for dock in docks:
        assert dock.toggleViewAction() in window.view_menu.actions()
    assert window.editor.width() > window.width() / 2  # the map, not the panels, has the room


def test_the_shortcut_list_names_the_keyboard_flow_and_every_menu_shortcut(qtbot, monkeypatch):
    prompts = Prompts(monkeypatch)
    window = windows.new_from_template("sample-airline")
    window.actions["shortcuts"].trigger()
    [(_, _, text)] = prompts.of("information")
    assert "Tab" in text and "Shift+Tab" in text
    save_keys = window.actions["save"].shortcut().toString()
    assert f"<b>{save_keys}</b>" in text and "Save</td>" in text


def test_copy_in_one_window_and_paste_in_another_through_the_edit_menu(qtbot, monkeypatch,
                                                                      airline_file):
    Prompts(monkeypatch)
    source = open_in_window(qtbot, airline_file)
    target = windows.new_from_template("sample-plumber-no")
    node = next(n for n in source.session.document.nodes() if n.label)
    source.session.selection.set([node.id])
    qtbot.waitUntil(lambda: source.actions["copy"].isEnabled(), timeout=2000)
    source.actions["copy"].trigger()
    before = target.session.document.node_count()
    qtbot.waitUntil(lambda: target.actions["paste"].isEnabled(), timeout=2000)
    target.actions["paste"].trigger()
    assert target.session.document.node_count() == before + 1
    assert node.label in [n.label for n in target.session.document.nodes()]
    assert target.isWindowModified() and not source.isWindowModified()
    target.actions["undo"].trigger()
    assert target.session.document.node_count() == before


def test_map_only_hides_the_panels_and_brings_back_the_same_ones(qtbot):
    window = windows.new_from_template("sample-airline")
    qtbot.waitExposed(window)
    if len(window.docks()) < 3:
        pytest.skip("needs panels")
    closed_by_user = window.docks()[-1]
    closed_by_user.close()
    open_before = [d for d in window.docks() if d.toggleViewAction().isChecked()]
    assert len(open_before) >= 2
    canvas_width = window.editor.width()
    window.actions["map_only"].trigger()
    qtbot.waitUntil(lambda: window.editor.width() > canvas_width, timeout=2000)
    assert not any(d.isVisible() for d in window.docks())
    assert window.actions["map_only"].isChecked()
    window.actions["map_only"].trigger()
    assert [d for d in window.docks() if d.toggleViewAction().isChecked()] == open_before
    assert not closed_by_user.toggleViewAction().isChecked()  # the user's own choice stays
    window.actions["map_only"].trigger()
    window.docks()[0].toggleViewAction().trigger()  # opening a panel by hand ends map only
    assert not window.actions["map_only"].isChecked()


def test_closing_in_map_only_mode_keeps_the_panels_for_next_time(qtbot):
    window = windows.new_from_template("sample-airline")
    qtbot.waitExposed(window)
    if not window.docks():
        pytest.skip("needs panels")
    open_names = {d.objectName() for d in window.docks() if d.toggleViewAction().isChecked()}
    window.actions["map_only"].trigger()
    window.close()
    again = windows.new_from_template("sample-airline")
    qtbot.waitExposed(again)
    assert {d.objectName() for d in again.docks() if d.toggleViewAction().isChecked()} \
        == open_names


def test_dropping_two_maps_on_an_empty_window_replaces_it_once(qtbot, monkeypatch, tmp_path,
                                                              airline_file):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    Prompts(monkeypatch)
    dentist = tmp_path / "tannlege.jmap"
    save(find_template("sample-dentist").open(), dentist, keep_backup=False)
    empty = windows.new_from_template("empty-three-stages")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(airline_file)), QUrl.fromLocalFile(str(dentist))])
    empty.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                               Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    opened = windows.open_windows()
    assert [w.session.path for w in opened] == [airline_file.resolve(), dentist.resolve()]
    assert opened[1].pos() != opened[0].pos()  # the second one cascades, not on top


def test_the_keyboard_starts_on_the_map(qtbot):
    window = windows.new_from_template("sample-airline")
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.focusWidget() is not None, timeout=2000)
    focus = window.focusWidget()
    assert focus is window.editor or window.editor.isAncestorOf(focus)


def test_map_title_and_owner_opens_the_inspector_on_the_map_itself(qtbot):
    window = windows.new_from_template("sample-airline")
    qtbot.waitExposed(window)
    if "map_info" not in window.actions:
        pytest.skip("no inspector panel in this build")
    node = next(iter(window.session.document.nodes()))
    window.session.selection.set([node.id])
    window.actions["map_only"].trigger()
    window.actions["map_info"].trigger()
    dock = next(d for d in window.docks() if d.objectName() == "InspectorDock")
    assert dock.isVisible() and window.session.selection.ids() == ()
    assert not window.actions["map_only"].isChecked()
    assert window.actions["map_info"] in window.map_menu.actions()


def test_the_status_bar_shows_the_zoom_and_a_click_returns_to_100(qtbot):
    window = windows.new_from_template("sample-airline")
    qtbot.waitExposed(window)
    window.actions["zoom_in"].trigger()
    zoom = round(window.editor.view.zoom() * 100)
    qtbot.waitUntil(lambda: window.zoom_label.text() == f"Zoom {zoom} %", timeout=2000)
    window.zoom_label.click()
    assert window.editor.view.zoom() == pytest.approx(1.0)
    assert window.zoom_label.text() == "Zoom 100 %"


def test_a_panel_that_fails_to_build_does_not_keep_the_map_from_opening(qtbot, monkeypatch,
                                                                      capsys):
    import journeymapper.panels as panels

    def broken(session, parent=None):
        raise ValueError("a bug in a panel")

    monkeypatch.setattr(panels, "create_docks", broken, raising=False)
    window = windows.new_from_template("sample-airline")
    assert window.docks() == []
    assert window.editor.isVisibleTo(window)
    assert "could not be opened" in window.statusBar().currentMessage()
    assert "a bug in a panel" in capsys.readouterr().err


def test_full_screen_follows_the_window_whoever_changes_it(qtbot):
    window = windows.new_from_template("sample-airline")
    qtbot.waitExposed(window)
    window.actions["full_screen"].trigger()
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    assert window.actions["full_screen"].isChecked()
    window.showNormal()  # e.g. the desktop's own shortcut
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    assert not window.actions["full_screen"].isChecked()


def test_a_shipped_template_opened_by_its_path_opens_as_a_new_map_and_save_asks(
        qtbot, monkeypatch, tmp_path):
    from journeymapper.io.resources import templates_dir

    prompts = Prompts(monkeypatch)
    shipped = templates_dir() / "sample-plumber-no.jmap"
    original = shipped.read_bytes()
    monkeypatch.chdir(templates_dir().parent)  # as typed: journeymapper templates/….jmap
    window = open_in_window(qtbot, Path("templates") / ".." / "templates" / shipped.name)
    template = find_template("sample-plumber-no")
    assert window.session.path is None
    assert window.windowTitle().startswith(template.title)  # titled from the template
    assert "sample-plumber-no" in window.statusBar().currentMessage()
    assert str(shipped.resolve()) not in [str(p) for p in RecentFiles().paths()]
    edit(window, "Rørleggeren ringer – æøå")
    asked = []
    target = tmp_path / "min-rørlegger.jmap"

    def ask(parent, caption, suggestion, *args, **kwargs):
        asked.append(suggestion)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    window.actions["save"].trigger()  # Ctrl+S
    assert len(asked) == 1 and not asked[0].startswith(str(templates_dir()))
    assert shipped.read_bytes() == original  # the template is untouched
    assert window.session.path == target and not window.isWindowModified()
    assert load(target).info.title == template.title
    assert prompts.asked == []

    # the same template by its path again: another new map, not the saved one's window
    again = windows.open_file(shipped)
    assert again is not window and again.session.path is None
    # a copy outside the templates folder is an ordinary file
    copy = tmp_path / "kopi.jmap"
    copy.write_bytes(original)
    assert windows.open_file(copy).session.path == copy.resolve()


def test_closing_edited_windows_one_after_another_never_crashes_the_collector(tmp_path):
    # A closed window's undo commands (Python objects owned by the C++ stack) were left to
    # the garbage collector with the session and the stack; collecting them in one cycle
    # crashed the process after the second edited window closed. Run in a child process,
    # so a crash is a failed test here, not the end of the test run.
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(f"""
        import gc, os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["JOURNEYMAPPER_CONFIG_DIR"] = {str(tmp_path / "config")!r}
        os.environ["JOURNEYMAPPER_DATA_DIR"] = {str(tmp_path / "data")!r}
        from PySide6.QtWidgets import QApplication, QMessageBox
        app = QApplication([])
        from journeymapper.app import windows
        from journeymapper.commands import UpdateNodeCommand, push
        from journeymapper.io import save
        from journeymapper.io.templates import find_template
        path = {str(tmp_path / "kart.jmap")!r}
        save(find_template("sample-airline").open(), path, keep_backup=False)
        QMessageBox.warning = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
        for round in range(3):
            window = windows.open_file(path)
            app.processEvents()  # shown and painted, as a user sees it
            node = next(iter(window.session.document.nodes()))
            push(window.session.undo_stack,
                 UpdateNodeCommand(window.session.document, node.id, label="Bagasje – æøå"))
            app.processEvents()
            assert window.close()
            app.processEvents()
            del window
            gc.collect()
        print("all closed")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "all closed" in done.stdout
