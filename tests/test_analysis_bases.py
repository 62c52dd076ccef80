"""Every share says what it is a share of: hand-computed bases on small maps, lanes linked.

The maps are built here so each number can be worked out by hand in the comments.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from journeymapper.analysis import Group, analyse, gap_table, share_bases, weakest_link
from journeymapper.analysis.bases import outcome_share_checks
from journeymapper.analysis.findings import Percent
from journeymapper.analysis.report import render_text, to_data
from journeymapper.analysis.shares import outcome_odds
from journeymapper.io.templates import find_template
from test_analysis_builder import MapBuilder

TODAY = dt.date(2026, 12, 1)


def linked_map():
    """Three lanes, each starting where the one before sends its customers.

    Flight (F): a → c1; c1 → cx 20 % (bad, complain, states 20 %), → b 80 %; b → c2;
                c2 → ok 90 % (loyal, states 70 %), → m 10 % (bad, into Lost).
    Lost (L):   m → c3; c3 → rec 60 % (recommend), → k 40 % (bad, into Claim).
    Claim (K):  k → ch (churn, states 100 %).

    By hand, of 100 customers entering Flight at a: c1 100, cx 20, b 80, c2 80, ok 72,
    m 8, c3 8, rec 4.8, k 3.2, ch 3.2.
    """
    m = MapBuilder(journeys=("F", "L", "K"))
    m.doc.update_journey("F", name="Flight")
    m.doc.update_journey("L", name="Lost")
    m.doc.update_journey("K", name="Claim")
    m.tp("a", "S1", "F")
    m.cr("c1", "S1", "F", severity=3)
    m.out("cx", "S2", "F", outcome="complain", share=20)
    m.tp("b", "S2", "F")
    m.cr("c2", "S2", "F", severity=5)
    m.out("ok", "S3", "F", outcome="loyal", share=70)
    m.tp("m", "S2", "L")
    m.cr("c3", "S3", "L", severity=4)
    m.out("rec", "S3", "L", outcome="recommend")
    m.tp("k", "S3", "K")
    m.out("ch", "S3", "K", outcome="churn", share=100)
    m.arrow("a", "c1")
    m.arrow("c1", "cx", share=20, sentiment="bad")
    m.arrow("c1", "b", share=80, sentiment="good")
    m.arrow("b", "c2")
    m.arrow("c2", "ok", share=90, sentiment="good")
    m.arrow("c2", "m", share=10, sentiment="bad")
    m.arrow("m", "c3")
    m.arrow("c3", "rec", share=60, sentiment="good")
    m.arrow("c3", "k", share=40, sentiment="bad")
    m.arrow("k", "ch")
    return m


def test_reach_follows_the_branch_shares_across_linked_lanes():
    bases = share_bases(linked_map().doc)
    assert bases.map_entries() == ("a",)
    assert bases.lane_entries("L") == ("m",) and bases.lane_entries("K") == ("k",)
    by_hand = {"c1": 100, "cx": 20, "b": 80, "c2": 80, "ok": 72, "m": 8, "c3": 8,
               "rec": 4.8, "k": 3.2, "ch": 3.2}
    for node, expected in by_hand.items():
        assert bases.reach("a", node) == pytest.approx(expected), node
    assert bases.reach("m", "rec") == pytest.approx(60)
    assert bases.reach("m", "a") == 0


def test_a_share_inside_a_linked_lane_is_given_on_its_lane_and_on_all_upstream():
    bases = share_bases(linked_map().doc)
    # 40 % of those who reach c3 take the bad branch: everyone entering Lost reaches c3,
    # and 8 % of all who enter Flight do, so 40 % of 8 % = 3.2 % of all of them
    lost, flight = bases.entering("c3", 40.0)
    assert (lost.entry_id, lost.journey_id, lost.upstream) == ("m", "L", False)
    assert lost.percent == pytest.approx(40.0)
    assert (flight.entry_id, flight.journey_id, flight.upstream) == ("a", "F", True)
    assert flight.percent == pytest.approx(3.2)
    # Claim's entry is fed by the map's entry, through Lost: 3.2 % of all entering Flight
    (up,) = bases.upstream("k")
    assert (up.entry_id, up.journey_id, up.percent) == ("a", "F", pytest.approx(3.2))
    assert bases.upstream("a") == ()


def test_friction_findings_give_the_local_share_and_the_share_of_all_who_enter():
    a = analyse(linked_map().doc, TODAY)
    text = {f.node_ids[0]: f.sentence for f in a.findings if f.kind == "friction"}
    assert text["c3"] == (
        "Friction at ‘c3’: severity 4, open, 40 % of the customers who reach it take the bad "
        "branch (everyone entering ‘Lost’ reaches it; 3.2 % of all customers entering "
        "‘Flight’).")
    # 10 % of those at c2, and c2 is reached by 80 % of all entering Flight: 8 %
    assert text["c2"] == (
        "Friction at ‘c2’: severity 5, open, 10 % of the customers who reach it take the bad "
        "branch (8 % of all customers entering ‘Flight’).")
    assert text["c1"].endswith("20 % of the customers who reach it take the bad branch "
                               "(everyone entering ‘Flight’ reaches it).")


def test_paths_and_odds_of_a_linked_lane_name_both_bases():
    a = analyse(linked_map().doc, TODAY)
    lost = [f.sentence for f in a.findings if f.journey_id == "L" and f.group == Group.PATHS]
    # Lost's only bad path: m → c3 → k → ch, 40 % of those entering Lost = 3.2 % of all
    assert any("40 % of the customers entering ‘Lost’ (3.2 % of all customers entering "
               "‘Flight’)" in s for s in lost), lost
    odds = next(s for s in lost if s.startswith("Of the customers entering ‘Lost’"))
    assert odds == ("Of the customers entering ‘Lost’ at ‘m’: 60 % ‘rec’, 40 % ‘ch’. "
                    "Of all customers entering ‘Flight’, 8 % get here: 4.8 % ‘rec’, "
                    "3.2 % ‘ch’.")


def test_the_json_report_carries_the_bases_as_fields():
    doc = linked_map().doc
    data = json.loads(json.dumps(to_data(doc, analyse(doc, TODAY))))
    assert data["version"] == 2
    c3 = next(f for f in data["worst_friction"] if f["node"] == "c3")
    assert c3["share_of_reaching"] == 40.0
    assert c3["base"] == "of the customers who reach ‘c3’"
    assert [(e["percent"], e["journey"], e["entry"], e["upstream"], e["base"])
            for e in c3["share_of_entering"]] == [
        (40.0, "L", "m", False, "of the customers entering ‘Lost’"),
        (3.2, "F", "a", True, "of all customers entering ‘Flight’")]
    lost = next(j for j in data["journeys"] if j["id"] == "L")
    (odds,) = lost["odds"]
    assert odds["base"] == "of the customers entering ‘Lost’"
    assert [(u["entry"], u["percent"]) for u in odds["upstream"]] == [("a", 8.0)]
    rec = next(o for o in odds["outcomes"] if o["outcome"] == "rec")
    assert [e["percent"] for e in rec["share_of_entering"]] == [60.0, 4.8]
    path = next(p for p in lost["paths"]["paths"] if p["outcome"] == "ch")
    assert [e["percent"] for e in path["share_of_entering"]] == [40.0, 3.2]


def test_an_outcome_share_the_branches_contradict_is_a_finding_with_both_numbers():
    doc = linked_map().doc
    checks = {c.outcome_id: c for c in outcome_share_checks(doc)}
    assert set(checks) == {"cx", "ok", "ch"}  # rec states no share
    assert checks["cx"].agrees  # 20 stated, 20 computed
    assert not checks["ok"].agrees  # 70 stated, 72 computed
    # ch states 100 %: right for the customers entering Claim, 3.2 % of all entering Flight
    assert checks["ch"].agrees
    assert [e.percent for e in checks["ch"].computed] == [pytest.approx(100),
                                                          pytest.approx(3.2)]
    found = [f for f in analyse(doc, TODAY).findings if f.kind == "outcome-share-disagrees"]
    assert [f.node_ids for f in found] == [("ok",)]
    assert found[0].sentence == ("‘ok’ says 70 % of the customers end there, but the branch "
                                 "shares give 72 % of the customers entering ‘Flight’.")
    assert found[0].group == Group.SHARES


def test_a_stated_share_that_matches_within_half_a_point_is_no_finding():
    m = linked_map()
    m.doc.update_node("ok", share=72.4)
    assert not [f for f in analyse(m.doc, TODAY).findings
                if f.kind == "outcome-share-disagrees"]


def test_a_lane_that_stops_is_a_journey_with_no_outcome_drawn_not_a_dead_end():
    """Booking on the airline map: 18 % abandon, the other 82 % have bought and the lane
    simply ends; they are not customers at a dead end."""
    m = MapBuilder()
    m.doc.update_journey("J1", name="Booking")
    m.tp("search", "S1")
    m.cr("fees", "S1")
    m.out("gone", "S2", outcome="churn")
    m.tp("paid", "S2")
    m.arrow("search", "fees")
    m.arrow("fees", "gone", share=18, sentiment="bad")
    m.arrow("fees", "paid", share=82, sentiment="good")
    (odds,) = outcome_odds(m.doc)
    assert odds.ends == (("paid", pytest.approx(82)),) and odds.dead_end == pytest.approx(82)
    sentences = [f.sentence for f in analyse(m.doc, TODAY).findings]
    assert ("Of the customers entering ‘Booking’ at ‘search’: 18 % ‘gone’, 82 % reach "
            "‘paid’, where ‘Booking’ ends with no outcome drawn.") in sentences
    assert ("‘Booking’ ends at ‘paid’ with no outcome drawn: draw where the customers go next "
            "(an outcome, or the next micro-journey).") in sentences
    assert not any("dead end" in s for s in sentences)


def test_a_missing_share_upstream_makes_the_share_of_all_unknown_not_zero():
    m = MapBuilder(journeys=("F", "L"))
    m.doc.update_journey("F", name="Flight")
    m.doc.update_journey("L", name="Lost")
    m.tp("a", "S1", "F")
    m.cr("fork", "S1", "F")
    m.out("fine", "S2", "F", outcome="loyal")
    m.tp("m", "S2", "L")
    m.cr("c", "S2", "L")
    m.out("gone", "S3", "L", outcome="churn")
    m.out("stay", "S3", "L", outcome="loyal")
    m.arrow("a", "fork")
    m.arrow("fork", "fine")  # no shares at this fork: how many get to Lost is unknown
    m.arrow("fork", "m")
    m.arrow("m", "c")
    m.arrow("c", "gone", share=30, sentiment="bad")
    m.arrow("c", "stay", share=70, sentiment="good")
    bases = share_bases(m.doc)
    assert bases.reach("a", "c") is None
    (lost, flight) = bases.entering("c", 30.0)
    assert lost.percent == pytest.approx(30) and flight.percent is None
    friction = next(f.sentence for f in analyse(m.doc, TODAY).findings if f.kind == "friction")
    assert friction.endswith("30 % of the customers who reach it take the bad branch "
                             "(everyone entering ‘Lost’ reaches it; an unknown share of all "
                             "customers entering ‘Flight’ (a share is missing on the way)).")


def test_a_lane_with_two_entries_names_the_entry_of_each_base():
    m = MapBuilder()
    m.doc.update_journey("J1", name="Support")
    m.tp("phone", "S1")
    m.tp("chat", "S1")
    m.cr("solved", "S2")
    m.out("yes", "S3", outcome="loyal")
    m.out("no", "S3", outcome="churn")
    m.arrow("phone", "solved")
    m.arrow("chat", "solved")
    m.arrow("solved", "yes", share=75, sentiment="good")
    m.arrow("solved", "no", share=25, sentiment="bad")
    friction = next(f.sentence for f in analyse(m.doc, TODAY).findings if f.kind == "friction")
    assert friction.endswith("25 % of the customers who reach it take the bad branch "
                             "(everyone entering ‘Support’ at ‘phone’, ‘Support’ at ‘chat’ "
                             "reaches it).")


def test_the_weakest_link_tie_is_reported_as_a_tie():
    m = MapBuilder()
    m.doc.update_journey("J1", name="Visit")
    m.tp("wait", "S1", rating=-2)  # hurts 3 − (−2) = 5
    m.cr("bill", "S2", severity=5)  # open: hurts 5
    m.tp("fine", "S3", rating=2)  # hurts 1
    m.chain("wait", "bill", "fine")
    link = weakest_link(m.doc, "J1")
    assert (link.node_id, link.tied_ids, link.hurt) == ("wait", ("bill",), 5)
    (f,) = [f for f in analyse(m.doc, TODAY).findings if f.kind == "weakest-link"]
    assert f.node_ids == ("wait", "bill")
    assert f.sentence == ("Weakest link of ‘Visit’: 2 steps tie, each hurting 5 on the 1–5 "
                          "scale: ‘wait’ — lowest customer rating (−2); ‘bill’ — highest "
                          "severity (5, open).")
    m.doc.update_node("bill", severity=4)  # no longer a tie
    assert weakest_link(m.doc, "J1").tied_ids == ()


def test_gap_verdict_no_data_and_a_notes_effort_counted_once():
    m = MapBuilder(stages=("S1", "S2", "S3", "S4"), journeys=("J1", "J2"), owners=("mk",))
    # S1: two touchpoints that carry 60 + 120 h, and a note of 180 h beside them
    m.tp("article", "S1", company_activity=True, effort=60, owner_id="mk")
    m.tp("talk", "S1", company_activity=True, effort=120, owner_id="mk")
    m.note("events", "S1", company_activity=True, effort=180)
    # ... and a note of 40 h in the same stage of another lane, where no touchpoint works
    m.note("backoffice", "S1", "J2", company_activity=True, effort=40)
    m.tp("owned", "S2", owner_id="mk")  # S2: a touchpoint, no company activity: no data
    m.note("ads", "S3", company_activity=True, effort=20)  # S3: effort, no touchpoint
    rows = {r.stage_id: r for r in gap_table(m.doc)}
    s1 = rows["S1"]
    assert (s1.touchpoint_effort, s1.note_effort, s1.effort) == (180, 40, 220)
    assert s1.uncounted_note_ids == ("events",) and s1.uncounted_effort == 180
    assert rows["S2"].verdict == "no-data"
    assert rows["S3"].verdict == "drop" and rows["S3"].effort == 20
    assert rows["S4"].verdict == "empty"
    # the map's counted effort is 220 + 20 = 240
    assert s1.effort_share == pytest.approx(100 * 220 / 240)
    found = {f.kind: f for f in analyse(m.doc, TODAY).findings if f.group == Group.GAPS}
    assert found["note-effort-not-added"].sentence.startswith(
        "The effort on the note ‘events’ (180) is not added to ‘Stage S1’: touchpoints of "
        "‘Journey J1’ there already carry effort (180)")
    assert found["gap-no-data"].sentence.startswith(
        "No company activities are marked in ‘Stage S2’: the gap analysis has no data there")
    report = render_text(m.doc, today=TODAY)
    assert "no data" in report and "counts only where" in report


def test_small_shares_keep_two_digits():
    assert Percent(0.2485).text() == "0.25 %" and Percent(0.4615).text() == "0.46 %"
    assert Percent(70.29).text() == "70.3 %" and Percent(12).text() == "12 %"
    assert Percent(0.004).text() == "< 0.01 %"
    assert Percent(0.2485).text(lambda c, t: "," if c == "numbers" else t) == "0,25 %"


def test_lost_luggage_on_the_airline_sample_against_a_hand_calculation():
    """71 % leave on time, 1 % of them miss their bag: 0.71 % of all flyers report it, and
    35 % of those switch airline: 0.2485 % of all flyers."""
    doc = find_template("sample-airline").open()
    a = analyse(doc, TODAY)
    label = {n.label: n.id for n in doc.nodes()}
    bases = a.bases
    flight_entry = label["Online check-in in the app"]
    assert bases.reach(flight_entry, label["Report the missing bag at the desk"]) == \
        pytest.approx(0.71)
    assert bases.reach(flight_entry, label["Switches airline"]) == pytest.approx(0.2485)
    assert bases.reach(flight_entry, label["Books again"]) == pytest.approx(70.29)
    sentences = [f.sentence for f in a.findings]
    assert any("35 % of the customers entering ‘Lost luggage’ (0.25 % of all customers "
               "entering ‘The flight’)" in s for s in sentences)
    assert any(s.startswith("Friction at ‘Did the bag arrive?’") and
               "1 % of the customers who reach it take the bad branch (0.71 % of all "
               "customers entering ‘The flight’)" in s for s in sentences)
    disagree = {f.node_ids[0] for f in a.findings if f.kind == "outcome-share-disagrees"}
    # Complains 12 % (29), Books again 80 % (70.3), Tells friends 40 % (65 / 0.46)
    assert disagree == {label["Complains on social media"], label["Books again"],
                        label["Tells friends about the good handling"]}
    assert not any("dead end" in s for s in sentences)
