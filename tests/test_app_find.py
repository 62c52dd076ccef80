"""Find (Ctrl+F) through the real window: the bar, the keys, the view, presentation mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journeymapper.app import windows
from journeymapper.app.find_bar import READABLE_NAME_PX
from journeymapper.app.presentation import NAME_PX
from journeymapper.model.find import find_steps

from test_app_support import RenameStep, close_all

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot):
    assert windows.open_windows() == []
    window = windows.new_from_template("sample-airline")
    window.resize(1920, 1080)
    qtbot.waitExposed(window)
    qtbot.wait(20)
    window.editor.view.setFocus()
    yield window
    close_all()


def _selected(window):
    return window.session.selection.ids()


def _centred(view, item) -> bool:
    """The step is in the middle of the view, as far as the map's edges let it be."""
    centre = view.mapFromScene(item.scene_rect().center())
    middle = view.viewport().rect().center()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    if not shown.contains(item.scene_rect()):
        return False

    def ok(offset: int, bar) -> bool:  # off-centre only where the map's edge stops the view
        return (abs(offset) <= 2 or (offset < 0 and bar.value() == bar.minimum())
                or (offset > 0 and bar.value() == bar.maximum()))
    return (ok(centre.x() - middle.x(), view.horizontalScrollBar())
            and ok(centre.y() - middle.y(), view.verticalScrollBar()))


def test_ctrl_f_types_counts_and_enter_walks_the_matches_centred_and_readable(window, qtbot):
    view, scene, doc = window.editor.view, window.editor.scene, window.session.document
    view.set_zoom(0.3)  # the whole map at a glance: names far too small to read
    bar = window.find_bar
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL)
    assert bar.isVisible() and QApplication.focusWidget() is bar.field

    qtbot.keyClicks(bar.field, "BAG")
    expected = find_steps(doc, "bag")
    assert len(expected) >= 3
    assert bar.count.text() == f"1 of {len(expected)}"
    assert _selected(window) == (expected[0],)
    assert view.name_px() >= READABLE_NAME_PX - 1e-6  # zoomed in to read it
    assert _centred(view, scene.node_item(expected[0]))

    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert _selected(window) == (expected[1],) and bar.count.text() == f"2 of {len(expected)}"
    assert _centred(view, scene.node_item(expected[1]))
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert _selected(window) == (expected[2],)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, SHIFT)
    assert _selected(window) == (expected[1],) and bar.count.text() == f"2 of {len(expected)}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, SHIFT)  # round the start, to the last
    assert _selected(window) == (expected[-1],)
    assert bar.count.text() == f"{len(expected)} of {len(expected)}"
    assert QApplication.focusWidget() is bar.field  # the typing stayed in the bar

    zoom = view.zoom()
    view.set_zoom(zoom * 2)  # a readable zoom the facilitator chose stays
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert view.zoom() == pytest.approx(zoom * 2)

    qtbot.keyClicks(bar.field, "zzq")
    assert bar.count.text() == "No match" and bar.matches == []

    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert QApplication.focusWidget() is view  # the map has the keyboard again
    assert len(_selected(window)) == 1  # the last match stays selected, ready to edit


def test_typing_on_narrows_in_place_and_an_edit_counts_again(window, qtbot):
    doc = window.session.document
    bar = window.find_bar
    qtbot.keyClick(window.editor.view, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(bar.field, "bag")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    second = _selected(window)[0]
    label = doc.node(second).label
    qtbot.keyClicks(bar.field, label[3:])  # typing on: the match shown stays while it matches
    assert bar.field.text() == "bag" + label[3:] and label.lower().startswith("bag")
    assert _selected(window) == (second,) and bar.count.text() == f"1 of {len(bar.matches)}"

    bar.field.setText("bag")
    before = len(bar.matches)
    other = next(n for n in doc.nodes() if n.is_step and n.id not in bar.matches)
    window.session.undo_stack.push(RenameStep(doc, other.id, "Bagasjebånd – æøå"))
    qtbot.waitUntil(lambda: bar.count.text().endswith(f"of {before + 1}"), timeout=2000)
    assert other.id in bar.matches
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: len(bar.matches) == before, timeout=2000)


def test_ctrl_f_in_presentation_mode_shows_the_bar_large_and_the_match_readably(window, qtbot):
    view, doc = window.editor.view, window.session.document
    qtbot.keyClick(view, Qt.Key.Key_F5)
    qtbot.wait(50)
    assert window.presentation.active
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    assert bar.isVisible() and bar.presenting  # shown over the full-screen map, larger
    assert QApplication.focusWidget() is bar.field
    desk = find_steps(doc, "desk")
    assert desk
    qtbot.keyClicks(bar.field, "desk")
    assert _selected(window) == (desk[0],)
    assert view.name_px() >= NAME_PX - 1e-6  # presentation's rule, not the desk's
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(window.editor.scene.node_item(desk[0]).scene_rect())

    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)  # the first Escape closes the bar …
    assert not bar.isVisible() and window.presentation.active
    assert QApplication.focusWidget() is view
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # … the second leaves presentation mode
    qtbot.wait(50)
    assert not window.presentation.active and not bar.presenting


def test_f3_walks_the_last_search_with_the_bar_closed(window, qtbot):
    bar = window.find_bar
    qtbot.keyClick(window.editor.view, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(bar.field, "bag")
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    first = _selected(window)
    window.actions["find_next"].trigger()
    assert _selected(window) == (bar.matches[1],) != first
    window.actions["find_previous"].trigger()
    assert _selected(window) == first


def test_find_is_in_the_edit_menu_and_its_keys_in_the_shortcut_list(window):
    rows = dict(window.shortcut_rows())
    assert "Enter or Shift+Enter" in rows.values()
    assert any(what.startswith("Find") and keys for what, keys in rows.items())
    assert window.actions["find"].shortcut().toString() == "Ctrl+F"
