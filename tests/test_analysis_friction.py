"""The weakest link, the worst friction and the next actions, by their documented rules."""

import datetime as dt

from journeymapper.analysis import (
    Group,
    Level,
    analyse,
    next_actions,
    weakest_link,
    worst_friction,
)
from journeymapper.model import CrossroadsStatus
from test_analysis_builder import MapBuilder


def test_lowest_rating_is_the_weakest_link_with_its_reason():
    m = MapBuilder()
    m.tp("a", rating=1)
    m.tp("b", rating=-1)
    m.cr("c", severity=3)
    link = weakest_link(m.doc, "J1")
    assert link.node_id == "b"
    assert link.reason == "lowest customer rating (\u22121)"


def test_open_severity_beats_a_milder_rating():
    m = MapBuilder()
    m.tp("a", rating=-1)     # hurts 4
    m.cr("c", severity=5)    # hurts 5
    assert weakest_link(m.doc, "J1").node_id == "c"
    assert weakest_link(m.doc, "J1").reason == "highest severity (5, open)"


def test_on_a_tie_the_customers_rating_wins_over_severity():
    m = MapBuilder()
    m.cr("c", severity=5)
    m.tp("a", rating=-2)     # hurts 5 too
    assert weakest_link(m.doc, "J1").node_id == "a"


def test_resolved_crossroads_and_unrated_touchpoints_are_not_candidates():
    m = MapBuilder()
    m.cr("c", severity=5, status=CrossroadsStatus.RESOLVED)
    m.tp("a")
    assert weakest_link(m.doc, "J1") is None
    m.tp("b", rating=2)
    assert weakest_link(m.doc, "J1").node_id == "b"


def test_open_beats_improving_at_equal_severity_and_lanes_are_separate():
    m = MapBuilder(journeys=("J1", "J2"))
    m.cr("improving", severity=4, status=CrossroadsStatus.IMPROVING)
    m.cr("open", severity=4)
    m.tp("other", journey="J2", rating=-2)
    assert weakest_link(m.doc, "J1").node_id == "open"
    assert weakest_link(m.doc, "J2").node_id == "other"
    assert weakest_link(m.doc, None).node_id == "other"


def test_worst_friction_order_severity_then_bad_share_resolved_last():
    m = MapBuilder()
    for name, severity, bad, status in [("mild", 2, 50, "open"), ("done", 5, 90, "resolved"),
                                        ("rare", 4, 10, "open"), ("often", 4, 40, "open"),
                                        ("unknown", 4, None, "open")]:
        m.cr(name, severity=severity, status=status)
        m.out(f"{name}-ok")
        m.out(f"{name}-gone", outcome="churn")
        m.arrow(name, f"{name}-ok", sentiment="good", share=None if bad is None else 100 - bad)
        m.arrow(name, f"{name}-gone", sentiment="bad", share=bad)
    ranked = worst_friction(m.doc)
    assert [f.node_id for f in ranked] == ["often", "rare", "unknown", "mild", "done"]
    assert ranked[0].bad_share == 40 and ranked[0].bad_edge_ids == ("often-often-gone",)
    assert [f.node_id for f in worst_friction(m.doc, limit=2)] == ["often", "rare"]


def test_bad_branch_falls_back_to_arrows_into_churn_or_complain():
    m = MapBuilder()
    m.cr("c", severity=3)
    m.out("ok")
    m.out("gone", outcome="complain")
    m.arrow("c", "ok", share=75)
    m.arrow("c", "gone", share=25)
    (item,) = worst_friction(m.doc)
    assert item.bad_share == 25


def test_next_actions_flag_overdue_against_today_and_skip_resolved():
    m = MapBuilder(owners=("o",))
    m.cr("late", action="Call back", owner_id="o", due=dt.date(2026, 1, 1), severity=2)
    m.cr("soon", action="Fix invoice", due=dt.date(2026, 6, 1), severity=5)
    m.cr("someday", action="Think", severity=5)
    m.cr("fixed", action="Done", due=dt.date(2025, 1, 1), status=CrossroadsStatus.RESOLVED)
    m.cr("idle", severity=5)
    actions = next_actions(m.doc, today=dt.date(2026, 3, 1))
    assert [(a.node_id, a.overdue) for a in actions] == [
        ("late", True), ("soon", False), ("someday", False)]
    assert actions[0].owner_id == "o" and actions[0].action == "Call back"
    later = next_actions(m.doc, today=dt.date(2026, 7, 1))
    assert [a.node_id for a in later if a.overdue] == ["late", "soon"]
    findings = analyse(m.doc, today=dt.date(2026, 3, 1)).of_group(Group.ACTIONS)
    assert [f.level for f in findings] == [Level.PROBLEM, Level.INFO, Level.INFO]
    assert "Overdue since 2026-01-01" in findings[0].sentence


def test_only_the_ten_worst_unresolved_crossroads_become_findings():
    m = MapBuilder()
    for i in range(12):
        m.cr(f"c{i}", severity=1 + i % 5)
    m.cr("done", severity=5, status=CrossroadsStatus.RESOLVED)
    a = analyse(m.doc)
    listed = [f.node_ids[0] for f in a.of_group(Group.WEAKEST_LINKS) if f.kind == "friction"]
    assert listed == [f.node_id for f in a.worst_friction[:10]]
    assert "done" not in listed and len(a.worst_friction) == 13
