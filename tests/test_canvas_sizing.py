"""On the real scene: a step that grows for its words moves its neighbours, its column
and its lane instead of covering them, and an undo puts everything back.

The rules themselves are tested without Qt in ``test_look_sizing.py``; here the
scene follows an edit the way the window does (one command on the undo stack).
"""

from itertools import combinations

import pytest
from PySide6.QtCore import QPointF

from journeymapper.canvas.scene import JourneyScene
from journeymapper.commands import UpdateNodeCommand, push
from journeymapper.io.templates import find_template, list_templates
from journeymapper.model import Connection, JourneyDocument, MicroJourney, Stage, Touchpoint
from journeymapper.model import geometry as g
from journeymapper.state import MapSession

LONG = ("Kunden ringer kundesenteret og venter i telefonkø i tjue minutter før en "
        "saksbehandler svarer og sender hen videre til økonomi")


def _tight_map() -> JourneyDocument:
    """Two stages and two lanes packed as tight as the stored sizes allow."""
    doc = JourneyDocument()
    doc.add_stage(Stage(id="s1", name="Før", width=392))
    doc.add_stage(Stage(id="s2", name="Etter", width=200))
    doc.add_journey(MicroJourney(id="j1", name="Å bestille", height=176))
    doc.add_journey(MicroJourney(id="j2", name="Å få hjelp", height=176))
    for node_id, stage, lane, x in (("a", "s1", "j1", 16), ("b", "s1", "j1", 216),
                                    ("c", "s2", "j1", 16), ("d", "s1", "j2", 16)):
        doc.add_node(Touchpoint(id=node_id, label=f"Steg {node_id}", stage_id=stage,
                                journey_id=lane, x=x, y=16))
    for source, target in (("a", "b"), ("b", "c"), ("a", "d")):
        doc.add_edge(Connection(source=source, target=target))
    return doc


def _rects(scene) -> dict:
    return {item.node_id: item.scene_rect() for item in scene.node_items()}


def _nothing_overlaps(scene) -> list[str]:
    found = []
    for (a, ra), (b, rb) in combinations(_rects(scene).items(), 2):
        if ra.intersects(rb):
            found.append(f"{a} on {b}")
    grid = scene.grid
    for item in scene.node_items():
        rect, node = item.scene_rect(), item.node
        column, band = grid.column(node.stage_id), grid.emotion_band(node.journey_id)
        if rect.left() < column.x or rect.right() > column.right:
            found.append(f"{node.id} out of its column")
        if rect.bottom() > band.y or rect.top() < grid.lane(node.journey_id).y:
            found.append(f"{node.id} out of its lane")
    return found


def _arrows_touch_their_steps(scene) -> list[str]:
    """An arrow starts on its source's edge and ends on its target's (not where they
    were before they moved)."""
    found = []
    rects = _rects(scene)
    for arrow in scene.edge_items():
        path = arrow.path()
        start, end = path.pointAtPercent(0.0), path.pointAtPercent(1.0)
        if not rects[arrow.edge.source].adjusted(-3, -3, 3, 3).contains(start):
            found.append(f"{arrow.edge.source}→{arrow.edge.target} leaves from elsewhere")
        if not rects[arrow.edge.target].adjusted(-14, -14, 14, 14).contains(end):
            found.append(f"{arrow.edge.source}→{arrow.edge.target} ends elsewhere")
    return found


@pytest.fixture
def tight(qapp):
    doc = _tight_map()
    session = MapSession(doc)
    scene = JourneyScene(session)
    yield doc, session, scene
    scene.clearSelection()  # (a scene destroyed with a selection tells a dead object so)
    scene.close()
    session.close()


