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
        assert abs(view.zoom() - main_window.READABLE_ZOOM) < 1e-9
        assert view.horizontalScrollBar().value() == view.horizontalScrollBar().minimum()
        assert view.verticalScrollBar().value() == view.verticalScrollBar().minimum()
        assert "70" in window.zoom_label.text()
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
                               monkeypatch, size=(2600, 1400))
    try:
        view = window.editor.view
        assert view.zoom() >= main_window.READABLE_ZOOM
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        assert shown.contains(window.editor.scene.steps_rect())
        assert measured  # fitted to what the map draws, arrows included
    finally:
        close_all()
