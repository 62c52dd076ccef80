"""Ownership findings: unowned steps, hand-offs, owner shares, the owner × stage matrix."""

import pytest

from journeymapper.analysis import (
    Group,
    analyse,
    handoffs,
    owner_shares,
    owner_stage_matrix,
    unowned,
)
from journeymapper.analysis.graph import owner_of, shared_order
from journeymapper.model import CrossroadsStatus, DocumentError
from test_analysis_builder import MapBuilder


def small_map():
    m = MapBuilder(owners=("sales", "support"))
    m.tp("ad", "S1")                                   # unowned touchpoint
    m.tp("call", "S1", owner_id="sales")
    m.cr("fork", "S2", owner_id="sales", severity=4)
    m.tp("help", "S2", owner_id="support")
    m.cr("quiet", "S2")                                # unowned crossroads
    m.cr("done", "S3", owner_id="support", status=CrossroadsStatus.RESOLVED)
    m.out("stay", "S3")
    m.out("leave", "S3", outcome="churn")
    m.note("memo", "S1", company_activity=True)
    m.chain("ad", "call", "fork")
    m.arrow("fork", "help", share=70)
    m.arrow("fork", "leave", share=30)
    m.chain("help", "quiet", "stay")
    return m


def test_unowned_lists_touchpoints_and_crossroads_without_owner_in_flow_order():
    m = small_map()
    assert [n.id for n in unowned(m.doc)] == ["ad", "quiet"]  # outcomes and notes never


def test_no_unowned_when_every_step_has_an_owner():
    m = MapBuilder(owners=("o",))
    m.tp("a", owner_id="o")
    m.out("z")
    assert unowned(m.doc) == []


def test_handoff_is_an_arrow_between_two_different_owners_only():
    m = small_map()
    found = handoffs(m.doc)
    # ad→call: from nobody, not counted; fork→leave: into an outcome; help→quiet: to nobody.
    assert [(h.edge.id, h.source_owner_id, h.target_owner_id) for h in found] == [
        ("fork-help", "sales", "support")]


def test_same_owner_arrow_is_no_handoff():
    m = MapBuilder(owners=("o",))
    m.tp("a", owner_id="o")
    m.tp("b", owner_id="o")
    m.arrow("a", "b")
    assert handoffs(m.doc) == []


def test_owner_stage_matrix_cells_and_totals():
    m = small_map()
    matrix = owner_stage_matrix(m.doc)
    assert matrix.owner_ids == ("sales", "support", None)
    assert matrix.cell("sales", "S1").touchpoint_ids == ("call",)
    assert matrix.cell("sales", "S2").open_crossroads_ids == ("fork",)
    assert matrix.cell(None, "S1").touchpoint_ids == ("ad",)
    assert matrix.cell(None, "S2").open_crossroads_ids == ("quiet",)
    # a resolved crossroads is not open friction any more
    assert matrix.cell("support", "S3").total == 0
    assert matrix.row_total("sales") == 2
    assert matrix.row_total(None) == 2
    assert matrix.column_total("S2") == 3
    assert matrix.total == 5


def test_owner_shares_count_touchpoints_and_crossroads():
    m = small_map()
    shares = {s.owner_id: s for s in owner_shares(m.doc)}
    # 6 owned-kind steps: sales 2, support 2 (help, done), nobody 2
    assert round(shares["sales"].share, 1) == 33.3
    assert shares["support"].node_ids == ("help", "done")
    assert shares[None].node_ids == ("ad", "quiet")
    assert sum(s.share for s in shares.values()) == 100


def test_analyse_reports_ownership_findings_with_the_ids_to_select():
    a = analyse(small_map().doc)
    assert [f.ids for f in a.of_group(Group.UNOWNED)] == [("ad",), ("quiet",)]
    (handoff,) = [f for f in a.of_group(Group.HANDOFFS) if f.kind == "hand-off"]
    assert handoff.ids == ("fork", "help", "fork-help")
    assert "Owner sales" in handoff.sentence and "Owner support" in handoff.sentence


def test_owner_of_inside_a_run_is_the_documents_owner_and_unknown_ids_still_fail():
    m = MapBuilder(owners=("web", "support"))
    doc = m.doc
    with shared_order(doc):
        assert [owner_of(doc, o.id) for o in doc.owners] == list(doc.owners)
        with pytest.raises(DocumentError):
            owner_of(doc, "nobody-by-this-id")
    other = MapBuilder(owners=("web",)).doc  # another map's run never answers for this one
    with shared_order(other):
        assert owner_of(doc, "web") is doc.owner("web")
        assert owner_of(doc, "web") is not owner_of(other, "web")
