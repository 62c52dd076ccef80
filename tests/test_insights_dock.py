"""The Insights dock: findings grouped, recomputed after edits, a click selects on the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journeymapper.analysis import Group
from journeymapper.commands import UpdateNodeCommand
from journeymapper.model import JourneyDocument
from journeymapper.panels.insights_dock import InsightsDock
from journeymapper.state import MapSession
from test_analysis_builder import MapBuilder


def build():
    m = MapBuilder(owners=("web", "support"))
    m.doc.update_journey("J1", name="Bestille time")
    m.tp("entry", "S1", label="Søk på nett", owner_id="web", rating=1)
    m.cr("fork", "S2", label="Får kunden svar?", owner_id="web", severity=4)
    m.tp("call", "S2", label="Ringer kontoret", rating=-2)   # unowned
    m.out("happy", "S3", label="Blir lojal", outcome="loyal")
    m.out("leave", "S3", label="Går til en annen", outcome="churn")
    m.arrow("entry", "fork")
    m.arrow("fork", "happy", share=70, sentiment="good")
    m.arrow("fork", "call", share=30, sentiment="bad")
    m.arrow("call", "leave")
    return m.doc


@pytest.fixture
def session(qtbot):
    s = MapSession(build())
    yield s
    s.close()


def make(qtbot, session):
    dock = InsightsDock(session)
    qtbot.addWidget(dock)
    dock.resize(500, 700)
    dock.show()
    qtbot.waitExposed(dock)
    qtbot.waitUntil(lambda: dock.analysis is not None, timeout=3000)
    return dock


def click(qtbot, dock, item):
    dock.tree.scrollToItem(item)
    rect = dock.tree.visualItemRect(item)
    qtbot.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_findings_are_grouped_in_the_domain_order(qtbot, session):
    dock = make(qtbot, session)
    titles = dock.group_titles()
    assert titles[:4] == ["Weakest links (2)", "Paths to churn (2)", "Unowned steps (1)",
                          "Hand-offs (1)"]
    texts = [i.text(0) for i in dock.finding_items(Group.WEAKEST_LINKS)]
    assert texts[0] == ("✗ Weakest link of ‘Bestille time’: ‘Ringer kontoret’ — "
                        "lowest customer rating (\u22122).")
    marks = [i.text(0)[0] for i in dock.finding_items()]
    assert dock.summary.text() == (f"{marks.count('✗')} problems · {marks.count('!')} warnings"
                                   f" · {marks.count('·')} notes")


def test_clicking_a_path_to_churn_selects_its_steps_and_arrows(qtbot, session):
    dock = make(qtbot, session)
    (path_item,) = [i for i in dock.finding_items(Group.PATHS)
                    if "→ ‘Går til en annen’" in i.text(0)]
    with qtbot.waitSignal(session.selection.focusRequested) as focus:
        click(qtbot, dock, path_item)
    assert session.selection.ids() == ("entry", "fork", "call", "leave",
                                       "entry-fork", "fork-call", "call-leave")
    assert focus.args == ["entry"]


def test_clicking_a_one_step_finding_focuses_that_step(qtbot, session):
    dock = make(qtbot, session)
    (unowned,) = dock.finding_items(Group.UNOWNED)
    with qtbot.waitSignal(session.selection.focusRequested) as focus:
        click(qtbot, dock, unowned)
    assert session.selection.ids() == ("call",)
    assert focus.args == ["call"]


def test_a_stage_finding_selects_the_stage(qtbot):
    m = MapBuilder()
    m.tp("a", "S1")
    m.out("z", "S3")
    m.arrow("a", "z")
    s = MapSession(m.doc)
    dock = make(qtbot, s)
    (empty_stage,) = [i for i in dock.finding_items(Group.STRUCTURE) if "Stage S2" in i.text(0)]
    click(qtbot, dock, empty_stage)
    assert s.selection.ids() == ("S2",)
    s.close()


def test_the_list_follows_edits_after_a_short_pause(qtbot, session):
    dock = make(qtbot, session)
    assert len(dock.finding_items(Group.UNOWNED)) == 1
    session.undo_stack.push(UpdateNodeCommand(session.document, "call", owner_id="support"))
    assert len(dock.finding_items(Group.UNOWNED)) == 1   # debounced: not yet
    qtbot.waitUntil(lambda: not dock.finding_items(Group.UNOWNED), timeout=3000)
    # the new hand-off web → support at fork → call shows up too
    assert any("Ringer kontoret" in i.text(0) for i in dock.finding_items(Group.HANDOFFS))
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: len(dock.finding_items(Group.UNOWNED)) == 1, timeout=3000)


def test_an_empty_map_says_there_is_nothing_yet(qtbot):
    s = MapSession(JourneyDocument())
    dock = make(qtbot, s)
    assert dock.group_titles() == ["No findings yet: add steps and arrows to the map."]
    s.close()


def test_a_hidden_dock_catches_up_when_shown(qtbot, session):
    dock = make(qtbot, session)
    dock.hide()
    session.undo_stack.push(UpdateNodeCommand(session.document, "call", owner_id="support"))
    qtbot.wait(400)
    assert len(dock.finding_items(Group.UNOWNED)) == 1   # not recomputed while hidden
    dock.show()
    qtbot.waitUntil(lambda: not dock.finding_items(Group.UNOWNED), timeout=3000)


def test_findings_are_translated_through_the_qt_catalogue(qtbot, tmp_path):
    """lupdate finds the analysis sentences; a translation of one shows in the dock."""
    import subprocess
    import sys
    from pathlib import Path
    from xml.etree import ElementTree

    from PySide6.QtCore import QCoreApplication, QTranslator

    import journeymapper.analysis.wording as wording

    ANALYSIS = "analysis"

    bin_dir = Path(sys.executable).parent
    lupdate, lrelease = bin_dir / "pyside6-lupdate", bin_dir / "pyside6-lrelease"
    if not (lupdate.exists() and lrelease.exists()):
        pytest.skip("pyside6-lupdate/lrelease are not installed")
    import journeymapper.panels.insights_dock as insights_dock

    ts, qm = tmp_path / "nb.ts", tmp_path / "nb.qm"
    subprocess.run([str(lupdate), wording.__file__, insights_dock.__file__, "-ts", str(ts)],
                   check=True, capture_output=True, timeout=60)
    tree = ElementTree.parse(ts)
    messages = {(c.findtext("name") or "", m.findtext("source")): m
                for c in tree.iter("context") for m in c.iter("message")}
    for name, value in vars(wording).items():  # every sentence reaches the catalogue
        if name.isupper() and isinstance(value, str):
            assert ("analysis", value) in messages
    for source, norsk in (((ANALYSIS, wording.STAGE_WITHOUT_TOUCHPOINTS),
                           "Fasen {stage} har ingen kontaktpunkter."),
                          (("panels", "Structure"), "Struktur"),
                          (("", "{0} ({1})"), "{0}: {1}")):
        target = messages[source].find("translation")
        target.text = norsk
        target.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True,
                   timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        m = MapBuilder()
        m.doc.update_stage("S2", name="Bruk")
        m.tp("a", "S1")
        m.out("z", "S3")
        m.arrow("a", "z")
        s = MapSession(m.doc)
        dock = make(qtbot, s)
        texts = [i.text(0) for i in dock.finding_items(Group.STRUCTURE)]
        assert "· Fasen ‘Bruk’ har ingen kontaktpunkter." in texts
        assert f"Struktur: {len(texts)}" in dock.group_titles()
        s.close()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_copy_report_puts_the_text_report_on_the_clipboard(qtbot, session):
    from PySide6.QtWidgets import QApplication

    dock = make(qtbot, session)
    QApplication.clipboard().clear()
    qtbot.mouseClick(dock.copy_button, Qt.MouseButton.LeftButton)
    text = QApplication.clipboard().text()
    assert text.startswith("JourneyMapper analysis")
    assert "‘Ringer kontoret’ (touchpoint) has no owner." in text


def test_a_group_heading_selects_everything_in_the_group(qtbot, session):
    dock = make(qtbot, session)
    heading = next(dock.tree.topLevelItem(i) for i in range(dock.tree.topLevelItemCount())
                   if dock.tree.topLevelItem(i).text(0).startswith("Hand-offs"))
    click(qtbot, dock, heading)
    expected = []
    for item in dock.finding_items(Group.HANDOFFS):
        expected += [i for i in item.data(0, Qt.ItemDataRole.UserRole) if i not in expected]
    assert list(session.selection.ids()) == expected


def test_arrow_keys_walk_the_findings_and_select_each(qtbot, session):
    dock = make(qtbot, session)
    (unowned,) = dock.finding_items(Group.UNOWNED)
    click(qtbot, dock, unowned)
    qtbot.keyClick(dock.tree, Qt.Key.Key_Down)  # the Hand-offs heading
    qtbot.keyClick(dock.tree, Qt.Key.Key_Down)  # its first finding
    first_handoff = dock.finding_items(Group.HANDOFFS)[0]
    assert dock.tree.currentItem() is first_handoff
    assert list(session.selection.ids()) == first_handoff.data(0, Qt.ItemDataRole.UserRole)


def test_the_analysis_waits_until_the_dock_is_shown(qtbot, session):
    dock = InsightsDock(session)
    qtbot.addWidget(dock)
    assert dock.analysis is None and dock.finding_items() == []  # opening a map stays quick
    dock.show()
    qtbot.waitUntil(lambda: dock.analysis is not None, timeout=3000)
    assert dock.finding_items(Group.UNOWNED)
