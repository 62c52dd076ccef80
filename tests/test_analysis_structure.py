"""Structure findings: unreachable steps, dead ends, loops, stages with no touchpoints."""

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.analysis import Group, Level, analyse
from journeymapper.model.flow import strong_components
from journeymapper.analysis.structure import (
    dead_ends,
    loops,
    stages_without_touchpoints,
    unreachable,
)
from test_analysis_builder import MapBuilder


def test_unreachable_dead_end_and_empty_stage():
    m = MapBuilder()
    m.tp("start", "S1")
    m.tp("stuck", "S1")          # an arrow in, none out, not an outcome
    m.tp("lonely", "S1")         # no arrows at all
    m.out("never", "S3")         # an outcome nothing leads to
    m.out("end", "S3")
    m.cr("after", "S3")
    m.arrow("start", "stuck")
    m.arrow("start", "after")
    m.arrow("after", "end")
    assert unreachable(m.doc) == ["lonely", "never"]
    assert dead_ends(m.doc) == ["stuck"]
    assert stages_without_touchpoints(m.doc) == ["S2", "S3"]
    kinds = [(f.kind, f.ids) for f in analyse(m.doc).of_group(Group.STRUCTURE)]
    assert ("unreachable", ("lonely",)) in kinds
    assert ("dead-end", ("stuck",)) in kinds
    assert ("stage-without-touchpoints", ()) in kinds


def test_a_lane_with_a_loop_says_which_loop():
    m = MapBuilder()
    m.tp("web", "S1")
    m.tp("call", "S2")
    m.cr("solved", "S2")
    m.out("ok", "S3")
    m.arrow("web", "call")
    m.arrow("call", "solved")
    m.arrow("solved", "web")     # not solved: back to the website, round in circles
    m.arrow("solved", "ok")
    (loop,) = loops(m.doc)
    assert loop.node_ids == ("web", "call", "solved")
    assert loop.edge_ids == ("call-solved", "solved-web", "web-call")
    assert not loop.is_repurchase
    (f,) = [f for f in analyse(m.doc).of_group(Group.STRUCTURE) if f.kind == "loop"]
    assert f.level == Level.WARNING and "‘web’" in f.sentence
    assert unreachable(m.doc) == []  # the loop closes the start; 'web' is the entry


def test_repurchase_loop_is_fine():
    m = MapBuilder()
    m.tp("buy", "S1")
    m.tp("use", "S2")
    m.out("again", "S3", outcome="repurchase")
    m.chain("buy", "use", "again")
    m.arrow("again", "buy")
    (loop,) = loops(m.doc)
    assert loop.is_repurchase
    (f,) = [f for f in analyse(m.doc).of_group(Group.STRUCTURE) if "loop" in f.kind]
    assert f.kind == "repurchase-loop" and f.level == Level.INFO
    assert dead_ends(m.doc) == [] and unreachable(m.doc) == []


def test_a_loop_through_a_complaint_is_not_fine():
    m = MapBuilder()
    m.tp("buy", "S1")
    m.out("complains", "S3", outcome="complain")
    m.arrow("buy", "complains")
    m.arrow("complains", "buy")
    (loop,) = loops(m.doc)
    assert not loop.is_repurchase


def test_clean_chain_has_no_structure_problems():
    m = MapBuilder()
    m.tp("a", "S1")
    m.tp("b", "S2")
    m.tp("c", "S3")
    m.out("z", "S3")
    m.chain("a", "b", "c", "z")
    assert analyse(m.doc).of_group(Group.STRUCTURE) == ()


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 12).flatmap(lambda n: st.tuples(
    st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=30))))
def test_strong_components_are_the_loops_networkx_finds(case):
    """The entries and loops rest on this: two steps share a part exactly when each
    reaches the other."""
    n, arrows = case
    graph = nx.DiGraph()
    graph.add_nodes_from(f"s{i}" for i in range(n))
    graph.add_edges_from((f"s{a}", f"s{b}") for a, b in arrows)
    part_of = strong_components({a: list(graph.successors(a)) for a in graph})
    assert set(part_of) == set(graph)
    mine: dict[int, set] = {}
    for node, part in part_of.items():
        mine.setdefault(part, set()).add(node)
    expected = {frozenset(c) for c in nx.strongly_connected_components(graph)}
    assert {frozenset(c) for c in mine.values()} == expected
