"""Undo commands, without the canvas: every edit undoes to the exact bytes it started from."""

import random

import pytest
from PySide6.QtGui import QUndoStack

from journeymapper.commands import (
    AddGridCommand,
    AddNodeCommand,
    AddOwnerCommand,
    ConnectCommand,
    DisconnectCommand,
    MergeOwnersCommand,
    MoveGridCommand,
    MoveNodesCommand,
    MoveOwnerCommand,
    PasteCommand,
    RemoveGridCommand,
    RemoveNodesCommand,
    RemoveOwnerCommand,
    SetInfoCommand,
    UpdateEdgeCommand,
    UpdateGridCommand,
    UpdateItemsCommand,
    UpdateNodeCommand,
    UpdateOwnerCommand,
    make_fragment,
    parse_fragment,
    prepare_paste,
    fragment_bytes,
    FragmentError,
)
from journeymapper.io import dumps
from journeymapper.io.templates import find_template
from journeymapper.model import (
    Crossroads,
    EdgeKind,
    MicroJourney,
    Note,
    Outcome,
    Owner,
    Sentiment,
    Stage,
    Touchpoint,
)


@pytest.fixture
def doc():
    return find_template("sample-airline").open()


@pytest.fixture
def stack(qapp):
    return QUndoStack()


def roundtrip(stack, doc, command):
    """Push, check it changed something, undo to the start bytes, redo to the end bytes."""
    before = dumps(doc)
    stack.push(command)
    assert command.error is None, command.error
    after = dumps(doc)
    assert after != before
    stack.undo()
    assert dumps(doc) == before
    stack.redo()
    assert dumps(doc) == after
    return after


def first_touchpoint(doc):
    return sorted((n for n in doc.nodes() if isinstance(n, Touchpoint)), key=lambda n: n.id)[0]


def test_add_node_undo_and_redo_keep_its_id(doc, stack):
    s, j = doc.stages[0].id, doc.journeys[0].id
    node = Touchpoint(label="Ringer kundeservice – ærlig svar", stage_id=s, journey_id=j, x=8, y=8)
    roundtrip(stack, doc, AddNodeCommand(doc, node))
    assert doc.node(node.id).label == "Ringer kundeservice – ærlig svar"


def test_remove_nodes_restores_arrows_and_ids_exactly(doc, stack):
    busy = max(doc.nodes(), key=lambda n: len(doc.edges_of(n.id)))
    other = first_touchpoint(doc)
    edges = {e.id for e in doc.edges_of(busy.id)}
    assert edges
    roundtrip(stack, doc, RemoveNodesCommand(doc, [busy.id, other.id]))
    assert not doc.has_node(busy.id)
    stack.undo()
    assert {e.id for e in doc.edges_of(busy.id)} == edges


def test_move_whole_selection_is_one_step(doc, stack):
    a, b = sorted(doc.nodes(), key=lambda n: n.id)[:2]
    target = doc.stages[-1].id
    command = MoveNodesCommand.to(doc, {a.id: (target, a.journey_id, 16, 16),
                                        b.id: (target, b.journey_id, 200, 16)})
    roundtrip(stack, doc, command)
    assert stack.count() == 1
    assert doc.node(a.id).stage_id == target and doc.node(b.id).x == 200


def test_update_fields_single_and_many(doc, stack):
    tp = first_touchpoint(doc)
    roundtrip(stack, doc, UpdateNodeCommand(doc, tp.id, label="Ny tekst å ø", rating=-2))
    edge = sorted(doc.edges(), key=lambda e: e.id)[0]
    stage = doc.stages[0]
    roundtrip(stack, doc, UpdateItemsCommand(doc, [
        ("node", tp.id, {"channel": "phone"}),
        ("edge", edge.id, {"label": "via telefon"}),
        ("stage", stage.id, {"name": "Før kjøp"}),
    ]))


