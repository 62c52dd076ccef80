"""The keyboard flow's rules, without Qt: Tab never drops a step on another, inserts it
into the journey, and grows the stage or lane that must hold it — as one transaction."""

from __future__ import annotations

from journeymapper import io
from journeymapper.model import (
    Crossroads,
    EdgeKind,
    JourneyDocument,
    MicroJourney,
    Stage,
    Touchpoint,
)
from journeymapper.model import geometry as g
from journeymapper.model.editing import add_next_step, place_next


def _map():
    doc = JourneyDocument()
    doc.add_stage(Stage(id="s", name="Kjøp", width=480))
    doc.add_journey(MicroJourney(id="j", name="Bestilling", height=300))
    w, _ = g.node_size(Touchpoint(id="x", stage_id="s", journey_id="j").kind)
    doc.add_node(Touchpoint(id="a", label="Søk", stage_id="s", journey_id="j", x=16, y=40))
    doc.add_node(Touchpoint(id="b", label="Betal", stage_id="s", journey_id="j",
                            x=16 + w + 48, y=40))
    doc.connect("a", "b", label="videre", share=90)
    return doc


def _rect(doc, node_id):
    node = doc.node(node_id)
    w, h = g.node_size(node.kind)
    return node.x, node.y, node.x + w, node.y + h


def _overlap(r1, r2):
    return r1[0] < r2[2] and r2[0] < r1[2] and r1[1] < r2[3] and r2[1] < r1[3]


def test_tab_in_the_middle_of_a_journey_inserts_the_step_and_makes_room():
    doc = _map()
    before = io.dumps(doc)
    batches = []
    doc.subscribe_batches(batches.append)
    w, h = g.node_size(Touchpoint(id="x", stage_id="s", journey_id="j").kind)
    x, y = place_next(doc, "a", w, h, below=False)
    new = Touchpoint(id="n", label="Velg sete – æøå", stage_id="s", journey_id="j", x=x, y=y)
    with doc.transaction("Legg til neste steg") as edit:
        add_next_step(doc, "a", new)
    assert len(batches) == 1  # one action, heard once
    # A → new → B, and the old arrow's words travel on
    assert [e.target for e in doc.out_edges("a")] == ["n"]
    [onward] = doc.out_edges("n")
    assert (onward.target, onward.label, onward.share) == ("b", "videre", 90)
    # nothing overlaps, and the stage holds everything
    ids = ["a", "n", "b"]
    assert not any(_overlap(_rect(doc, p), _rect(doc, q))
                   for i, p in enumerate(ids) for q in ids[i + 1:])
    assert max(_rect(doc, i)[2] for i in ids) + g.CELL_PADDING <= doc.stage("s").width
    doc.replay(edit.changes, backwards=True)
    assert io.dumps(doc) == before


def test_a_branch_below_grows_the_lane_and_takes_the_bad_turn():
    doc = _map()
    doc.add_node(Crossroads(id="c", label="Er prisen tydelig?", stage_id="s", journey_id="j",
                            x=16, y=200))
    w, h = g.node_size(Touchpoint(id="x", stage_id="s", journey_id="j").kind)
    x, y = place_next(doc, "c", w, h, below=True)
    new = Touchpoint(id="n", stage_id="s", journey_id="j", x=x, y=y)
    add_next_step(doc, "c", new, below=True, sentiment="bad")
    [branch] = doc.out_edges("c")
    assert branch.kind == EdgeKind.BRANCH and branch.sentiment.value == "bad"
    assert doc.journey("j").height >= new.y + h + g.EMOTION_BAND  # above the emotion band


def test_auto_layout_is_one_transaction_that_undoes_exactly():
    from journeymapper.io.templates import find_template
    from journeymapper.model.layout import plan_layout

    doc = find_template("sample-airline").open()
    for node in list(doc.nodes())[:6]:  # a messy map: steps pushed about
        doc.update_node(node.id, x=node.x + 96, y=max(0.0, node.y - 24))
    before = io.dumps(doc)
    plan = plan_layout(doc)
    assert not plan.is_tidy(doc)
    batches = []
    doc.subscribe_batches(batches.append)
    with doc.transaction("Automatisk oppsett") as edit:
        plan.apply(doc)
    assert len(batches) == 1 and plan_layout(doc).is_tidy(doc)
    doc.replay(edit.changes, backwards=True)
    assert io.dumps(doc) == before