def test_a_card_that_grows_moves_its_neighbours_its_column_and_the_lane_below(tight):
    doc, session, scene = tight
    before = _rects(scene)
    column, lane_below = scene.grid.column("s2"), scene.grid.lane("j2")
    header = scene.stage_header("s2").rect
    assert _nothing_overlaps(scene) == []

    push(session.undo_stack, UpdateNodeCommand(doc, "a", label=LONG))

    after = _rects(scene)
    grew_w = after["a"].width() - before["a"].width()
    grew_h = after["a"].height() - before["a"].height()
    assert grew_w > 0 and grew_h > 0  # wider, then a fourth line
    assert after["b"].x() == pytest.approx(before["b"].x() + grew_w)  # pushed aside
    assert scene.grid.column("s2").x > column.x  # its column grew: the next one moved
    assert after["c"].x() - scene.grid.column("s2").x == pytest.approx(before["c"].x() - column.x)
    assert scene.stage_header("s2").rect.x() == scene.grid.column("s2").x != header.x()
    assert scene.grid.lane("j2").y > lane_below.y  # its lane grew: the one below moved
    assert after["d"].y() - scene.grid.lane("j2").y == pytest.approx(before["d"].y() - lane_below.y)
    assert _nothing_overlaps(scene) == []
    assert _arrows_touch_their_steps(scene) == []
    assert not scene.node_item("a").content.cut

    session.undo_stack.undo()
    assert _rects(scene) == before
    assert scene.grid.column("s2") == column and scene.grid.lane("j2") == lane_below
    assert _arrows_touch_their_steps(scene) == []


def test_an_owner_with_a_longer_name_widens_the_cards_that_name_it(tight):
    doc, session, scene = tight
    from journeymapper.model import Owner

    owner = doc.add_owner(Owner(name="IT", colour="#0072B2"))
    push(session.undo_stack, UpdateNodeCommand(doc, "a", owner_id=owner.id))
    width = scene.node_item("a").width
    doc.update_owner(owner.id, name="Informasjonsteknologi og digitale kanaler")
    item = scene.node_item("a")
    assert item.width > width and item.content.foot.text.endswith("digitale kanaler")
    assert _nothing_overlaps(scene) == []


def test_a_step_dropped_beside_a_grown_one_is_stored_where_it_lands(tight):
    doc, session, scene = tight
    doc.update_stage("s1", width=640)  # room to drag into
    push(session.undo_stack, UpdateNodeCommand(doc, "a", label=LONG))
    grown, b = scene.node_item("a"), scene.node_item("b")
    # drag b a little further right, as the mouse does
    scene.select_ids(["b"])
    scene.begin_drag()
    b.setPos(b.pos() + QPointF(40, 0))
    scene.steps_dragged()
    scene.end_drag()
    assert doc.node("b").x == 216 + 40  # stored: where the unspread map has it
    assert b.scene_rect().x() == pytest.approx(grown.scene_rect().right() + 40 + 40)
    assert _nothing_overlaps(scene) == []


@pytest.mark.parametrize("large", [False, True], ids=["100%", "large-print"])
@pytest.mark.parametrize("name", [t.name for t in list_templates()])
def test_no_step_covers_another_or_leaves_its_cell_on_any_template(qapp, name, large):
    session = MapSession(find_template(name).open())
    scene = JourneyScene(session)
    try:
        if large:
            scene.set_large_print(True)
        assert _nothing_overlaps(scene) == []
        assert _arrows_touch_their_steps(scene) == []
    finally:
        scene.close()
        session.close()


def test_large_print_scales_the_steps_with_the_type(qapp):
    session = MapSession(find_template("sample-airline").open())
    scene = JourneyScene(session)
    try:
        normal = {i.node_id: (i.width, i.height) for i in scene.node_items()}
        scene.set_large_print(True)
        for item in scene.node_items():
            w, h = normal[item.node_id]
            assert item.width >= w * 1.4 and item.height >= h * 1.4
        assert scene.grid.width > g.LANE_HEADER_WIDTH + sum(
            s.width for s in session.document.stages)  # the grid spread for them
        scene.set_large_print(False)
        assert {i.node_id: (i.width, i.height) for i in scene.node_items()} == normal
    finally:
        scene.close()
        session.close()
