"""What the view paints at a new zoom is what the steps look like, however it is painted.

The first frame after a zoom change paints the steps straight onto the screen instead of
through their (emptied) device caches; the user must not see a difference, and the steps
must keep their cache for the frames that follow.
"""

from PySide6.QtWidgets import QGraphicsItem

from journeymapper.canvas import CanvasEditor
from journeymapper.io.templates import find_template
from journeymapper.state import MapSession

from canvas_support import shown_editor

CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache


def _editor(qtbot, template="sample-airline"):
    return shown_editor(qtbot, template, (1100, 700))


def test_a_zoom_change_paints_the_same_picture_and_keeps_the_step_caches(qtbot):
    editor = _editor(qtbot)
    view, scene = editor.view, editor.scene
    steps = scene.node_items()
    assert steps and all(item.cacheMode() == CACHED for item in steps)
    view.set_zoom(1.0)
    view.viewport().grab()
    for zoom in (1.5, 2.25, 0.8):
        view.set_zoom(zoom)
        view.centerOn(steps[3])
        first = view.viewport().grab().toImage()
        assert all(item.cacheMode() == CACHED for item in steps)
        again = view.viewport().grab().toImage()  # through the caches, filled now
        for item in steps:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        reference = view.viewport().grab().toImage()
        for item in steps:
            item.setCacheMode(CACHED)
        assert first == reference, zoom
        # through the cache the picture may differ by antialiasing along card edges only
        differing = sum(1 for y in range(0, again.height(), 3) for x in range(0, again.width(), 3)
                        if again.pixel(x, y) != reference.pixel(x, y))
        assert differing < again.width() * again.height() / 9 * 0.02, zoom


def test_hovering_after_a_zoom_still_repaints_the_card(qtbot):
    editor = _editor(qtbot, "sample-plumber-no")
    view, scene = editor.view, editor.scene
    view.set_zoom(1.7)
    item = scene.node_items()[0]
    view.centerOn(item)
    view.viewport().grab()
    before = view.viewport().grab(view.mapFromScene(item.sceneBoundingRect()).boundingRect())
    item.setSelected(True)  # drawn with the selection outline: the cache must follow
    after = view.viewport().grab(view.mapFromScene(item.sceneBoundingRect()).boundingRect())
    assert before.toImage() != after.toImage()


def test_around_a_zoomed_out_map_the_view_is_plain_background(qtbot):
    # the viewport is not cleared before each frame (the columns cover the map): what lies
    # outside the map must still be painted, not left with an older frame's pixels
    editor = _editor(qtbot)
    view = editor.view
    view.set_zoom(2.0)
    view.viewport().grab()
    view.set_zoom(0.2)
    view.centerOn(editor.scene.sceneRect().center())
    image = view.viewport().grab().toImage()
    base = view.palette().color(view.viewport().backgroundRole()).rgb()
    corners = [(2, 2), (image.width() - 3, 2), (2, image.height() - 3),
               (image.width() - 3, image.height() - 3)]
    assert [image.pixel(x, y) & 0xFFFFFF for x, y in corners] == [base & 0xFFFFFF] * 4
    # the map itself is there (at the top of the view, where a small map sits)
    middle = view.mapFromScene(*editor.scene.grid.cell(
        editor.scene.grid.stage_ids[0], editor.scene.grid.journey_ids[0]).centre)
    assert image.pixel(middle.x(), middle.y()) & 0xFFFFFF != base & 0xFFFFFF