def test_refused_update_changes_nothing_and_is_not_kept(doc, stack):
    tp = first_touchpoint(doc)
    before = dumps(doc)
    command = UpdateItemsCommand(doc, [("node", tp.id, {"label": "ok"}),
                                       ("node", tp.id, {"rating": 7})])
    stack.push(command)
    assert command.error and "rating" in command.error
    assert dumps(doc) == before
    assert stack.count() == 0


def test_command_that_changes_nothing_is_dropped(doc, stack):
    tp = first_touchpoint(doc)
    stack.push(UpdateNodeCommand(doc, tp.id, label=tp.label))
    stack.push(MoveNodesCommand.to(doc, {tp.id: (tp.stage_id, tp.journey_id, tp.x, tp.y)}))
    assert stack.count() == 0


def test_connect_disconnect_update_arrow(doc, stack):
    s, j = doc.stages[0].id, doc.journeys[0].id
    a = Crossroads(label="Pris ok?", stage_id=s, journey_id=j)
    b = Outcome(label="Går", stage_id=s, journey_id=j, x=200)
    stack.push(AddNodeCommand(doc, a))
    stack.push(AddNodeCommand(doc, b))
    connect = ConnectCommand(doc, a.id, b.id, sentiment=Sentiment.BAD)
    roundtrip(stack, doc, connect)
    assert doc.edge(connect.edge.id).kind == EdgeKind.BRANCH
    roundtrip(stack, doc, UpdateEdgeCommand(doc, connect.edge.id, label="for dyrt", share=20))
    roundtrip(stack, doc, DisconnectCommand(doc, [connect.edge.id]))


def test_duplicate_arrow_is_refused_with_a_reason(doc, stack):
    edge = sorted(doc.edges(), key=lambda e: e.id)[0]
    command = ConnectCommand(doc, edge.source, edge.target)
    stack.push(command)
    assert "already an arrow" in command.error
    assert stack.count() == 0


def test_stage_and_lane_edits(doc, stack):
    roundtrip(stack, doc, AddGridCommand(doc, Stage(name="Etter"), 1))
    roundtrip(stack, doc, AddGridCommand(doc, MicroJourney(name="Reklamasjon")))
    stage = doc.stages[0]
    roundtrip(stack, doc, UpdateGridCommand(doc, "stage", stage.id, name="Oppdage"))
    roundtrip(stack, doc, UpdateGridCommand(doc, "stage", stage.id, width=400))
    roundtrip(stack, doc, MoveGridCommand(doc, "stage", stage.id, 3))
    lane = doc.journeys[1]
    roundtrip(stack, doc, UpdateGridCommand(doc, "journey", lane.id, height=500))
    roundtrip(stack, doc, MoveGridCommand(doc, "journey", lane.id, 0))


def test_remove_stage_refused_then_with_steps_moved_undoes_exactly(doc, stack):
    stage = next(s for s in doc.stages if doc.nodes_in(stage_id=s.id))
    refused = RemoveGridCommand(doc, "stage", stage.id)
    stack.push(refused)
    assert "still holds" in refused.error and stack.count() == 0
    other = next(s for s in doc.stages if s.id != stage.id)
    roundtrip(stack, doc, RemoveGridCommand(doc, "stage", stage.id, move_steps_to=other.id))
    lane = doc.journeys[0]
    target = doc.journeys[1]
    roundtrip(stack, doc, RemoveGridCommand(doc, "journey", lane.id, move_steps_to=target.id))


def test_owner_commands(doc, stack):
    new = Owner(name="Kundeservice", colour="#56B4E9")
    roundtrip(stack, doc, AddOwnerCommand(doc, new))
    roundtrip(stack, doc, UpdateOwnerCommand(doc, new.id, name="Kundesenter", colour="#009E73"))
    roundtrip(stack, doc, MoveOwnerCommand(doc, new.id, 0))
    busy = max(doc.owners, key=lambda o: len(doc.owned_by(o.id)))
    assert doc.owned_by(busy.id)
    owned = {n.id for n in doc.owned_by(busy.id)}
    roundtrip(stack, doc, RemoveOwnerCommand(doc, busy.id))
    stack.undo()
    roundtrip(stack, doc, MergeOwnersCommand(doc, new.id, busy.id))
    assert not doc.has_owner(busy.id)
    assert {n.id for n in doc.owned_by(new.id)} == owned


