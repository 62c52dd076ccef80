"""Auto-layout (Qt-free): flow order left to right, branches fanned, nothing overlaps."""

import random

import pytest

from journeymapper.io.templates import find_template, list_templates
from journeymapper.model import (
    Crossroads,
    EdgeKind,
    Note,
    Outcome,
    Sentiment,
    Touchpoint,
)
from journeymapper.model import geometry as g
from journeymapper.model.flow import flow_order
from journeymapper.model.layout import plan_layout


def apply(doc, plan):
    for stage_id, width in plan.stage_widths.items():
        doc.update_stage(stage_id, width=width)
    for lane_id, height in plan.lane_heights.items():
        doc.update_journey(lane_id, height=height)
    for node_id, (s, j, x, y) in plan.places.items():
        doc.move_node(node_id, s, j, x, y)


def assert_tidy(doc, lanes=None):
    grid = g.GridLayout.of(doc)
    nodes = [n for n in doc.nodes() if lanes is None or n.journey_id in lanes]
    rects = {n.id: grid.node_rect(n) for n in nodes}
    for n in nodes:
        w, h = g.node_size(n.kind)
        stage, lane = doc.stage(n.stage_id), doc.journey(n.journey_id)
        assert 0 <= n.x and n.x + w <= stage.width, n.label
        assert 0 <= n.y and n.y + h <= lane.height - g.EMOTION_BAND, n.label
        assert n.x % g.GRID == 0 and n.y % g.GRID == 0
    ids = list(rects)
    for i, a in enumerate(ids):
        ra = rects[a]
        for b in ids[i + 1:]:
            rb = rects[b]
            overlap = (ra.x < rb.right and rb.x < ra.right and ra.y < rb.bottom
                       and rb.y < ra.bottom)
            assert not overlap, (doc.node(a).label, doc.node(b).label)


@pytest.mark.parametrize("name", [t.name for t in list_templates()])
def test_every_template_lays_out_tidily(name):
    doc = find_template(name).open()
    widths = {s.id: s.width for s in doc.stages}
    heights = {j.id: j.height for j in doc.journeys}
    apply(doc, plan_layout(doc))
    assert_tidy(doc)
    assert all(doc.stage(i).width >= w for i, w in widths.items())  # only grows
    assert all(doc.journey(i).height >= h for i, h in heights.items())
    # pressing auto-layout again has nothing left to do
    plan = plan_layout(doc)
    assert not plan.changed_places(doc) and not plan.stage_widths and not plan.lane_heights


def test_flow_runs_left_to_right_inside_a_stage():
    doc = find_template("empty-three-stages").open()
    s, j = doc.stages[0].id, doc.journeys[0].id
    steps = [doc.add_node(Touchpoint(label=f"steg {i}", stage_id=s, journey_id=j,
                                     x=8.0 * (5 - i), y=8.0 * i)) for i in range(5)]
    for a, b in zip(steps, steps[1:]):
        doc.connect(a.id, b.id)
    apply(doc, plan_layout(doc, j))
    xs = [doc.node(n.id).x for n in steps]
    ys = {doc.node(n.id).y for n in steps}
    assert xs == sorted(xs) and len(set(xs)) == 5
    assert len(ys) == 1  # one row: a straight line
    assert [doc.node(i).label for i in flow_order(doc, j)] == [f"steg {i}" for i in range(5)]
    assert_tidy(doc)


def test_branches_go_above_and_below_good_straight_on():
    doc = find_template("empty-three-stages").open()
    s, j = doc.stages[0].id, doc.journeys[0].id
    start = doc.add_node(Touchpoint(label="tilbud", stage_id=s, journey_id=j))
    fork = doc.add_node(Crossroads(label="pris ok?", stage_id=s, journey_id=j))
    good = doc.add_node(Outcome(label="kjøper", stage_id=s, journey_id=j))
    bad = doc.add_node(Outcome(label="går", stage_id=s, journey_id=j))
    maybe = doc.add_node(Touchpoint(label="tenker", stage_id=s, journey_id=j))
    note = doc.add_node(Note(label="husk", stage_id=s, journey_id=j))
    doc.connect(start.id, fork.id)
    doc.connect(fork.id, bad.id, sentiment=Sentiment.BAD)
    doc.connect(fork.id, good.id, sentiment=Sentiment.GOOD)
    doc.connect(fork.id, maybe.id, sentiment=Sentiment.NEUTRAL)
    apply(doc, plan_layout(doc))
    grid = g.GridLayout.of(doc)
    cy = {n.id: grid.node_rect(doc.node(n.id)).centre[1] for n in (fork, good, bad, maybe)}
    assert cy[good.id] == pytest.approx(cy[fork.id], abs=g.GRID)  # the good way straight on
    assert cy[maybe.id] > cy[fork.id] and cy[bad.id] < cy[fork.id]  # fanned below, above
    assert doc.node(good.id).x > doc.node(fork.id).x
    assert all(doc.edge_between(fork.id, t.id).kind == EdgeKind.BRANCH
               for t in (good, bad, maybe))
    note_rect = grid.node_rect(doc.node(note.id))
    assert all(note_rect.y >= grid.node_rect(doc.node(n)).bottom
               for n in (start.id, fork.id, good.id, bad.id, maybe.id))
    assert_tidy(doc)


def test_one_lane_leaves_the_others_alone():
    doc = find_template("sample-airline").open()
    lane = doc.journeys[1].id
    others = {n.id: n for n in doc.nodes() if n.journey_id != lane}
    plan = plan_layout(doc, lane)
    assert set(plan.places) == {n.id for n in doc.nodes() if n.journey_id == lane}
    apply(doc, plan)
    assert all(doc.node(i) == n for i, n in others.items())
    assert_tidy(doc, {lane})


def test_a_random_tangle_comes_out_without_overlaps():
    rng = random.Random(3)
    doc = find_template("empty-five-stages").open()
    nodes = []
    for i in range(60):
        cls = rng.choice([Touchpoint, Touchpoint, Crossroads, Outcome, Note])
        nodes.append(doc.add_node(cls(label=f"n{i}", stage_id=rng.choice(doc.stages).id,
                                      journey_id=doc.journeys[0].id,
                                      x=rng.randrange(0, 200, 8), y=rng.randrange(0, 100, 8))))
    steps = [n for n in nodes if n.is_step]
    for _ in range(80):
        a, b = rng.sample(steps, 2)
        if doc.edge_between(a.id, b.id) is None:
            doc.connect(a.id, b.id)
    apply(doc, plan_layout(doc))
    assert_tidy(doc)
