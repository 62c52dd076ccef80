"""A whole map assembled at once (as opening a file does) is the map added one by one.

``JourneyDocument.assembled`` skips the per-element method calls to open big
maps quickly; it must keep every check: the same document when the elements
fit together, the same refusal with the same reason when they do not.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper import io
from journeymapper.io.templates import find_template, list_templates
from journeymapper.model import (
    Connection,
    Crossroads,
    DocumentError,
    JourneyDocument,
    MapInfo,
    MicroJourney,
    Note,
    Outcome,
    Owner,
    Stage,
    Touchpoint,
)

# Few ids, so that duplicates and references to missing elements come up often.
STAGE_IDS = st.sampled_from(["fase-1", "fase-2", "fase-3"])
LANE_IDS = st.sampled_from(["reise-1", "reise-2", "reise-3"])
OWNER_IDS = st.sampled_from(["eier-1", "eier-2", "eier-3"])
NODE_IDS = st.sampled_from(["a", "b", "c", "d", "e"])
LABELS = st.sampled_from(["", "Bestilling", "Bagasjen er borte?", "Lojal kunde", "Lapp"])


@st.composite
def elements(draw):
    stages = [Stage(id=draw(STAGE_IDS), name=draw(LABELS)) for _ in range(draw(st.integers(0, 3)))]
    journeys = [MicroJourney(id=draw(LANE_IDS)) for _ in range(draw(st.integers(0, 3)))]
    owners = [Owner(id=draw(OWNER_IDS)) for _ in range(draw(st.integers(0, 3)))]
    nodes = []
    for _ in range(draw(st.integers(0, 6))):
        common = dict(id=draw(NODE_IDS), label=draw(LABELS), stage_id=draw(STAGE_IDS),
                      journey_id=draw(LANE_IDS))
        kind = draw(st.sampled_from([Touchpoint, Crossroads, Outcome, Note]))
        if kind in (Touchpoint, Crossroads):
            common["owner_id"] = draw(st.none() | OWNER_IDS)
        nodes.append(kind(**common))
    edges = [Connection(id=draw(st.sampled_from(["p1", "p2", "p3", "p4"])),
                        source=draw(NODE_IDS | st.just("ingen")), target=draw(NODE_IDS),
                        kind=draw(st.sampled_from(["flow", "branch"])))
             for _ in range(draw(st.integers(0, 6)))]
    info = MapInfo(title=draw(LABELS), journey_owner_id=draw(st.none() | OWNER_IDS))
    return info, stages, journeys, owners, nodes, edges


def one_by_one(info, stages, journeys, owners, nodes, edges) -> JourneyDocument:
    """How the loader built a document before: one method call per element."""
    document = JourneyDocument()
    for items, add in ((stages, document.add_stage), (journeys, document.add_journey),
                       (owners, document.add_owner), (nodes, document.add_node),
                       (edges, document.add_edge)):
        for item in items:
            add(item)
    document.set_info(**info.model_dump())
    return document


def outcome(build, parts):
    try:
        return build(*parts)
    except DocumentError as exc:
        return f"refused: {exc}"


def same_document(a: JourneyDocument, b: JourneyDocument) -> None:
    assert io.dumps(a) == io.dumps(b)
    # The order the canvas and the analysis walk the map in, too.
    assert list(a.graph.nodes(data=True)) == list(b.graph.nodes(data=True))
    assert list(a.graph.edges(data=True)) == list(b.graph.edges(data=True))
    assert {e.id: (e.source, e.target) for e in a.edges()} == \
        {e.id: (e.source, e.target) for e in b.edges()}
    for node in a.nodes():
        assert a.out_edges(node.id) == b.out_edges(node.id)
        assert a.in_edges(node.id) == b.in_edges(node.id)
    assert (a.stages, a.journeys, a.owners, a.info) == (b.stages, b.journeys, b.owners, b.info)
    for owner in a.owners:
        assert b.has_owner(owner.id) and b.owner_index(owner.id) == a.owner_index(owner.id)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(elements())
def test_assembled_is_adding_one_by_one_or_the_same_refusal(parts):
    expected, got = outcome(one_by_one, parts), outcome(JourneyDocument.assembled, parts)
    if isinstance(expected, str):
        assert got == expected
    else:
        assert not isinstance(got, str), got
        same_document(got, expected)


def _parts_of(document: JourneyDocument):
    return (document.info, document.stages, document.journeys, document.owners,
            list(document.nodes()), list(document.edges()))


@pytest.mark.parametrize("name", [t.name for t in list_templates()])
def test_every_template_assembles_into_itself(name):
    document = find_template(name).open()
    same_document(JourneyDocument.assembled(*_parts_of(document)), one_by_one(*_parts_of(document)))


def test_each_broken_rule_is_refused_with_its_reason():
    stage, lane, owner = Stage(id="fase"), MicroJourney(id="reise"), Owner(id="eier")
    where = dict(stage_id="fase", journey_id="reise")
    ask, fork = Touchpoint(id="a", label="Spør", **where), Crossroads(id="k", label="Svar?", **where)
    note = Note(id="n", **where)

    def refusal(nodes=(ask, fork, note), edges=(), info=MapInfo(), owners=(owner,)):
        with pytest.raises(DocumentError) as caught:
            JourneyDocument.assembled(info, [stage], [lane], list(owners), list(nodes),
                                      list(edges))
        return str(caught.value)

    assert "already on the map" in refusal(owners=(owner, owner))
    assert "A step with id a is already" in refusal(nodes=(ask, ask))
    assert "stage that does not exist" in refusal(nodes=(ask.with_changes(stage_id="x"),))
    assert "micro-journey that does not exist" in refusal(
        nodes=(ask.with_changes(journey_id="x"),))
    assert "owner that does not exist" in refusal(nodes=(ask.with_changes(owner_id="x"),))
    assert "start step does not exist" in refusal(edges=(Connection(source="x", target="a"),))
    assert "end step does not exist" in refusal(edges=(Connection(source="a", target="x"),))
    assert "back to itself" in refusal(edges=(Connection(source="a", target="a"),))
    assert "cannot be joined" in refusal(edges=(Connection(source="a", target="n"),))
    flow = Connection(id="p", source="a", target="k")
    assert "An arrow with id p is already" in refusal(
        edges=(flow, Connection(id="p", source="k", target="a", kind="branch")))
    assert "already an arrow from ‘Spør’ to ‘Svar?’" in refusal(
        edges=(flow, Connection(id="q", source="a", target="k")))
    assert "Only a crossroads has branches" in refusal(
        edges=(Connection(source="a", target="k", kind="branch"),))
    assert "out of a crossroads are branches" in refusal(
        edges=(Connection(source="k", target="a"),))
    assert "journey owner must be one of the map's owners" in refusal(
        info=MapInfo(journey_owner_id="x"))


def test_an_assembled_document_tells_its_later_listeners_of_changes():
    document = JourneyDocument.assembled(MapInfo(title="Kart"), [Stage(id="fase")],
                                         [MicroJourney(id="reise")], [], [], [])
    heard = []
    document.subscribe(heard.append)
    document.add_node(Touchpoint(id="a", stage_id="fase", journey_id="reise"))
    assert [(c.action.value, c.id) for c in heard] == [("added", "a")]
    assert document.info.title == "Kart"