def test_removing_the_journey_owner_restores_map_info(doc, stack):
    owner = doc.owners[0]
    roundtrip(stack, doc, SetInfoCommand(doc, journey_owner_id=owner.id, title="Flyreisen"))
    roundtrip(stack, doc, RemoveOwnerCommand(doc, owner.id))
    assert doc.info.journey_owner_id is None


def test_paste_fragment_gets_fresh_ids_and_keeps_inner_arrows(doc, stack):
    edge = sorted(doc.edges(), key=lambda e: e.id)[0]
    fragment = make_fragment(doc, [edge.source, edge.target])
    nodes, edges = parse_fragment(fragment_bytes(fragment))
    assert len(nodes) == 2 and len(edges) == 1
    placed, kept = prepare_paste(doc, nodes, edges)
    assert not {n.id for n in placed} & {edge.source, edge.target}
    command = PasteCommand(doc, placed, kept)
    roundtrip(stack, doc, command)
    assert doc.edge_between(placed[0].id, placed[1].id) or doc.edge_between(placed[1].id,
                                                                            placed[0].id)


def test_paste_into_another_map_lands_in_its_grid(doc, stack):
    other = find_template("empty-three-stages").open()
    tp = first_touchpoint(doc)
    nodes, edges = parse_fragment(fragment_bytes(make_fragment(doc, [tp.id])))
    placed, kept = prepare_paste(other, nodes, edges)
    stack.push(PasteCommand(other, placed, kept))
    pasted = other.node(placed[0].id)
    assert pasted.stage_id == other.stages[0].id and pasted.owner_id is None
    assert pasted.label == tp.label


@pytest.mark.parametrize("raw", [b"not json", b'{"format": "other"}', b"\xff\xfe",
                                 b'{"format": "journeymapper-fragment", "version": 1, '
                                 b'"nodes": [{"kind": "touchpoint"}]}'])
def test_bad_clipboard_gives_a_clear_error(raw):
    with pytest.raises(FragmentError):
        parse_fragment(raw)


# --- a long random sequence ------------------------------------------------------------

