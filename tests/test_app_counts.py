"""The counts on the map (the open friction points in a corner), through the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journeymapper.analysis.graph import is_open
from journeymapper.app import windows
from journeymapper.commands import UpdateItemsCommand

from test_app_support import close_all


@pytest.fixture
def window(qtbot):
    assert windows.open_windows() == []
    window = windows.new_from_template("sample-airline")
    window.resize(1600, 1000)
    qtbot.waitExposed(window)
    qtbot.wait(20)
    yield window
    close_all()


def _open_points(document) -> list[str]:
    return [n.id for n in document.nodes() if is_open(n)]


def _set_status(window, ids, status):
    window.session.undo_stack.push(UpdateItemsCommand(
        window.session.document, [("node", i, {"status": status}) for i in ids]))


def test_the_open_friction_points_sit_on_the_map_even_with_every_panel_hidden(window, qtbot):
    counts, view = window.counts, window.editor.view
    open_now = _open_points(window.session.document)
    assert len(open_now) >= 3
    window.actions["map_only"].trigger()  # the register panel goes …
    assert not any(d.isVisible() for d in window.docks())
    assert counts.isVisible()  # … the count stays, over the map's top-right corner
    assert counts.line_text("friction") == f"{len(open_now)} open friction points"
    area = view.viewport().geometry()
    assert area.contains(counts.geometry())
    assert counts.geometry().bottom() < area.center().y()
    assert counts.geometry().left() > area.center().x()
    # clicks go through it to the map
    assert counts.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


def test_the_count_follows_an_edit_and_its_undo(window):
    counts, document = window.counts, window.session.document
    open_now = _open_points(document)
    n = len(open_now)
    _set_status(window, open_now[:1], "resolved")
    assert counts.line_text("friction") == f"{n - 1} open friction points"
    window.session.undo_stack.undo()
    assert counts.line_text("friction") == f"{n} open friction points"
    window.session.undo_stack.redo()
    assert counts.line_text("friction") == f"{n - 1} open friction points"
    _set_status(window, open_now[1:], "resolved")
    assert counts.line_text("friction") == "No open friction points"
    _set_status(window, open_now[1:2], "investigating")  # still open: being looked into
    assert counts.line_text("friction") == "One open friction point"


def test_a_map_without_crossroads_shows_no_corner(window, qtbot):
    from journeymapper.commands import RemoveNodesCommand

    document = window.session.document
    crossroads = [n.id for n in document.nodes() if n.kind.value == "crossroads"]
    window.session.undo_stack.push(RemoveNodesCommand(document, crossroads))
    assert window.counts.line_text("friction") is None and not window.counts.isVisible()
    window.session.undo_stack.undo()
    assert window.counts.isVisible()
    assert window.counts.line_text("friction") == f"{len(_open_points(document))} open " \
                                                  "friction points"


def test_others_add_lines_to_the_corner_for_a_vote_tally(window):
    counts = window.counts
    counts.set_line("votes", "27 votes from 9 people")
    assert counts.lines()[-1] == "27 votes from 9 people"
    height = counts.height()
    counts.set_line("votes", "28 votes from 10 people")
    assert counts.line_text("votes") == "28 votes from 10 people" and len(counts.lines()) == 2
    assert counts.height() == height
    counts.remove_line("votes")
    assert counts.line_text("votes") is None and len(counts.lines()) == 1


def test_the_view_menu_turns_the_corner_off_and_presentation_makes_it_large(window, qtbot):
    counts = window.counts
    window.actions["map_counts"].trigger()
    assert not counts.isVisible()
    window.actions["map_counts"].trigger()
    assert counts.isVisible()
    small = counts.height()
    qtbot.keyClick(window.editor.view, Qt.Key.Key_F5)
    qtbot.wait(50)
    assert counts.isVisible() and counts.presenting and counts.height() > small
    assert window.editor.view.viewport().geometry().contains(counts.geometry())
    qtbot.keyClick(window.editor.view, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert counts.height() == small
