"""A small map with known answers, shared by the panel tests (see ``sample_map``).

Three stages, two micro-journeys, three owners. Who owns what, which arrows are
hand-offs and which steps are unowned is written down here by hand, so the
panel tests can compare what they show with answers worked out independently.
"""

from __future__ import annotations

import datetime as dt

import pytest

from journeymapper.model import (
    Connection,
    Crossroads,
    CrossroadsStatus,
    EdgeKind,
    JourneyDocument,
    MapInfo,
    MicroJourney,
    Note,
    Outcome,
    OutcomeKind,
    Owner,
    Sentiment,
    Stage,
    Touchpoint,
)

TODAY = dt.date(2026, 11, 26)

# The hand-worked answers.
CARDS = ("t1", "t2", "t3", "t4", "t5")
UNOWNED = {"t3", "c2"}
HANDOFF_EDGES = {"e_t1_t2": ("sales", "it"), "e_t2_c1": ("it", "service"),
                 "e_c3_t5": ("sales", "service")}
# owner × stage: (touchpoints, open crossroads)
MATRIX = {
    ("sales", "before"): ({"t1"}, set()),
    ("service", "before"): ({"t4"}, set()),
    ("service", "during"): (set(), {"c1"}),
    ("service", "after"): ({"t5"}, set()),
    ("it", "during"): ({"t2"}, set()),
    (None, "during"): (set(), {"c2"}),
    (None, "after"): ({"t3"}, set()),
}
OVERDUE = {"c1"}  # due before TODAY and not resolved


def build_sample() -> JourneyDocument:
    doc = JourneyDocument(MapInfo(title="Flyreisen – Ærlig kart", journey_owner_id=None))
    for sid, name in (("before", "Før kjøpet"), ("during", "Under kjøpet"),
                      ("after", "Etter kjøpet")):
        doc.add_stage(Stage(id=sid, name=name))
    doc.add_journey(MicroJourney(id="booking", name="Bestille billett"))
    doc.add_journey(MicroJourney(id="flight", name="Flyturen"))
    doc.add_owner(Owner(id="sales", name="Salg", colour="#E69F00"))
    doc.add_owner(Owner(id="service", name="Kundeservice", colour="#56B4E9"))
    doc.add_owner(Owner(id="it", name="IT", colour="#009E73"))
    add = doc.add_node
    add(Touchpoint(id="t1", label="Søk på nett", stage_id="before", journey_id="booking",
                   owner_id="sales", rating=1))
    add(Touchpoint(id="t2", label="Betaling", stage_id="during", journey_id="booking",
                   owner_id="it", rating=-1))
    add(Crossroads(id="c1", label="Kommer bekreftelsen?", stage_id="during",
                   journey_id="booking", x=180, owner_id="service", severity=4,
                   status=CrossroadsStatus.OPEN, action="Send SMS straks",
                   due=dt.date(2026, 1, 10)))
    add(Touchpoint(id="t3", label="Kvittering", stage_id="after", journey_id="booking"))
    add(Outcome(id="out1", label="Går til konkurrent", stage_id="after", journey_id="booking",
                x=180, outcome=OutcomeKind.CHURN, share=20))
    add(Touchpoint(id="t4", label="Innsjekk", stage_id="before", journey_id="flight",
                   owner_id="service"))
    add(Crossroads(id="c2", label="Forsinkelse", stage_id="during", journey_id="flight",
                   severity=5, status=CrossroadsStatus.INVESTIGATING,
                   action="Varsle tidlig", due=dt.date(2027, 3, 1)))
    add(Crossroads(id="c3", label="Bagasjen borte", stage_id="after", journey_id="flight",
                   owner_id="sales", severity=2, status=CrossroadsStatus.RESOLVED,
                   due=dt.date(2026, 1, 1)))
    add(Touchpoint(id="t5", label="Bagasjeskranke", stage_id="after", journey_id="flight",
                   x=180, owner_id="service"))
    add(Note(id="n1", label="Husk ventetid", stage_id="during", journey_id="flight", y=150))
    edge = doc.add_edge
    edge(Connection(id="e_t1_t2", source="t1", target="t2"))
    edge(Connection(id="e_t2_c1", source="t2", target="c1"))
    edge(Connection(id="e_c1_t3", source="c1", target="t3", kind=EdgeKind.BRANCH,
                    sentiment=Sentiment.GOOD, share=80))
    edge(Connection(id="e_c1_out1", source="c1", target="out1", kind=EdgeKind.BRANCH,
                    sentiment=Sentiment.BAD, share=20))
    edge(Connection(id="e_t4_c2", source="t4", target="c2"))
    edge(Connection(id="e_c2_c3", source="c2", target="c3", kind=EdgeKind.BRANCH))
    edge(Connection(id="e_c3_t5", source="c3", target="t5", kind=EdgeKind.BRANCH))
    return doc


@pytest.fixture
def sample_session(qtbot):
    from journeymapper.state import MapSession

    session = MapSession(build_sample())
    yield session
    session.close()


def test_the_sample_map_is_what_the_answers_assume():
    doc = build_sample()
    assert {n.id for n in doc.nodes() if getattr(n, "owner_id", 0) is None} == UNOWNED
    assert sorted(n.id for n in doc.nodes() if n.kind.value == "touchpoint") == list(CARDS)
