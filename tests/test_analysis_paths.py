"""Entries, outcomes, paths with their friction, outcome odds and the bounded answer."""

import pytest

from journeymapper.analysis import Group, analyse
from journeymapper.analysis.paths import bottlenecks, entries, outcomes, paths
from journeymapper.analysis.shares import outcome_odds, share_problems
from test_analysis_builder import MapBuilder


def fork_map():
    """entry → ask → crossroads (70 % good → happy, 30 % bad → call → leave)."""
    m = MapBuilder(owners=("web", "support"))
    m.tp("entry", "S1", owner_id="web", rating=1)
    m.tp("ask", "S1", owner_id="web", rating=0)
    m.cr("fork", "S2", owner_id="web", severity=4)
    m.tp("call", "S2", owner_id="support", rating=-2)
    m.out("happy", "S3", outcome="loyal")
    m.out("leave", "S3", outcome="churn")
    m.chain("entry", "ask", "fork")
    m.arrow("fork", "happy", share=70, sentiment="good")
    m.arrow("fork", "call", share=30, sentiment="bad")
    m.arrow("call", "leave")
    return m


def test_entries_outcomes_and_every_path_with_its_friction():
    m = fork_map()
    ps = paths(m.doc, "J1")
    assert ps.entry_ids == ("entry",)
    assert ps.outcome_ids == ("happy", "leave")
    assert ps.complete and ps.total == 2
    by_end = {p.outcome_id: p for p in ps.paths}
    churn = by_end["leave"]
    assert churn.node_ids == ("entry", "ask", "fork", "call", "leave")
    assert churn.edge_ids == ("entry-ask", "ask-fork", "fork-call", "call-leave")
    assert churn.worst_severity == 4
    assert churn.lowest_rating == -2
    assert churn.handoff_edge_ids == ("fork-call",)
    assert churn.probability == pytest.approx(30.0)
    happy = by_end["happy"]
    assert (happy.lowest_rating, happy.handoff_count) == (0, 0)
    assert happy.probability == pytest.approx(70.0)


def test_outcome_odds_from_shares():
    (odds,) = outcome_odds(fork_map().doc)
    assert odds.entry_id == "entry"
    assert odds.of("happy") == pytest.approx(70)
    assert odds.of("leave") == pytest.approx(30)
    assert odds.known and odds.unaccounted == 0 and odds.dead_end == 0


def test_shares_that_do_not_add_up_are_a_finding_and_are_not_normalised():
    m = MapBuilder()
    m.cr("fork")
    m.out("a")
    m.out("b", outcome="churn")
    m.arrow("fork", "a", share=60)
    m.arrow("fork", "b", share=30)
    (problem,) = share_problems(m.doc)
    assert (problem.node_id, problem.kind, problem.total) == ("fork", "sum", 90)
    (odds,) = outcome_odds(m.doc)
    assert odds.of("a") == pytest.approx(60) and odds.of("b") == pytest.approx(30)
    assert odds.unaccounted == pytest.approx(10)
    (f,) = analyse(m.doc).of_group(Group.SHARES)
    assert f.kind == "shares-do-not-add-up" and "90 %" in f.sentence
    assert set(f.ids) == {"fork", "fork-a", "fork-b"}


def test_shares_above_100_are_a_finding_and_do_not_clone_customers():
    m = MapBuilder()
    m.cr("fork")
    m.out("a")
    m.out("b")
    m.arrow("fork", "a", share=80)
    m.arrow("fork", "b", share=40)
    (odds,) = outcome_odds(m.doc)
    assert dict(odds.outcomes) == {"a": pytest.approx(80 / 1.2), "b": pytest.approx(40 / 1.2)}
    assert odds.unaccounted == 0
    assert share_problems(m.doc)[0].total == 120


def test_a_loop_through_a_fork_above_100_stays_within_everyone():
    """Found by hypothesis: 50 % + 75 % out of a crossroads on a loop grew to 10^42 %."""
    m = MapBuilder()
    m.tp("start")
    m.cr("fork")
    m.cr("again")
    m.arrow("start", "fork")
    m.arrow("fork", "again", share=50)
    m.arrow("fork", "start", share=75)
    m.arrow("again", "start")
    odds = outcome_odds(m.doc)
    for o in odds:
        total = sum(p for _, p in o.outcomes) + o.unknown + o.dead_end + o.looping + o.unaccounted
        assert total == pytest.approx(100.0)
        assert 0 <= o.looping <= 100.0 + 1e-6


def test_a_missing_share_at_a_fork_makes_what_follows_unknown():
    m = MapBuilder()
    m.tp("start")
    m.cr("fork")
    m.out("a")
    m.out("b", outcome="churn")
    m.arrow("start", "fork")  # a lone arrow needs no share
    m.arrow("fork", "a", share=60)
    m.arrow("fork", "b")
    (problem,) = share_problems(m.doc)
    assert problem.kind == "missing" and problem.missing_edge_ids == ("fork-b",)
    (odds,) = outcome_odds(m.doc)
    # the arrow with a share still carries it; the rest is unknown, not guessed
    assert odds.of("a") == pytest.approx(60) and odds.of("b") == 0
    assert odds.unknown == pytest.approx(40) and not odds.known
    assert {p.outcome_id: p.probability for p in paths(m.doc).paths} == {
        "a": pytest.approx(60), "b": None}
    assert analyse(m.doc).of_group(Group.SHARES)[0].kind == "shares-incomplete"


def test_odds_follow_a_retry_loop_until_customers_leave():
    m = MapBuilder()
    m.tp("call")
    m.cr("solved")
    m.out("ok")
    m.arrow("call", "solved")
    m.arrow("solved", "ok", share=50)
    m.arrow("solved", "call", share=50)  # not solved: call again
    assert entries(m.doc) == ["call"]  # the loop closes the start; its first step enters
    (odds,) = outcome_odds(m.doc)
    assert odds.of("ok") == pytest.approx(100, abs=1e-6)


