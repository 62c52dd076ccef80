"""The inspector: fields of the selected item, edited in place through the undo stack."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from test_panels_sample import CARDS, sample_session  # noqa: F401  (fixture)

from journeymapper.commands import UpdateNodeCommand
from journeymapper.io import dumps
from journeymapper.panels.fields import SEVERAL
from journeymapper.panels.inspector_dock import InspectorDock


def make(qtbot, session) -> InspectorDock:
    dock = InspectorDock(session)
    qtbot.addWidget(dock)
    return dock


def test_every_field_of_a_crossroads_is_shown_with_its_value(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    sample_session.selection.set(["c1"])
    editors = dock.editors
    assert set(editors) == {"label", "description", "severity", "status", "owner_id",
                            "evidence", "action", "due", "stage_id", "journey_id"}
    assert editors["label"].text() == "Kommer bekreftelsen?"
    assert editors["severity"].value() == 4
    assert editors["owner_id"].currentText() == "Kundeservice"
    assert editors["status"].currentText() == "Open"
    assert editors["due"].date() == dt.date(2026, 1, 10)
    assert editors["action"].toPlainText() == "Send SMS straks"


def test_a_label_typed_in_the_inspector_changes_the_map_and_undoes_in_one_step(
        qtbot, sample_session):
    dock = make(qtbot, sample_session)
    before = dumps(sample_session.document)
    sample_session.selection.set(["t1"])
    label = dock.editors["label"]
    label.setFocus()
    label.selectAll()
    label.insert("Søk på nett – ærlig")  # as typed (QTest cannot type æ ø å)
    qtbot.keyClick(label, Qt.Key.Key_Return)
    assert sample_session.document.node("t1").label == "Søk på nett – ærlig"
    assert sample_session.undo_stack.count() == 1
    sample_session.undo_stack.undo()
    assert dumps(sample_session.document) == before
    assert label.text() == "Søk på nett"  # the field follows the undo


def test_escape_puts_the_value_back_and_commits_nothing(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    sample_session.selection.set(["t1"])
    label = dock.editors["label"]
    label.setFocus()
    qtbot.keyClicks(label, " oops")
    qtbot.keyClick(label, Qt.Key.Key_Escape)
    label.clearFocus()
    label.commit()
    assert label.text() == "Søk på nett"
    assert sample_session.undo_stack.count() == 0


def test_an_edit_made_elsewhere_shows_at_once(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    sample_session.selection.set(["c1"])
    sample_session.undo_stack.push(UpdateNodeCommand(sample_session.document, "c1",
                                                     severity=1, status="resolved"))
    assert dock.editors["severity"].value() == 1
    assert dock.editors["status"].currentText() == "Resolved"
    sample_session.undo_stack.undo()
    assert dock.editors["severity"].value() == 4


def test_owner_of_five_cards_changes_in_one_undo_step(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    doc = sample_session.document
    before = {i: doc.node(i).owner_id for i in CARDS}
    sample_session.selection.set(CARDS)
    owner = dock.editors["owner_id"]
    assert owner.value() is SEVERAL  # they disagree
    assert "label" not in dock.editors  # free text is not a shared field
    owner.pick("it")
    assert {doc.node(i).owner_id for i in CARDS} == {"it"}
    assert sample_session.undo_stack.count() == 1
    assert owner.currentText() == "IT"
    sample_session.undo_stack.undo()
    assert {i: doc.node(i).owner_id for i in CARDS} == before
    assert owner.value() is SEVERAL
    sample_session.undo_stack.redo()
    assert {doc.node(i).owner_id for i in CARDS} == {"it"}


def test_a_refused_edit_is_explained_and_changes_nothing(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    sample_session.selection.set(["e_c1_out1"])
    label = dock.editors["label"]
    label.setText("x" * 2000)  # longer than a label may be
    label.setModified(True)
    label.commit()
    assert sample_session.document.edge("e_c1_out1").label == ""
    assert sample_session.undo_stack.count() == 0
    assert dock.error_line.isVisibleTo(dock) and dock.error_line.text()


def test_nothing_selected_shows_the_map_info_and_a_deleted_item_clears_the_form(
        qtbot, sample_session):
    dock = make(qtbot, sample_session)
    assert dock.editors["title"].text() == "Flyreisen – Ærlig kart"
    dock.editors["journey_owner_id"].pick("service")
    assert sample_session.document.info.journey_owner_id == "service"
    sample_session.selection.set(["t3"])
    assert "rating" in dock.editors
    sample_session.document.remove_node("t3")
    assert "rating" not in dock.editors


def test_text_typed_before_the_selection_moves_on_lands_on_the_item_it_was_typed_for(
        qtbot, sample_session):
    dock = make(qtbot, sample_session)
    doc = sample_session.document
    sample_session.selection.set(["t1"])
    dock.editors["description"].setFocus()
    dock.editors["description"].insertPlainText("Kunden sammenligner priser")
    sample_session.selection.set(["t2"])  # a click on another card
    assert doc.node("t1").description == "Kunden sammenligner priser"
    assert doc.node("t2").description == ""
    assert dock.editors["label"].text() == "Betaling"


# --- one stretch of editing a number is one undo step --------------------------------

def _spin(qtbot, dock, name):
    """The number field ``name``, with the keyboard's focus, as a user clicking into it."""
    if not dock.isVisible():
        dock.show()
        dock.activateWindow()
        qtbot.waitExposed(dock)
    field = dock.editors[name]
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    return field


