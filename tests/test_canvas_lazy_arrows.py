"""Arrows are routed when first needed (painted, hit, asked for their label), not on opening.

What the user sees must not depend on it: every label lands where opening the map and
routing every arrow in order would put it, whichever arrow is looked at first, and an
arrow is never clipped by the bounds it had before it was routed.
"""

import random

from PySide6.QtCore import QRectF

from benchmarks.synthetic import make_map
from journeymapper.canvas import CanvasEditor
from journeymapper.canvas.scene import JourneyScene
from journeymapper.io import dumps, loads
from journeymapper.io.templates import find_template
from journeymapper.state import MapSession

from canvas_support import shown_editor


def _inside(outer: QRectF, inner: QRectF) -> bool:
    return outer.contains(inner.topLeft()) and outer.contains(inner.bottomRight())


def _shown(qtbot, document) -> CanvasEditor:
    """The document in a shown 1200×800 editor."""
    return shown_editor(qtbot, document)


def _labels(document, order="forward"):
    scene = JourneyScene(MapSession(document))
    items = scene.edge_items()
    if order == "reverse":
        items.reverse()
    elif order == "shuffled":
        random.Random(7).shuffle(items)
    for item in items:
        item.label_rect()  # routes it (and the arrows its label must keep clear of)
    return {i.item_id: (i.label_rect().getRect(), i.path().boundingRect().getRect())
            for i in scene.edge_items()}


def test_labels_land_in_the_same_place_whichever_arrow_is_routed_first(qapp):
    for document in (find_template("sample-airline").open(), make_map(600, seed=3)):
        forward = _labels(document)
        assert sum(1 for rect, _ in forward.values() if rect[2] > 0) >= 5  # labels exist
        assert _labels(document, "reverse") == forward
        assert _labels(document, "shuffled") == forward


def test_bounds_before_routing_hold_the_whole_arrow(qapp):
    document = make_map(600, seed=5)
    scene = JourneyScene(MapSession(document))
    for item in scene.edge_items():
        assert item.lazy
        before = QRectF(item.boundingRect())
        item.ensure_routed()
        assert _inside(before, item.path().boundingRect())
        assert item.label_rect().isNull() or _inside(before, item.label_rect())
        assert item.boundingRect() == before  # routing later never moves the item's bounds


def test_opening_a_big_map_routes_only_the_arrows_in_view(qtbot):
    editor = _shown(qtbot, make_map(1500, seed=11))
    editor.view.reset_zoom()
    editor.view.viewport().grab()
    scene = editor.scene
    visible = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
    items = scene.edge_items()
    in_view = [i for i in items if i.boundingRect().intersects(visible)]
    assert in_view and not any(i.lazy for i in in_view)  # painted: routed, label placed
    assert sum(1 for i in items if i.lazy) > len(items) // 2  # the rest waits


def test_after_auto_layout_labels_are_where_reopening_the_map_puts_them(qtbot):
    session = MapSession(find_template("sample-airline").open())
    editor = CanvasEditor(session)
    qtbot.addWidget(editor)
    scene = editor.scene
    for item in scene.edge_items():
        item.label_rect()  # as if everything had been on screen before the layout
    assert scene.editing.auto_layout(None)
    reopened = _labels(loads(dumps(session.document)))
    now = {i.item_id: (i.label_rect().getRect(), i.path().boundingRect().getRect())
           for i in scene.edge_items()}
    assert now == reopened


def test_an_arrow_on_screen_has_its_tooltip(qtbot):
    # tooltips are made when an arrow is routed, which happens before it can be hovered
    editor = _shown(qtbot, find_template("sample-airline").open())
    editor.view.reset_zoom()
    editor.view.viewport().grab()
    visible = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
    labelled = [i for i in editor.scene.edge_items()
                if i.edge.label and i.boundingRect().intersects(visible)]
    assert labelled
    for item in labelled:
        assert item.edge.label in item.toolTip()
    hidden = next(i for i in editor.scene.edge_items() if i.lazy and i.edge.label) \
        if any(i.lazy and i.edge.label for i in editor.scene.edge_items()) else None
    if hidden is not None:  # an arrow off screen gets its tooltip once its shape is asked
        hidden.shape()
        assert hidden.edge.label in hidden.toolTip()


def test_the_whole_map_at_a_glance_draws_every_arrow_without_routing_it(qtbot):
    # below 40 % zoom an arrow is its line and head (labels are unreadable there), so a
    # first whole view of a big map does not place every label
    editor = _shown(qtbot, make_map(1500, seed=11))
    items = editor.scene.edge_items()
    waiting = sum(1 for i in items if i.lazy)  # all but the ones the first view showed
    assert waiting > len(items) * 0.8
    editor.view.fit_map()
    assert editor.view.zoom() < 0.4
    with_arrows = editor.view.viewport().grab().toImage()
    assert sum(1 for i in items if i.lazy) == waiting  # fitted and drawn, none routed
    for item in items:
        item.hide()
    without = editor.view.viewport().grab().toImage()
    changed = sum(1 for y in range(0, with_arrows.height(), 2)
                  for x in range(0, with_arrows.width(), 2)
                  if with_arrows.pixel(x, y) != without.pixel(x, y))
    assert changed > 2000  # the arrows are there
    for item in items:
        item.show()
    editor.view.set_zoom(1.0)
    editor.view.centerOn(editor.scene.sceneRect().center())
    editor.view.viewport().grab()
    assert sum(1 for i in items if i.lazy) < waiting  # readable again: those in view routed