def random_command(rng, doc):
    nodes = sorted(doc.nodes(), key=lambda n: n.id)
    steps = [n for n in nodes if n.is_step]
    edges = sorted(doc.edges(), key=lambda e: e.id)
    stages, lanes, owners = doc.stages, doc.journeys, doc.owners
    choice = rng.randrange(16)
    s = rng.choice(stages).id
    j = rng.choice(lanes).id
    if choice == 0 or not nodes:
        cls = rng.choice([Touchpoint, Crossroads, Outcome, Note])
        return AddNodeCommand(doc, cls(label=f"steg {rng.random():.3f} æøå", stage_id=s,
                                       journey_id=j, x=rng.randrange(0, 400, 8),
                                       y=rng.randrange(0, 200, 8)))
    if choice == 1:
        return RemoveNodesCommand(doc, [n.id for n in rng.sample(nodes, min(3, len(nodes)))])
    if choice == 2:
        picked = rng.sample(nodes, min(2, len(nodes)))
        return MoveNodesCommand.to(doc, {n.id: (s, j, rng.randrange(0, 300, 8),
                                                rng.randrange(0, 160, 8)) for n in picked})
    if choice == 3:
        n = rng.choice(nodes)
        return UpdateNodeCommand(doc, n.id, label=f"endret {rng.randrange(1000)}")
    if choice == 4 and len(steps) > 1:
        a, b = rng.sample(steps, 2)
        return ConnectCommand(doc, a.id, b.id)
    if choice == 5 and edges:
        return DisconnectCommand(doc, [rng.choice(edges).id])
    if choice == 6 and edges:
        return UpdateEdgeCommand(doc, rng.choice(edges).id, label=f"pil {rng.randrange(99)}")
    if choice == 7:
        return AddGridCommand(doc, Stage(name=f"fase {rng.randrange(99)}"),
                              rng.randrange(len(stages) + 1))
    if choice == 8:
        return UpdateGridCommand(doc, "journey", j, height=rng.randrange(200, 600, 8))
    if choice == 9:
        return MoveGridCommand(doc, "stage", s, rng.randrange(len(stages)))
    if choice == 10 and len(stages) > 1:
        other = rng.choice([x for x in stages if x.id != s]).id
        return RemoveGridCommand(doc, "stage", s, move_steps_to=other)
    if choice == 11:
        return AddOwnerCommand(doc, Owner(name=f"eier {rng.randrange(99)}"))
    if choice == 12 and owners:
        return RemoveOwnerCommand(doc, rng.choice(owners).id)
    if choice == 13 and len(owners) > 1:
        keep, absorb = rng.sample(list(owners), 2)
        return MergeOwnersCommand(doc, keep.id, absorb.id)
    if choice == 14:
        tp = [n for n in nodes if isinstance(n, Touchpoint)]
        if tp and owners:
            return UpdateItemsCommand(doc, [("node", n.id, {"owner_id": rng.choice(owners).id,
                                                            "rating": rng.randrange(-2, 3)})
                                            for n in rng.sample(tp, min(3, len(tp)))])
    if choice == 15 and nodes:
        picked = [n.id for n in rng.sample(nodes, min(3, len(nodes)))]
        ns, es = parse_fragment(fragment_bytes(make_fragment(doc, picked)))
        placed, kept = prepare_paste(doc, ns, es)
        return PasteCommand(doc, placed, kept)
    return SetInfoCommand(doc, title=f"kart {rng.randrange(1000)}")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_long_random_sequence_undoes_to_start_and_redoes_to_end(doc, stack, seed):
    rng = random.Random(seed)
    start = dumps(doc)
    for _ in range(150):
        stack.push(random_command(rng, doc))
    end = dumps(doc)
    assert stack.count() > 50 and end != start
    stack.setIndex(0)
    assert dumps(doc) == start
    stack.setIndex(stack.count())
    assert dumps(doc) == end


def test_a_refused_command_inside_a_macro_stays_harmless(doc, stack):
    stage = next(s for s in doc.stages if doc.nodes_in(stage_id=s.id))
    tp = first_touchpoint(doc)
    before = dumps(doc)
    stack.beginMacro("two things")
    stack.push(UpdateNodeCommand(doc, tp.id, label="endret"))
    refused = RemoveGridCommand(doc, "stage", stage.id)
    stack.push(refused)
    stack.endMacro()
    assert refused.error
    after = dumps(doc)
    stack.undo()
    assert dumps(doc) == before
    stack.redo()
    assert dumps(doc) == after


def test_edits_with_one_merge_key_are_one_undo_step_and_others_stay_apart(doc, stack):
    card = first_touchpoint(doc)
    for rating in (-1, 0, 1):
        stack.push(UpdateNodeCommand(doc, card.id, rating=rating))  # no key: never merged
    assert stack.count() == 3
    stack.clear()
    key = ("stretch 1", "rating", card.id)
    for rating in (-2, -1, 0, 2):
        stack.push(UpdateItemsCommand(doc, [("node", card.id, {"rating": rating})],
                                      merge_key=key))
    stack.push(UpdateItemsCommand(doc, [("node", card.id, {"provider_rating": 1})],
                                  merge_key=("stretch 2", "provider_rating", card.id)))
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert doc.node(card.id).rating == 1  # the value before the stretch
    stack.redo()
    assert doc.node(card.id).rating == 2  # the last value of it
