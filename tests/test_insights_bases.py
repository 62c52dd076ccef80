"""An owner reading the numbers: the Insights panel and the map say what each share is of.

Driven through the real widgets (pytest-qt, offscreen) on the airline sample, whose lost
luggage lane starts inside the flight.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from journeymapper.analysis import Group
from journeymapper.io.templates import find_template
from journeymapper.panels.insights_dock import InsightsDock
from journeymapper.state import MapSession
from canvas_support import shown_editor


@pytest.fixture
def airline(qtbot):
    session = MapSession(find_template("sample-airline").open())
    yield session
    session.close()


def make(qtbot, session, size=(520, 800)):
    dock = InsightsDock(session)
    qtbot.addWidget(dock)
    dock.resize(*size)
    dock.show()
    qtbot.waitExposed(dock)
    qtbot.waitUntil(lambda: dock.analysis is not None, timeout=5000)
    return dock


def texts(dock, group):
    return [i.text(0) for i in dock.finding_items(group)]


def label_id(session, label):
    return next(n.id for n in session.document.nodes() if n.label == label)


def test_lost_luggage_reads_as_a_share_of_those_with_a_missing_bag_and_of_all_flyers(
        qtbot, airline):
    dock = make(qtbot, airline)
    paths = texts(dock, Group.PATHS)
    assert any("‘Switches airline’ (churn) in 4 steps: 35 % of the customers entering "
               "‘Lost luggage’ (0.25 % of all customers entering ‘The flight’)" in t
               for t in paths), paths
    weakest = texts(dock, Group.WEAKEST_LINKS)
    assert any("‘Did the bag arrive?’: severity 5, open, 1 % of the customers who reach it "
               "take the bad branch (0.71 % of all customers entering ‘The flight’)" in t
               for t in weakest), weakest
    # the booking lane simply ends: no customers "stop at a dead end"
    assert any("82 % reach ‘Check-in reminder by SMS’, where ‘Booking the ticket’ ends with "
               "no outcome drawn" in t for t in paths)
    assert not any("dead end" in t for g in Group for t in texts(dock, g))


def test_an_outcome_share_the_branches_contradict_is_listed_and_selects_the_outcome(
        qtbot, airline):
    dock = make(qtbot, airline)
    rows = [i for i in dock.finding_items(Group.SHARES) if "Complains on social media" in
            i.text(0)]
    assert [r.text(0) for r in rows] == [
        "! ‘Complains on social media’ says 12 % of the customers end there, but the branch "
        "shares give 29 % of the customers entering ‘The flight’."]
    dock.tree.scrollToItem(rows[0])
    rect = dock.tree.visualItemRect(rows[0])
    qtbot.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert list(airline.selection.ids()) == [label_id(airline, "Complains on social media")]


def test_a_tie_for_the_weakest_link_names_every_step_and_selects_them_all(qtbot, airline):
    dock = make(qtbot, airline)
    row = next(i for i in dock.finding_items(Group.WEAKEST_LINKS)
               if i.text(0).startswith("✗ Weakest link of ‘The flight’"))
    assert "2 steps tie" in row.text(0)
    dock.tree.scrollToItem(row)
    qtbot.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=dock.tree.visualItemRect(row).center())
    assert set(airline.selection.ids()) == {label_id(airline, "Waiting at the gate without "
                                                            "information"),
                                          label_id(airline, "Did the bag arrive?")}


def test_how_it_counts_shows_the_rules_behind_the_numbers(qtbot, airline):
    dock = make(qtbot, airline)
    assert not dock.help.isVisible()
    qtbot.mouseClick(dock.help_button, Qt.MouseButton.LeftButton)
    assert dock.help.isVisible() and dock.tree.isVisible()
    rules = dock.help.toPlainText()
    for words in ("of the customers who reach its crossroads", "entering",
                  "hurts 3 minus its rating", "reported as a tie", "has no data",
                  "Each hour of effort counts once"):
        assert words in rules, words
    qtbot.mouseClick(dock.help_button, Qt.MouseButton.LeftButton)
    assert not dock.help.isVisible()


def test_in_bokmal_the_bases_and_the_rules_are_norwegian(qtbot, airline, qapp):
    from journeymapper.app import launch

    assert "journeymapper" in launch.install_translations(qapp, QLocale("nb_NO"))
    try:
        dock = make(qtbot, airline)
        paths = texts(dock, Group.PATHS)
        assert any("0,25 %" in t and "«The flight»" in t for t in paths), paths
        assert not any("of all customers" in t or "of the customers" in t
                       for g in Group for t in texts(dock, g))
        assert "of the customers" not in dock.help.toPlainText()
        assert "veiskille" in dock.help.toPlainText()
    finally:
        launch.remove_translations(qapp)


def test_the_map_tooltips_say_what_a_share_is_of(qtbot):
    editor = shown_editor(qtbot, "sample-airline")
    doc = editor.scene.document
    missing = next(e for e in doc.edges() if e.label == "Bag missing")
    item = editor.scene.edge_item(missing.id)
    item.shape()  # routed (and its tooltip made) when first asked, as on hover
    assert "1 % of the customers who reach this crossroads take this branch" in item.toolTip()
    complains = next(n for n in doc.nodes() if n.label == "Complains on social media")
    pill = editor.scene.node_item(complains.id)
    pill._update_tooltip()
    assert ("12 % of the customers entering ‘The flight’ end here (stated on the map)"
            in pill.toolTip())
