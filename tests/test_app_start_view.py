"""What a map shows when its window opens: all of it if readable so, else its top-left."""

from __future__ import annotations

import sys
from pathlib import Path

from journeymapper import io
from journeymapper.app import main_window
from journeymapper.canvas.scene import JourneyScene

from test_app_support import close_all, open_in_window

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.synthetic import make_map  # noqa: E402


def _opened(qtbot, tmp_path, document, monkeypatch, size=(1200, 800)):
    measured = []
    drawn = JourneyScene.drawn_rect
    monkeypatch.setattr(JourneyScene, "drawn_rect",
                        lambda self, labels: (measured.append(labels), drawn(self, labels))[1])
    path = tmp_path / "map.jmap"
    io.save(document, path)
    window = open_in_window(qtbot, path)
    window.resize(*size)
    qtbot.wait(50)  # the view takes its new size
    window.show_start_of_map()
    return window, measured


def test_a_big_map_opens_readable_at_its_top_left_without_measuring_every_arrow(
        qtbot, tmp_path, monkeypatch):
    window, measured = _opened(qtbot, tmp_path, make_map(300, seed=3), monkeypatch)
    try:
        view = window.editor.view
        assert view.name_px() >= main_window.READABLE_NAME_PX - 1e-6  # names readable at once
        assert view.horizontalScrollBar().value() == view.horizontalScrollBar().minimum()
        assert view.verticalScrollBar().value() == view.verticalScrollBar().minimum()
        assert f"{round(view.zoom() * 100)} %" in window.zoom_label.text()
        # the first stage's and lane's names are in view
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        grid = window.editor.scene.grid
        first = grid.cell(grid.stage_ids[0], grid.journey_ids[0])
        assert shown.contains(first.x, first.y)
        assert measured == []  # the arrows were not measured for a fit not used
    finally:
        close_all()


def test_a_small_map_opens_whole(qtbot, tmp_path, monkeypatch):
    from journeymapper.io.templates import find_template

    window, measured = _opened(qtbot, tmp_path, find_template("sample-plumber").open(),
                               monkeypatch, size=(3200, 1600))
    try:
        view = window.editor.view
        assert view.name_px() >= main_window.READABLE_NAME_PX - 1e-6
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        assert shown.contains(window.editor.scene.steps_rect())
        assert measured  # fitted to what the map draws, arrows included
    finally:
        close_all()


def test_a_sample_opens_with_names_of_twelve_pixels_and_its_first_stage(qtbot, tmp_path,
                                                                       monkeypatch):
    from journeymapper.io.templates import find_template

    window, _ = _opened(qtbot, tmp_path, find_template("sample-airline").open(), monkeypatch,
                        size=(1920, 1080))
    try:
        view = window.editor.view
        label_px = window.editor.scene.style.label_font.pixelSize()
        assert view.zoom() * label_px >= 12 - 1e-6  # it opened at 70 %: names of about 8 px
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        grid = window.editor.scene.grid
        first = grid.column(grid.stage_ids[0])
        assert shown.left() <= first.x and shown.right() >= first.x + first.w
    finally:
        close_all()


def test_fit_puts_a_wide_map_under_the_toolbar_not_in_a_band(qtbot, tmp_path, monkeypatch):
    """Fit (Ctrl+0) with the panels open left about 120 px empty above a wide map."""
    from journeymapper.io.templates import find_template

    for name in ("sample-airline", "sample-b2b-software"):
        window, _ = _opened(qtbot, tmp_path, find_template(name).open(), monkeypatch,
                            size=(1920, 1080))
        try:
            view = window.editor.view
            view.fit_map()
            map_in_view = view.mapFromScene(
                window.editor.scene.drawn_rect(labels=False)).boundingRect()
            height = view.viewport().height()
            assert map_in_view.top() <= 0.07 * height, (name, map_in_view.top(), height)
            assert map_in_view.bottom() <= height  # the whole map is in view
        finally:
            close_all()
