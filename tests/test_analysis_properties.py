"""Invariants of the analysis on random maps: it never fails, and what it says is true."""

from __future__ import annotations

import json
import random

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymapper.analysis import analyse, paths
from journeymapper.analysis.graph import journey_graph
from journeymapper.analysis.ownership import handoff_between
from journeymapper.analysis.report import render_json, render_text
from journeymapper.model import Crossroads, Outcome, Touchpoint
from benchmarks.synthetic import make_map
from test_analysis_builder import MapBuilder

KINDS = ("tp", "cr", "out")


@st.composite
def random_maps(draw):
    m = MapBuilder(journeys=("J1", "J2"), owners=("a", "b"))
    n = draw(st.integers(1, 9))
    ids = []
    for i in range(n):
        kind = draw(st.sampled_from(KINDS))
        stage = draw(st.sampled_from(("S1", "S2", "S3")))
        lane = draw(st.sampled_from(("J1", "J2")))
        node_id = f"{kind}{i}"
        if kind == "tp":
            m.tp(node_id, stage, lane, owner_id=draw(st.sampled_from((None, "a", "b"))),
                 rating=draw(st.sampled_from((None, -2, -1, 0, 1, 2))),
                 provider_rating=draw(st.sampled_from((None, -2, 0, 2))),
                 company_activity=draw(st.booleans()), effort=draw(st.sampled_from((0, 5))))
        elif kind == "cr":
            m.cr(node_id, stage, lane, owner_id=draw(st.sampled_from((None, "a", "b"))),
                 severity=draw(st.integers(1, 5)),
                 status=draw(st.sampled_from(("open", "improving", "resolved"))))
        else:
            m.out(node_id, stage, lane,
                  outcome=draw(st.sampled_from(("loyal", "repurchase", "complain", "churn"))))
        ids.append(node_id)
    pairs = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=14))
    for a, b in pairs:
        if a != b and not m.doc.edge_between(a, b):
            m.arrow(a, b, share=draw(st.sampled_from((None, 25.0, 50.0, 75.0))))
    return m.doc


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_maps())
def test_findings_name_only_real_items_and_odds_account_for_everyone(doc):
    a = analyse(doc)
    stage_ids = {s.id for s in doc.stages}
    for f in a.findings:
        assert f.sentence
        assert all(doc.has_node(i) for i in f.node_ids), f
        assert all(doc.has_edge(i) for i in f.edge_ids), f
        assert f.stage_id is None or f.stage_id in stage_ids
    for odds in a.odds:
        total = (sum(p for _, p in odds.outcomes) + odds.unknown + odds.dead_end
                 + odds.looping + odds.unaccounted)
        assert total == pytest.approx(100.0, abs=1e-6)
    assert not set(a.unreachable_ids) & set(a.paths.entry_ids)
    text = render_text(doc, "random.jmap")
    assert all(f.sentence in text for f in a.findings)  # the report says every finding
    data = json.loads(render_json(doc))
    assert [f["sentence"] for f in data["findings"]] == [f.sentence for f in a.findings]


def assert_friction_of_the_path(doc, p):
    """A path's arrows, worst severity, lowest rating, hand-offs and probability are
    those of its steps and arrows on the map."""
    arrows = [doc.edge_between(a, b) for a, b in zip(p.node_ids, p.node_ids[1:])]
    assert p.edge_ids == tuple(e.id for e in arrows)
    steps = [doc.node(i) for i in p.node_ids]
    severities = [n.severity for n in steps
                  if isinstance(n, Crossroads) and n.status.value != "resolved"]
    assert p.worst_severity == (max(severities) if severities else None)
    ratings = [n.rating for n in steps if isinstance(n, Touchpoint) and n.rating is not None]
    assert p.lowest_rating == (min(ratings) if ratings else None)
    assert p.handoff_edge_ids == tuple(e.id for e in arrows if handoff_between(doc, e))
    assert p.probability == _probability(doc, arrows)


def _probability(doc, arrows):
    """The share of customers taking every arrow in turn, straight from the map's shares
    (a lone arrow without a share is taken by everyone); None when a fork lacks a share."""
    probability = 1.0
    for edge in arrows:
        lone = len(doc.out_edges(edge.source)) == 1
        if edge.share is None and not lone:
            return None
        probability *= 1.0 if edge.share is None else edge.share / 100.0
    return 100.0 * probability


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_maps())
def test_every_path_is_a_real_simple_walk_from_an_entry_to_its_first_outcome(doc):
    ps = paths(doc)
    for p in ps.paths:
        assert p.entry_id in ps.entry_ids
        assert len(set(p.node_ids)) == len(p.node_ids)  # simple
        assert isinstance(doc.node(p.outcome_id), Outcome)
        assert not any(isinstance(doc.node(i), Outcome) for i in p.node_ids[:-1])
        for (a, b), edge_id in zip(zip(p.node_ids, p.node_ids[1:]), p.edge_ids):
            assert doc.edge_between(a, b).id == edge_id
        assert_friction_of_the_path(doc, p)
    assert len({p.node_ids for p in ps.paths}) == len(ps.paths)  # no path twice
    if ps.complete and ps.total is not None:
        assert len(ps.paths) == ps.total
    # the same set networkx finds on the journey graph (arrows out of outcomes cut)
    graph = journey_graph(doc)
    ends = [n.id for n in doc.nodes() if isinstance(n, Outcome)]
    expected = {tuple(p) for e in ps.entry_ids for p in nx.all_simple_paths(graph, e, ends)}
    assert {p.node_ids for p in ps.paths} == expected


@pytest.mark.parametrize("seed", [1, 2])
def test_every_path_of_a_large_map_carries_its_own_friction(seed):
    """Long paths across lanes, through loops and merges, with many ratings and hand-offs."""
    doc = make_map(300, seed)
    rng = random.Random(seed)
    steps = [n.id for n in doc.nodes() if n.is_step]
    for k in range(40):  # extra arrows: loops, merges, forks with and without shares
        a, b = rng.sample(steps, 2)
        if doc.edge_between(a, b) is None:
            doc.connect(a, b, id=f"extra-{k}", share=rng.choice((None, 40.0, 60.0)))
    checked = 0
    for journey_id in [None, *(j.id for j in doc.journeys)]:
        for p in paths(doc, journey_id).paths:
            assert_friction_of_the_path(doc, p)
            checked += 1
    assert checked > 100