def _batches(session):
    heard = []
    session.documentChanged.connect(heard.append)
    return heard


def test_up_three_times_is_one_undo_step_and_undo_gives_the_value_before(
        qtbot, sample_session):
    dock = make(qtbot, sample_session)
    doc, stack = sample_session.document, sample_session.undo_stack
    sample_session.selection.set(["c3"])
    before = dumps(doc)
    severity = _spin(qtbot, dock, "severity")
    assert severity.value() == 2
    heard = _batches(sample_session)
    for _ in range(3):
        qtbot.keyClick(severity, Qt.Key.Key_Up)
    assert doc.node("c3").severity == 5  # the map follows every step
    # each press told the views once, with its one change: nothing floods the panels
    assert [len(batch.changes) for batch in heard] == [1, 1, 1]
    assert stack.count() == 1 and stack.undoText() == "Change severity"
    del heard[:]
    stack.undo()
    assert doc.node("c3").severity == 2 and severity.value() == 2
    assert dumps(doc) == before
    # the undo of the stretch is one batch with one change: 5 → 2, not 5 → 4 → 3 → 2
    assert len(heard) == 1 and len(heard[0].changes) == 1
    assert (heard[0].changes[0].old.severity, heard[0].changes[0].new.severity) == (5, 2)
    stack.redo()
    assert doc.node("c3").severity == 5 and severity.value() == 5


