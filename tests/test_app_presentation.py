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


# --- a fitted run of the map ends at a stage's edge ---------------------------------

from journeymapper.app.presentation import run_of  # noqa: E402


def test_pages_of_whole_stages_as_few_as_fit_and_none_left_narrow_alone():
    stages = [(0, 974), (974, 1534), (1534, 2094), (2094, 2374), (2374, 3506)]
    pages = [run_of(stages, i, 1212, (s + 10, s + 20), []) for i, (s, _) in enumerate(stages)]
    # 560 + 560 would fit too, but would leave the 280 stage alone on a page of its own
    assert pages == [(0, 974), (974, 1534), (1534, 2374), (1534, 2374), (2374, 3506)]
    assert run_of(stages, 2, 10_000, (1600, 1700), []) == (0, 3506)  # all of it fits


def test_a_stage_wider_than_the_screen_shows_the_part_around_the_step_with_no_card_cut():
    cards = [(x, x + 160) for x in range(0, 3000, 200)]  # 160 wide, 40 apart
    start, end = run_of([(0, 3000)], 0, 1000, (1400, 1560), cards)
    assert start <= 1400 and 1560 <= end and end - start <= 1000
    assert not any(a < start < b or a < end < b for a, b in cards)


@pytest.mark.parametrize("template", ["sample-airline", "sample-b2b-software"])
def test_no_card_is_cut_at_the_edge_of_the_screen_at_any_stop_of_the_presentation(
        qtbot, monkeypatch, template):
    """At 1920×1080 every card in sight is whole: the run of the map shown ends at a
    stage's (and the lane's) edge, and what is beside it shows nothing of the map."""
    from PySide6.QtGui import QColor, QPalette

    assert windows.open_windows() == []
    window = windows.new_from_template(template)
    try:
        qtbot.waitExposed(window)
        # the test screen is 800 × 800: the projector's full screen is a window of its size
        monkeypatch.setattr(window, "showFullScreen",
                            lambda: window.setGeometry(0, 0, 1920, 1080))
        window.actions["presentation"].trigger()
        view, scene = window.editor.view, window.editor.scene
        qtbot.waitUntil(lambda: view.viewport().width() >= 1900, timeout=3000)
        presentation = window.presentation
        qtbot.waitUntil(lambda: presentation.frame() is not None
                        and view.shown_rect() == presentation.frame(), timeout=3000)
        paper = view.palette().color(QPalette.ColorRole.Base)
        blank_beside = labels_on_edges = 0
        steps = presentation.steps()
        assert len(steps) > 10
        for number, step in enumerate(steps):
            if number:
                _press(qtbot, window, Qt.Key.Key_PageDown)
            assert window.session.selection.ids() == (step,)
            assert view.name_px() >= NAME_PX - 0.01  # still readable from the back
            shown = view.shown_rect()
            assert shown == presentation.frame(), (number, view.viewport().rect(), view.zoom())
            assert view.mapToScene(view.viewport().rect()).boundingRect().contains(shown)
            assert shown.contains(scene.node_item(step).sceneBoundingRect())
            for item in scene.node_items():
                card = item.sceneBoundingRect()
                if shown.intersects(card):
                    assert shown.contains(card), (number, item.node.label)
            # an arrow's label on the run's edge is not cut either: it is drawn whole
            on_screen = view.mapToScene(view.viewport().rect()).boundingRect()
            for _arrow, label in view.labels_across(shown):
                assert on_screen.contains(label), (number, _arrow.edge.label)
                labels_on_edges += 1
            # beside the run the screen is empty paper, not half a card of the next stage
            right = view.mapFromScene(shown.topRight()).x() + 3
            middle = view.mapFromScene(shown.center()).y()
            if right < view.viewport().width() - 3:
                image = view.viewport().grab().toImage()
                row = {QColor(image.pixel(x, middle)).name()
                       for x in range(right, view.viewport().width() - 1)}
                assert row == {paper.name()}, (number, row)
                blank_beside += 1
        assert blank_beside  # (the checks above ran: the airline's "✓ Price as expected
        assert labels_on_edges or template != "sample-airline"  # 82 %" is on an edge)
        _press(qtbot, window, Qt.Key.Key_Escape)
        assert view.shown_only() is None  # out of presentation mode, the whole map again
    finally:
        close_all()
