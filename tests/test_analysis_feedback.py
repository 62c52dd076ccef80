"""Feedback per stage, the two pairs of glasses, and the gap analysis table."""

from journeymapper.analysis import Group, Level, analyse
from journeymapper.analysis.feedback import feedback_table
from journeymapper.analysis.gaps import gap_table
from journeymapper.analysis.glasses import divergences
from test_analysis_builder import MapBuilder


def test_feedback_table_per_stage():
    m = MapBuilder()
    m.tp("ad", "S1")
    m.tp("form", "S2", feedback="csat")
    m.tp("shop", "S2")
    m.tp("nps", "S3", feedback="nps")
    rows = {r.stage_id: r for r in feedback_table(m.doc)}
    assert rows["S1"].unmeasured_ids == ("ad",) and rows["S1"].coverage == 0
    assert rows["S2"].measured_ids == ("form",) and rows["S2"].coverage == 50
    assert rows["S3"].unmeasured_ids == ()
    found = {f.stage_id: f for f in analyse(m.doc).of_group(Group.FEEDBACK)}
    assert found["S1"].kind == "stage-without-feedback" and found["S1"].level == Level.WARNING
    assert found["S2"].kind == "touchpoints-without-feedback" and found["S2"].ids == ("shop",)
    assert "S3" not in found


def test_two_pairs_of_glasses_rank_the_largest_gap_first_and_say_who_is_happy():
    m = MapBuilder()
    m.tp("gate", rating=-2, provider_rating=1)    # company thinks it is fine
    m.tp("cabin", rating=2, provider_rating=0)    # customer happy, no upsell
    m.tp("pay", rating=1, provider_rating=1)      # agree
    m.tp("half", rating=1)                        # one side only
    found = divergences(m.doc)
    assert [(d.node_id, d.gap) for d in found] == [("gate", 3), ("cabin", -2)]
    gate, cabin = analyse(m.doc).of_group(Group.GLASSES)
    assert "weak for the customer" in gate.sentence and "\u22122" in gate.sentence
    assert "missed chance for the provider" in cabin.sentence


def test_gap_analysis_drop_invest_ok_empty():
    m = MapBuilder(stages=("S1", "S2", "S3", "S4"), owners=("o",))
    m.note("event", "S1", company_activity=True, effort=30)      # effort, no touchpoint
    m.tp("site", "S2")                                            # nobody backs it
    m.tp("owned", "S2", owner_id="o")
    m.tp("campaign", "S3", company_activity=True, effort=10)      # activity the customer meets
    m.note("memo", "S3")                                          # a plain note is no activity
    rows = {r.stage_id: r for r in gap_table(m.doc)}
    assert rows["S1"].verdict == "drop" and rows["S1"].effort == 30
    assert rows["S1"].activity_ids == ("event",) and rows["S1"].effort_share == 75
    assert rows["S2"].verdict == "invest" and rows["S2"].unbacked_ids == ("site",)
    assert rows["S3"].verdict == "ok" and rows["S3"].activity_ids == ("campaign",)
    assert rows["S4"].verdict == "empty"
    assert round(rows["S2"].touchpoint_share, 1) == 66.7  # 2 of the 3 touchpoints
    found = analyse(m.doc).of_group(Group.GAPS)
    assert [(f.kind, f.ids) for f in found] == [("drop", ("event",)), ("invest", ("site",))]
    assert "effort 30" in found[0].sentence


def test_one_touchpoint_without_feedback_reads_in_the_singular():
    m = MapBuilder()
    m.tp("ad", "S1")
    m.tp("form", "S1", feedback="csat")
    (f,) = analyse(m.doc).of_group(Group.FEEDBACK)
    assert f.sentence == ("1 of the 2 touchpoints in ‘Stage S1’ has no feedback instrument: "
                          "‘ad’.")