def test_a_stamped_face_looks_like_the_drawn_one(qapp):
    # on screen faces are stamped from an image made once per zoom; the stamp must be
    # the face the vector drawing gives (exports to SVG and PDF draw the shapes)
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from journeymapper.canvas.node_items import _draw_face, _face
    from journeymapper.canvas.style import style_for

    def render(draw, rating, scale):
        image = QImage(120, 120, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        draw(painter, QRectF(4, 4, 22, 22), rating, style_for(False))
        painter.end()
        return image

    def largest_difference(a, b):
        return max(abs(((pa >> shift) & 0xFF) - ((pb >> shift) & 0xFF))
                   for y in range(a.height()) for x in range(a.width())
                   for pa, pb in [(a.pixel(x, y), b.pixel(x, y))] for shift in (0, 8, 16))

    for rating in (-2, -1, 0, 1, 2):
        for scale in (1.0, 2.0, 3.0):
            stamped, drawn = render(_face, rating, scale), render(_draw_face, rating, scale)
            # at whole device pixels the same picture, but for rounding where edges blend
            assert largest_difference(stamped, drawn) <= 3, (rating, scale)
    assert largest_difference(render(_face, 2, 2.0), render(_face, -2, 2.0)) > 100  # the mouth


def test_steps_and_arrows_are_drawn_the_same_size_on_a_screen_of_any_dpi(qtbot):
    # steps and arrows replay a recorded drawing, and Qt scales a replay by the device's
    # dpi: on a 120-dpi screen (or a PNG exported at 200 %, 192 dpi) they grew
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    editor = _editor(qtbot, "sample-plumber-no")
    scene = editor.scene
    source = QRectF(0, 0, 900, 420)  # at 100 %: steps in full, with their arrows
    for item in scene.items():  # drawn onto the image itself, as the image export does
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)

    def render(dpi):
        image = QImage(900, 420, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
        return image

    at_96 = render(96)
    assert sum(1 for i in scene.node_items() if i.scene_rect().intersects(source)) >= 3
    assert render(120) == at_96
    assert render(192) == at_96


def test_steps_stay_above_arrows_and_arrows_above_notes_across_cells(qapp):
    # items are parented by cell and layer; stacking must still follow the kind, not
    # which cell's items were made first
    from PySide6.QtCore import QPointF

    from journeymapper.canvas.scene import JourneyScene
    from journeymapper.model import JourneyDocument, MicroJourney, Note, Stage, Touchpoint

    doc = JourneyDocument()
    s1, s2 = doc.add_stage(Stage(name="Før")), doc.add_stage(Stage(name="Etter"))
    lane = doc.add_journey(MicroJourney(name="Å bestille"))
    step = doc.add_node(Touchpoint(label="Kjøp", stage_id=s2.id, journey_id=lane.id,
                                   x=0.0, y=40.0))
    other = doc.add_node(Touchpoint(label="Betal", stage_id=s2.id, journey_id=lane.id,
                                    x=0.0, y=200.0))
    doc.connect(step.id, other.id)
    # made last, in the first stage; a column holds its steps (it grows for them), so
    # the note reaches over into the second, under the step, only while it is dragged
    note = doc.add_node(Note(label="Husk æøå", stage_id=s1.id, journey_id=lane.id,
                             x=s1.width - 160.0, y=40.0))
    scene = JourneyScene(MapSession(doc))
    step_item, note_item = scene.node_item(step.id), scene.node_item(note.id)
    note_item.setPos(note_item.pos() + QPointF(120.0, 0.0))
    scene._hold(note_item)  # (as a drag frame does)
    overlap = step_item.scene_rect().intersected(note_item.scene_rect())
    assert not overlap.isEmpty()
    found = [i for i in scene.items(overlap.center()) if i in (step_item, note_item)]
    assert found == [step_item, note_item]  # topmost first: the step over the note
    arrow = scene.edge_items()[0]
    arrow.ensure_routed()
    on_arrow = arrow.path().pointAtPercent(0.5)
    under = [i for i in scene.items(QPointF(on_arrow)) if i in (arrow, note_item)]
    assert under in ([arrow], [arrow, note_item])  # never a note over an arrow
    scene.close()


def test_dragging_a_rated_step_repaints_all_of_the_curve_that_changed(qtbot, monkeypatch):
    # the emotion curve asks Qt to repaint only the stretch that can change: every pixel
    # of the curve that differs after a drag frame must lie in what it asked for
    from PySide6.QtCore import QPointF, QRectF

    from journeymapper.canvas.grid_items import EmotionCurveItem

    editor = _editor(qtbot, "sample-plumber-no")
    view, scene = editor.view, editor.scene
    view.set_zoom(1.0)
    view.centerOn(600, 350)
    item = [i for i in scene.node_items()
            if i.node.kind.value == "touchpoint" and i.node.rating is not None][1]
    curve = scene.emotion_curve(item.node.journey_id)
    item.setSelected(True)  # a drag moves the selected steps
    def curve_alone():
        for other in scene.items():
            if other is not curve and other.parentItem() is None:
                other.setOpacity(0.0)  # the curve alone on screen (the drop hint too)

    curve_alone()
    asked: list[QRectF] = []
    original = EmotionCurveItem.update

    def recording(self, *args):
        if self is curve:
            asked.append(QRectF(*args) if args else QRectF(self.boundingRect()))
        return original(self, *args)

    monkeypatch.setattr(EmotionCurveItem, "update", recording)

    def check(change, label):
        before = view.viewport().grab().toImage()
        asked.clear()
        change()
        curve_alone()
        after = view.viewport().grab().toImage()
        assert asked, label
        areas = [view.mapFromScene(r).boundingRect().adjusted(-1, -1, 1, 1) for r in asked]
        changed = [(x, y) for y in range(before.height()) for x in range(0, before.width())
                   if before.pixel(x, y) != after.pixel(x, y)]
        assert changed, label  # the curve did change
        outside = [(x, y) for x, y in changed if not any(a.contains(x, y) for a in areas)]
        assert not outside, (label, areas, outside[:3], curve.points())
        assert max(a.width() for a in areas) < view.viewport().width()  # not all of it

    start = item.pos()
    for k in (1, 4, 9):  # a drag, passing its neighbours on the last frame
        def drag(k=k):
            item.setPos(start + QPointF(24 * k, 0))
            scene.steps_dragged()
        check(drag, f"drag {k}")
    # a rating taken away and given back, a new rated step and its removal, by commands
    from journeymapper.commands import AddNodeCommand, UpdateNodeCommand, push
    from journeymapper.model import Touchpoint

    stack, document = editor.session.undo_stack, editor.session.document
    node_id = item.node_id
    check(lambda: push(stack, UpdateNodeCommand(document, node_id, rating=None)), "unrated")
    check(lambda: push(stack, UpdateNodeCommand(document, node_id, rating=-2)), "rated")
    new = Touchpoint(label="Ny – æøå", stage_id=item.node.stage_id,
                     journey_id=item.node.journey_id, x=200.0, y=20.0, rating=2)
    check(lambda: push(stack, AddNodeCommand(document, new)), "added")
    check(stack.undo, "removed")


def test_faces_sit_on_their_cards_when_the_view_is_painted_inside_a_window(qtbot):
    # a view inside a window is painted with an offset (its place in the window): the
    # stamped faces must follow it, also in the first frame after a zoom change
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(37, 53, 0, 0)
    editor = CanvasEditor(MapSession(find_template("sample-plumber-no").open()))
    layout.addWidget(editor)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    view = editor.view
    for zoom in (1.0, 1.5):
        view.set_zoom(zoom)
        view.centerOn(600, 300)
        whole = window.grab().toImage()  # the first frame at this zoom, as on screen
        alone = view.viewport().grab().toImage()
        origin = view.viewport().mapTo(window, view.viewport().rect().topLeft())
        part = whole.copy(origin.x(), origin.y(), alone.width(), alone.height())
        part = part.convertToFormat(alone.format())
        # the same picture; thin lines may differ in their antialiasing (the window's clip)
        moved = [(x, y) for y in range(0, alone.height()) for x in range(alone.width())
                 if _far_apart(part.pixel(x, y), alone.pixel(x, y))]
        assert moved == [], (zoom, moved[:5])


def _far_apart(a: int, b: int) -> bool:
    return max(abs(((a >> s) & 255) - ((b >> s) & 255)) for s in (0, 8, 16)) > 96