def test_up_then_tab_to_another_field_then_up_is_two_undo_steps(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    doc, stack = sample_session.document, sample_session.undo_stack
    sample_session.selection.set(["t2"])  # rated −1, by the provider not at all
    rating = _spin(qtbot, dock, "rating")
    qtbot.keyClick(rating, Qt.Key.Key_Up)
    qtbot.keyClick(rating, Qt.Key.Key_Tab)
    provider = dock.editors["provider_rating"]
    assert provider.hasFocus()
    qtbot.keyClick(provider, Qt.Key.Key_Up)
    qtbot.keyClick(provider, Qt.Key.Key_Up)
    assert (doc.node("t2").rating, doc.node("t2").provider_rating) == (0, -1)
    assert stack.count() == 2
    assert [stack.text(i) for i in range(2)] == ["Change customer's rating",
                                                 "Change provider's rating"]
    stack.undo()
    assert (doc.node("t2").rating, doc.node("t2").provider_rating) == (0, None)
    stack.undo()
    assert doc.node("t2").rating == -1


def test_leaving_the_field_and_coming_back_starts_a_new_step(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    doc, stack = sample_session.document, sample_session.undo_stack
    sample_session.selection.set(["c3"])
    severity = _spin(qtbot, dock, "severity")
    qtbot.keyClick(severity, Qt.Key.Key_Up)
    qtbot.keyClick(severity, Qt.Key.Key_Tab)
    qtbot.keyClick(dock.editors["status"], Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert severity.hasFocus()
    qtbot.keyClick(severity, Qt.Key.Key_Up)
    assert doc.node("c3").severity == 4 and stack.count() == 2
    stack.undo()
    assert doc.node("c3").severity == 3


def test_a_number_typed_and_entered_is_one_step(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    doc, stack = sample_session.document, sample_session.undo_stack
    sample_session.selection.set(["c3"])
    severity = _spin(qtbot, dock, "severity")
    heard = _batches(sample_session)
    severity.selectAll()
    qtbot.keyClicks(severity, "4")
    assert doc.node("c3").severity == 2 and not heard  # nothing written per keystroke
    qtbot.keyClick(severity, Qt.Key.Key_Return)
    assert doc.node("c3").severity == 4
    assert stack.count() == 1 and len(heard) == 1
    stack.undo()
    assert doc.node("c3").severity == 2


def test_up_and_back_down_leaves_no_step(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    doc, stack = sample_session.document, sample_session.undo_stack
    sample_session.selection.set(["c3"])
    severity = _spin(qtbot, dock, "severity")
    qtbot.keyClick(severity, Qt.Key.Key_Up)
    qtbot.keyClick(severity, Qt.Key.Key_Down)
    assert doc.node("c3").severity == 2
    assert stack.count() == 0 and stack.isClean()


def test_a_stretch_on_several_cards_is_one_step_and_undo_gives_each_its_own_value(
        qtbot, sample_session):
    dock = make(qtbot, sample_session)
    doc, stack = sample_session.document, sample_session.undo_stack
    before = {i: doc.node(i).rating for i in CARDS}
    sample_session.selection.set(list(CARDS))
    rating = _spin(qtbot, dock, "rating")
    assert rating.text() == "(several)"
    for _ in range(3):
        qtbot.keyClick(rating, Qt.Key.Key_Up)
    after = {doc.node(i).rating for i in CARDS}
    assert len(after) == 1 and None not in after
    assert stack.count() == 1 and stack.undoText() == "Change customer's rating of 5 items"
    stack.undo()
    assert {i: doc.node(i).rating for i in CARDS} == before


def test_an_edit_elsewhere_in_the_middle_of_a_stretch_splits_it(qtbot, sample_session):
    dock = make(qtbot, sample_session)
    doc, stack = sample_session.document, sample_session.undo_stack
    sample_session.selection.set(["c3"])
    severity = _spin(qtbot, dock, "severity")
    qtbot.keyClick(severity, Qt.Key.Key_Up)
    stack.push(UpdateNodeCommand(doc, "c1", status="resolved"))  # e.g. from the canvas
    qtbot.keyClick(severity, Qt.Key.Key_Up)
    assert stack.count() == 3
    stack.undo()
    assert doc.node("c3").severity == 3 and doc.node("c1").status == "resolved"


def test_saving_in_the_middle_of_a_stretch_keeps_the_saved_value_one_undo_away(
        qtbot, sample_session):
    dock = make(qtbot, sample_session)
    doc, stack = sample_session.document, sample_session.undo_stack
    sample_session.selection.set(["c3"])
    severity = _spin(qtbot, dock, "severity")
    qtbot.keyClick(severity, Qt.Key.Key_Up)
    stack.setClean()  # Ctrl+S
    qtbot.keyClick(severity, Qt.Key.Key_Up)
    qtbot.keyClick(severity, Qt.Key.Key_Up)
    assert stack.count() == 2 and not stack.isClean()
    stack.undo()
    assert doc.node("c3").severity == 3 and stack.isClean()
