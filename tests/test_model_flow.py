"""The flow order (outline, analysis, ownership panel, PDF) equals what networkx's
condensation and lexicographic topological sort give, on real and random maps."""

from __future__ import annotations

import sys
from pathlib import Path

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.io.templates import list_templates
from journeymapper.model import DocumentError
from journeymapper.model.flow import flow_order, lane_orders

from test_analysis_builder import MapBuilder

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.synthetic import make_map  # noqa: E402


def reference_order(document, journey_id=None) -> list[str]:
    """The rule as networkx states it: blocks of steps that reach each other, in
    topological order, ties broken by each block's first step in reading order."""
    steps = [n for n in document.nodes()
             if n.is_step and (journey_id is None or n.journey_id == journey_id)]
    if not steps:
        return []
    stage_pos = {s.id: i for i, s in enumerate(document.stages)}
    key = {n.id: (stage_pos[n.stage_id], n.x, n.y, n.label, n.id) for n in steps}
    sub = nx.DiGraph()
    sub.add_nodes_from(key)
    sub.add_edges_from((a, b) for a in key for b in document.graph.successors(a) if b in key)
    condensed = nx.condensation(sub)
    groups: dict[int, list[str]] = {}
    for node_id, group in condensed.graph["mapping"].items():
        groups.setdefault(group, []).append(node_id)
    group_key = {g: min(key[n] for n in ids) for g, ids in groups.items()}
    order = []
    for group in nx.lexicographical_topological_sort(condensed, key=lambda g: group_key[g]):
        order.extend(sorted(groups[group], key=key.__getitem__))
    return order


def test_templates_and_synthetic_maps_read_in_the_same_order():
    documents = [t.open() for t in list_templates()]
    documents += [make_map(n, seed) for n, seed in ((60, 1), (300, 2), (500, 3))]
    for document in documents:
        for journey_id in [None] + [j.id for j in document.journeys]:
            assert flow_order(document, journey_id) == reference_order(document, journey_id)
        # every lane at once (find, presentation mode) reads as each lane alone
        assert lane_orders(document) == {j.id: reference_order(document, j.id)
                                          for j in document.journeys}


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 10).flatmap(lambda n: st.tuples(
    st.just(n),
    st.lists(st.tuples(st.integers(0, 2), st.integers(0, 50), st.integers(0, 1)),
             min_size=n, max_size=n),
    st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=25))))
def test_random_loops_and_branches_read_in_the_same_order(case):
    """Loops (repurchase), parallel branches, two lanes, steps sharing a place and
    notes that are not steps."""
    n, places, arrows = case
    m = MapBuilder(journeys=("J1", "J2"))
    ids = []
    for i, (stage, x, lane) in enumerate(places):
        make = m.note if i % 7 == 6 else m.tp
        ids.append(make(f"s{i}", stage=f"S{stage + 1}", journey=f"J{lane + 1}", x=float(x)))
    for a, b in arrows:
        if a != b and ids[a] and ids[b] and m.doc.edge_between(ids[a], ids[b]) is None:
            try:
                m.arrow(ids[a], ids[b])
            except DocumentError:  # the document refuses arrows to or from notes
                pass
    for journey_id in (None, "J1", "J2"):
        assert flow_order(m.doc, journey_id) == reference_order(m.doc, journey_id)
    assert lane_orders(m.doc) == {j: reference_order(m.doc, j) for j in ("J1", "J2")}
