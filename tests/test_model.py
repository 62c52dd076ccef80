"""The document keeps its invariants and tells its listeners once per real change."""

import datetime as dt

import pytest

from journeymapper.model import (
    Action,
    Connection,
    Crossroads,
    DocumentError,
    EdgeKind,
    JourneyDocument,
    MicroJourney,
    Note,
    Outcome,
    Owner,
    Sentiment,
    Stage,
    Target,
    Touchpoint,
)
from journeymapper.model.flow import flow_order
from journeymapper.model.geometry import GridLayout, LANE_HEADER_WIDTH, HEADER_HEIGHT


@pytest.fixture
def doc():
    d = JourneyDocument()
    d.add_stage(Stage(id="before", name="Før kjøp"))
    d.add_stage(Stage(id="during", name="Under kjøp"))
    d.add_journey(MicroJourney(id="booking", name="Booking"))
    d.add_journey(MicroJourney(id="flight", name="Flyreisen"))
    d.add_owner(Owner(id="sales", name="Salg", colour="#E69F00"))
    d.add_owner(Owner(id="service", name="Kundeservice", colour="#56B4E9"))
    return d


@pytest.fixture
def events(doc):
    seen = []
    doc.subscribe(seen.append)
    return seen


def tp(id_, stage="before", journey="booking", **kw):
    return Touchpoint(id=id_, label=kw.pop("label", id_), stage_id=stage, journey_id=journey, **kw)


def test_add_and_connect_steps(doc, events):
    doc.add_node(tp("a", owner_id="sales"))
    doc.add_node(Crossroads(id="c", label="Er prisen tydelig?", stage_id="before",
                            journey_id="booking"))
    doc.add_node(Outcome(id="churn", label="Churn", stage_id="during", journey_id="booking",
                         outcome="churn"))
    flow = doc.connect("a", "c")
    branch = doc.connect("c", "churn", sentiment="bad", share=20)
    assert flow.kind == EdgeKind.FLOW
    assert branch.kind == EdgeKind.BRANCH and branch.sentiment == Sentiment.BAD
    assert [e.target for e in doc.out_edges("c")] == ["churn"]
    assert [(c.action, c.target) for c in events] == [
        (Action.ADDED, Target.NODE)] * 3 + [(Action.ADDED, Target.EDGE)] * 2


def test_arrows_that_would_break_the_map_are_refused(doc):
    doc.add_node(tp("a"))
    doc.add_node(tp("b"))
    doc.add_node(Note(id="n", label="husk", stage_id="before", journey_id="booking"))
    doc.connect("a", "b")
    with pytest.raises(DocumentError, match="does not exist"):
        doc.connect("a", "missing")
    with pytest.raises(DocumentError, match="itself"):
        doc.connect("a", "a")
    with pytest.raises(DocumentError, match="already an arrow"):
        doc.connect("a", "b")
    with pytest.raises(DocumentError, match="Notes"):
        doc.connect("a", "n")
    with pytest.raises(DocumentError, match="Only a crossroads"):
        doc.add_edge(Connection(source="b", target="a", kind="branch"))
    assert doc.edge_count() == 1


def test_arrows_may_cross_lanes(doc):
    doc.add_node(tp("bag", journey="flight"))
    doc.add_node(tp("report", stage="during", journey="booking"))
    edge = doc.connect("bag", "report")
    assert doc.edge(edge.id).source == "bag"


def test_steps_must_sit_in_the_grid_and_name_real_owners(doc):
    with pytest.raises(DocumentError, match="stage that does not exist"):
        doc.add_node(tp("x", stage="nowhere"))
    with pytest.raises(DocumentError, match="micro-journey that does not exist"):
        doc.add_node(tp("x", journey="nowhere"))
    with pytest.raises(DocumentError, match="owner that does not exist"):
        doc.add_node(tp("x", owner_id="ghost"))
    doc.add_node(tp("x"))
    with pytest.raises(DocumentError, match="stage that does not exist"):
        doc.move_node("x", "nowhere", "booking", 0, 0)
    with pytest.raises(DocumentError, match="already on the map"):
        doc.add_node(tp("x"))
    assert doc.node("x").stage_id == "before"


def test_invalid_values_are_refused_with_the_field_named(doc):
    doc.add_node(Crossroads(id="c", label="?", stage_id="before", journey_id="booking"))
    with pytest.raises(DocumentError, match="severity"):
        doc.update_node("c", severity=6)
    with pytest.raises(DocumentError, match="kind cannot change"):
        doc.update_node("c", kind="touchpoint")
    doc.add_node(tp("t"))
    with pytest.raises(DocumentError, match="rating"):
        doc.update_node("t", rating=3)
    assert doc.node("c").severity == 3


