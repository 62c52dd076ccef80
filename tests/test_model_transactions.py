"""One user action is one transaction: heard once, all or nothing, and replayable both ways.

Runs without Qt: the rules live in the document, so undo and the views can rely on them.
"""

from __future__ import annotations

import random

import pytest

from journeymapper import io
from journeymapper.io.templates import find_template
from journeymapper.model import (
    Crossroads,
    DocumentError,
    JourneyDocument,
    MicroJourney,
    Outcome,
    Owner,
    Stage,
    Target,
    Touchpoint,
)
from journeymapper.model import events as model_events


@pytest.fixture
def doc():
    d = JourneyDocument()
    d.add_stage(Stage(id="before", name="Før kjøp"))
    d.add_stage(Stage(id="during", name="Under kjøp"))
    d.add_journey(MicroJourney(id="booking", name="Bestilling"))
    d.add_owner(Owner(id="sales", name="Salg", colour="#E69F00"))
    d.add_node(Touchpoint(id="a", label="Søk på nett", stage_id="before", journey_id="booking",
                          owner_id="sales"))
    d.add_node(Crossroads(id="c", label="Er prisen tydelig?", stage_id="during",
                          journey_id="booking", owner_id="sales"))
    d.connect("a", "c")
    return d


def test_listeners_hear_one_batch_per_action_with_every_change_in_order(doc):
    batches, single = [], []
    doc.subscribe_batches(batches.append)
    doc.subscribe(single.append)
    with doc.transaction("Legg til utfall"):
        doc.add_node(Outcome(id="o", label="Bytter flyselskap", stage_id="during",
                             journey_id="booking", outcome="churn"))
        doc.connect("c", "o", sentiment="bad", share=35)
        assert batches == []  # nothing half-done is announced
    [batch] = batches
    assert batch.text == "Legg til utfall"
    assert [(c.action.value, c.target.value, c.id) for c in batch.changes] == [
        ("added", "node", "o"), ("added", "edge", doc.edge_between("c", "o").id)]
    assert list(batch.changes) == single  # per-change listeners heard the same, as it went


def test_a_removal_that_takes_arrows_along_is_one_batch(doc):
    batches = []
    doc.subscribe_batches(batches.append)
    doc.remove_node("a")
    [batch] = batches
    assert [c.target for c in batch.changes] == [Target.EDGE, Target.NODE]


def test_a_transaction_inside_another_joins_it(doc):
    batches = []
    doc.subscribe_batches(batches.append)
    with doc.transaction("Ytre"):
        with doc.transaction("Indre"):
            doc.update_node("a", label="Søk i appen")
        doc.update_stage("before", name="Før")
    assert [b.text for b in batches] == ["Ytre"] and len(batches[0].changes) == 2


def test_a_refused_action_leaves_nothing_half_done(doc):
    before = io.dumps(doc)
    original = doc.node("a")
    batches, single = [], []
    doc.subscribe_batches(batches.append)
    doc.subscribe(single.append)
    with pytest.raises(DocumentError, match="already an arrow"):
        with doc.transaction("Endre, fjern eier og koble"):
            doc.update_node("a", label="Endret – æøå")
            doc.remove_owner("sales")
            doc.connect("c", "a")
            doc.connect("c", "a")  # the same pair twice: refused
    assert io.dumps(doc) == before
    assert batches == []  # the views never saw the half-done action
    # Per-change listeners heard the changes and then their undoing, so they agree again.
    last_a = [c.new for c in single if c.target is Target.NODE and c.id == "a"][-1]
    assert last_a == original
    assert [c.target for c in single if c.target is Target.OWNER][-1:] == [Target.OWNER]
    assert doc.has_owner("sales") and doc.owner_index("sales") == 0


def test_replaying_backwards_and_forwards_gives_the_same_bytes_on_random_edits():
    rng = random.Random(20261207)
    changed_rounds = 0
    for round_ in range(30):
        doc = find_template("sample-airline").open()
        before = io.dumps(doc)
        with doc.transaction("mange endringer") as edit:
            for _ in range(rng.randrange(1, 8)):
                _random_edit(doc, rng)
        recorded = edit.changes
        after = io.dumps(doc)
        changed_rounds += after != before
        doc.replay(recorded, backwards=True)
        assert io.dumps(doc) == before, f"round {round_}: undo is not exact"
        doc.replay(recorded)
        assert io.dumps(doc) == after, f"round {round_}: redo is not exact"
    assert changed_rounds >= 25  # the edits really changed the map