def test_lane_entered_from_another_lane_has_its_own_entry_and_paths_cross_lanes():
    m = MapBuilder(journeys=("flight", "luggage"))
    m.tp("checkin", "S1", "flight")
    m.cr("bag", "S2", "flight")
    m.out("home", "S3", "flight")
    m.tp("report", "S2", "luggage")
    m.out("gone", "S3", "luggage", outcome="churn")
    m.arrow("checkin", "bag")
    m.arrow("bag", "home", share=90)
    m.arrow("bag", "report", share=10)
    m.arrow("report", "gone")
    assert entries(m.doc) == ["checkin"]
    assert entries(m.doc, "luggage") == ["report"]
    assert outcomes(m.doc, "luggage") == ["gone"]
    assert {p.node_ids for p in paths(m.doc, "flight").paths} == {
        ("checkin", "bag", "home"), ("checkin", "bag", "report", "gone")}


def test_repurchase_arrow_out_of_an_outcome_ends_the_path_there():
    m = MapBuilder()
    m.tp("buy", "S1")
    m.tp("use", "S2")
    m.out("again", "S3", outcome="repurchase")
    m.chain("buy", "use", "again")
    m.arrow("again", "buy")
    ps = paths(m.doc)
    assert ps.entry_ids == ("buy",)
    assert [p.node_ids for p in ps.paths] == [("buy", "use", "again")]


def test_no_edges_gives_no_paths_and_one_clear_finding():
    m = MapBuilder()
    m.tp("a", rating=-1)
    m.cr("b")
    m.out("c")
    ps = paths(m.doc)
    assert ps.entry_ids == () and ps.paths == () and ps.complete and ps.total == 0
    a = analyse(m.doc)
    structure = a.of_group(Group.STRUCTURE)
    assert [f.kind for f in structure] == ["no-arrows", "stage-without-touchpoints",
                                           "stage-without-touchpoints"]
    assert set(structure[0].node_ids) == {"a", "b", "c"}
    assert a.journey("J1").weakest_link.node_id == "a"
    assert a.odds == ()


def ladder(rungs: int) -> MapBuilder:
    """Each rung doubles the paths: 2**rungs of them from start to the end."""
    m = MapBuilder()
    m.tp("n0")
    for i in range(rungs):
        m.tp(f"up{i}")
        m.tp(f"down{i}")
        m.tp(f"n{i + 1}")
        for side in ("up", "down"):
            m.arrow(f"n{i}", f"{side}{i}")
            m.arrow(f"{side}{i}", f"n{i + 1}")
    m.out("end")
    m.arrow(f"n{rungs}", "end")
    return m


def test_exploding_path_count_gives_a_bounded_answer_with_the_exact_total():
    m = ladder(40)
    ps = paths(m.doc, max_paths=100)
    assert not ps.complete and ps.too_many and ps.stopped_by == "max-paths"
    assert len(ps.paths) == 100
    assert ps.total == 2 ** 40
    a = analyse(m.doc, max_paths=50)
    too_many = [f for f in a.of_group(Group.PATHS) if f.kind == "too-many-paths"]
    assert too_many and "1 099 511 627 776" in too_many[0].sentence


def test_exploding_paths_with_loops_stop_on_the_work_bound():
    m = MapBuilder()
    names = [f"s{i}" for i in range(16)]
    for n in names:
        m.tp(n)
    m.tp("start")
    m.out("end")
    m.arrow("start", "s0")
    for a in names:
        m.arrow(a, "end")
        for b in names:
            if a != b:
                m.arrow(a, b)
    ps = paths(m.doc, max_paths=10 ** 9, max_work=20_000)
    assert not ps.complete and ps.stopped_by == "max-work" and ps.total is None
    assert len(ps.paths) > 0


def test_the_time_bound_stops_the_search_too():
    ps = paths(ladder(30).doc, max_paths=10 ** 9, max_work=10 ** 9, max_seconds=0)
    assert not ps.complete and ps.stopped_by == "max-seconds"
    assert ps.total == 2 ** 30  # the count needs no listing


def test_exactly_max_paths_is_still_complete():
    m = ladder(3)  # 8 paths
    assert paths(m.doc, max_paths=8).complete
    assert not paths(m.doc, max_paths=7).complete


def test_bottleneck_is_where_routes_merge_and_most_paths_pass():
    m = MapBuilder()
    m.cr("choose", "S1")
    m.tp("web", "S1")
    m.tp("phone", "S1")
    m.tp("pay", "S2")        # both routes merge here
    m.cr("happy", "S2")
    m.out("stay", "S3")
    m.out("leave", "S3", outcome="churn")
    m.arrow("choose", "web")
    m.arrow("choose", "phone")
    m.arrow("web", "pay")
    m.arrow("phone", "pay")
    m.arrow("pay", "happy")
    m.arrow("happy", "stay")
    m.arrow("happy", "leave")
    found = bottlenecks(m.doc)
    # 4 paths; 'pay' merges two routes and carries all; 'happy?' carries all but merges nothing
    assert [(b.node_id, b.paths_through, b.total_paths) for b in found] == [("pay", 4, 4)]


def test_paths_to_churn_findings_select_the_whole_path():
    a = analyse(fork_map().doc)
    churn = [f for f in a.of_group(Group.PATHS) if f.kind == "path-to-churn"]
    assert len(churn) == 1
    assert churn[0].ids == ("entry", "ask", "fork", "call", "leave",
                            "entry-ask", "ask-fork", "fork-call", "call-leave")
    assert "30 %" in churn[0].sentence and "1 hand-off" in churn[0].sentence