def test_update_emits_once_and_only_on_a_real_change(doc, events):
    doc.add_node(tp("a"))
    events.clear()
    assert doc.update_node("a", label="Søk på nett", rating=-2) is True
    assert doc.update_node("a", label="Søk på nett") is False
    assert len(events) == 1
    change = events[0]
    assert change.old.label == "a" and change.new.label == "Søk på nett"
    assert doc.update_stage("before", name="Før kjøp") is False
    assert doc.move_stage("before", 0) is False
    assert len(events) == 1


def test_removing_a_step_removes_its_arrows_and_reports_them(doc, events):
    for i in "abc":
        doc.add_node(tp(i))
    doc.connect("a", "b")
    doc.connect("b", "c")
    removal = doc.remove_node("b")
    assert doc.edge_count() == 0
    assert {(e.source, e.target) for e in removal.edges} == {("a", "b"), ("b", "c")}
    assert [c.target for c in events[-3:]] == [Target.EDGE, Target.EDGE, Target.NODE]


def test_a_stage_in_use_is_refused_unless_its_steps_have_somewhere_to_go(doc):
    doc.add_node(tp("a", stage="before"))
    with pytest.raises(DocumentError, match="still holds 1 step"):
        doc.remove_stage("before")
    assert [s.id for s in doc.stages] == ["before", "during"]
    removal = doc.remove_stage("before", move_steps_to="during")
    assert doc.node("a").stage_id == "during"
    assert removal.index == 0 and removal.reassigned[0].stage_id == "before"


def test_a_lane_in_use_is_refused_and_an_empty_one_goes(doc):
    doc.add_node(tp("a", journey="flight"))
    with pytest.raises(DocumentError, match="micro-journey ‘Flyreisen’ still holds"):
        doc.remove_journey("flight")
    doc.remove_journey("booking")
    assert [j.id for j in doc.journeys] == ["flight"]


def test_removing_an_owner_hands_their_items_on(doc):
    doc.add_node(tp("a", owner_id="sales"))
    doc.add_node(Crossroads(id="c", label="?", stage_id="before", journey_id="booking",
                            owner_id="sales", due=dt.date(2027, 1, 1)))
    doc.set_info(journey_owner_id="sales")
    removal = doc.remove_owner("sales", reassign_to="service")
    assert doc.node("a").owner_id == "service" and doc.node("c").owner_id == "service"
    assert doc.info.journey_owner_id == "service"
    assert {n.id for n in removal.reassigned} == {"a", "c"}
    doc.remove_owner("service")
    assert doc.node("a").owner_id is None and doc.info.journey_owner_id is None


def test_merge_owners(doc):
    doc.add_node(tp("a", owner_id="service"))
    doc.merge_owners("sales", "service")
    assert [o.id for o in doc.owners] == ["sales"]
    assert doc.node("a").owner_id == "sales"
    with pytest.raises(DocumentError):
        doc.merge_owners("sales", "sales")


def test_reorder_stages_and_lanes(doc, events):
    doc.move_stage("during", 0)
    doc.move_journey("booking", 5)
    assert [s.id for s in doc.stages] == ["during", "before"]
    assert [j.id for j in doc.journeys] == ["flight", "booking"]
    assert (events[-2].old, events[-2].new) == (1, 0)


def test_journey_owner_must_be_an_owner(doc):
    with pytest.raises(DocumentError, match="journey owner"):
        doc.set_info(journey_owner_id="nobody")
    doc.set_info(title="Kundereiser i Ålesund", journey_owner_id="service")
    assert doc.info.title == "Kundereiser i Ålesund"


def test_positions_follow_their_column_when_columns_change(doc):
    doc.add_node(tp("a", stage="during", x=10, y=20))
    layout = GridLayout.of(doc)
    rect = layout.node_rect(doc.node("a"))
    assert (rect.x, rect.y) == (LANE_HEADER_WIDTH + doc.stage("before").width + 10,
                                HEADER_HEIGHT + 20)
    doc.move_stage("during", 0)
    rect = GridLayout.of(doc).node_rect(doc.node("a"))
    assert rect.x == LANE_HEADER_WIDTH + 10
    assert GridLayout.of(doc).cell_at(rect.x + 1, rect.y + 1) == ("during", "booking")
    stage, lane, x, y = GridLayout.of(doc).to_cell(rect.x, rect.y)
    assert (stage, lane, x, y) == ("during", "booking", 10, 20)


def test_flow_order_follows_arrows_then_position(doc):
    doc.add_node(tp("late", stage="during", x=0))
    doc.add_node(tp("first", stage="during", x=300))
    doc.add_node(tp("other", journey="flight"))
    doc.connect("first", "late")
    assert flow_order(doc, "booking") == ["first", "late"]
    doc.connect("late", "first")  # a repurchase loop
    assert sorted(flow_order(doc, "booking")) == ["first", "late"]
    assert set(flow_order(doc)) == {"first", "late", "other"}