def _random_edit(doc: JourneyDocument, rng: random.Random) -> None:
    nodes = sorted(n.id for n in doc.nodes())
    choice = rng.randrange(8)
    try:
        if choice == 0 and nodes:
            doc.remove_node(rng.choice(nodes))
        elif choice == 1 and nodes:
            node = doc.node(rng.choice(nodes))
            doc.update_node(node.id, label=node.label + " ✎ø", x=node.x + 40)
        elif choice == 2 and doc.owners:
            owners = [o.id for o in doc.owners]
            keep = rng.choice(owners + [None])
            gone = rng.choice(owners)
            if keep != gone:
                doc.remove_owner(gone, reassign_to=keep)
        elif choice == 3 and len(doc.stages) > 1:
            stages = [s.id for s in doc.stages]
            gone = rng.choice(stages)
            doc.remove_stage(gone, move_steps_to=rng.choice([s for s in stages if s != gone]))
        elif choice == 4 and len(doc.journeys) > 1:
            doc.move_journey(doc.journeys[0].id, len(doc.journeys) - 1)
        elif choice == 5:
            doc.add_stage(Stage(id=f"s{rng.randrange(10**6)}", name="Ny fase å"),
                          index=rng.randrange(len(doc.stages) + 1))
        elif choice == 6 and doc.edge_count():
            edge = rng.choice(sorted(e.id for e in doc.edges()))
            doc.disconnect(edge)
        elif choice == 7:
            doc.set_info(title=doc.info.title + " – ny")
    except DocumentError:
        pass  # a refused edit changes nothing, which the transaction also checks


def test_a_listener_that_fails_is_reported_and_the_others_still_hear(doc):
    heard, reported = [], []

    def broken(batch):
        raise RuntimeError("a panel with a bug")

    doc.subscribe_batches(broken)
    doc.subscribe_batches(heard.append)
    previous = model_events.set_error_handler(lambda listener, error: reported.append(error))
    try:
        doc.update_node("a", label="Ny")
    finally:
        model_events.set_error_handler(previous)
    assert len(heard) == 1
    assert [str(e) for e in reported] == ["a panel with a bug"]


def test_a_refused_part_undoes_only_itself_and_the_outer_action_goes_on(doc):
    batches = []
    doc.subscribe_batches(batches.append)
    with doc.transaction("Flere steg") as outer:
        doc.update_node("a", label="Først")
        with pytest.raises(DocumentError):
            with doc.transaction() as part:
                doc.update_node("c", label="Halvveis")
                doc.connect("a", "c")  # already there: refused
        assert doc.node("c").label == "Er prisen tydelig?" and part.changes == ()
        doc.update_stage("during", name="Under")
    [batch] = batches
    assert [c.id for c in batch.changes] == ["a", "during"] == [c.id for c in outer.changes]


def test_removing_a_stage_alone_moves_its_steps_beside_the_neighbours_and_undoes_exactly():
    """The rule is the document's: no command is needed for the steps to land well."""
    doc = find_template("sample-airline").open()
    stages = [s.id for s in doc.stages]
    gone, keep = stages[1], stages[0]
    kept_width, gone_width = doc.stage(keep).width, doc.stage(gone).width
    own = {n.id: n.x for n in doc.nodes() if n.stage_id == keep}
    moving = {n.id: n.x for n in doc.nodes() if n.stage_id == gone}
    assert own and moving
    before = io.dumps(doc)
    with doc.transaction("Fjern fase") as edit:
        doc.remove_stage(gone, move_steps_to=keep)
    assert doc.stage(keep).width == kept_width + gone_width  # room for what moved in
    # The moved steps come after the neighbour's own, which stay where they were.
    assert all(doc.node(i).x == x for i, x in own.items())
    assert min(doc.node(i).x for i in moving) >= kept_width > max(own.values())
    assert all(doc.node(i).stage_id == keep for i in moving)
    doc.replay(edit.changes, backwards=True)
    assert io.dumps(doc) == before


def test_a_snapshot_reads_like_the_map_and_stands_still_while_the_map_changes():
    doc = find_template("sample-airline").open()
    copy = doc.snapshot()
    assert io.dumps(copy) == io.dumps(doc)
    assert sorted(copy.graph.edges) == sorted(doc.graph.edges)  # graph algorithms see it too
    assert doc.snapshot() is copy  # nothing changed: the same copy serves every reader
    step = next(doc.nodes())
    before = io.dumps(copy)
    doc.update_node(step.id, label="Endret – æøå")
    doc.remove_node(next(n.id for n in doc.nodes() if doc.edges_of(n.id)))
    assert io.dumps(copy) == before and copy.node(step.id).label == step.label
    assert sorted(copy.graph.edges) != sorted(doc.graph.edges)
    assert doc.snapshot() is not copy


def test_the_graph_is_read_only_to_everyone_but_the_document():
    import networkx as nx

    doc = find_template("sample-airline").open()
    with pytest.raises(nx.NetworkXError):
        doc.graph.add_node("sneaky")
    with pytest.raises(nx.NetworkXError):
        doc.graph.remove_edge(*next(iter(doc.graph.edges)))


def test_two_consecutive_field_edits_told_as_one_keep_the_first_old_and_the_last_new(doc):
    from journeymapper.model import net_updates

    def edit(**fields):
        with doc.transaction() as record:
            doc.update_node("c", **fields)
        return record.changes

    first, second = edit(severity=4), edit(severity=5)
    [merged] = net_updates(first, second)
    assert (merged.old.severity, merged.new.severity) == (3, 5)
    doc.replay([merged], backwards=True)
    assert doc.node("c").severity == 3  # one change takes the whole stretch back
    assert net_updates(edit(severity=4), edit(severity=3)) == ()  # back where it began
    with doc.transaction() as added:
        doc.add_owner(Owner(id="it", name="IT", colour="#009E73"))
    assert net_updates(edit(severity=4), added.changes) is None  # not a field edit
