"""Presentation mode (F5), F11, F6 and the shortcut list, through the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journeymapper.app import windows
from journeymapper.app.presentation import NAME_PX
from journeymapper.model.flow import flow_order

from test_app_support import close_all


@pytest.fixture
def window(qtbot):
    assert windows.open_windows() == []
    window = windows.new_from_template("sample-airline")
    window.resize(1920, 1080)
    qtbot.waitExposed(window)
    yield window
    close_all()


def _press(qtbot, window, key, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.editor.view, key, mods)


def test_f5_presents_one_step_at_a_time_readably_and_escape_gives_the_window_back(
        window, qtbot):
    docks = [d for d in window.docks() if d.isVisible()]
    assert docks and window.menuBar().isVisible() and window.toolbar.isVisible()
    window.editor.view.setFocus()
    window.actions["presentation"].trigger()  # F5
    qtbot.wait(50)
    view, scene, doc = window.editor.view, window.editor.scene, window.session.document
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()
    assert not window.statusBar().isVisible()
    assert not any(d.isVisible() for d in window.docks())
    assert not view.horizontalScrollBar().isVisible() and not view.verticalScrollBar().isVisible()
    assert view.zoom() * scene.style.label_font.pixelSize() >= NAME_PX
    counts = window.counts  # the corner of counts, larger for the room
    open_points = sum(1 for n in doc.nodes() if n.kind.value == "crossroads"
                      and n.status.value != "resolved")
    assert counts.isVisible() and counts.presenting
    assert counts.line_text("friction").startswith(f"{open_points} open friction")

    first_lane = flow_order(doc, doc.journeys[0].id)
    assert window.session.selection.ids() == (first_lane[0],)
    for expected in first_lane[1:4]:
        _press(qtbot, window, Qt.Key.Key_PageDown)
        assert window.session.selection.ids() == (expected,)
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        assert shown.contains(scene.node_item(expected).scene_rect())
    _press(qtbot, window, Qt.Key.Key_PageUp)
    assert window.session.selection.ids() == (first_lane[2],)
    _press(qtbot, window, Qt.Key.Key_Right)
    assert window.session.selection.ids() == (first_lane[3],)

    # capturing goes on: Tab adds the next step and the view follows it
    before = doc.node_count()
    _press(qtbot, window, Qt.Key.Key_Tab)
    qtbot.keyClicks(view, "Ny ide")
    _press(qtbot, window, Qt.Key.Key_Return)
    assert doc.node_count() == before + 1
    (new,) = window.session.selection.ids()
    assert doc.node(new).label == "Ny ide"
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.intersects(scene.node_item(new).scene_rect())

    _press(qtbot, window, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert not window.presentation.active
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.menuBar().isVisible() and window.toolbar.isVisible()
    assert all(d.isVisible() for d in docks) and window.statusBar().isVisible()
    assert view.verticalScrollBar().isVisible()
    assert not view.large_print()


def test_f11_hides_the_menu_bar_and_the_toolbar_and_brings_them_back(window, qtbot):
    window.actions["full_screen"].trigger()
    qtbot.wait(50)
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()
    window.actions["full_screen"].trigger()
    qtbot.wait(50)
    assert window.menuBar().isVisible() and window.toolbar.isVisible()


def test_f6_moves_the_focus_through_the_open_panels_and_back_to_the_map(window, qtbot):
    window.editor.view.setFocus()
    qtbot.wait(20)
    visible = [d for d in window.docks() if d.isVisible()]
    reached = []
    for _ in range(len(visible) + 1):
        target = window.focus_next_panel()
        assert target is not None
        reached.append(target)
    assert any(d.isAncestorOf(reached[0]) for d in visible)  # first: into a panel
    assert reached[-1] is window.editor.view  # and round to the map again


def test_the_shortcut_list_names_every_key(window):
    rows = dict((what, keys) for what, keys in window.shortcut_rows())
    keys = " ".join(rows.values())
    for key in ("+", "−", "F2", "F5", "F6", "Page Down", "Tab", "Esc"):
        assert key in keys, key


def test_the_open_friction_points_are_counted_in_english_words_too(window, qtbot):
    """English has no catalogue to take its singular from: one is said as one."""
    from journeymapper.analysis.graph import is_open
    from journeymapper.commands import UpdateItemsCommand

    _press(qtbot, window, Qt.Key.Key_F5)
    assert window.counts.line_text("friction").endswith("open friction points")
    assert window.counts.line_text("friction")[0].isdigit()
    document = window.session.document
    open_ones = [n.id for n in document.nodes() if is_open(n)]
    assert len(open_ones) > 1
    window.session.undo_stack.push(UpdateItemsCommand(
        document, [("node", i, {"status": "resolved"}) for i in open_ones[1:]]))
    assert window.counts.line_text("friction") == "One open friction point"  # follows the edit
    _press(qtbot, window, Qt.Key.Key_Escape)


def test_closing_the_window_while_presenting_remembers_the_panels_not_the_projector(
        window, qtbot):
    """The next window opened with no toolbar and no panels after a close in F5."""
    window.actions["presentation"].trigger()
    qtbot.wait(50)
    assert not window.toolbar.isVisible()
    window.session.undo_stack.setClean()
    window.close()
    qtbot.wait(20)
    again = windows.new_from_template("sample-airline")
    again.resize(1920, 1080)
    qtbot.waitExposed(again)
    assert again.toolbar.isVisible() and again.menuBar().isVisible()
    assert any(d.isVisible() for d in again.docks())
